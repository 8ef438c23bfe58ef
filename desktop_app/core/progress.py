"""Progress and cancellation for long work, without Qt.

Long operations (imports, exports, packs, index builds) take a :class:`Progress`:
they call :meth:`Progress.report` as they go and ask :meth:`Progress.cancelled`
where stopping is still safe. Whoever started the work decides where reports go
(a progress bar in the window, a line on the terminal) through ``sink``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Sink = Callable[[int, int, str], None]


class Progress:
    """Reports ``(done, total, message)`` to ``sink``, at most every ``interval`` seconds.

    ``total`` is 0 while the amount of work is unknown. The first and the last
    report (``done == total``) and any report with a new message always go through.
    """

    def __init__(
        self,
        sink: Sink | None = None,
        stop: threading.Event | None = None,
        *,
        interval: float = 0.05,
    ) -> None:
        self._sink = sink
        self._stop = stop or threading.Event()
        self._interval = interval
        self._last = -1.0
        self._message = ""

    def report(self, done: int, total: int = 0, message: str = "") -> None:
        """Say how far the work is; cheap enough to call for every record."""
        if self._sink is None:
            return
        now = time.monotonic()
        final = total > 0 and done >= total
        if final or message != self._message or now - self._last >= self._interval:
            self._last = now
            self._message = message
            self._sink(done, total, message)

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point."""
        self._stop.set()

    def cancelled(self) -> bool:
        """True once someone asked the work to stop."""
        return self._stop.is_set()
