"""The window follows what other curators commit, and says when the server is away.

Another process or machine may change the library at any time: a second window on
the same file, or a colleague on the same server catalogue. :class:`SharedCatalogue`
keeps the window in step:

- a poll every :data:`POLL_MS` asks the worker to :meth:`SearchEngine.sync` (one
  cheap ``SELECT change_counter`` when nothing changed; the index, facets and caches
  catch up from the change log when something did);
- on a server, a :class:`~desktop_app.core.shared.notify.ChangeListener` hears each
  commit at once (PostgreSQL's NOTIFY); its thread only emits this object's signals,
  which Qt queues to the GUI thread (no QObject crosses threads, as the worker's
  rules ask), and the sync runs on the worker, never the GUI thread;
- what the sync reports is told to the window as any change of its own is (the
  worker's ``changed`` signal): changed rows reload, the current search runs again,
  and the row and details the user is looking at stay put if they did not change.

When the server cannot be reached (a poll fails for want of a connection, or the
listener loses its), the window keeps showing what it has, the status bar says it is
offline, naming host and port (never the password), and the poll tries again with
a growing pause; when the server is back it catches up and says so. A failure
meanwhile is shown in the status bar, not in a box per attempt.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.gui.accessibility import announce

if TYPE_CHECKING:
    from desktop_app.core.service import ChangeSet
    from desktop_app.core.shared.notify import ChangeListener
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

POLL_MS = 5_000  # how often the window asks whether anything changed elsewhere
RETRY_MS = 2_000  # the first pause before asking an unreachable server again ...
MAX_RETRY_MS = 60_000  # ... doubling up to this
BACK_SHOWN_MS = 10_000  # how long "Back online" stays in the status bar


class SharedCatalogue(QObject):
    """Keeps ``window`` in step with changes committed elsewhere (see the module)."""

    notified = Signal(object)  # a commit's counter (None: catch up), from the listener
    connection = Signal(bool, str)  # the listener's connection: up or lost, and where
    offlineChanged = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.where = ""  # host:port of the server, for messages ("" for a file)
        self.offline = False
        self.seen = 0  # the change counter the last sync reached
        self.listener: ChangeListener | None = None
        self.poll_ms, self.retry_ms, self.max_retry_ms = POLL_MS, RETRY_MS, MAX_RETRY_MS
        self._retry = self.retry_ms
        self._busy = False  # a sync is on the worker
        self._again = False  # and another was asked for meanwhile
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)
        self.label = QLabel("", window.status)
        self.label.setObjectName("connectionLabel")
        self.label.setAccessibleName(self.tr("Connection"))
        self.label.hide()
        window.status.addPermanentWidget(self.label)
        self.notified.connect(self._notified, Qt.ConnectionType.QueuedConnection)
        self.connection.connect(self._connection, Qt.ConnectionType.QueuedConnection)
        window.ready.connect(self.start)
        b = window.worker.backend
        b.failed.disconnect(window._failed)  # offline, a failure goes to the status bar
        b.failed.connect(self._failed)
        window.installEventFilter(self)

    # -- starting and stopping ---------------------------------------------------------------
    def start(self) -> None:
        """Once the library is open: poll, and on a server listen for commits."""
        from desktop_app.core.library.server import where
        from desktop_app.core.shared.notify import ChangeListener

        library = self.window.worker.catalogue.library
        if library.url is not None and self.listener is None:
            self.where = where(library.url)
            self.listener = ChangeListener(library.url, self.notified.emit, self.connection.emit)
            self.listener.start()
        self.timer.start(self.poll_ms)

    def stop(self) -> None:
        """Stop polling and listening (the window is closing)."""
        self.timer.stop()
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    # -- asking ----------------------------------------------------------------------------------
    def poll(self) -> None:
        """Catch up with changes made elsewhere now (on the worker)."""
        if not self.window.is_ready:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.timer.stop()
        engine = self.window.worker.engine

        def job() -> tuple[ChangeSet | None, str]:
            from desktop_app.core.shared.notify import is_connection_lost

            try:
                return engine.sync(), ""
            except Exception as exc:
                if is_connection_lost(exc):
                    return None, str(exc)
                raise

        self.window.worker.call(job, self._synced, self._sync_failed, announce=False)

    def _synced(self, result: tuple[ChangeSet | None, str]) -> None:
        changes, lost = result
        self._busy = False
        if changes is None:
            log.info("offline: %s", lost)
            self._go_offline()
        else:
            self.seen = max(self.seen, changes.counter)
            if self.offline:
                self._back_online(len(changes.touched))
            if changes:
                self.window.worker.backend.changed.emit(changes)
            self.timer.start(self.poll_ms)
        if self._again:
            self._again = False
            self.poll()

    def _sync_failed(self, message: str) -> None:
        """Not a lost connection: say so once, and keep polling."""
        self._busy = False
        log.warning("catching up with changes made elsewhere failed: %s", message)
        self.window.status.say(message)
        self.timer.start(self.poll_ms)

    # -- hearing -------------------------------------------------------------------------------
    def _notified(self, counter: int | None) -> None:
        if counter is None or counter > self.seen:
            self.poll()

    def _connection(self, online: bool, _message: str) -> None:
        if online:
            self.poll()  # back: catch up now, whatever the poll's pause
        else:
            self._go_offline()

    def _failed(self, message: str) -> None:
        """A job's failure: in a box, as ever, unless the server is away, or this is
        how it shows (then the status bar says it, once per failure, and a poll checks)."""
        lost = (
            self.where and message.startswith(f"{self.where}:") and "cannot be reached" in message
        )
        if self.offline or lost:  # a search that failed before the poll noticed: no box
            self.window.status.say(message)
            self.window.status.hide_progress()
            if lost:
                self._go_offline()
        else:
            self.window._failed(message)

    # -- offline ---------------------------------------------------------------------------------
    def _go_offline(self) -> None:
        if not self.offline:
            self.offline = True
            self._retry = self.retry_ms
            self.offlineChanged.emit(True)
        else:
            self._retry = min(self._retry * 2, self.max_retry_ms)
        text = self.tr("Offline: %1 cannot be reached; trying again in %2 s")
        seconds = max(1, round(self._retry / 1000))
        self.label.setText(text.replace("%1", self.where).replace("%2", str(seconds)))
        self.label.setStyleSheet("font-weight: bold")
        self.label.show()
        announce(self.label, self.label.text())
        self.timer.start(self._retry)

    def _back_online(self, changed: int) -> None:
        self.offline = False
        self.offlineChanged.emit(False)
        text = self.tr("Back online (%1): %Ln resource(s) changed meanwhile", "", changed)
        self.label.setText(text.replace("%1", self.where))
        self.label.setStyleSheet("")
        announce(self.label, self.label.text())
        QTimer.singleShot(BACK_SHOWN_MS, self, self._hide_when_online)

    def _hide_when_online(self) -> None:
        if not self.offline:
            self.label.hide()
