"""Reading lists in the window: opening one over a search, the chip, adding with a
confirmation link, the Manage dialog (rename, delete and Undo, duplicate, keyboard
reorder, remove, notes) and exclude chips that show labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.reading_lists.manage_dialog import ManageListsDialog
from tests.gui.conftest import TIMEOUT, open_window


def type_query(qtbot: Any, w: MainWindow, text: str) -> Any:
    w.search_box.clear()
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(w.search_box, text)
    return blocker.args[0]


@pytest.fixture
def listed(qtbot: Any, seeded_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on a library with the list "Year 9 online safety": 12, 3, 1 (a note on 3)."""
    with Library.open(seeded_path) as lib:
        lists = ReadingLists(lib)
        lists.add("Year 9 online safety", [12, 3, 1])
        lists.set_note("Year 9 online safety", 3, "Pages 3–5")
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: bool(w.lists), timeout=TIMEOUT)
    yield w
    w.close()


def lists_of(w: MainWindow) -> ReadingLists:
    return ReadingLists(w.catalogue.library)


def open_list(qtbot: Any, w: MainWindow, name: str) -> Any:
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.open_reading_list(name)
    return blocker.args[0]


def chip_texts(w: MainWindow) -> list[str]:
    return [c.text() for c in w.filters_bar.chips]


def test_a_list_opened_over_a_search_shows_the_whole_list(qtbot: Any, listed: MainWindow) -> None:
    w = listed
    assert type_query(qtbot, w, "grooming").total > 0  # a search none of the list matches
    result = open_list(qtbot, w, "Year 9 online safety")
    assert result.total == 3 and sorted(result.ids) == [1, 3, 12]
    assert w.search_box.text() == ""
    assert "Reading list: Year 9 online safety  ✕" in chip_texts(w)
    assert "the search “grooming” was cleared" in w.lists_menu.notice_text()
    # words typed now search within the list
    within = type_query(qtbot, w, "sexting")
    assert within.ids == [3] and w.state.list_name == "Year 9 online safety"
    # the chip takes the list away again: the search covers the whole library
    chip = next(c for c in w.filters_bar.chips if c.objectName() == "readingListChip")
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert blocker.args[0].request.within is None and w.state.list_name is None


def test_a_list_opened_over_facet_filters_clears_them(qtbot: Any, listed: MainWindow) -> None:
    w = listed
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.toggle_facet("country", "Cambodia")
    assert open_list(qtbot, w, "Year 9 online safety").total == 3
    assert w.state.include == {} and "filters were cleared" in w.lists_menu.notice_text()


def test_a_list_shows_in_the_teachers_order(qtbot: Any, listed: MainWindow) -> None:
    assert open_list(qtbot, listed, "Year 9 online safety").ids == [12, 3, 1]


def test_adding_confirms_with_a_link_that_opens_the_list(qtbot: Any, listed: MainWindow) -> None:
    w = listed
    type_query(qtbot, w, "missing")
    w.results.view.selectAll()
    chosen = w.selected_ids()
    with qtbot.waitSignal(w.listsUpdated, timeout=TIMEOUT):
        w.add_selection_to_list("Staff briefing")
    assert w.lists_menu.notice_text() == f"{len(chosen)} added to Staff briefing"
    assert "href='list:Staff%20briefing'" in w.lists_menu.notice.text()  # type: ignore[union-attr]
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.lists_menu.notice.linkActivated.emit("list:Staff%20briefing")  # type: ignore[union-attr]
    assert sorted(blocker.args[0].ids) == sorted(chosen)
    assert w.state.list_name == "Staff briefing"
    with qtbot.waitSignal(w.listsUpdated, timeout=TIMEOUT):
        w.add_selection_to_list("Staff briefing")
    assert w.lists_menu.notice_text() == "Already in Staff briefing"


@pytest.fixture
def dialog(qtbot: Any, listed: MainWindow) -> ManageListsDialog:
    listed.lists_menu.manage()
    d = listed.lists_menu.dialog
    assert d is not None
    qtbot.waitUntil(lambda: not d.busy and d.shown is not None, timeout=TIMEOUT)
    return d


def settle(qtbot: Any, d: ManageListsDialog) -> None:
    qtbot.waitUntil(lambda: not d.busy, timeout=TIMEOUT)


