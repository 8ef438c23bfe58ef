"""The Qt GUI: a thin layer of models, views and dialogs over ``desktop_app.core``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


def create_main_window(
    library_path: str | Path, settings_path: str | Path | None = None, *, create: bool = False
) -> MainWindow:
    """The main window on ``library_path`` without entering the event loop."""
    from desktop_app.gui import app  # Qt loads only when a window is wanted

    return app.create_main_window(library_path, settings_path, create=create)
