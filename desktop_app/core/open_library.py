"""A library opened for the window: its catalogue, search engine and reading lists.

Opening loads SQLAlchemy, Whoosh and numpy, which is most of a start, so the window
creates an :class:`OpenLibrary` (cheap: nothing is imported or opened yet) and has its
worker thread call :meth:`open_catalogue` and :meth:`open_index`; the window shows
meanwhile, with the start-up page (:mod:`desktop_app.core.search.first_page`) if one
is still true. :meth:`search` keeps that page up to date. Qt-free; every method but
the properties runs on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.locations import display_name, location
from desktop_app.core.library.values import ListInfo
from desktop_app.core.search import first_page
from desktop_app.core.search.first_page import request_json
from desktop_app.core.search.results import SearchRequest, SearchResult

if TYPE_CHECKING:
    from desktop_app.core.library.lists import ReadingLists
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.service import Catalogue, ChangeSet

STILL_OPENING = "The library is still opening; try again in a moment."


class OpenLibrary:
    """The catalogue, search engine and reading lists of the library at ``path``, once open.

    ``path`` is a library file, or a server catalogue's URL as text (issue 16), which
    may hold its password: show :attr:`location` or :attr:`display_name`, never it.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = False,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.create = create
        self.read_only = read_only
        self.start: dict[str, object] | None = None  # the request whose page is kept
        self._catalogue: Catalogue | None = None
        self._engine: SearchEngine | None = None
        self._lists: ReadingLists | None = None
        self._kept_key: dict[str, object] | None = None

    @property
    def location(self) -> str:
        """The library for people: the file, or the URL without its password."""
        return location(self.path)

    @property
    def display_name(self) -> str:
        """A short name for the window's title: the file's name, or "db on host:port"."""
        return display_name(self.path)

    def keep_first_page(self, request: SearchRequest) -> None:
        """Keep the answer to ``request`` as the next start's first page (set before opening)."""
        self.start = request_json(request)

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            raise LibraryError(STILL_OPENING)
        return self._catalogue

    @property
    def engine(self) -> SearchEngine:
        if self._engine is None:
            raise LibraryError(STILL_OPENING)
        return self._engine

    @property
    def lists(self) -> ReadingLists:
        if self._lists is None:
            raise LibraryError(STILL_OPENING)
        return self._lists

    @property
    def has_catalogue(self) -> bool:
        """Whether the library itself opened (its index may still be opening)."""
        return self._catalogue is not None

    @property
    def is_open(self) -> bool:
        """Whether the library and its index are open."""
        return self._engine is not None

    def open_catalogue(self, on_change: Callable[[ChangeSet], None]) -> None:
        """Open (or create) the library; raises LibraryError saying why it cannot be."""
        from desktop_app.core.library.db import Library
        from desktop_app.core.library.lists import ReadingLists
        from desktop_app.core.service import Catalogue

        library = Library.open(self.path, create=self.create, read_only=self.read_only)
        catalogue = Catalogue(library)
        catalogue.subscribe(on_change)
        self._lists = ReadingLists(library)
        self._catalogue = catalogue

    def open_index(self, progress: Callable[[int, int, str], None]) -> tuple[str, list[ListInfo]]:
        """Open (building or catching up) the search index; what was done, and the lists."""
        from desktop_app.core.search.engine import SearchEngine

        engine = SearchEngine(self.catalogue)
        action = engine.open(progress)
        self._engine = engine
        return action, self.lists.all()

    def search(self, request: SearchRequest) -> SearchResult:
        """Search; an answer to the start request is kept as the next start's first page."""
        if self.start is None or request.offset or request_json(request) != self.start:
            return self.engine.search(request)
        if self.catalogue.library.is_server:  # no start-up page: it reads a file's key
            return self.engine.search(request)
        key = first_page.library_key(self.catalogue.library.path)  # before: never too new
        result = self.engine.search(request)
        if key is not None and key != self._kept_key:
            views = self.catalogue.get_many(result.ids[: first_page.ROWS])
            if first_page.save(self.catalogue.library.path, key, result, views):
                self._kept_key = key
        return result

    def close(self) -> None:
        """Close the index and the library (on the worker thread, which opened them)."""
        if self._engine is not None:
            self._engine.close()
        if self._catalogue is not None:
            self._catalogue.library.close()
