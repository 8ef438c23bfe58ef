"""What a search is asked and what it answers: plain values, no Whoosh, numpy or SQL.

The window imports these before the search engine is loaded, so this module
imports nothing heavier than the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SORTS = ("relevance", "newest", "oldest", "title")
FACETS: dict[str, str] = {
    "topic": "Topic",
    "region": "Region",
    "country": "Country",
    "organisation": "Organisation",
    "type": "Type",
    "decade": "Decade",
    "year": "Year",
    "language": "Language",
}


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False
    excluded: bool = False
    parent: str = ""  # the broader value (a topic's parent topic); "" at the top


class _Unfrozen:
    """``FacetValue``'s very slots (the same names and base; Python lays slots out in
    name order: the same layout), set by a plain ``__init__``; ``facet_value`` makes
    one, then makes it a ``FacetValue`` (a ``__class__`` assignment, which Python
    allows between equal layouts)."""

    __slots__ = ("count", "excluded", "label", "parent", "selected", "value")

    def __init__(
        self, value: str, label: str, count: int, selected: bool, excluded: bool, parent: str
    ) -> None:
        self.value = value
        self.label = label
        self.count = count
        self.selected = selected
        self.excluded = excluded
        self.parent = parent


def facet_value(
    value: str, label: str, count: int, selected: bool, excluded: bool, parent: str
) -> FacetValue:
    """``FacetValue(value, label, count, selected, excluded, parent)``, made a few times
    faster: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__`` (1.3 us); this sets plain slots, then gives the object its
    frozen class (0.5 us; setting each slot's descriptor was 0.9 us). A search builds
    one per facet value found (hundreds), so it counts; a test holds the two equal
    and the made one frozen."""
    fv: Any = _Unfrozen(value, label, count, selected, excluded, parent)
    fv.__class__ = FacetValue
    return fv  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    label: str
    values: tuple[FacetValue, ...]
    truncated: bool = False
    total_values: int = 0


@dataclass(frozen=True, slots=True)
class Snippet:
    """Plain text plus the (start, end) spans that matched; never markup.

    A result's snippet also says where the query matched it: ``metadata_match``, its
    details (title, summary, organisations ...) match without its document text;
    ``in_document``, the text of its local copy matched (``page`` then names the page
    that shows it best). ``from_document``: ``text`` is from that page, not from the
    summary (shown as "p. 34: …").
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    page: int | None = None  # 1-based page of the local copy that shows the match best
    from_document: bool = False  # ``text`` is from ``page`` of the document
    in_document: bool = False  # the query matched words in the document's text
    metadata_match: bool = True  # the query matched the resource's details

    def located(self) -> str:
        """The text with its page when it comes from the document ("p. 34: …")."""
        if self.from_document and self.page is not None:
            return f"p. {self.page}: {self.text}"
        return self.text

    def marked(self, before: str = "[", after: str = "]") -> str:
        out, pos = [], 0
        for start, end in self.spans:
            out.append(self.text[pos:start])
            out.append(before + self.text[start:end] + after)
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


@dataclass(slots=True)
class SearchRequest:
    query: str = ""
    include: Mapping[str, Iterable[str]] = field(default_factory=dict)
    exclude: Mapping[str, Iterable[str]] = field(default_factory=dict)
    sort: str = "relevance"
    offset: int = 0
    limit: int = 50
    curator: bool = False
    hide_staff: bool = True  # a reader sees no staff-only resources unless asked otherwise
    within: Sequence[int] | None = None  # restrict to these ids (a reading list)
    facet_limit: int = 0
    with_facets: bool = True
    # a search that finds nothing is answered for a confident spelling correction;
    # False searches the words as typed ("Search instead for …")
    correct: bool = True


@dataclass(slots=True)
class SearchResult:
    total: int
    ids: list[int]
    understood: str
    notes: list[str]
    expansions: list[str]
    suggestion: str | None
    facets: dict[str, Facet]
    elapsed_ms: float
    request: SearchRequest
    # resources the request's reader (or curator) could see with no search or filter:
    # 0 means the library is empty for them (say how to fill it, not "no matches")
    library_total: int
    country_regions: dict[str, list[str]] = field(default_factory=dict)
    # the query as typed when these are the results of its spelling correction
    # (``request.query`` is then the corrected query); None otherwise
    corrected_from: str | None = None
