"""A lock held across processes: who may change a library's search index.

The window and ``librarian search`` or ``reindex`` may open one library at the
same time; each catch-up, rebuild and swap of the index happens under this lock,
so two processes never build into the same ``.index.new`` folder or swap folders
under each other. The lock is the operating system's (``flock`` on POSIX,
``msvcrt.locking`` on Windows) on a small file beside the index: it is released
when its holder exits, however it exits, so a killed process never leaves a lock
behind. The file itself stays (deleting it would race with the next holder).
All platform specifics are in this module.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from desktop_app.core.errors import LibraryError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


Waiting = Callable[[float], None]  # told the seconds waited so far, once a second


class IndexBusyError(LibraryError):
    """Another program held the index lock for longer than we may wait."""


class ProcessLock:
    """An exclusive lock on ``path`` shared by every process (and every holder in
    this one: each ``ProcessLock`` has its own handle). Not re-entrant."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, timeout: float, waiting: Waiting | None = None) -> None:
        """Take the lock, waiting at most ``timeout`` seconds (then IndexBusyError)."""
        if self._fh is not None:
            raise RuntimeError(f"{self.path} is already held by this holder")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        started = time.monotonic()
        told = -1
        pause = 0.01
        while not _try_lock(fh):
            waited = time.monotonic() - started
            if waited >= timeout:
                fh.close()
                raise IndexBusyError(
                    f"the search index ({self.path.parent}) is busy: another program has been "
                    f"building it for over {int(timeout)} s; try again when it has finished"
                )
            # said after half a second: a catch-up holds the lock for a moment only
            if waiting is not None and waited >= 0.5 and int(waited) > told:
                told = int(waited)
                waiting(waited)
            time.sleep(pause)  # polled: a blocking lock could not be given up on time
            pause = min(pause * 2, 0.2)
        self._fh = fh

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is not None:
            try:
                _unlock(fh)
            finally:
                fh.close()
