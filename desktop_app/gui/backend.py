"""The worker: all database and index work, on one thread off the GUI thread.

The GUI sends requests through :class:`Backend`'s slots (queued across threads)
and gets answers back by signal. Each search carries a token; a search whose
token is older than the newest one requested is skipped, and the window drops
any answer that arrives for an old token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.core.errors import LibraryError
from desktop_app.core.lists import ReadingLists
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue

log = logging.getLogger(__name__)


class Backend(QObject):
    opened = Signal(str)
    progress = Signal(int, int, str)
    searched = Signal(int, object)  # token, SearchResult
    rowsLoaded = Signal(object)  # {id: ResourceView}
    snippetsReady = Signal(int, object)  # token, {id: Snippet}
    listsChanged = Signal(object)  # [ListInfo]
    listOpened = Signal(str, object)  # name, [ids]
    failed = Signal(str)
    called = Signal(int, object, str)  # call id, result, error message ("" when fine)
    changed = Signal(object)  # ChangeSet from any write

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.engine = SearchEngine(catalogue)
        catalogue.subscribe(self.changed.emit)
        self.lists = ReadingLists(catalogue.library)
        self.latest_search = 0

    @Slot()
    def open(self) -> None:
        try:
            action = self.engine.open(lambda d, t, m: self.progress.emit(d, t, m))
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # never a traceback in front of a user
            log.exception("could not open the search index")
            self.failed.emit(f"The search index could not be opened: {exc}")
            return
        self.opened.emit(action)
        self.listsChanged.emit(self.lists.all())

    @Slot(int, object)
    def search(self, token: int, request: SearchRequest) -> None:
        if token < self.latest_search:
            return  # superseded before it started
        try:
            result = self.engine.search(request)
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        self.searched.emit(token, result)

    @Slot(object)
    def load_rows(self, ids: Sequence[int]) -> None:
        try:
            views = self.catalogue.get_many(list(ids))
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        self.rowsLoaded.emit({v.id: v for v in views})

    @Slot(int, object, str, bool)
    def snippets(self, token: int, ids: Sequence[int], query: str, curator: bool) -> None:
        if token < self.latest_search:
            return
        self.snippetsReady.emit(token, self.engine.snippets(list(ids), query, curator=curator))

    @Slot(str, object)
    def add_to_list(self, name: str, ids: Sequence[int]) -> None:
        try:
            self.lists.add(name, ids)
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        self.listsChanged.emit(self.lists.all())

    @Slot(str)
    def open_list(self, name: str) -> None:
        try:
            self.listOpened.emit(name, self.lists.items(name))
        except LibraryError as exc:
            self.failed.emit(str(exc))

    @Slot(int, object)
    def call(self, call_id: int, fn: Callable[[], Any]) -> None:
        """Run ``fn`` here (database and index work) and report its result or error."""
        try:
            result = fn()
        except LibraryError as exc:
            self.called.emit(call_id, None, str(exc) or exc.__class__.__name__)
            return
        except Exception as exc:  # never a traceback in front of a user
            log.exception("background work failed")
            self.called.emit(call_id, None, f"Something went wrong: {exc}")
            return
        self.called.emit(call_id, result, "")

    @Slot()
    def close(self) -> None:
        self.engine.close()


class Worker(QObject):
    """Owns the backend's thread; the GUI talks to it only through signals."""

    requestOpen = Signal()
    requestSearch = Signal(int, object)
    requestRows = Signal(object)
    requestSnippets = Signal(int, object, str, bool)
    requestAddToList = Signal(str, object)
    requestOpenList = Signal(str)
    requestClose = Signal()
    requestCall = Signal(int, object)
    callFinished = Signal(int)  # emitted on the GUI thread after a call's callback ran

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("librarian-worker")
        self.backend = Backend(catalogue)
        self.backend.moveToThread(self.thread)
        self.requestOpen.connect(self.backend.open)
        self.requestSearch.connect(self.backend.search)
        self.requestRows.connect(self.backend.load_rows)
        self.requestSnippets.connect(self.backend.snippets)
        self.requestAddToList.connect(self.backend.add_to_list)
        self.requestOpenList.connect(self.backend.open_list)
        self.requestClose.connect(self.backend.close)
        self.requestCall.connect(self.backend.call)
        self.backend.called.connect(self._called)
        self._calls: dict[int, tuple[Callable[[Any], None] | None, Callable[[str], None] | None]]
        self._calls = {}
        self._next_call = 0
        self.thread.start()

    def call(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``fn`` on the worker thread; ``done(result)`` or ``error(message)`` follow."""
        self._next_call += 1
        self._calls[self._next_call] = (done, error)
        self.requestCall.emit(self._next_call, fn)

    def _called(self, call_id: int, result: Any, message: str) -> None:
        done, error = self._calls.pop(call_id, (None, None))
        if message:
            if error is not None:
                error(message)
            else:
                self.backend.failed.emit(message)
        elif done is not None:
            done(result)
        self.callFinished.emit(call_id)

    def search(self, token: int, request: SearchRequest) -> None:
        self.backend.latest_search = token  # an int store: atomic under the GIL
        self.requestSearch.emit(token, request)

    def stop(self) -> None:
        if self.thread.isRunning():
            self.requestClose.emit()
            self.thread.quit()
            self.thread.wait(10_000)
