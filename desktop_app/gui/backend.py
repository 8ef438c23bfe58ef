"""The worker: all database and index work, on one thread off the GUI thread.

The GUI hands jobs to :class:`Worker`, which runs them one at a time on its
thread, and gets answers back by :class:`Backend`'s signals. Each search
carries a token; a search whose token is older than the newest one requested
is skipped, and the window drops any answer that arrives for an old token.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

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

    def search(self, token: int, request: SearchRequest) -> None:
        if token < self.latest_search:
            return  # superseded before it started
        try:
            result = self.engine.search(request)
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        self.searched.emit(token, result)

    def load_rows(self, ids: Sequence[int]) -> None:
        try:
            views = self.catalogue.get_many(list(ids))
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        self.rowsLoaded.emit({v.id: v for v in views})

    def snippets(self, token: int, ids: Sequence[int], query: str, curator: bool) -> None:
        if token < self.latest_search:
            return
        self.snippetsReady.emit(token, self.engine.snippets(list(ids), query, curator=curator))

    def add_to_list(self, name: str, ids: Sequence[int]) -> None:
        try:
            self.lists.add(name, ids)
        except LibraryError as exc:
            self.failed.emit(str(exc))
            return
        self.listsChanged.emit(self.lists.all())

    def open_list(self, name: str) -> None:
        try:
            self.listOpened.emit(name, self.lists.items(name))
        except LibraryError as exc:
            self.failed.emit(str(exc))

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

    def close(self) -> None:
        self.engine.close()


class Worker(QObject):
    """Owns the worker thread; the GUI hands it jobs and hears back by signal.

    The thread is a plain Python thread fed from a queue, so every step it takes
    into PySide holds the GIL; the backend's signals, emitted there, reach the
    GUI's slots queued. (Queued slot calls into a Python ``QObject`` on a
    ``QThread`` raced PySide's lazy meta-object set-up and crashed now and then.)
    """

    callFinished = Signal(int)  # emitted on the GUI thread after a call's callback ran

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = Backend(catalogue)
        self.backend.called.connect(self._called)
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._calls: dict[int, tuple[Callable[[Any], None] | None, Callable[[str], None] | None]]
        self._calls = {}
        self._next_call = 0
        self._thread = threading.Thread(target=self._run, name="librarian-worker", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except Exception:  # a slot's own handlers report; this keeps the thread alive
                log.exception("worker job failed")

    def _submit(self, job: Callable[[], None]) -> None:
        if self._thread.is_alive():
            self._jobs.put(job)

    # -- requests (GUI thread) -------------------------------------------------------------
    def open(self) -> None:
        self._submit(self.backend.open)

    def search(self, token: int, request: SearchRequest) -> None:
        self.backend.latest_search = token  # an int store: atomic under the GIL
        self._submit(lambda: self.backend.search(token, request))

    @Slot(object)
    def load_rows(self, ids: Sequence[int]) -> None:
        self._submit(lambda: self.backend.load_rows(ids))

    def snippets(self, token: int, ids: Sequence[int], query: str, curator: bool) -> None:
        self._submit(lambda: self.backend.snippets(token, ids, query, curator))

    def add_to_list(self, name: str, ids: Sequence[int]) -> None:
        self._submit(lambda: self.backend.add_to_list(name, ids))

    def open_list(self, name: str) -> None:
        self._submit(lambda: self.backend.open_list(name))

    def call(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``fn`` on the worker thread; ``done(result)`` or ``error(message)`` follow."""
        self._next_call += 1
        call_id = self._next_call
        self._calls[call_id] = (done, error)
        self._submit(lambda: self.backend.call(call_id, fn))

    @Slot(int, object, str)
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

    def stop(self) -> None:
        """Finish queued work, close the index and end the thread."""
        if self._thread.is_alive():
            self._jobs.put(self.backend.close)
            self._jobs.put(None)
            self._thread.join(10)
