"""Full-text search with facets (Whoosh 2.7 API + numpy); no Qt.

The request and result values load light (:mod:`.results`); the engine, which loads
Whoosh, numpy and SQLAlchemy, only when first asked for, so the window can show
before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.core.search.results import (
    FACETS,
    SORTS,
    Facet,
    FacetValue,
    SearchRequest,
    SearchResult,
    Snippet,
)

if TYPE_CHECKING:
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.search.index import SearchIndex

_LAZY = {
    "SearchEngine": "desktop_app.core.search.engine",
    "SearchIndex": "desktop_app.core.search.index",
}

__all__ = [
    "FACETS",
    "SORTS",
    "Facet",
    "FacetValue",
    "SearchEngine",
    "SearchIndex",
    "SearchRequest",
    "SearchResult",
    "Snippet",
]


def __getattr__(name: str) -> Any:
    """The engine's parts, imported on first use (PEP 562)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
