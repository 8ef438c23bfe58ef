"""Starting the application: the library, a single instance per library, the window."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import BUNDLED_LIBRARY, resolve_library, settings_file
from desktop_app.core.service import Catalogue
from desktop_app.gui.fonts import register_bundled_fonts
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings


def create_main_window(
    library_path: str | Path, settings_path: str | Path | None = None, *, create: bool = False
) -> MainWindow:
    """The main window on ``library_path``, without entering the event loop.

    Raises LibraryError (with a message for the user) when the library cannot be opened.
    """
    path = Path(library_path).expanduser()
    bundled = path.resolve() == BUNDLED_LIBRARY.resolve()
    library = Library.open(path, create=create, read_only=bundled)
    window = MainWindow(Catalogue(library), Settings(settings_path))
    window.destroyed.connect(lambda *_: library.close())
    return window


def instance_lock(path: Path) -> QLockFile:
    """A lock that keeps a second window from opening the same library."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    lock = QLockFile(str(folder / f"resource-librarian-{digest}.lock"))
    lock.setStaleLockTime(0)
    return lock


def main(argv: list[str] | None = None) -> int:
    """The application: open the library in a window, run until it closes; the exit code."""
    parser = argparse.ArgumentParser(prog="resource-librarian", description=APP_NAME)
    parser.add_argument("--library", help="library file (default: your own library)")
    parser.add_argument("--create", action="store_true", help="create the library if missing")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ResourceLibrarian")
    app.setDesktopFileName("resource-librarian")
    register_bundled_fonts()
    try:
        path = resolve_library(args.library)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, f"Your library could not be prepared: {exc}")
        return 1
    lock = instance_lock(path)
    if not lock.tryLock(100):
        QMessageBox.information(
            None,
            APP_NAME,
            f"{path.name} is already open in {APP_NAME}. Switch to that window to go on working.",
        )
        return 1
    try:
        window = create_main_window(path, settings_file(), create=args.create)
    except LibraryError as exc:
        QMessageBox.critical(None, APP_NAME, f"The library could not be opened.\n\n{exc}")
        lock.unlock()
        return 1
    window.show()
    code = app.exec()
    lock.unlock()
    return int(code)