def test_rename_updates_the_menu_and_the_open_list(
    qtbot: Any, listed: MainWindow, dialog: ManageListsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = listed
    open_list(qtbot, w, "Year 9 online safety")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Year 9 e-safety", True))
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        dialog.b_rename.click()
    settle(qtbot, dialog)
    assert [i.name for i in w.lists] == ["Year 9 e-safety"]
    assert dialog.current_name() == "Year 9 e-safety"
    assert "Reading list: Year 9 e-safety  ✕" in chip_texts(w)
    assert w.state.last_result is not None and w.state.last_result.total == 3
    # a name that is taken is refused in the dialog, in one line
    lists_of(w).create("Staff")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("staff", True))
    dialog.b_rename.click()
    qtbot.waitUntil(lambda: "already exists" in dialog.error.text(), timeout=TIMEOUT)
    assert lists_of(w).items("Year 9 e-safety") == [12, 3, 1]


def test_delete_and_undo(qtbot: Any, listed: MainWindow, dialog: ManageListsDialog) -> None:
    w = listed
    open_list(qtbot, w, "Year 9 online safety")
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        dialog.b_delete.click()
    settle(qtbot, dialog)
    assert blocker.args[0].total == 30 and w.state.list_name is None  # the window left it
    assert w.lists == [] and dialog.lists.count() == 0
    assert dialog.undo.isVisibleTo(dialog) and "Deleted “Year 9 online safety”" in (
        dialog.undo_label.text()
    )
    dialog.undo.click()
    settle(qtbot, dialog)
    assert [i.name for i in w.lists] == ["Year 9 online safety"]
    contents = lists_of(w).contents("Year 9 online safety")
    assert [i.resource_id for i in contents.items] == [12, 3, 1]
    assert contents.notes == {3: "Pages 3–5"}
    assert not dialog.undo.isVisibleTo(dialog)


def test_duplicate(qtbot: Any, listed: MainWindow, dialog: ManageListsDialog) -> None:
    dialog.b_duplicate.click()
    settle(qtbot, dialog)
    assert [i.name for i in listed.lists] == ["Year 9 online safety", "Year 9 online safety (copy)"]
    assert dialog.current_name() == "Year 9 online safety (copy)"
    assert dialog.item_ids() == [12, 3, 1]


def test_reorder_and_remove_by_keyboard(
    qtbot: Any, listed: MainWindow, dialog: ManageListsDialog
) -> None:
    w = listed
    open_list(qtbot, w, "Year 9 online safety")
    dialog.items.setFocus()
    dialog.items.setCurrentRow(0)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, dialog)
    assert lists_of(w).items("Year 9 online safety") == [3, 12, 1]
    assert dialog.item_ids() == [3, 12, 1] and dialog.current_id() == 12
    assert blocker.args[0].ids == [3, 12, 1]  # the window shows the new order
    qtbot.keyClick(dialog.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, dialog)
    assert lists_of(w).items("Year 9 online safety") == [12, 3, 1]
    dialog.items.setCurrentRow(2)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Delete)
    settle(qtbot, dialog)
    assert lists_of(w).items("Year 9 online safety") == [12, 3]
    assert w.catalogue.count() == 30  # the resource stays in the library


def test_reorder_by_drag(qtbot: Any, listed: MainWindow, dialog: ManageListsDialog) -> None:
    model = dialog.items.model()
    assert model.moveRow(model.index(2, 0).parent(), 2, model.index(0, 0).parent(), 0)
    settle(qtbot, dialog)
    qtbot.waitUntil(
        lambda: lists_of(listed).items("Year 9 online safety") == [1, 12, 3], timeout=TIMEOUT
    )


def test_an_item_note(qtbot: Any, listed: MainWindow, dialog: ManageListsDialog) -> None:
    dialog.items.setCurrentRow(1)
    assert dialog.note.text() == "Pages 3–5"
    dialog.items.setCurrentRow(0)
    assert dialog.note.text() == ""
    dialog.note.setText("Watch the video first")
    dialog.note.editingFinished.emit()
    settle(qtbot, dialog)
    assert lists_of(listed).contents("Year 9 online safety").notes == {
        12: "Watch the video first",
        3: "Pages 3–5",
    }
    assert "Note: Watch the video first" in dialog.items.item(0).text()


def test_exclude_chips_show_labels_not_codes(qtbot: Any, listed: MainWindow) -> None:
    w = listed
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.toggle_exclude("type", "legislation_review")
    assert "NOT Type: Legislation review  ✕" in chip_texts(w)
    assert not any("legislation_review" in t for t in chip_texts(w))
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.toggle_facet("language", "en")
    assert "Language: English  ✕" in chip_texts(w)


def test_manage_dialog_screenshot(
    qtbot: Any, listed: MainWindow, dialog: ManageListsDialog, tmp_path: Path
) -> None:
    open_list(qtbot, listed, "Year 9 online safety")
    listed.resize(1400, 900)
    dialog.items.setCurrentRow(1)
    listed.grab().save(str(tmp_path / "window.png"))
    dialog.grab().save(str(tmp_path / "dialog.png"))
    assert (tmp_path / "dialog.png").stat().st_size > 0
