"""Keyboard only (issue 14): Tab follows the screen and reaches the Sort box; the whole
path search → facet → result → detail → add to list → export works with keys alone
(QTest key clicks, modal dialogs answered by keys, no mouse event at all)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop_app.core.library.lists import ReadingLists
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.facet_model import FacetRole, KindRole, ValueRole

from .conftest import TIMEOUT

MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseWatch(QObject):
    """Counts every mouse press, release, double-click and wheel the application sees."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.seen.append(f"{event.type()} on {type(watched).__name__}")
        return False


@pytest.fixture
def no_mouse() -> Iterator[MouseWatch]:
    watch = MouseWatch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    yield watch
    app.removeEventFilter(watch)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def active(qtbot: Any, w: MainWindow) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=TIMEOUT)


def key(widget: QWidget | None, k: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on the focused widget, as the keyboard gives it."""
    from PySide6.QtTest import QTest

    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, k, mods)


def tab_until(qtbot: Any, wanted: Callable[[QWidget | None], bool], limit: int = 30) -> list[str]:
    """Press Tab until ``wanted(focus)``; the names of the controls passed on the way."""
    passed: list[str] = []
    for _ in range(limit):
        key(focused(), Qt.Key.Key_Tab)
        qtbot.wait(1)
        widget = focused()
        passed.append(widget.accessibleName() if widget else "")
        if wanted(widget):
            return passed
    raise AssertionError(f"Tab never got there; it went through {passed}")


def test_tab_reaches_the_sort_box_in_screen_order(qtbot: Any, window: MainWindow) -> None:
    w = window
    active(qtbot, w)
    w.search_box.setFocus()
    passed = tab_until(qtbot, lambda f: f is w.results.sort_box, limit=6)
    assert passed == ["Filter facet values", "Facets", "Sort order"]
    key(focused(), Qt.Key.Key_Tab)
    assert focused() is w.results.view
    key(focused(), Qt.Key.Key_Tab)
    assert focused() is w.detail.browser
    # with the year range open and a filter chosen, Tab passes them in screen order too
    w.sidebar.set_group_open("decade", True)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.toggle_facet("type", "report")
    w.sidebar.tree.setFocus()
    passed = tab_until(qtbot, lambda f: f is w.results.sort_box, limit=8)
    assert passed[:2] == ["From year", "To year"]  # "Any year" is off: no range is set
    assert passed[2].startswith("Remove filter")
    assert passed[-2:] == ["Clear all filters", "Sort order"]


def test_search_facet_result_detail_list_and_export_by_keyboard_alone(
    qtbot: Any,
    window: MainWindow,
    no_mouse: MouseWatch,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    w = window
    active(qtbot, w)
    assert focused() is w.search_box  # the window opens with the search box focused
    # search
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        for ch in "online":
            key(focused(), Qt.Key(ord(ch.upper())))
        key(focused(), Qt.Key.Key_Return)
    assert w.search_box.text() == "online" and w.results.total > 1
    found = w.results.total
    # a facet: Tab to the tree, Down to the first value of Type, Space keeps only it
    tab_until(qtbot, lambda f: f is w.sidebar.tree)
    tree = w.sidebar.tree
    for _ in range(200):
        current = tree.currentIndex()
        if current.data(KindRole) == "value" and current.data(FacetRole) == "type":
            break
        key(tree, Qt.Key.Key_Down)
    else:
        raise AssertionError("Down never reached a Type value")
    chosen = current.data(ValueRole)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        key(tree, Qt.Key.Key_Space)
    assert w.include == {"type": {chosen}}
    assert 0 < w.results.total <= found
    # a result: Tab on to the list; Down moves the detail pane along
    tab_until(qtbot, lambda f: f is w.results.view)
    if w.results.total > 1:
        key(w.results.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: w.detail.view is not None, timeout=TIMEOUT)
    current = w.results.current_view()
    assert current is not None and w.detail.view is current
    # the detail pane: Tab reaches it
    tab_until(qtbot, lambda f: f is w.detail.browser)
    assert current.title in w.detail.browser.toPlainText()
    # add to a list: Ctrl+D, the name typed into the asking dialog, Enter
    key(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # back to the results
    assert focused() is w.results.view

    poll = QTimer()

    def answer() -> None:  # types the name once the asking dialog is up and focused
        dialog = QApplication.activeModalWidget()
        if dialog is None or focused() is None or focused().window() is not dialog:
            return
        poll.stop()
        key(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        from PySide6.QtTest import QTest

        QTest.keyClicks(focused(), "Keyboard list")
        key(focused(), Qt.Key.Key_Return)

    poll.timeout.connect(answer)
    poll.start(20)
    with qtbot.waitSignal(w.listsUpdated, timeout=TIMEOUT):
        key(w.results.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ReadingLists(w.catalogue.library).items("Keyboard list") == [current.id]
    # export: Ctrl+Shift+E, the export dialog by keys (its format box to CSV), Enter
    out = tmp_path / "chosen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    active(qtbot, w)
    assert focused() is w.results.view  # the focus came back from the dialog
    key(
        w.results.view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: getattr(w.transfers, "export_dialog", None) is not None, timeout=TIMEOUT
    )
    dialog = w.transfers.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog, timeout=TIMEOUT)
    tab_until(qtbot, lambda f: f is dialog.format)
    for _ in range(dialog.format.count()):
        if dialog.format.currentData() == "csv":
            break
        key(dialog.format, Qt.Key.Key_Down)
    assert dialog.format.currentData() == "csv"
    with qtbot.waitSignal(w.exported, timeout=TIMEOUT):
        key(dialog.format, Qt.Key.Key_Return)
    text = out.read_text(encoding="utf-8")
    assert current.title.split(",")[0] in text
    assert no_mouse.seen == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # an offscreen popup menu
def test_the_menu_key_excludes_the_facet_value_under_the_cursor(
    qtbot: Any, window: MainWindow, no_mouse: MouseWatch
) -> None:
    """The Menu key opens the menu of the row under the keyboard cursor (not of the row
    in the middle of the tree), and Down, Enter exclude that value."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    w = window
    active(qtbot, w)
    tree = w.sidebar.tree
    tree.setFocus()
    for _ in range(200):
        current = tree.currentIndex()
        if current.data(KindRole) == "value" and current.data(FacetRole) == "type":
            break
        key(tree, Qt.Key.Key_Down)
    chosen = current.data(ValueRole)
    poll = QTimer()

    def choose_exclude() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        active_text = menu.activeAction().text() if menu.activeAction() else ""
        if active_text == "Exclude":
            poll.stop()
            key(menu, Qt.Key.Key_Return)
        else:
            key(menu, Qt.Key.Key_Down)

    poll.timeout.connect(choose_exclude)
    poll.start(20)
    # what the system sends for the Menu key or Shift+F10 (QTest's key clicks do not
    # make one): a keyboard context-menu event at the middle of the tree, not at the row
    middle = tree.rect().center()
    assert tree.indexAt(tree.viewport().mapFrom(tree, middle)) != current
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        QApplication.sendEvent(
            tree,
            QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, middle, tree.mapToGlobal(middle)),
        )
    assert w.state.exclude == {"type": {chosen}}
    assert no_mouse.seen == []


def test_spelling_links_are_reached_and_followed_by_keyboard(
    qtbot: Any, window: MainWindow, no_mouse: MouseWatch
) -> None:
    """'Search instead for …' above the results and 'Did you mean …?' under the search
    box are links: Tab reaches them and Enter follows them."""
    from PySide6.QtTest import QTest

    w = window
    active(qtbot, w)
    w.search_box.setFocus()
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        QTest.keyClicks(w.search_box, "missng childrn")
        key(w.search_box, Qt.Key.Key_Return)
    assert blocker.args[0].corrected_from == "missng childrn"
    passed = tab_until(qtbot, lambda f: f is w.results.correction)
    assert passed[-2:] == ["Sort order", "Spelling correction"]
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        key(w.results.correction, Qt.Key.Key_Return)
    assert blocker.args[0].total == 0 and blocker.args[0].suggestion == "missing children"
    w.search_box.setFocus()
    key(w.search_box, Qt.Key.Key_Tab)
    assert focused() is w.search_bar.info  # "Did you mean missing children?"
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        key(w.search_bar.info, Qt.Key.Key_Return)
    assert blocker.args[0].total > 0 and w.search_box.text() == "missing children"
    assert no_mouse.seen == []
