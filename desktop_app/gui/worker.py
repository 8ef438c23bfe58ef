"""The worker: all database and index work, on one thread off the GUI thread.

The rules that keep Qt and the worker apart (a curator-mode crash came from
breaking them: a dialog captured by a job was last released, and so destroyed,
on the worker thread):

- A job is a Qt-free function. :meth:`Worker.call` refuses one that can reach a
  ``QObject`` (a widget, a dialog, the window) through its closure, its bound
  ``self``, its defaults or a ``functools.partial``: read what the job needs from
  widgets on the GUI thread first, then hand over plain values.
- The worker thread runs the job and answers through :class:`Backend`, a bridge
  whose signals it only *emits* (queued to the GUI thread, as Qt allows from any
  thread). The bridge lives as long as the thread: :meth:`Worker.stop` joins it.
- The GUI keeps every job until its answer has arrived, and the worker drops its
  own references before answering, so the last reference to anything a job holds
  is always released on the GUI thread.
- Answers for an owner (a dialog) that is gone by then are dropped.

Each search carries a token; a search whose token is older than the newest one
requested is skipped, and the window drops any answer for an old token.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import queue
import threading
import types
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from shiboken6 import isValid

from desktop_app.core.errors import LibraryError
from desktop_app.core.open_library import OpenLibrary
from desktop_app.core.progress import Progress
from desktop_app.core.search.results import SearchRequest, SearchResult, Snippet

if TYPE_CHECKING:
    from desktop_app.core.library.lists import ReadingLists
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.service import Catalogue

log = logging.getLogger(__name__)
T = TypeVar("T")


class Backend(QObject):
    """The bridge: the worker thread's only Qt contact is emitting these signals."""

    opened = Signal(str)
    openFailed = Signal(str)  # the library itself could not be opened
    progress = Signal(int, int, str)
    searched = Signal(int, object)  # token, SearchResult
    rowsLoaded = Signal(object)  # {id: ResourceView}
    snippetsReady = Signal(int, object)  # token, {id: Snippet}
    listsChanged = Signal(object)  # [ListInfo]
    listOpened = Signal(str, object)  # name, [ids]
    failed = Signal(str)
    changed = Signal(object)  # ChangeSet from any write
    answered = Signal(int, object, str)  # call id, result, error message ("" when fine)
    progressed = Signal(int, int, int, str)  # call id, done, total, message


def qt_objects_in(fn: object, depth: int = 4) -> list[str]:
    """The Qt objects ``fn`` can reach through closures, bound selves, defaults and partials."""
    found: list[str] = []
    seen: set[int] = set()

    def walk(obj: object, left: int) -> None:
        if left < 0 or id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, QObject):
            found.append(f"{type(obj).__name__} {obj.objectName()!r}".strip())
        elif isinstance(obj, functools.partial):
            for part in (obj.func, *obj.args, *obj.keywords.values()):
                walk(part, left - 1)
        elif isinstance(obj, types.MethodType | types.BuiltinMethodType):
            walk(obj.__self__, left - 1)
            walk(getattr(obj, "__func__", None), left - 1)
        elif isinstance(obj, types.FunctionType):
            for cell in obj.__closure__ or ():
                with contextlib.suppress(ValueError):  # an empty cell (a name bound later)
                    walk(cell.cell_contents, left - 1)
            for default in (*(obj.__defaults__ or ()), *(obj.__kwdefaults__ or {}).values()):
                walk(default, left - 1)
        elif isinstance(obj, list | tuple | set | frozenset):
            for item in list(obj)[:64]:
                walk(item, left - 1)
        elif isinstance(obj, dict):
            for item in list(obj.values())[:64]:
                walk(item, left - 1)

    walk(fn, depth)
    return found


@dataclasses.dataclass(slots=True)
class _Pending:
    job: Callable[[], Any]  # kept here so that its last reference goes on the GUI thread
    done: Callable[[Any], object] | None
    error: Callable[[str], None] | None
    progress: Callable[[int, int, str], None] | None = None
    owner: QObject | None = None
    announce: bool = True


