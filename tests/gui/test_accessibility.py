"""Accessibility (issue 14): every focusable control of the window and its dialogs has a
name a screen reader can say; list and tree items say their text, position and state;
status changes are announced; the delegates' text stays readable on a dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.library.records import ResourceData
from desktop_app.core.search.results import FacetValue
from desktop_app.gui.dialogs.editor import ResourceDialog
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.dialogs.facet_dialog import FacetDialog
from desktop_app.gui.dialogs.import_preview import ImportPreview
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.facet_model import KindRole
from desktop_app.gui.panes.facet_delegate import FacetDelegate
from desktop_app.gui.panes.result_delegate import ResultDelegate

from .conftest import TIMEOUT, enter_curator_mode
from .test_main_window import find_value


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gives ``widget``: its accessible name, a buddy label's
    text, or a button's text (a combo box's own derived name is only its value)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def controls(root: QWidget) -> Iterator[QWidget]:
    """The focusable controls shown in ``root`` (the line edit inside a spin or combo
    box is part of it, not a control of its own)."""
    for w in root.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisibleTo(root):
            continue
        if isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        yield w


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__}#{w.objectName()} in {type(w.parent()).__name__}"
        for w in controls(root)
        if not spoken_name(w)
    ]


def test_the_window_controls_all_have_names(qtbot: Any, window: MainWindow) -> None:
    assert len(list(controls(window))) >= 8
    assert unnamed(window) == []
    enter_curator_mode(qtbot, window)
    window.sidebar.set_group_open("decade", True)  # the year range shows
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.toggle_facet("type", "report")  # a filter chip
    assert window.filters_bar.chips
    assert unnamed(window) == []
    # the sort box is named by its label too (Alt+O), not by the value it shows
    assert window.results.sort_label.buddy() is window.results.sort_box


def test_dialog_controls_all_have_names(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    editor = ResourceDialog(
        ResourceData(title="Keeping pupils safe"), {"topic": ["Cybercrime"]}, title="New resource"
    )
    qtbot.addWidget(editor)
    editor.show()
    assert unnamed(editor) == []
    export = ExportDialog(window, 2, 30, ["Year 9 online safety"], 30)
    export.show()
    export.format.setCurrentIndex(export.format.findData("pdf"))
    assert unnamed(export) == []
    export.reject()
    values = [FacetValue(f"Topic {i}", f"Topic {i}", 10 - i) for i in range(8)]
    more = FacetDialog("Topic", values, parent=window)
    more.show()
    assert unnamed(more) == []
    more.reject()
    window.lists_menu.manage()
    manage = window.lists_menu.dialog
    assert manage is not None
    qtbot.waitUntil(lambda: not manage.busy, timeout=TIMEOUT)
    assert unnamed(manage) == []
    manage.close()
    enter_curator_mode(qtbot, window)
    path = tmp_path / "one.ris"
    path.write_text("TY  - RPRT\nTI  - Keeping pupils safe online\nKW  - Schools\nER  - \n")
    window.transfers.import_(path)
    qtbot.waitUntil(
        lambda: window.findChild(ImportPreview, "importPreview") is not None, timeout=TIMEOUT
    )
    preview = window.findChild(ImportPreview, "importPreview")
    assert preview is not None
    qtbot.waitUntil(preview.isVisible, timeout=TIMEOUT)
    assert unnamed(preview) == []
    preview.reject()


def test_a_focusable_control_without_a_name_is_found(qtbot: Any) -> None:
    """The walk can fail: a bare combo box (its derived name is only its value) is caught."""
    root = QWidget()
    qtbot.addWidget(root)
    box = QComboBox(root)
    box.addItem("Relevance")
    root.show()
    assert unnamed(root) == ["QComboBox# in QWidget"]
    box.setAccessibleName("Sort order")
    assert unnamed(root) == []


def test_result_rows_say_title_organisation_year_type_and_position(
    qtbot: Any, window: MainWindow
) -> None:
    model = window.results.model
    index = model.index(2)
    window.results.view.scrollTo(index)
    qtbot.waitUntil(lambda: model.views.get(model.ids[2]) is not None, timeout=TIMEOUT)
    view = model.views[model.ids[2]]
    said = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(view.title + ", ")
    assert said.endswith(f", 3 of {model.total}")
    if view.year:
        assert f", {view.year}, " in said
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) is not None
    # what Qt's accessibility layer gives a screen reader for the row
    QAccessible.setActive(True)
    try:
        iface = QAccessible.queryAccessibleInterface(window.results.view)
        assert iface is not None
        texts = [
            iface.child(i).text(QAccessible.Text.Name)
            for i in range(iface.childCount())
            if iface.child(i) is not None
        ]
        assert said in texts
    finally:
        QAccessible.setActive(False)


def test_facet_rows_say_checked_or_excluded_with_position_and_level(
    qtbot: Any, window: MainWindow
) -> None:
    model = window.sidebar.model
    value = find_value(model, "type", "report")
    desc = value.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert desc.startswith("not checked, ") and desc.endswith(", level 2")
    assert f"{value.row() + 1} of {model.rowCount(value.parent())}" in desc
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.toggle_facet("type", "report")
    value = find_value(model, "type", "report")
    assert value.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("checked, ")
    assert value.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.toggle_facet("type", "report")
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.toggle_exclude("type", "guide")
    guide = find_value(model, "type", "guide")
    assert guide.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("excluded, ")
    assert guide.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", excluded")
    group = model.group_index("type")
    assert group.data(KindRole) == "group"
    assert group.data(Qt.ItemDataRole.AccessibleDescriptionRole).endswith("level 1")


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts announced to screen readers (Qt's announcement events), in order."""
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event: Any) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said


