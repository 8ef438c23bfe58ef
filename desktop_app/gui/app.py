"""Starting the application: the library, a single instance per library, the window."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from ctypes.util import find_library
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.locations import display_name, location
from desktop_app.core.library.paths import (
    is_server_url,
    resolve_library,
    settings_file,
)
from desktop_app.core.search.results import SearchResult
from desktop_app.gui.fonts import register_bundled_fonts
from desktop_app.gui.i18n import choose_language, install_translators
from desktop_app.gui.library_choice import library_to_open
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings


def create_main_window(
    library_path: str | Path, settings_path: str | Path | None = None, *, create: bool = False
) -> MainWindow:
    """The main window on ``library_path``, without entering the event loop.

    The library opens on the worker thread behind the window (``ready`` follows, or
    ``openFailed`` with the reason). Raises LibraryError at once when there is no
    library at the path and ``create`` is not set.
    """
    settings = Settings(settings_path)
    install_translators(choose_language(settings.language))  # no-op when already installed
    window = MainWindow(library_to_open(library_path, create=create), settings)
    window.show_first_page()
    return window


def instance_lock(path: Path | str) -> QLockFile:
    """A lock that keeps a second window from opening the same library (a server's
    catalogue: the same URL, its password aside)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
    key = location(path) if is_server_url(path) else str(Path(path).resolve())
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    lock = QLockFile(str(folder / f"resource-librarian-{digest}.lock"))
    lock.setStaleLockTime(0)
    return lock


FIRST_RESULTS_PROBE = "LIBRARIAN_EXIT_AFTER_FIRST_RESULTS"  # for the start-up benchmark only


def _exit_after_first_results(window: MainWindow, kept: bool) -> None:
    """Print ``first-results N`` once results are painted (the kept page or the live
    answer) and ``live-results N`` once the library answered, then quit (benchmarks)."""

    def painted(what: str, total: int) -> None:
        window.repaint()  # painted now, not at the next idle moment
        print(f"{what} {total}", flush=True)

    def live(result: SearchResult) -> None:
        window.searchFinished.disconnect(live)
        if not kept:
            painted("first-results", result.total)
        painted("live-results", result.total)
        QTimer.singleShot(0, window.close)

    if kept and window.last_result is not None:
        painted("first-results", window.last_result.total)
    window.searchFinished.connect(live)


def _open_failed(app: QApplication, window: MainWindow, message: str) -> None:
    QMessageBox.critical(window, APP_NAME, _cannot_open(message))
    window.close()
    app.exit(1)


def _cannot_open(reason: str) -> str:
    return QCoreApplication.translate("App", "The library could not be opened.") + f"\n\n{reason}"


def xcb_hint() -> str | None:
    """On Linux, what to install when Qt's window plugin will not load (else None)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return None
    missing = [lib for lib in ("xcb-cursor", "xkbcommon-x11", "xcb-icccm") if not find_library(lib)]
    if not missing:
        return None
    return (
        "Qt's window plugin needs system libraries that are missing here ("
        + ", ".join(f"lib{m}" for m in missing)
        + "). On Debian or Ubuntu: sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 "
        "libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0 libxcb-shape0"
    )


def main(argv: list[str] | None = None) -> int:
    """The application: open the library in a window, run until it closes; the exit code."""
    parser = argparse.ArgumentParser(prog="resource-librarian", description=APP_NAME)
    parser.add_argument(
        "--library",
        help="library file, or a catalogue on a server: postgresql+psycopg://user@host/dbname "
        "(default: your own library)",
    )
    parser.add_argument("--create", action="store_true", help="create the library if missing")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    hint = xcb_hint()
    if hint:
        print(hint, file=sys.stderr)  # Qt aborts just after, with a less helpful message
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ResourceLibrarian")
    app.setDesktopFileName("resource-librarian")
    register_bundled_fonts()
    install_translators(choose_language(Settings(settings_file()).language))
    try:
        path = resolve_library(args.library)
    except OSError as exc:
        message = QCoreApplication.translate("App", "Your library could not be prepared: %1")
        QMessageBox.critical(None, APP_NAME, message.replace("%1", str(exc)))
        return 1
    lock = instance_lock(path)
    if not lock.tryLock(100):
        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App", "%1 is already open in %2. Switch to that window to go on working."
            )
            .replace("%1", display_name(path))
            .replace("%2", APP_NAME),
        )
        return 1
    try:
        window = create_main_window(path, settings_file(), create=args.create)
    except LibraryError as exc:
        QMessageBox.critical(None, APP_NAME, _cannot_open(str(exc)))
        lock.unlock()
        return 1
    window.openFailed.connect(lambda message: _open_failed(app, window, message))
    window.show()
    if os.environ.get(FIRST_RESULTS_PROBE):
        _exit_after_first_results(window, kept=window.last_result is not None)
    code = app.exec()
    lock.unlock()
    return int(code)
