"""File ▸ Open library…: another library file, or a catalogue on a server, in the window.

The chosen library opens in a new window, hidden, on its own worker; only once it is
ready does it take this window's place (so a library that cannot be opened leaves
this one as it was, and the dialog says why in one line, for another try). The
recent libraries are kept in the settings as files and URLs without their password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.locations import location
from desktop_app.gui.dialogs.open_library_dialog import OpenLibraryDialog
from desktop_app.gui.library_choice import library_to_open
from desktop_app.gui.menus import make_action

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

RECENT = 8  # recent libraries kept


class LibraryOpener(QObject):
    """File ▸ Open library… for ``window`` (created by it with one line)."""

    def __init__(self, window: MainWindow, make_window: type[MainWindow]) -> None:
        super().__init__(window)
        self.window = window
        self.make_window = make_window  # the window class (not imported here: no cycle)
        self.dialog: OpenLibraryDialog | None = None
        self.pending: MainWindow | None = None  # the library opening, in a hidden window
        self.successor: MainWindow | None = None  # the window that took this one's place
        self.action = make_action(
            window, self.tr("&Open library…"), self.ask, QKeySequence.StandardKey.Open
        )
        self.action.setObjectName("actionOpenLibrary")
        before = window.findChild(QAction, "actionQuit")
        if before is not None:
            window.menus.insert("file", before, [self.action, None])
        else:
            window.menus["file"].addAction(self.action)

    def ask(self) -> None:
        """Show the dialog (window-modal; it stays open while the library opens)."""
        dialog = OpenLibraryDialog(self.window.settings.recent_libraries, self.window)
        dialog.chosen.connect(self.open)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        dialog.open()

    def open(self, target: str) -> None:
        """Open ``target`` (a file, or a URL perhaps holding a password) behind the dialog."""
        self._drop_pending()
        try:
            library = library_to_open(target)
        except LibraryError as exc:
            self._failed(str(exc))
            return
        new = self.make_window(library, self.window.settings)
        new.ready.connect(self._ready)
        new.openFailed.connect(self._failed)
        self.pending = new

    def _ready(self) -> None:
        new = self.pending
        if new is None:
            return
        self.pending = None
        new.openFailed.disconnect(self._failed)
        self.remember(new.library.location)
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog.deleteLater()
            self.dialog = None
        self.successor = new
        new.setGeometry(self.window.geometry())
        new.show()
        self.window.close()

    def _failed(self, message: str) -> None:
        self._drop_pending()
        if self.dialog is not None:
            self.dialog.show_error(message)

    def _cancelled(self) -> None:
        self._drop_pending()
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _drop_pending(self) -> None:
        """Stop a library still opening (or that failed) and drop its hidden window."""
        new, self.pending = self.pending, None
        if new is not None:
            new.worker.stop()
            new.deleteLater()

    def remember(self, where: str) -> None:
        """Put ``where`` (never holding a password) first among the recent libraries."""
        shown = location(where)
        recent = [r for r in self.window.settings.recent_libraries if r != shown]
        self.window.settings.recent_libraries = [shown, *recent][:RECENT]
