"""Recent searches: a curator's last ten, in a menu; a reader's are never kept.

A school computer is shared, so what a reader searched for is nobody else's
business: in reader mode nothing is recorded (the settings file never hears of it).
In curator mode each search the window answers is recorded, ten at most, newest
first, and kept in the settings. Typing one word goes through many searches
("gro", "groo", "grooming"): a search whose words extend (or are cut from) the
newest entry's replaces it, so the menu holds what was searched for, not every
keystroke.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.core.search.results import FACETS
from desktop_app.gui.strings import filter_text

KEEP = 10


@dataclass(frozen=True, slots=True)
class RecentSearch:
    """A search as it can be run again: words and facet filters."""

    query: str
    include: dict[str, list[str]] = field(default_factory=dict)
    exclude: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        query: str,
        include: Mapping[str, Iterable[str]],
        exclude: Mapping[str, Iterable[str]],
    ) -> RecentSearch:
        return cls(
            query.strip(),
            {k: sorted(v) for k, v in sorted(include.items()) if v},
            {k: sorted(v) for k, v in sorted(exclude.items()) if v},
        )

    def label(self) -> str:
        """ "grooming · Topic: Cybercrime · NOT Type: Report" for the menu."""
        parts = [self.query] if self.query else []
        parts += [filter_text(k, v) for k, v in self.include.items()]
        parts += [filter_text(k, v, excluded=True) for k, v in self.exclude.items()]
        text = " · ".join(parts)
        return text if len(text) <= 80 else text[:79] + "…"

    def to_json(self) -> str:
        return json.dumps(
            {"query": self.query, "include": self.include, "exclude": self.exclude},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> RecentSearch | None:
        """One stored entry, or None if it is not one (a hand-edited settings file)."""
        try:
            data = json.loads(text)
            query = data.get("query", "")
            facets = {}
            for key in ("include", "exclude"):
                value = data.get(key, {})
                facets[key] = {
                    str(k): [str(x) for x in v]
                    for k, v in value.items()
                    if k in FACETS and isinstance(v, list)
                }
        except (ValueError, TypeError, AttributeError):
            return None
        if not isinstance(query, str):
            return None
        found = cls.of(query, facets["include"], facets["exclude"])
        return found if found.query or found.include or found.exclude else None


def _continues(new: str, old: str) -> bool:
    """Whether ``new`` is ``old`` typed on (or back): one is the start of the other."""
    a, b = new.casefold(), old.casefold()
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


class RecentSearches:
    """The newest searches first, ``KEEP`` at most, each once."""

    def __init__(self, entries: Iterable[RecentSearch] = ()) -> None:
        self.entries: list[RecentSearch] = []
        for entry in entries:
            if entry not in self.entries:
                self.entries.append(entry)
        del self.entries[KEEP:]

    @classmethod
    def load(cls, stored: Iterable[str]) -> RecentSearches:
        return cls(e for e in map(RecentSearch.from_json, stored) if e is not None)

    def dump(self) -> list[str]:
        return [e.to_json() for e in self.entries]

    def record(self, search: RecentSearch) -> bool:
        """Put ``search`` first (replacing the newest entry if it only typed on or back
        from it); whether anything changed. An empty search is not recorded."""
        if not (search.query or search.include or search.exclude):
            return False
        if self.entries and self.entries[0] == search:
            return False
        if self.entries and _continues(search.query, self.entries[0].query):
            del self.entries[0]
        if search in self.entries:
            self.entries.remove(search)
        self.entries.insert(0, search)
        del self.entries[KEEP:]
        return True

    def clear(self) -> None:
        self.entries.clear()


class RecentSearchesMenu(QObject):
    """Searches ▸ Recent searches (curator mode only): one item per recent search."""

    chosen = Signal(object)  # RecentSearch
    cleared = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.menu = QMenu(self.tr("&Recent searches"), host)
        self.menu.setObjectName("menuRecentSearches")

    def show_entries(self, entries: list[RecentSearch]) -> None:
        self.menu.clear()
        for entry in entries:
            act = self.menu.addAction(entry.label())
            act.triggered.connect(lambda _=False, e=entry: self.chosen.emit(e))
        if entries:
            self.menu.addSeparator()
            self.menu.addAction(self.tr("&Clear recent searches"), self.cleared.emit)
        self.menu.setEnabled(bool(entries))
