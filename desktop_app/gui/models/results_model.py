"""The results list model: the ids a search returned, rows loaded on demand.

The model never touches the database. It holds the ids of the current search
(the first page, then more through ``fetchMore`` as the view scrolls) and asks
the worker for rows and snippets it does not have yet; answers arrive by signal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from desktop_app.core.library.records import ResourceView
from desktop_app.core.library.values import TYPE_LABELS, ResourceType
from desktop_app.core.search import Snippet
from desktop_app.gui.models import Index
from desktop_app.gui.strings import type_text

ViewRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
SubtitleRole = Qt.ItemDataRole.UserRole + 4
KnownSnippetRole = Qt.ItemDataRole.UserRole + 5  # the snippet if here, without asking for it


def type_label(value: str) -> str:
    try:
        return type_text(TYPE_LABELS[ResourceType(value)])
    except ValueError:
        return value


def subtitle(view: ResourceView) -> str:
    who = ", ".join(
        view.organisation_acronyms[i] or o for i, o in enumerate(view.organisations)
    ) or ", ".join(view.authors)
    parts = [p for p in (who, str(view.year) if view.year else "", type_label(view.type)) if p]
    return " · ".join(parts)


class ResultsModel(QAbstractListModel):
    """The ids of one search; rows and snippets arrive by ``add_views``/``add_snippets``."""

    rowsWanted = Signal(object)  # [ids]
    snippetsWanted = Signal(object)  # [ids]
    moreWanted = Signal(int)  # offset

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self.total = 0
        self.views: dict[int, ResourceView] = {}
        self.snippets: dict[int, Snippet] = {}
        self._pending_rows: set[int] = set()
        self._pending_snips: set[int] = set()
        self._asked_rows: set[int] = set()
        self._asked_snips: set[int] = set()
        self._fetching = False
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._ask)

    # -- feeding ---------------------------------------------------------------------------
    def reset(self, ids: Sequence[int], total: int) -> None:
        """A new search: the only time the model resets."""
        self.beginResetModel()
        self.ids = list(ids)
        self.total = total
        self.snippets.clear()
        self._asked_snips.clear()
        self._pending_snips.clear()
        self._fetching = False
        self.endResetModel()

    def append(self, offset: int, ids: Sequence[int]) -> None:
        """More ids for the same search, from ``offset`` on."""
        self._fetching = False
        if offset != len(self.ids) or not ids:
            return
        self.beginInsertRows(QModelIndex(), len(self.ids), len(self.ids) + len(ids) - 1)
        self.ids.extend(ids)
        self.endInsertRows()

    def add_views(self, views: dict[int, ResourceView]) -> None:
        self.views.update(views)
        self._asked_rows.difference_update(views)
        self._changed(views)

    def forget(self, ids: Sequence[int]) -> None:
        """Drop cached rows after they were edited elsewhere; they reload on demand."""
        for rid in ids:
            self.views.pop(rid, None)
            self.snippets.pop(rid, None)
        self._asked_rows.difference_update(ids)
        self._asked_snips.difference_update(ids)
        self._changed(ids)

    def add_snippets(self, snippets: dict[int, Snippet]) -> None:
        self.snippets.update(snippets)
        self._changed(snippets)

    def _changed(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        rows = [i for i, rid in enumerate(self.ids) if rid in wanted]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.ids) < self.total and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.moreWanted.emit(len(self.ids))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        rid = self.ids[index.row()]
        if role == IdRole:
            return rid
        view = self.views.get(rid)
        if view is None:
            if role in (Qt.ItemDataRole.DisplayRole, ViewRole):
                self._want_row(rid)
            return self.tr("Loading…") if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return view.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(view, index.row())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            snip = self.snippets.get(rid)
            if snip is not None and snip.from_document and snip.page is not None:
                return (
                    self.tr("Found in the document, page %1: %2")
                    .replace("%1", str(snip.page))
                    .replace("%2", snip.text)
                )
            return snip.text if snip is not None else view.summary[:300]
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.title
        if role == ViewRole:
            return view
        if role == SubtitleRole:
            return subtitle(view)
        if role == SnippetRole:
            snip = self.snippets.get(rid)
            if snip is None:
                self._want_snippet(rid)
            return snip
        if role == KnownSnippetRole:
            return self.snippets.get(rid)
        return None

    def accessible_text(self, view: ResourceView, row: int) -> str:
        """What a screen reader says for a row: "Title, Organisation, 2019, Report, 3 of 30"."""
        who = ", ".join(
            view.organisation_acronyms[i] or o for i, o in enumerate(view.organisations)
        ) or ", ".join(view.authors)
        year = str(view.year) if view.year else ""
        parts = [p for p in (view.title, who, year, type_label(view.type)) if p]
        where = self.tr("%1 of %2").replace("%1", f"{row + 1}").replace("%2", f"{self.total}")
        return ", ".join([*parts, where])

    def _want_row(self, rid: int) -> None:
        if rid not in self._asked_rows:
            self._pending_rows.add(rid)
            self._flush.start()

    def _want_snippet(self, rid: int) -> None:
        if rid not in self._asked_snips:
            self._pending_snips.add(rid)
            self._flush.start()

    def _ask(self) -> None:
        if self._pending_rows:
            ids = sorted(self._pending_rows)
            self._asked_rows.update(ids)
            self._pending_rows.clear()
            self.rowsWanted.emit(ids)
        if self._pending_snips:
            ids = sorted(self._pending_snips)
            self._asked_snips.update(ids)
            self._pending_snips.clear()
            self.snippetsWanted.emit(ids)
