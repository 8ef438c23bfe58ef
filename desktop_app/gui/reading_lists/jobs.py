"""Reading-list work for the worker thread: Qt-free closures over plain values.

:func:`lists_source` finds the library's :class:`ReadingLists` through the worker
(without importing the database layer here), and :func:`run` hands a job over it
to the worker, answering with the job's result, every list's count and the
contents of the list the caller is showing (one round trip refreshes a dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop_app.core.library.values import ListInfo

if TYPE_CHECKING:
    from desktop_app.core.library.lists import ListContents, ReadingLists
    from desktop_app.gui.worker import Worker


@dataclass(frozen=True, slots=True)
class Answer:
    """What a reading-list job answers: its result, the lists, the shown list's items."""

    result: Any
    lists: list[ListInfo]
    contents: ListContents | None


def lists_source(worker: Worker) -> Callable[[], ReadingLists]:
    """How a job reaches the library's reading lists, read on the worker thread."""
    library = getattr(worker, "library", None)
    if library is not None and hasattr(library, "lists"):
        return lambda: library.lists  # opened behind the window: read when the job runs
    lists = worker.lists
    return lambda: lists


def run(
    worker: Worker,
    job: Callable[[ReadingLists], Any],
    show: str | None,
    done: Callable[[Answer], object],
    error: Callable[[str], None],
    owner: QObject | None = None,
) -> None:
    """Run ``job(lists)`` on the worker; ``done`` gets an :class:`Answer` with the
    contents of list ``show`` (None: no list shown, or it is gone)."""
    source = lists_source(worker)

    def work() -> Answer:
        lists = source()
        result = job(lists)
        everything = lists.all()
        contents = None
        if show is not None:
            from desktop_app.core.errors import NotFoundError

            try:
                contents = lists.contents(show)
            except NotFoundError:
                contents = None
        return Answer(result, everything, contents)

    worker.call(work, done, error, owner=owner)
