"""The library a window is to open: a file, or a catalogue on a server (issue 16).

Apart from ``app.py`` so that File ▸ Open library… (``library_opener.py``) can use it
without importing the application module that imports the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.paths import BUNDLED_LIBRARY, is_server_url
from desktop_app.core.open_library import OpenLibrary


def library_to_open(library_path: str | Path, *, create: bool = False) -> OpenLibrary:
    """The library at ``library_path`` (a file, or a server's URL as text), not opened
    yet; LibraryError at once for a missing file when ``create`` is not set."""
    if is_server_url(library_path):  # a catalogue on a server: its URL, as text (issue 16)
        return OpenLibrary(str(library_path).strip(), create=create)
    path = Path(library_path).expanduser()
    if not create and not path.exists():
        text = QCoreApplication.translate(
            "App", "%1: no library here (use --create to make a new one)"
        )
        raise LibraryError(text.replace("%1", str(path)))
    bundled = path.resolve() == BUNDLED_LIBRARY.resolve()
    return OpenLibrary(path, create=create, read_only=bundled)