def test_status_changes_are_announced(qtbot: Any, window: MainWindow, announced: list[str]) -> None:
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.toggle_facet("type", "report")
    total = window.results.model.total
    assert any(text.startswith(f"{total} resource") for text in announced)
    assert not any("search took" in text for text in announced)  # the count, not the timing
    with qtbot.waitSignal(window.listsUpdated, timeout=TIMEOUT):
        window.add_selection_to_list("Year 9 online safety")
    assert "1 added to Year 9 online safety" in announced  # said as text, not markup
    window.show_summary("Imported 3 resources")
    assert announced[-1] == "Imported 3 resources"


def _paint_row(delegate: Any, view: QWidget, index: QModelIndex, selected: bool) -> QImage:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.rect = QRect(0, 0, 360, delegate.sizeHint(option, index).height())
    if selected:
        option.state |= option.state.State_Selected  # type: ignore[attr-defined]
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(option.palette.color(QPalette.ColorRole.Base))
    if selected:
        image.fill(option.palette.color(QPalette.ColorRole.Highlight))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def _colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def dark_palette() -> QPalette:
    """A dark palette as a desktop's dark theme gives one."""
    pal = QPalette()
    dark, text = QColor("#1e1e1e"), QColor("#f0f0f0")
    for role, colour in (
        (QPalette.ColorRole.Window, QColor("#2b2b2b")),
        (QPalette.ColorRole.Base, dark),
        (QPalette.ColorRole.AlternateBase, QColor("#262626")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Button, QColor("#333333")),
        (QPalette.ColorRole.Highlight, QColor("#3a6ea5")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#a0a0a0")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")),
        (QPalette.ColorRole.Mid, QColor("#555555")),
    ):
        pal.setColor(role, colour)
    return pal


@pytest.fixture
def dark(qtbot: Any) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())
    yield app.palette()
    app.setPalette(before)


def test_delegates_draw_readable_text_on_a_dark_palette(
    qtbot: Any, window: MainWindow, dark: QPalette
) -> None:
    model = window.results.model
    qtbot.waitUntil(lambda: model.views.get(model.ids[0]) is not None, timeout=TIMEOUT)
    view = window.results.view
    base = dark.color(QPalette.ColorRole.Base)
    for selected in (False, True):
        image = _paint_row(ResultDelegate(view), view, model.index(0), selected)
        ground = dark.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        inks = [QColor(c) for c in _colours(image) if c != ground.rgb() & 0xFFFFFF]
        assert inks, "nothing drawn"
        best = max(_contrast(QColor(c), ground) for c in inks)
        assert best >= 4.5, f"result text barely differs from its background ({best:.1f}:1)"
    tree = window.sidebar.tree
    value = find_value(window.sidebar.model, "type", "report")
    image = _paint_row(FacetDelegate(tree), tree, value, False)
    inks = [QColor(c) for c in _colours(image) if c != base.rgb() & 0xFFFFFF]
    best = max(_contrast(c, base) for c in inks)
    assert best >= 4.5, f"facet text barely differs from its background ({best:.1f}:1)"
    # the tick box's edge shows too (3:1, as WCAG asks of controls)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.widget = tree
    option.rect = QRect(0, 0, 360, image.height())
    FacetDelegate(tree).initStyleOption(option, value)
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    edge = max(
        _contrast(QColor(image.pixel(box.left() + dx, box.center().y())), base) for dx in range(4)
    )
    assert edge >= 3, f"the tick box vanishes on a dark palette ({edge:.1f}:1)"


def test_hints_and_errors_follow_a_dark_palette(
    qtbot: Any, window: MainWindow, dark: QPalette
) -> None:
    quiet = dark.color(QPalette.ColorRole.PlaceholderText).name()
    window.detail.show_resource(None)
    assert quiet in window.detail.browser.toHtml()  # not a fixed grey
    similar = window.finding.similar.pane
    similar.clear()
    assert quiet in similar.browser.toHtml()
    window.lists_menu.manage()
    manage = window.lists_menu.dialog
    assert manage is not None
    qtbot.waitUntil(lambda: not manage.busy, timeout=TIMEOUT)
    red = QColor(manage.error.styleSheet().split(":")[1].strip())
    assert _contrast(red, dark.color(QPalette.ColorRole.Window)) >= 4.5
    manage.close()


def test_the_editor_fits_a_1080p_screen_at_200_percent(qtbot: Any) -> None:
    """At 200% a 1920×1080 screen is 960×540: the editor's fields scroll and its
    buttons stay on screen (its form alone needed 716 points)."""
    editor = ResourceDialog(ResourceData(title="Keeping pupils safe"), {}, title="New resource")
    qtbot.addWidget(editor)
    assert editor.minimumSizeHint().height() <= 540 * 0.9
    assert editor.minimumSizeHint().width() <= 960
    screen = editor.screen().availableGeometry()
    assert editor.height() <= max(screen.height() * 0.9, editor.minimumSizeHint().height())
    editor.resize(700, 480)
    editor.show()
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    assert editor.rect().contains(save.geometry().translated(save.parentWidget().pos()))
    assert unnamed(editor) == []


def test_the_similar_list_shows_when_it_has_the_focus(qtbot: Any, window: MainWindow) -> None:
    browser = window.finding.similar.pane.browser
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    highlight = browser.palette().color(QPalette.ColorRole.Highlight).rgb() & 0xFFFFFF

    def edge() -> int:
        image = browser.grab().toImage()
        return image.pixel(0, image.height() // 2) & 0xFFFFFF

    window.results.view.setFocus()
    assert edge() != highlight
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=TIMEOUT)
    assert edge() == highlight
