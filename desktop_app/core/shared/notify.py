"""Hearing at once when another machine commits to a catalogue on a server.

Every unit of work on a server's catalogue sends ``NOTIFY librarian_changes,
'<counter>'`` inside its transaction (``unit_of_work``), so PostgreSQL delivers it
only if, and when, the transaction commits. A :class:`ChangeListener` keeps a
connection of its own (autocommit, outside SQLAlchemy's pool), runs ``LISTEN``
on it and waits on a daemon thread; each notification calls ``on_change`` with the
counter the commit reached. The thread is Qt-free: a window hands it a callable that
only emits a queued signal.

When the connection drops (the server restarts, the network goes), the listener
says so (``on_status(False, message)``), tries again with a growing pause (1 s, 2 s,
4 s … up to :data:`MAX_BACKOFF`), and once connected again says that too and calls
``on_change(None)``: notifications sent while it was away are lost, so whoever
listens catches up from the change log. :meth:`ChangeListener.close` stops and
joins the thread within a fraction of a second.

:func:`is_connection_lost` tells a dropped or refused connection (offline: try again
later) from any other database error.
"""

from __future__ import annotations

import contextlib
import logging
import os
import selectors
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.core.library.server import where

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL = "librarian_changes"
CONNECT_TIMEOUT = 5  # seconds, for the listener's own connection
PROBE_EVERY = 10.0  # seconds without a notification before the connection is tested
MAX_BACKOFF = 30.0  # the longest pause between attempts to reconnect

# SQLSTATEs of a connection that is gone or cannot be had now: class 08 (connection
# exception), the server shutting down or starting (57P01-57P03), a database that
# does not accept connections at the moment (55000, ALLOW_CONNECTIONS false)
_OFFLINE_STATES = ("08", "57P01", "57P02", "57P03", "55000")


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it was raised from) says the server cannot be reached
    now: a refused or dropped connection, a server shutting down; not a wrong
    password, a missing database or a failed statement."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "connection_invalidated", False):  # SQLAlchemy's disconnect
            return True
        orig = getattr(current, "orig", None)
        for candidate in (current, orig):
            if candidate is not None and _is_lost(candidate):
                return True
        current = current.__cause__ or current.__context__
    return False


def _is_lost(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    if not module.startswith("psycopg"):
        return False
    import psycopg

    if not isinstance(exc, psycopg.OperationalError):
        return False
    state = getattr(exc, "sqlstate", None)
    if state is None:  # raised by the client: no connection, or it broke
        text = str(exc)
        return "password" not in text and "does not exist" not in text
    return any(state.startswith(prefix) for prefix in _OFFLINE_STATES)


def connect_kwargs(url: URL) -> dict[str, Any]:
    """psycopg's ``connect`` arguments for the catalogue at ``url`` (the password,
    if any, from the URL; else libpq finds it in PGPASSWORD or ~/.pgpass)."""
    query = {k: (v if isinstance(v, str) else v[-1]) for k, v in url.query.items()}
    kwargs: dict[str, Any] = {
        "host": url.host or query.pop("host", None),
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
        **query,
    }
    kwargs.update(
        connect_timeout=CONNECT_TIMEOUT,
        application_name="Resource Librarian (listening)",
        keepalives=1,
        keepalives_idle=10,
        keepalives_interval=5,
        keepalives_count=3,
    )
    return {k: v for k, v in kwargs.items() if v is not None}


class ChangeListener:
    """Listens for the commits of other machines to one catalogue (see the module).

    ``on_change(counter)`` runs on the listener's thread: keep it short (emit a
    queued signal, set an event). ``on_status(online, message)`` says when the
    connection is lost or back; the message names the server (host and port),
    never the password.
    """

    def __init__(
        self,
        url: URL,
        on_change: Callable[[int | None], None],
        on_status: Callable[[bool, str], None] | None = None,
        *,
        probe_every: float = PROBE_EVERY,
    ) -> None:
        self.url = url
        self.on_change = on_change
        self.on_status = on_status
        self.probe_every = probe_every
        self.connected = threading.Event()  # set while LISTEN is in place
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="librarian-listener", daemon=True)

    def start(self) -> ChangeListener:
        """Start listening (returns at once; ``connected`` is set once it is)."""
        self._thread.start()
        return self

    def close(self, timeout: float = 5.0) -> None:
        """Stop listening and join the thread."""
        self._stop.set()
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")
        if self._thread.is_alive():
            self._thread.join(timeout)
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)

    # -- the listener's thread ---------------------------------------------------------------
    def _run(self) -> None:
        backoff, was_online, first = 1.0, True, True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:
                self._lost(exc, was_online, backoff)
                was_online = False
                if self._stop.wait(backoff):
                    break
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            backoff = 1.0
            try:
                self.connected.set()
                if not was_online:
                    self._say(True, f"{self._where()}: connected again")
                if not first or not was_online:
                    self._tell(None)  # what was sent while we were away is lost
                was_online, first = True, False
                self._listen(conn)
            except Exception as exc:
                self.connected.clear()
                if self._stop.is_set():
                    break
                self._lost(exc, True, 0)
                was_online = False
            finally:
                self.connected.clear()
                with contextlib.suppress(Exception):
                    conn.close()

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(autocommit=True, **connect_kwargs(self.url))
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _listen(self, conn: Any) -> None:
        """Wait for notifications until stopped; raises when the connection breaks."""
        with selectors.DefaultSelector() as sel:
            sel.register(conn.fileno(), selectors.EVENT_READ, "db")
            sel.register(self._wake_r, selectors.EVENT_READ, "stop")
            while not self._stop.is_set():
                ready = sel.select(self.probe_every)
                if self._stop.is_set():
                    return
                if not ready:
                    conn.execute("SELECT 1")  # a silent connection may be a dead one
                for note in conn.notifies(timeout=0):
                    self._tell(_counter_of(note.payload))

    def _tell(self, counter: int | None) -> None:
        try:
            self.on_change(counter)
        except Exception:
            log.exception("a change listener's callback failed")

    def _say(self, online: bool, message: str) -> None:
        if self.on_status is not None:
            try:
                self.on_status(online, message)
            except Exception:
                log.exception("a change listener's status callback failed")

    def _lost(self, exc: BaseException, was_online: bool, backoff: float) -> None:
        log.info("change listener: %s (%s)", self._where(), type(exc).__name__)
        if was_online:
            self._say(False, f"{self._where()}: the PostgreSQL server cannot be reached")

    def _where(self) -> str:
        return where(self.url)


def _counter_of(payload: str) -> int | None:
    try:
        return int(payload)
    except ValueError:
        return None
