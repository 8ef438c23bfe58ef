"""The facet sidebar at work in the real window: nested filter, collapsed groups keeping
their ticks, the cursor under Space, counts at 900×600, the "More…" dialog, topic
hierarchy from the vocabulary manager, and the year range."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QStyleOptionViewItem

from desktop_app.gui.dialogs.facet_dialog import FacetDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.facet_model import FacetRole, KindRole, ValueRole
from desktop_app.gui.models.facet_values_model import VALUE
from desktop_app.gui.panes.facet_delegate import FacetDelegate

from .conftest import TIMEOUT, enter_curator_mode
from .test_main_window import click_value, find_value


def visible(w: MainWindow, index: QModelIndex) -> bool:
    """The row is on screen in the tree: every row above it open and not hidden."""
    tree = w.sidebar.tree
    up = index.parent()
    while up.isValid():
        if not tree.isExpanded(up) or tree.isRowHidden(up.row(), up.parent()):
            return False
        up = up.parent()
    return not tree.isRowHidden(index.row(), index.parent()) and tree.visualRect(index).isValid()


def value_of(index: QModelIndex) -> tuple[str, str]:
    return index.data(FacetRole), index.data(ValueRole)


def more_row(w: MainWindow, group: str) -> QModelIndex:
    model = w.sidebar.model
    gidx = model.group_index(group)
    for row in range(model.rowCount(gidx)):
        idx = model.index(row, 0, gidx)
        if idx.data(KindRole) == "more":
            return idx
    raise AssertionError(f"no More… row in {group}")


def open_dialog(qtbot: Any, w: MainWindow, group: str) -> FacetDialog:
    idx = more_row(w, group)
    w.sidebar.set_group_open(group, True)
    w.sidebar.tree.scrollTo(idx)
    qtbot.mouseClick(
        w.sidebar.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=w.sidebar.tree.visualRect(idx).center(),
    )
    qtbot.waitUntil(lambda: w.sidebar.dialog is not None, timeout=TIMEOUT)
    dialog = w.sidebar.dialog
    assert dialog is not None
    return dialog


def test_the_filter_finds_countries_under_their_regions(qtbot: Any, window: MainWindow) -> None:
    model = window.sidebar.model
    window.sidebar.set_group_open("region", False)  # even from a collapsed group
    assert not find_value(model, "country", "Cambodia").isValid() or not visible(
        window, find_value(model, "country", "Cambodia")
    )
    window.sidebar.filter_box.setText("CAMBÒDIA")  # case and accents aside
    cambodia = find_value(model, "country", "Cambodia")
    assert cambodia.isValid()
    assert cambodia.parent().data(KindRole) == "value"  # under a region
    assert cambodia.parent().data(FacetRole) == "region"
    assert visible(window, cambodia)
    assert not find_value(model, "country", "Thailand").isValid()
    window.sidebar.filter_box.clear()
    assert not visible(window, find_value(model, "country", "Cambodia"))


def test_ticked_values_stay_visible_when_their_group_collapses(
    qtbot: Any, window: MainWindow
) -> None:
    window.sidebar.filter_box.setText("cambodia")
    click_value(qtbot, window, "country", "Cambodia")
    window.sidebar.filter_box.clear()
    model, tree = window.sidebar.model, window.sidebar.tree
    group = model.group_index("region")
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(group).center()
    )
    assert "region" not in window.sidebar.expanded
    cambodia = find_value(model, "country", "Cambodia")
    assert visible(window, cambodia)
    rows = [model.index(r, 0, group) for r in range(model.rowCount(group))]
    hidden = [i for i in rows if tree.isRowHidden(i.row(), group)]
    assert hidden, "a collapsed group hides the values nobody ticked"
    assert all(not model.node(i).marked() for i in hidden)
    assert all(model.node(i).marked() for i in rows if i not in hidden)
    # keyboard: Right opens the group in full again
    tree.setFocus()
    tree.setCurrentIndex(group)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert "region" in window.sidebar.expanded
    assert all(visible(window, i) for i in hidden)
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # and Left collapses it again
    assert "region" not in window.sidebar.expanded and visible(window, cambodia)


def test_space_on_a_value_keeps_the_cursor_where_it_was(qtbot: Any, window: MainWindow) -> None:
    tree = window.sidebar.tree
    idx = find_value(window.sidebar.model, "topic", "Cybercrime")
    row = idx.row()
    tree.setFocus()
    tree.setCurrentIndex(idx)
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert blocker.args[0].total == 6
    current = tree.currentIndex()
    assert value_of(current) == ("topic", "Cybercrime") and current.row() == row
    assert current.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Space)  # and off again, still in place
    assert blocker.args[0].total == 30
    assert value_of(tree.currentIndex()) == ("topic", "Cybercrime")
    assert tree.currentIndex().row() == row
    # on a country inside a region (its group's other rows change around it)
    window.sidebar.filter_box.setText("cambodia")
    cambodia = find_value(window.sidebar.model, "country", "Cambodia")
    region = value_of(cambodia.parent())
    tree.setCurrentIndex(cambodia)
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert value_of(tree.currentIndex()) == ("country", "Cambodia")
    assert value_of(tree.currentIndex().parent()) == region


@pytest.mark.parametrize("size", [(900, 600), (1400, 900)])
def test_counts_stay_visible_in_a_narrow_window(
    qtbot: Any, window: MainWindow, tmp_path: Path, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=TIMEOUT)
    tree = window.sidebar.tree
    delegate = tree.itemDelegate()
    assert isinstance(delegate, FacetDelegate)
    viewport = tree.viewport().rect()
    checked = 0
    for name in ("topic", "region", "type"):
        group = window.sidebar.model.group_index(name)
        for row in range(window.sidebar.model.rowCount(group)):
            idx = window.sidebar.model.index(row, 0, group)
            rect = tree.visualRect(idx)
            if idx.data(KindRole) != "value" or not viewport.contains(rect.center()):
                continue  # a row cut by the bottom edge scrolls into view whole
            option = QStyleOptionViewItem()
            tree.initViewItemOption(option)
            option.rect = rect  # type: ignore[attr-defined]
            parts = delegate.parts(option, idx)
            assert parts is not None
            assert parts.count == f"{idx.data(Qt.ItemDataRole.UserRole + 13):,}"
            inside = viewport.left() <= parts.count_rect.left()
            inside = inside and parts.count_rect.right() <= viewport.right()
            assert inside, (idx.data(ValueRole), parts.count_rect, viewport)
            assert parts.label_rect.right() < parts.count_rect.left()  # the label gives way
            checked += 1
    assert checked >= 8
    window.grab().save(str(tmp_path / f"window-{size[0]}.png"))


def test_more_dialog_sorts_filters_and_applies_include_and_exclude(
    qtbot: Any, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, window, "topic")
    view, proxy = dialog.view, dialog.proxy
    total = len(window.last_result.facets["topic"].values)  # type: ignore[union-attr]
    assert proxy.rowCount() == total > 8
    counts = [
        dialog.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].count for r in range(total)
    ]
    assert counts == sorted(counts, reverse=True)
    dialog.sort_by("name")
    labels = [proxy.index(r, VALUE).data() for r in range(total)]
    assert labels == sorted(labels, key=str.casefold)
    # jump by letter: typing in the list goes to the next value starting with it
    view.setFocus()
    qtbot.keyClicks(view, "s")
    assert view.currentIndex().data().startswith("S")
    dialog.filter_box.setText("CHÎLD")  # case and accents aside
    shown = [proxy.index(r, VALUE).data() for r in range(proxy.rowCount())]
    assert shown and all("child" in s.casefold() for s in shown) and len(shown) < total
    assert "of" in dialog.summary.text()
    # several at once: two included by selection and a button, one excluded by Space/Exclude
    wanted = {"Child Trafficking", "Child Pornography"}
    selection = view.selectionModel()
    view.clearSelection()
    for r in range(proxy.rowCount()):
        if proxy.index(r, VALUE).data() in wanted:
            selection.select(
                proxy.index(r, VALUE),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
    qtbot.mouseClick(dialog.include_button, Qt.MouseButton.LeftButton)
    view.clearSelection()
    row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, VALUE).data() == "Child Protection"
    )
    view.setCurrentIndex(proxy.index(row, VALUE))
    qtbot.mouseClick(dialog.exclude_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == (wanted, {"Child Protection"})
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.include.get("topic") == wanted, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.last_request.exclude.get("topic") == {"Child Protection"})
    result = window.last_result
    assert result is not None and result.total > 0
    for view_ in window.catalogue.get_many(window.results.model.ids):
        assert set(view_.topics) & wanted and "Child Protection" not in view_.topics
    del blocker
    # Cancel changes nothing; Space in the list ticks the current value
    dialog = open_dialog(qtbot, window, "topic")
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.proxy.index(0, VALUE))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert dialog.chosen()[0] != wanted
    dialog.reject()
    assert window.include.get("topic") == wanted


def test_a_broader_topic_set_in_the_vocabulary_manager_selects_its_children(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[str],
) -> None:
    from desktop_app.gui.dialogs.vocabulary_dialog import VocabularyDialog

    enter_curator_mode(qtbot, window)
    dialog = VocabularyDialog(window.curation, window.catalogue, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.model.keys), timeout=TIMEOUT)

    def put_under(child: str, parent: str) -> None:
        row = next(i for i, k in enumerate(dialog.model.keys) if k[1] == child)
        dialog.view.selectRow(row)
        monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (parent, True))
        qtbot.mouseClick(dialog.broader_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        put_under("International Schools", "Schools")
    qtbot.waitUntil(
        lambda: dialog.broader_of.get(_id(dialog, "International Schools")) == "Schools"
    )
    # a cycle is refused with a clear message, and nothing changes
    put_under("Schools", "International Schools")
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=TIMEOUT)
    assert "'Schools' cannot go under 'International Schools'" in message_boxes[0]
    message_boxes.clear()
    dialog.close()
    model = window.sidebar.model
    window.sidebar.filter_box.setText("schools")  # beyond the first eight topics
    child = find_value(model, "topic", "International Schools")
    assert value_of(child.parent()) == ("topic", "Schools")  # shown as a tree
    schools = find_value(model, "topic", "Schools")
    assert schools.data(Qt.ItemDataRole.UserRole + 13) == 3  # 2 with Schools, 1 more below
    result = click_value(qtbot, window, "topic", "Schools")
    assert result.total == 3
    assert all(
        {"Schools", "International Schools"} & set(v.topics)
        for v in window.catalogue.get_many(window.results.model.ids)
    )
    assert any(
        "Schools" not in v.topics for v in window.catalogue.get_many(window.results.model.ids)
    )


def _id(dialog: Any, name: str) -> int:
    return int(next(k[0] for k in dialog.model.keys if k[1] == name))


def test_the_year_range_narrows_the_results_by_keyboard(qtbot: Any, window: MainWindow) -> None:
    years = window.sidebar.years
    assert not years.isVisible()  # the Year group starts collapsed
    window.sidebar.set_group_open("decade", True)
    assert years.isVisible()
    assert years.histogram.counts == {2014: 1, 2015: 8, 2017: 5, 2020: 2}
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Tab)  # Tab goes on to the range
    assert years.low.hasFocus() or QApplication.focusWidget() is years.low.lineEdit()
    years.low.selectAll()
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(years.low, "2017")
        qtbot.keyClick(years.low, Qt.Key.Key_Return)
    assert blocker.args[0].total == 7
    assert window.include == {"year": {"2017.."}}
    assert all(
        v.year is not None and v.year >= 2017
        for v in window.catalogue.get_many(window.results.model.ids)
    )
    assert any("2017.." in c.text() for c in window.filters_bar.chips)
    # Up from "any" in To lands on the last year with resources; Down steps a year back
    years.high.setFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(years.high, Qt.Key.Key_Up)
        qtbot.keyClick(years.high, Qt.Key.Key_Down)
        qtbot.keyClick(years.high, Qt.Key.Key_Return)
    assert years.high.value() == 2019
    assert blocker.args[0].total == 5
    assert window.include == {"year": {"2017..2019"}}
    assert years.histogram.counts[2015] == 8  # the range leaves the other years countable
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(years.clear, Qt.MouseButton.LeftButton)
    assert blocker.args[0].total == 30 and window.include == {}
