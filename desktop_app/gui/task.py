"""One piece of long work on the worker thread, behind a cancellable progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.core.progress import Progress
from desktop_app.gui.strings import core_text
from desktop_app.gui.worker import Worker

T = TypeVar("T")


class Task(QObject):
    """The dialog and this object stay on the GUI thread; the work gets a Qt-free
    :class:`Progress` whose reports come back here by queued signal."""

    def __init__(self, worker: Worker, host: QWidget, title: str, label: str) -> None:
        super().__init__(host)
        self.worker = worker
        self.host = host
        self.stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, host)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.stop.set)

    def _show(self, done: int, total: int, message: str) -> None:
        # total 0: the amount is unknown, so the bar is a busy indicator, never "100%"
        self.dialog.setMaximum(total if total > 0 else 0)
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.dialog.setLabelText(core_text(message))

    def run(self, work: Callable[[Progress], T], done: Callable[[T], object]) -> None:
        """Run ``work`` on the worker; ``done(result)`` here when it has finished."""

        def finished(result: T) -> None:
            self._close()
            done(result)

        def failed(message: str) -> None:
            self._close()
            QMessageBox.warning(self.host, self.dialog.windowTitle(), message)

        self.worker.task(work, finished, failed, self._show, self.stop)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.stop.set)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
