"""What a reader does with a result: a corrected spelling shown at once, a detail-pane
value as a new search (or added with Ctrl/Shift), Enter to open, the context menu."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.core.library.records import ResourceData
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.results_model import type_label

from .conftest import TIMEOUT, enter_curator_mode


def search(qtbot: Any, w: MainWindow, text: str) -> Any:
    w.search_box.setText(text)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.search_now()
    return blocker.args[0]


# -- a corrected spelling ------------------------------------------------------------------------
def test_a_misspelling_shows_the_corrected_results_at_once(qtbot: Any, window: MainWindow) -> None:
    result = search(qtbot, window, "protecton")
    assert result.corrected_from == "protecton" and result.total > 5
    pane = window.results
    assert pane.stack.currentWidget() is pane.view and pane.model.rowCount() == result.total
    assert pane.correction.isVisible()
    text = pane.correction.text()
    assert "Showing results for" in text and "<i>protection</i>" in text
    assert "Search instead for" in text and "protecton" in text
    # the snippets mark the corrected word
    qtbot.waitUntil(lambda: any(s.spans for s in pane.model.snippets.values()), timeout=TIMEOUT)
    marked = [s.marked() for s in pane.model.snippets.values() if s.spans]
    assert any("[protection]" in m.lower() for m in marked)
    # "Search instead for protecton": the words as typed, nothing found, Did you mean
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        pane.correction.linkActivated.emit("literal")
    literal = blocker.args[0]
    assert literal.total == 0 and literal.corrected_from is None
    assert window.search_box.text() == "protecton"
    assert pane.stack.currentWidget() is pane.empty and not pane.correction.isVisible()
    assert "protection" in pane.empty_suggest.text()
    # typing something else corrects again
    assert search(qtbot, window, "missng").corrected_from == "missng"


# -- detail-pane values ----------------------------------------------------------------------------
def click_link(qtbot: Any, w: MainWindow, text: str, modifier: Any) -> Any:
    browser = w.detail.browser
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 2)
    at = browser.cursorRect(cursor).center()
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, modifier, at)
    return blocker.args[0]


def test_a_detail_value_is_a_new_search_and_ctrl_adds_it(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "sexting")
    window.toggle_exclude("country", "Russia")
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    result = click_link(qtbot, window, "Peer-Peer Abuse", Qt.KeyboardModifier.NoModifier)
    assert window.search_box.text() == ""
    assert window.include == {"topic": {"Peer-Peer Abuse"}} and not window.state.exclude
    assert result.request.query == "" and result.total >= 1
    window.results.select_first()
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    other = next(t for t in window.detail.view.topics if t != "Peer-Peer Abuse")
    before = result.total
    added = click_link(qtbot, window, other, Qt.KeyboardModifier.ControlModifier)
    assert window.include == {"topic": {"Peer-Peer Abuse", other}}
    assert added.total >= before  # values of one facet: either
    window.results.select_first()
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    kind = window.detail.view.type
    click_link(qtbot, window, type_label(kind), Qt.KeyboardModifier.ShiftModifier)
    assert window.include == {"topic": {"Peer-Peer Abuse", other}, "type": {kind}}


# -- opening a result ------------------------------------------------------------------------------
@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True
    )
    return urls


def make_current(qtbot: Any, w: MainWindow, rid: int) -> None:
    row = w.results.model.ids.index(rid)
    w.results.view.setFocus()
    w.results.view.setCurrentIndex(w.results.model.index(row))
    qtbot.waitUntil(lambda: w.results.current_view() is not None, timeout=TIMEOUT)


def test_enter_opens_the_link_after_the_notice(
    qtbot: Any, window: MainWindow, opened: list[str], message_boxes: list[str]
) -> None:
    linked = window.catalogue.create(
        ResourceData(title="Okapi guide", url="https://example.org/okapi", type="guide")
    )
    bare = window.catalogue.create(ResourceData(title="Okapi poster", type="infographic"))
    search(qtbot, window, "okapi")
    make_current(qtbot, window, linked.id)
    qtbot.keyClick(window.results.view, Qt.Key.Key_Return)
    assert opened == ["https://example.org/okapi"]
    assert any("leaves the offline library" in m for m in message_boxes)  # the same notice
    make_current(qtbot, window, bare.id)
    qtbot.keyClick(window.results.view, Qt.Key.Key_Enter)
    assert opened == ["https://example.org/okapi"]
    assert "no link or local copy" in window.status.text()


def test_enter_opens_a_local_copy_first(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    both = window.catalogue.create(
        ResourceData(title="Okapi report", url="https://example.org/r", type="report")
    )
    search(qtbot, window, "okapi")
    make_current(qtbot, window, both.id)
    view = window.results.current_view()
    assert view is not None
    with_copy = dataclasses.replace(view, local_file="okapi-report.pdf")
    monkeypatch.setattr(window.results, "current_view", lambda: with_copy)
    asked: list[str] = []
    monkeypatch.setattr(window, "open_local_copy", lambda value: asked.append(value) or True)
    qtbot.keyClick(window.results.view, Qt.Key.Key_Return)
    assert asked == ["okapi-report.pdf"] and opened == []  # the copy, not the link


# -- the context menu ------------------------------------------------------------------------------
def right_click(qtbot: Any, w: MainWindow, row: int) -> Any:
    view = w.results.view
    at = view.visualRect(w.results.model.index(row)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: w.result_actions.menu is not None, timeout=TIMEOUT)
    menu = w.result_actions.menu
    assert menu is not None
    return menu


def actions_of(menu: Any) -> dict[str, Any]:
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


@pytest.fixture
def close_menus() -> Iterator[None]:
    """Popup menus opened by a test are closed after it (none lingers into the next)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMenu) and widget.isVisible():
            widget.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # an offscreen popup menu
