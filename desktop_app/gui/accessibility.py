"""Accessibility wiring for the main window: the Tab order, accessible descriptions
and spoken announcements.

The window makes one :class:`Accessibility` (one line). It puts every control of the
window in a Tab order that follows the screen — search box, saved searches, the
facet filter and tree, the year range, the filter chips, the sort box, the results,
the details and the similar resources — and keeps it so as filter chips come and
go. :func:`announce` tells a screen reader about a status change (a result count,
"3 added to Year 9 online safety", an import summary) with Qt's announcement event,
without moving the keyboard focus. Items' spoken text, position and state come from
the models (``Qt.AccessibleTextRole`` / ``AccessibleDescriptionRole``).
"""

from __future__ import annotations

import html
import itertools
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QKeyEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QWidget

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


def plain(text: str) -> str:
    """``text`` without markup (a label's rich text as a screen reader should say it)."""
    if "<" not in text:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (markup removed) about ``source``; focus stays."""
    said = plain(text).strip()
    if not said:
        return
    event = QAccessibleAnnouncementEvent(source, said)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def quiet_colour(widget: QWidget) -> str:
    """The colour of secondary text on ``widget`` (hints, "what it shares"), from its
    palette, so it stays readable on dark and high-contrast palettes (CSS ``#rrggbb``)."""
    pal = widget.palette()
    ink, ground = pal.color(QPalette.ColorRole.PlaceholderText), pal.color(QPalette.ColorRole.Base)
    a = ink.alphaF()  # often half-transparent text: blend it over the background
    ink_rgb = (ink.redF(), ink.greenF(), ink.blueF())
    ground_rgb = (ground.redF(), ground.greenF(), ground.blueF())
    r, g, b = (a * i + (1 - a) * o for i, o in zip(ink_rgb, ground_rgb, strict=True))
    mixed = QColor.fromRgbF(r, g, b)
    return mixed.name()


def error_colour(widget: QWidget) -> str:
    """A red that reads on ``widget``'s background: dark red on a light palette, a
    light red on a dark one (CSS ``#rrggbb``)."""
    light = widget.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    return "#b00020" if light else "#ff8a80"


def fit_on_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to ``width`` × ``height``, or less where its screen is smaller
    (at 200% scale a 1080p screen is 960 × 540), never below its minimum size."""
    screen = widget.screen().availableGeometry()
    least = widget.minimumSizeHint()
    widget.resize(
        max(min(width, screen.width() * 19 // 20), least.width()),
        max(min(height, screen.height() * 9 // 10), least.height()),
    )


def scrolling(parent: QWidget, layout: QLayout) -> QScrollArea:
    """``layout`` in a frameless scroll area (a tall form stays whole on a small or
    scaled screen: the fields scroll, and Tab scrolls to the field it reaches)."""
    inner = QWidget(parent)
    inner.setLayout(layout)
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    return area


class Accessibility(QObject):
    """The window's Tab order and descriptions; made once, after the window's parts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._describe()
        self._show_focus()
        self.apply_tab_order()
        window.searchFinished.connect(lambda _r: self.apply_tab_order())  # chips changed

    def _describe(self) -> None:
        w = self.window
        w.sidebar.tree.setAccessibleDescription(
            self.tr(
                "Space or Enter checks the value under the cursor; the context menu "
                "(Menu key) can exclude it instead. Left and Right close and open a group."
            )
        )
        w.results.view.setAccessibleDescription(
            self.tr(
                "Up and Down move between resources; Enter opens one; Ctrl+D adds the "
                "selected ones to a reading list; the Menu key shows more actions."
            )
        )
        w.results.sort_box.setAccessibleDescription(self.tr("The order of the results"))
        w.detail.browser.setAccessibleDescription(
            self.tr("Tab moves between the links; Enter follows the link under the cursor.")
        )
        similar = w.finding.similar.pane
        similar.browser.setAccessibleDescription(
            self.tr("Resources like the one shown; Tab moves between them, Enter shows one.")
        )
        links = Qt.TextInteractionFlag.LinksAccessibleByMouse
        links |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        for label in (w.search_bar.info, w.results.correction):  # Tab reaches their links
            label.setTextInteractionFlags(links)
            label.installEventFilter(self)  # Enter on the label follows its first link
        w.results.correction.setAccessibleName(self.tr("Spelling correction"))
        w.sidebar.years.setAccessibleDescription(
            self.tr("Up and Down step a year; type a year and press Enter to apply it.")
        )

    def _show_focus(self) -> None:
        """A clear frame in the highlight colour around the similar resources when they
        have the keyboard focus, as the results and details have (the trees show it by
        their current row: a style sheet would take the facet delegate's arrows away)."""
        for view in (self.window.finding.similar.pane.browser,):
            name = view.objectName()
            view.setStyleSheet(
                f"#{name} {{ border: 1px solid palette(mid); padding: 1px; }}"
                f"#{name}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}"
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a label with links, before Tab has picked one, follows the first."""
        if (
            isinstance(watched, QLabel)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not watched.hasSelectedText()
        ):
            found = re.search(r"href=['\"]([^'\"]*)['\"]", watched.text())
            if found:
                watched.linkActivated.emit(html.unescape(found.group(1)))
                return True
        return False

    def focus_chain(self) -> list[QWidget]:
        """The window's controls in Tab order (hidden ones are skipped by Tab itself)."""
        w = self.window
        years = w.sidebar.years
        return [
            w.search_bar.box,
            w.search_bar.info,  # "Did you mean …?"
            w.finding.saved.pane.tree,
            w.sidebar.filter_box,
            w.sidebar.tree,
            years.low,
            years.high,
            years.clear,
            *w.filters_bar.chips,
            w.filters_bar.clear,
            w.results.sort_box,
            w.results.correction,  # "Search instead for …"
            w.results.view,
            w.results.empty_suggest,
            w.results.empty_clear,
            w.detail.browser,
            w.detail.copy_button,
            w.finding.similar.pane.browser,
        ]

    def apply_tab_order(self) -> None:
        """Put the controls in :meth:`focus_chain` order."""
        chain = [c for c in self.focus_chain() if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
