"""What a dialog needs to get work done without knowing who runs it.

Curator mode (:class:`desktop_app.gui.curator_mode.Curation`) provides these; the
curation dialogs take one and never reach the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T")


class Jobs(Protocol):
    """Qt-free work on the worker thread, with its answer back on the GUI thread."""

    def call(
        self,
        fn: Callable[[], T],
        done: Callable[[T], object] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn`` (a read); ``done(result)`` follows unless ``owner`` is gone by then."""

    def write(
        self,
        fn: Callable[[], T],
        done: Callable[[T], object] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Like :meth:`call` for a change: it goes through only in curator mode."""
