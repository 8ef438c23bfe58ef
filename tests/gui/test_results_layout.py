"""Result rows as tall as their text at every window and text size, lines broken
between words, and Ctrl+= / Ctrl+- scaling the whole window down to a minimum size
at which nothing breaks mid-word."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.results_model import ViewRole
from desktop_app.gui.panes.result_delegate import ELLIPSIS, ResultDelegate, RowLayout
from desktop_app.gui.zoom import base_point_size

from .conftest import TIMEOUT


def search(qtbot: Any, w: MainWindow, text: str) -> Any:
    w.search_box.setText(text)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.search_now()
    return blocker.args[0]


def visible_rows(w: MainWindow) -> list[tuple[QRect, RowLayout]]:
    """Each row the list shows now: its rect and the layout the delegate paints it with."""
    view = w.results.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, ResultDelegate)
    rows = []
    for row in range(w.results.model.rowCount()):
        index = w.results.model.index(row)
        rect = view.visualRect(index)
        if rect.bottom() < 0 or rect.top() > view.viewport().height():
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = rect
        option.font = view.font()
        option.widget = view
        rows.append((rect, delegate.row_layout(option, index)))
    return rows


def settled(w: MainWindow) -> bool:
    """Every visible row is loaded with its snippet, and laid out for the width now."""
    model, view = w.results.model, w.results.view
    rows = visible_rows(w)
    for rect, _row in rows:
        index = view.indexAt(rect.center())
        if index.data(ViewRole) is None or model.snippets.get(model.ids[index.row()]) is None:
            return False
    return bool(rows)


def misfits(w: MainWindow) -> list[str]:
    """What is wrong with the visible rows: text outside its row, or a gap under it."""
    wrong = []
    for rect, row in visible_rows(w):
        text = row.text_rect().translated(rect.topLeft())
        title = row.view.title[:30] if row.view else "loading"
        if not QRect(rect).adjusted(0, 0, 1, 1).contains(text.toAlignedRect()):
            wrong.append(f"{title}: text {text} outside its row {rect}")
        gap = rect.bottom() + 1 - text.bottom()
        icon_row = ResultDelegate.ICON + 2 * ResultDelegate.PAD
        if gap > ResultDelegate.PAD + 2 and rect.height() > icon_row:
            wrong.append(f"{title}: {gap:.0f} px under the text in {rect}")
    return wrong


BREAKS_AFTER = "-/‐–—"  # a line may end after these inside a word (Child Abuse/|Exploitation)


def broken_words(layout: QTextLayout) -> list[str]:
    """Lines of ``layout`` that end inside a word that did not need breaking: one
    that starts further along the line (a word longer than a whole line may break)."""
    text, out = layout.text(), []
    for i in range(layout.lineCount() - 1):
        line = layout.lineAt(i)
        end = line.textStart() + line.textLength()
        if end >= len(text) or text[end - 1].isspace() or text[end].isspace():
            continue
        if text[end - 1] in BREAKS_AFTER:
            continue
        word_start = max(text.rfind(" ", 0, end), text.rfind("\u2028", 0, end)) + 1
        if word_start > line.textStart():
            out.append(f"{text[line.textStart() : end]!r} | {text[end : end + 12]!r}")
    return out


@pytest.mark.parametrize("step", [0, 4])
def test_rows_fit_their_text_at_three_window_sizes(
    qtbot: Any, window: MainWindow, step: int
) -> None:
    window.change_text_size(step)
    search(qtbot, window, "child")
    for size in ((1400, 900), (900, 600), (700, 500)):
        window.resize(*size)
        qtbot.waitUntil(lambda: settled(window), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not misfits(window), timeout=TIMEOUT)
        rows = visible_rows(window)
        assert len(rows) >= 2
        with_snippet = [r for _, r in rows if r.snippet and r.snippet.text]
        assert with_snippet
        # the snippet's last line ends in "…" when text was left out, never mid-line
        for row in with_snippet:
            body = row.parts[-1][0]
            if body.text().endswith(ELLIPSIS):
                assert body.lineCount() <= 3
        for _, row in rows:
            for layout, _role in row.parts:
                assert not broken_words(layout)


def test_a_row_without_a_snippet_has_no_gap(qtbot: Any, window: MainWindow) -> None:
    from desktop_app.core.library.records import ResourceData

    bare = window.catalogue.create(ResourceData(title="Okapi hotline poster", type="infographic"))
    long = window.catalogue.create(
        ResourceData(
            title="Okapi " + "very " * 80 + "long title",
            summary="okapi " + "word " * 400,
            type="report",
        )
    )
    result = search(qtbot, window, "okapi")
    assert set(result.ids) == {bare.id, long.id}
    qtbot.waitUntil(lambda: settled(window), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not misfits(window), timeout=TIMEOUT)
    rows = {r.view.id: (rect, r) for rect, r in visible_rows(window) if r.view}
    bare_rect, bare_row = rows[bare.id]
    long_rect, long_row = rows[long.id]
    assert [role for _, role in bare_row.parts] == ["title", "sub"]
    assert bare_rect.height() < long_rect.height() / 2
    title, _sub, body = (layout for layout, _ in long_row.parts)
    assert title.lineCount() == 3 and title.text().endswith(ELLIPSIS)
    assert body.lineCount() == 3 and body.text().endswith(ELLIPSIS)


def test_larger_text_scales_the_whole_window(qtbot: Any, window: MainWindow) -> None:
    base = base_point_size()
    search(qtbot, window, "cambodia")
    window.activateWindow()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings.text_size == 1, timeout=TIMEOUT)
    window.change_text_size(1)
    bigger = base + 2
    menu = window.menus["view"]
    parts = {
        "search box": window.search_box,
        "sidebar": window.sidebar.tree,
        "facet filter": window.sidebar.filter_box,
        "chips": window.filters_bar,
        "results": window.results.view,
        "count": window.results.count_label,
        "details": window.detail.browser,
        "menu bar": window.menuBar(),
        "a menu": menu,
        "status bar": window.status,
    }
    for name, widget in parts.items():
        assert widget.font().pointSizeF() == pytest.approx(bigger), name
    small_minimum = window.minimumSize()
    window.change_text_size(4)
    assert window.minimumSize().width() > small_minimum.width()
    # Ctrl+- and Ctrl+0 (the View menu's keys) go back
    keys = {a.objectName(): a.shortcut() for a in menu.actions()}
    assert keys["actionZoomOut"] == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    window.change_text_size(-1)
    assert window.search_box.font().pointSizeF() == pytest.approx(base + 5)
    window.change_text_size(0)
    for name, widget in parts.items():
        assert widget.font().pointSizeF() == pytest.approx(base), name
    assert window.settings.text_size == 0


def labels_breaking_words(w: MainWindow) -> list[str]:
    """Visible word-wrapped labels with a word wider than the label."""
    out = []
    for label in w.findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap() and label.text()):
            continue
        plain = re.sub(r"<[^>]+>", "", label.text())
        metrics = QFontMetrics(label.font())
        for word in plain.split():
            if metrics.horizontalAdvance(word) > label.contentsRect().width():
                out.append(f"{label.objectName()}: {word!r}")
    return out


def detail_lines_breaking_words(w: MainWindow) -> list[str]:
    doc = w.detail.browser.document()
    out = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None:
            out += broken_words(layout)
        block = block.next()
    return out


@pytest.mark.parametrize("step", [0, 3])
def test_at_the_minimum_size_nothing_breaks_mid_word(
    qtbot: Any, window: MainWindow, step: int
) -> None:
    window.change_text_size(step)
    minimum = window.minimumSize()
    assert minimum.width() >= 600 and minimum.height() >= 400
    window.resize(200, 150)
    assert window.width() >= minimum.width() and window.height() >= minimum.height()
    window.resize(minimum)
    search(qtbot, window, "protecton")  # corrected: the notice above the list wraps too
    qtbot.waitUntil(lambda: settled(window), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not misfits(window), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    QApplication.processEvents()
    assert window.results.correction.isVisible()
    for _rect, row in visible_rows(window):
        for layout, _ in row.parts:
            assert not broken_words(layout), row.view
    assert not labels_breaking_words(window)
    assert not detail_lines_breaking_words(window)
    for pane in (window.sidebar, window.results, window.detail):
        assert pane.width() >= pane.minimumWidth() > 100


def test_the_focused_list_and_details_show_a_clear_frame(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "child")
    qtbot.waitUntil(lambda: settled(window), timeout=TIMEOUT)
    view, browser = window.results.view, window.detail.browser
    highlight = view.palette().highlight().color()

    def edge(widget: Any) -> Any:
        image = widget.grab().toImage()
        return image.pixelColor(0, image.height() // 2)

    window.search_box.setFocus()
    QApplication.processEvents()
    assert edge(view) != highlight and edge(browser) != highlight
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=TIMEOUT)
    assert edge(view) == highlight
    # the current row has a frame of its own, two pixels wide, inside the row
    rect = view.visualRect(view.currentIndex())
    image = view.viewport().grab().toImage()
    frame = image.pixelColor(rect.left() + 1, rect.center().y())
    inside = image.pixelColor(rect.left() + 3, rect.center().y())
    assert frame != inside
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=TIMEOUT)
    assert edge(browser) == highlight and edge(view) != highlight
