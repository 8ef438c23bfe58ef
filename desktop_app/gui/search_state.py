"""What the window searches for besides the typed words: plain data, no Qt.

The main window keeps one :class:`SearchState`; the facet sidebar, the filter chips
and the detail pane's facet links change it through its methods, and every search
request is built from it. Export reads the request of the last search from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.core.search.results import SearchRequest, SearchResult
from desktop_app.core.transfer.selection import Selection
from desktop_app.gui.strings import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.core.service import ChangeSet

PAGE = 100
SORTS = (  # labels translated where shown (ResultsPane)
    ("relevance", QT_TRANSLATE_NOOP("ResultsPane", "Relevance")),
    ("newest", QT_TRANSLATE_NOOP("ResultsPane", "Newest first")),
    ("oldest", QT_TRANSLATE_NOOP("ResultsPane", "Oldest first")),
    ("title", QT_TRANSLATE_NOOP("ResultsPane", "Title A–Z")),
)


@dataclass(slots=True)
class SearchState:
    """Filters, reading list, sort and mode of the window's search, and its last answer."""

    sort: str = "relevance"
    include: dict[str, set[str]] = field(default_factory=dict)
    exclude: dict[str, set[str]] = field(default_factory=dict)
    reading_list: tuple[str, list[int]] | None = None  # name, ids in the list's order
    curator: bool = False
    hide_staff: bool = True  # readers never see staff-only resources until settings say so
    token: int = 0  # the newest search; answers to older ones are dropped
    last_request: SearchRequest = field(default_factory=SearchRequest)
    last_result: SearchResult | None = None
    literal: str = ""  # searched as typed, no spelling correction ("Search instead for …")

    def __post_init__(self) -> None:
        if self.sort not in dict(SORTS):
            self.sort = "relevance"

    # -- requests -----------------------------------------------------------------------------
    def request(self, query: str, offset: int = 0, limit: int = PAGE) -> SearchRequest:
        """The request for ``query`` under the current filters, list, sort and mode."""
        return SearchRequest(
            query=query,
            include={k: set(v) for k, v in self.include.items()},
            exclude={k: set(v) for k, v in self.exclude.items()},
            sort=self.sort,
            offset=offset,
            limit=limit,
            within=self.reading_list[1] if self.reading_list else None,
            with_facets=offset == 0,
            curator=self.curator,
            hide_staff=self.hide_staff and not self.curator,
            correct=query.strip() != self.literal,
        )

    def start(self, query: str) -> SearchRequest:
        """A new search: a new token, and its request remembered as the last one."""
        self.token += 1
        self.last_request = self.request(query)
        return self.last_request

    def showing_latest(self) -> bool:
        """Whether the last answer is for the newest search's words: a snippet asked
        for meanwhile (rows of the older answer) would mark the older words."""
        r = self.last_result
        return r is None or self.last_request.query in (r.request.query, r.corrected_from)

    @property
    def filtered(self) -> bool:
        """True when facet filters or a reading list narrow the search."""
        return bool(self.include or self.exclude or self.reading_list)

    @property
    def list_name(self) -> str | None:
        """The open reading list's name, or None."""
        return self.reading_list[0] if self.reading_list else None

    # -- filters ---------------------------------------------------------------------------------
    def toggle(self, facet: str, value: str, *, exclude: bool = False) -> None:
        """Include (or exclude) ``value``, or take it out again if it already is."""
        mine, other = (self.exclude, self.include) if exclude else (self.include, self.exclude)
        values = mine.setdefault(facet, set())
        if value in values:
            values.discard(value)
        else:
            values.add(value)
            other.get(facet, set()).discard(value)
        self._tidy()

    def add(self, facet: str, value: str) -> None:
        """Include ``value`` (from a detail-pane link: never toggles it off)."""
        self.include.setdefault(facet, set()).add(value)
        self.exclude.get(facet, set()).discard(value)
        self._tidy()

    def remove(self, facet: str, value: str, excluded: bool) -> None:
        """Take ``value`` out of the included (or excluded) values."""
        (self.exclude if excluded else self.include).get(facet, set()).discard(value)
        self._tidy()

    def clear(self) -> None:
        """No facet filters and no reading list."""
        self.include, self.exclude = {}, {}
        self.reading_list = None

    def _tidy(self) -> None:
        self.include = {k: v for k, v in self.include.items() if v}
        self.exclude = {k: v for k, v in self.exclude.items() if v}

    # -- what other parts ask -----------------------------------------------------------------
    def affected_by(self, changes: ChangeSet) -> bool:
        """Whether a change can alter the current results (and so needs a new search).

        Inside a reading list only the list's own resources can; a vocabulary change
        (renamed terms, synonyms) can alter any search.
        """
        if changes.vocabulary:
            return True
        if self.reading_list is None:
            return bool(changes.touched)
        return not changes.touched.isdisjoint(self.reading_list[1])

    def results_selection(self) -> Selection:
        """The last search as an export selection (described on a handout's cover)."""
        req = self.last_request
        return Selection(
            query=req.query,
            include={k: sorted(v) for k, v in req.include.items()},
            exclude={k: sorted(v) for k, v in req.exclude.items()},
            reading_list=self.list_name,
        )
