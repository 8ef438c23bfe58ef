"""The window's size, place and pane widths: restored at start, saved at close."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.gui.settings import Settings


def fits_a_screen(rect: QRect) -> bool:
    """Whether ``rect`` lies on one of the screens there are now."""
    return any(
        screen.availableGeometry().contains(rect.center())
        and rect.width() <= screen.availableGeometry().width() * 1.05
        for screen in QGuiApplication.screens()
    )


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """The saved geometry and pane widths, unless they no longer fit a screen."""
    if not settings.geometry.isEmpty():
        window.restoreGeometry(settings.geometry)
        if not fits_a_screen(window.frameGeometry()):
            window.resize(1280, 800)  # saved on a bigger or absent screen: start afresh
            window.move(0, 0)
    else:
        window.resize(1280, 800)
    if not settings.splitter.isEmpty():
        splitter.restoreState(settings.splitter)
    else:
        splitter.setSizes([260, 560, 460])


def save_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Remember the geometry and pane widths (written at once)."""
    settings.geometry = window.saveGeometry()
    settings.splitter = splitter.saveState()
    settings.sync()