class _Tokens:
    """The newest search token, shared with the worker thread (an int store is atomic)."""

    latest = 0


class Worker(QObject):
    """Owns the worker thread; the GUI hands it jobs and hears back by signal."""

    callFinished = Signal(int)  # emitted on the GUI thread after a call's callback ran

    def __init__(self, library: OpenLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = Backend(self)
        self.library = library  # opened on the worker thread by :meth:`open`
        self._tokens = _Tokens()
        self.backend.answered.connect(self._answered)
        self.backend.progressed.connect(self._progressed)
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None] = queue.SimpleQueue()
        self._pending: dict[int, _Pending] = {}
        self._next_call = 0
        self._thread = threading.Thread(
            target=self._run, args=(self.backend.answered.emit,), name="librarian-worker"
        )
        self._thread.daemon = True
        self._thread.start()

    # -- the worker thread ----------------------------------------------------------------------
    def _run(self, answer: Callable[[int, object, str], None]) -> None:
        while (item := self._jobs.get()) is not None:
            call_id, job = item
            del item
            result, message = _attempt(job)
            del job  # the GUI still holds it: its last reference is released there
            answer(call_id, result, message)
            del result

    # -- requests (GUI thread) -------------------------------------------------------------------
    def _submit(self, job: Callable[[], Any], pending: _Pending) -> int:
        self._next_call += 1
        call_id = self._next_call
        if self._thread.is_alive():
            self._pending[call_id] = pending
            self._jobs.put((call_id, job))
        return call_id

    def call(
        self,
        fn: Callable[[], T],
        done: Callable[[T], object] | None = None,
        error: Callable[[str], None] | None = None,
        *,
        owner: QObject | None = None,
        announce: bool = True,
    ) -> int:
        """Run the Qt-free ``fn`` on the worker; ``done(result)`` or ``error(message)`` follow.

        With an ``owner``, the answer is dropped if the owner has been deleted by then;
        ``announce=False`` (background work, a poll): no ``callFinished`` after it.
        """
        _check_qt_free(fn)
        return self._submit(fn, _Pending(fn, done, error, owner=owner, announce=announce))

    def task(
        self,
        fn: Callable[[Progress], T],
        done: Callable[[T], object] | None,
        error: Callable[[str], None] | None,
        progress: Callable[[int, int, str], None],
        stop: threading.Event,
        *,
        owner: QObject | None = None,
    ) -> int:
        """Like :meth:`call` for long work: ``fn`` gets a Progress that reports to ``progress``
        (on the GUI thread) and is cancelled by setting ``stop``."""
        _check_qt_free(fn)
        call_id = self._next_call + 1
        emit = self.backend.progressed.emit
        reporter = Progress(lambda d, t, m: emit(call_id, d, t, m), stop)
        job = functools.partial(fn, reporter)
        return self._submit(job, _Pending(job, done, error, progress, owner))

    def busy(self) -> bool:
        """True while any job is queued, running, or its answer is on the way."""
        return bool(self._pending)

    def _internal(self, job: Callable[[], T], done: Callable[[T], object]) -> None:
        self._submit(job, _Pending(job, done, None, announce=False))

    @Slot(int, object, str)
    def _answered(self, call_id: int, result: Any, message: str) -> None:
        pending = self._pending.pop(call_id, None)
        if pending is None:
            return
        if pending.owner is not None and not isValid(pending.owner):
            pass  # its dialog is gone: nobody to tell
        elif message:
            if pending.error is not None:
                pending.error(message)
            else:
                self.backend.failed.emit(message)
        elif pending.done is not None:
            pending.done(result)
        if pending.announce:
            self.callFinished.emit(call_id)

    @Slot(int, int, int, str)
    def _progressed(self, call_id: int, done: int, total: int, message: str) -> None:
        pending = self._pending.get(call_id)
        if pending is None or pending.progress is None:
            return
        if pending.owner is None or isValid(pending.owner):
            pending.progress(done, total, message)

    # -- the window's standing requests ----------------------------------------------------------
    @property
    def catalogue(self) -> Catalogue:
        """The library's catalogue, once open (LibraryError before)."""
        return self.library.catalogue

    @property
    def engine(self) -> SearchEngine:
        """The library's search engine, once its index is open (LibraryError before)."""
        return self.library.engine

    @property
    def lists(self) -> ReadingLists:
        """The library's reading lists, once open (LibraryError before)."""
        return self.library.lists

    def open(self) -> None:
        """Open the library, then its index; ``opened`` or ``openFailed`` follow."""
        library, emit, changed = self.library, self.backend.progress.emit, self.backend.changed.emit
        # writes run on the worker thread, so the change listener emits from there
        opening = functools.partial(library.open_catalogue, changed)
        self._submit(opening, _Pending(opening, None, self.backend.openFailed.emit, announce=False))

        def job() -> tuple[str, Any]:
            if not library.has_catalogue:
                return "", []  # it could not be opened: openFailed said why
            try:
                return library.open_index(emit)
            except LibraryError:
                raise
            except Exception as exc:  # never a traceback in front of a user
                log.exception("could not open the search index")
                text = QCoreApplication.translate(
                    "Worker", "The search index could not be opened: %1"
                )
                raise LibraryError(text.replace("%1", str(exc))) from None

        def done(result: tuple[str, Any]) -> None:
            if not library.is_open:
                return
            self.backend.opened.emit(result[0])
            self.backend.listsChanged.emit(result[1])

        self._internal(job, done)

    def search(self, token: int, request: SearchRequest) -> None:
        tokens, library = self._tokens, self.library
        tokens.latest = token

        def job() -> SearchResult | None:
            return None if token < tokens.latest else library.search(request)

        def done(result: SearchResult | None) -> None:
            if result is not None:
                self.backend.searched.emit(token, result)

        self._internal(job, done)

    @Slot(object)
    def load_rows(self, ids: Sequence[int]) -> None:
        library, wanted = self.library, list(ids)
        self._internal(
            lambda: {v.id: v for v in library.catalogue.get_many(wanted)},
            self.backend.rowsLoaded.emit,
        )

    def snippets(self, token: int, ids: Sequence[int], query: str, curator: bool) -> None:
        tokens, library, wanted = self._tokens, self.library, list(ids)

        def job() -> dict[int, Snippet] | None:
            if token < tokens.latest:
                return None
            return library.engine.snippets(wanted, query, curator=curator)

        def done(result: dict[int, Snippet] | None) -> None:
            if result is not None:
                self.backend.snippetsReady.emit(token, result)

        self._internal(job, done)

    def add_to_list(self, name: str, ids: Sequence[int]) -> None:
        library, wanted = self.library, list(ids)
        self._internal(
            lambda: (library.lists.add(name, wanted), library.lists.all())[1],
            self.backend.listsChanged.emit,
        )

    def open_list(self, name: str) -> None:
        library = self.library
        self._internal(
            lambda: library.lists.items(name), lambda ids: self.backend.listOpened.emit(name, ids)
        )

    def stop(self) -> None:
        """Finish queued work, close the index and end the thread."""
        if self._thread.is_alive():
            self._jobs.put((0, self.library.close))
            self._jobs.put(None)
            self._thread.join(10)


def _attempt(job: Callable[[], Any]) -> tuple[Any, str]:
    """Run ``job``; its result, or the one-line message saying why it failed."""
    try:
        return job(), ""
    except LibraryError as exc:
        return None, str(exc) or exc.__class__.__name__
    except Exception as exc:  # never a traceback in front of a user
        log.exception("background work failed")
        return None, QCoreApplication.translate("Worker", "Something went wrong: %1").replace(
            "%1", str(exc)
        )


def _check_qt_free(fn: object) -> None:
    reached = qt_objects_in(fn)
    if reached:
        raise TypeError(
            f"a worker job must be Qt-free, but {fn!r} reaches {', '.join(reached)}: "
            "read what it needs on the GUI thread and pass plain values"
        )
