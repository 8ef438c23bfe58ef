"""Reading files in a separate process, with a time limit and a memory limit.

PDFium is C: a hostile or broken PDF could crash it or keep it busy for ever. So
every file is read in an extraction process: ``python -m desktop_app _extract-worker``
(in the portable build, the ``librarian`` program beside the app, with the same
hidden argument). On POSIX the process may map at most :data:`MEMORY_LIMIT` more
than it had when it started (``RLIMIT_AS``; Linux enforces it, macOS does not); it
is killed when a file takes longer than its time limit, and it ends itself when the
app ends (its standard input closes). A crash or a kill is an :class:`Outcome` with
a note, never an exception in the app. Pages come back one message at a time, so a
file stopped half way keeps the pages read so far.

A process serves one file after another (starting one costs a few tenths of a
second); one that failed, was killed or ran out of memory is replaced. Messages
are length-prefixed JSON on the process's standard input and output, never
pickles: nothing the process sends can run code in the app. (Not multiprocessing:
its *spawn* imports the app's main module again in the child, Qt and all.)
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop_app.core.fulltext.limits import MAX_DOC_CHARS, MAX_PAGE_CHARS, MAX_PAGES

WORKER_ARG = "_extract-worker"
MEMORY_LIMIT = 1 << 30  # bytes the process may map beyond what it had at start
MEMORY_ENV = "LIBRARIAN_EXTRACT_MEMORY_MB"
START_TIMEOUT = 60.0  # seconds for a new process to be ready
_MAX_MESSAGE = 4 << 20  # bytes of one message (a page is at most 200,000 characters)
_KEEP_IDLE = 2


@dataclass
class Outcome:
    """What the process sent back for one job, and how it ended."""

    meta: dict[str, Any] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str = ""  # the file cannot be read: why
    stopped: str = ""  # the process was stopped (time-out, crash, cancel): why
    cancelled: bool = False


class Worker:
    """One extraction process, the pipes to it and a thread reading its messages."""

    def __init__(self) -> None:
        self.healthy = False
        self.proc: subprocess.Popen[bytes] | None = None
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        try:
            self.proc = subprocess.Popen(
                worker_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_environment(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError:
            return
        assert self.proc.stdout is not None
        threading.Thread(
            target=_read_messages, args=(self.proc.stdout, self.messages), daemon=True,
            name="extract-reader",
        ).start()  # fmt: skip
        try:
            ready = self.messages.get(timeout=START_TIMEOUT)
        except queue.Empty:
            ready = None
        self.healthy = bool(ready and ready.get("ready") is True)
        if not self.healthy:
            self.close()

    def alive(self) -> bool:
        return self.healthy and self.proc is not None and self.proc.poll() is None

    def run(
        self, job: dict[str, Any], time_limit: float, cancelled: Callable[[], bool] | None
    ) -> Outcome:
        """Send ``job``, collect its messages until its end, its time limit or a crash."""
        out = Outcome()
        if not self.alive():
            out.stopped = "the extraction process could not be started"
            return out
        try:
            assert self.proc is not None and self.proc.stdin is not None
            _send(self.proc.stdin, job)
        except OSError:
            self.close()
            out.stopped = "the extraction process could not be reached"
            return out
        deadline = time.monotonic() + time_limit
        chars = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.close()
                out.stopped = f"took longer than {_seconds(time_limit)}"
                return out
            if cancelled is not None and cancelled():
                self.close()
                out.stopped, out.cancelled = "cancelled", True
                return out
            try:
                message = self.messages.get(timeout=min(left, 0.1))
            except queue.Empty:
                continue
            if message is None:  # the process ended or sent nonsense
                out.stopped = self._crash()
                return out
            if "page" in message:
                page = str(message["page"])[:MAX_PAGE_CHARS]
                chars += len(page)
                if len(out.pages) >= MAX_PAGES or chars > MAX_DOC_CHARS:  # never trust a child
                    self.close()
                    out.stopped = "the reader sent more than the limits allow"
                    return out
                out.pages.append(page)
            elif "meta" in message:
                out.meta = dict(message["meta"])
            elif "end" in message:
                out.notes = [str(n) for n in message["end"]]
                return out
            elif "error" in message:
                out.error = str(message["error"])
                if message.get("retire"):
                    self.close()
                return out

    def _crash(self) -> str:
        """The process ended (or sent nonsense) in the middle of a job: why, in words."""
        assert self.proc is not None
        try:
            code: int | None = self.proc.wait(1.0)
        except subprocess.TimeoutExpired:
            code = None
        self.close()
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"the reader crashed ({name}): a damaged file, or one needing over {_mb()}?"
        return (
            f"the reader stopped (exit code {code}): a damaged file, or one needing over {_mb()}?"
        )

    def close(self) -> None:
        """End the process now (killed if busy) and close the pipe."""
        self.healthy = False
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # one that will not die: leave it
            self.proc.wait(5.0)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def memory_limit() -> int:
    """:data:`MEMORY_LIMIT`, or ``$LIBRARIAN_EXTRACT_MEMORY_MB`` megabytes (tests lower it)."""
    value = os.environ.get(MEMORY_ENV, "")
    return int(value) << 20 if value.isdigit() and int(value) > 0 else MEMORY_LIMIT


def _mb() -> str:
    return f"{memory_limit() >> 20:,} MB of memory"


def _seconds(limit: float) -> str:
    return f"{limit:g} s" if limit < 10 else f"{limit:.0f} s"


# -- a few idle processes, shared by the threads that extract --------------------------------

_idle: list[Worker] = []
_lock = threading.Lock()


def run_job(
    job: dict[str, Any], time_limit: float, cancelled: Callable[[], bool] | None = None
) -> Outcome:
    """Run ``job`` in an idle extraction process (or a new one); never raises for the file."""
    worker = None
    with _lock:
        while _idle and worker is None:
            candidate = _idle.pop()
            if candidate.alive():
                worker = candidate
            else:
                candidate.close()
    if worker is None:
        worker = Worker()
    try:
        return worker.run(job, time_limit, cancelled)
    finally:
        with _lock:
            if worker.alive() and len(_idle) < _KEEP_IDLE:
                _idle.append(worker)
                worker = None
        if worker is not None:
            worker.close()


@atexit.register
def shutdown() -> None:
    """End the idle extraction processes (they would end with the app anyway)."""
    with _lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        worker.close()


# -- the pipes ---------------------------------------------------------------------------------


def worker_command() -> list[str]:
    """How to start an extraction process: this Python, or the portable ``librarian``."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        cli = exe.with_name("librarian" + exe.suffix)
        return [str(cli if cli.exists() else exe), WORKER_ARG]
    # -P: the working folder is not put on the path (nothing there can stand in for our code)
    return [sys.executable, "-P", "-m", "desktop_app", WORKER_ARG]


