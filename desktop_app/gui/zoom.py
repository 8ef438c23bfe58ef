"""The text size of the whole window (Ctrl+= / Ctrl+- / Ctrl+0), remembered.

The size is the application's font, so everything follows it: the sidebar, the
search box, the filter chips, the menus, the status bar and every dialog, not only
the results and details. Panes that lay text out themselves are told
(``set_text_font``) and lay it out again. The window's minimum size grows with the
text, so that at the smallest window nothing is squeezed until it breaks mid-word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.gui.menus import Menus
from desktop_app.gui.settings import Settings

SMALLEST, LARGEST = -4, 12  # points off the system's text size
BASE_PROPERTY = "librarianBaseFontSize"  # the system's size, kept on the application
# the smallest window, in average characters and lines of its text: room for the
# sidebar's values with their counts, a result's words and the details side by side
MIN_CHARS, MIN_LINES = 110, 30


class TextPane(Protocol):
    def set_text_font(self, font: QFont) -> None: ...

    def setMinimumWidth(self, width: int) -> None: ...


def base_point_size() -> float:
    """The system's text size, as it was before the first zoom of this process."""
    app = QApplication.instance()
    assert app is not None
    base = app.property(BASE_PROPERTY)
    if base is None:
        base = QApplication.font().pointSizeF()
        app.setProperty(BASE_PROPERTY, base)
    return float(base)


def minimum_window_size(font: QFont) -> QSize:
    """The smallest window for text in ``font`` (never more than the screen holds)."""
    metrics = QFontMetrics(font)
    size = QSize(metrics.averageCharWidth() * MIN_CHARS, metrics.lineSpacing() * MIN_LINES)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size())
    return size


class Zoom(QObject):
    """Larger, smaller and normal text for ``window``; the step lives in ``settings``."""

    changed = Signal(int)  # the new step, points off the system's size

    def __init__(
        self, window: QMainWindow, settings: Settings, panes: Sequence[tuple[TextPane, int]]
    ) -> None:
        """``panes``: each pane that sets its own text font, with the fewest average
        characters its width may shrink to."""
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.panes = list(panes)
        self.base = base_point_size()

    def add_actions(self, menus: Menus, key: str = "view") -> None:
        """Larger, Smaller and Normal text size in menu ``key``, with their keys
        (Ctrl+= as well as the platform's Zoom In, which is Ctrl++ on most)."""
        menus.action(
            key,
            self.tr("&Larger text"),
            lambda: self.change(1),
            QKeySequence.StandardKey.ZoomIn,
            "actionZoomIn",
        )
        menus.action(
            key,
            self.tr("&Smaller text"),
            lambda: self.change(-1),
            QKeySequence.StandardKey.ZoomOut,
            "actionZoomOut",
        )
        menus.action(
            key, self.tr("&Normal text size"), lambda: self.change(0), "Ctrl+0", "actionZoomReset"
        )
        also = QAction(self.window)
        also.setShortcut(QKeySequence("Ctrl+="))
        also.triggered.connect(lambda: self.change(1))
        self.window.addAction(also)

    def change(self, step: int) -> None:
        """One point larger (1) or smaller (-1), or back to normal (0); remembered."""
        size = 0 if step == 0 else max(SMALLEST, min(LARGEST, self.settings.text_size + step))
        self.settings.text_size = size
        self.apply(size)

    def apply(self, size: int) -> None:
        """Text ``size`` points off the system's, everywhere in the application."""
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, self.base + size))
        QApplication.setFont(font)
        if self.window.font().pointSizeF() != font.pointSizeF():
            # Qt tells the widgets only once its event loop runs (not yet at start-up)
            event = QEvent(QEvent.Type.ApplicationFontChange)
            for widget in QApplication.allWidgets():
                QApplication.sendEvent(widget, event)
        chars = QFontMetrics(font).averageCharWidth()
        for pane, narrowest in self.panes:
            pane.set_text_font(font)
            pane.setMinimumWidth(chars * narrowest)
        layout = self.window.layout()
        if layout is not None:
            layout.activate()  # the panes' minimums at the new size, before asking for them
        wanted = minimum_window_size(font).expandedTo(self.window.minimumSizeHint())
        self.window.setMinimumSize(wanted)
        self.changed.emit(size)