@pytest.mark.usefixtures("close_menus")
def test_the_context_menu(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    result = search(qtbot, window, "missing")
    assert result.total >= 3
    with qtbot.waitSignal(window.listsUpdated, timeout=TIMEOUT):
        window.lists_menu.add_selection("Year 9")  # the first row
    menu = right_click(qtbot, window, 2)
    assert window.results.view.currentIndex().row() == 2  # the row clicked is current
    names = actions_of(menu)
    assert {"actionMenuCopyCitation", "actionMenuOpen", "actionMenuSimilar"} <= set(names)
    assert "actionMenuEdit" not in names  # reader mode
    lists = menu.findChild(type(menu), "menuAddToList")
    assert [a.text() for a in lists.actions() if a.text()] == ["Year 9", "&New list…"]
    # Add to reading list ▸ Year 9
    third = window.results.model.ids[2]
    with qtbot.waitSignal(window.listsUpdated, timeout=TIMEOUT) as blocker:
        next(a for a in lists.actions() if a.text() == "Year 9").trigger()
    assert next(i.count for i in blocker.args[0] if i.name == "Year 9") == 2
    # Copy citation
    names["actionMenuCopyCitation"].trigger()
    view = window.results.current_view()
    assert view is not None and view.title in QApplication.clipboard().text()
    assert view.id == third
    # Show similar: the current result's id, for the similar-resources pane
    with qtbot.waitSignal(window.results.similarRequested, timeout=TIMEOUT) as similar:
        names["actionMenuSimilar"].trigger()
    assert similar.args == [third]
    # the keyboard's menu key opens it on the current row too
    window.result_actions.menu = None
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), window.results.view.mapToGlobal(QPoint())
    )
    QApplication.sendEvent(window.results.view.viewport(), event)
    assert window.result_actions.menu is not None
    # curator mode: Edit opens the editor on the clicked row
    enter_curator_mode(qtbot, window)
    edited: list[bool] = []
    monkeypatch.setattr(window.curation, "edit_current", lambda: edited.append(True))
    menu = right_click(qtbot, window, 0)
    assert "actionMenuEdit" in actions_of(menu)
    actions_of(menu)["actionMenuEdit"].trigger()
    assert edited == [True]
