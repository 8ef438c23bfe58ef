"""Full-text search with facets (Whoosh 2.7 API + numpy); no Qt."""

from __future__ import annotations

from desktop_app.core.search.engine import SearchEngine, SearchRequest, SearchResult
from desktop_app.core.search.facets import FACETS, Facet, FacetValue
from desktop_app.core.search.index import SearchIndex
from desktop_app.core.search.snippets import Snippet

__all__ = [
    "FACETS",
    "Facet",
    "FacetValue",
    "SearchEngine",
    "SearchIndex",
    "SearchRequest",
    "SearchResult",
    "Snippet",
]