def _environment() -> dict[str, str]:
    """The app's environment, with this source tree first on the path (not frozen)."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def _send(pipe: IO[bytes], message: dict[str, Any]) -> None:
    data = json.dumps(message).encode()
    pipe.write(struct.pack(">I", len(data)) + data)
    pipe.flush()


def _receive(pipe: IO[bytes], limit: int) -> dict[str, Any] | None:
    """The next message, or None at the end of the stream or for one that is not ours."""
    head = pipe.read(4)
    if len(head) < 4:
        return None
    (size,) = struct.unpack(">I", head)
    if size > limit:
        return None
    data = pipe.read(size)
    if len(data) < size:
        return None
    try:
        message = json.loads(data)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _read_messages(pipe: IO[bytes], into: queue.Queue[dict[str, Any] | None]) -> None:
    """Move the process's messages into ``into``; None once it ends or goes wrong."""
    try:
        while (message := _receive(pipe, _MAX_MESSAGE)) is not None:
            into.put(message)
    except (OSError, ValueError):
        pass
    into.put(None)


# -- the extraction process -----------------------------------------------------------------------


def main() -> int:
    """The extraction process (``librarian _extract-worker``): jobs in on standard input,
    messages out on standard output; it ends when its standard input closes."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints cannot mix with the messages
    sys.stdout = sys.stderr
    jobs: queue.Queue[dict[str, Any] | None] = queue.Queue()

    def read_jobs() -> None:
        _read_messages(sys.stdin.buffer, jobs)
        os._exit(0)  # the app closed the pipe or ended: end now, even mid-file

    limit = memory_limit()
    _limit_memory(limit)
    threading.Thread(target=read_jobs, name="jobs", daemon=True).start()
    serve(jobs, lambda message: _send(out, message), limit)
    return 0


def serve(
    jobs: queue.Queue[dict[str, Any] | None],
    send: Callable[[dict[str, Any]], None],
    memory_limit: int,
) -> None:
    """Answer each job with its messages; a job that fails answers with an error."""
    from desktop_app.core.fulltext.formats import FormatError
    from desktop_app.core.fulltext.readers import run_job as read

    send({"ready": True})
    while (job := jobs.get()) is not None:
        try:
            for message in read(job):
                send(message)
        except FormatError as exc:
            send({"error": str(exc)})
        except MemoryError:
            send({"error": f"needs more than {memory_limit >> 20} MB of memory", "retire": True})
        except RecursionError:
            send({"error": "too deeply nested to read"})
        except OSError as exc:
            send({"error": f"could not be read ({exc.strerror or exc})"})
        except Exception as exc:  # any other failure is this file's, not the app's
            send({"error": f"could not be read ({type(exc).__name__}: {exc})"[:300]})


def _limit_memory(limit: int) -> None:
    """At most ``limit`` bytes more address space than now (POSIX; Linux enforces it)."""
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    now = 0
    try:
        with open("/proc/self/statm") as fh:
            now = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        now = 512 << 20
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = now + limit
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ValueError, OSError):  # pragma: no cover - a platform that refuses it
        pass
