"""A result found in its document says so, with the page, in its row and in the details;
"Open at page 3" opens the local copy through the allow-listed path and says the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop_app.core.library.db import Library
from desktop_app.core.library.files import store_file
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.panes.result_delegate import ResultDelegate, RowLayout
from tests.core.search.document_helpers import store_pages

from .conftest import TIMEOUT, open_window

PAGES = [
    "Contents and introduction for teachers.",
    "How children tell adults about harm.",
    "Every teacher has a duty of zanzibarite mandatory reporting of suspected abuse.",
]


def write_pdf(path: Path, pages: list[str]) -> None:
    """A small PDF with one line of text a page (Qt's own PDF writer)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    for i, text in enumerate(pages):
        if i:
            writer.newPage()
        painter.drawText(200, 400, text)
    painter.end()


@pytest.fixture
def doc_window(qtbot: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, dict[str, int]]]:
    path = tmp_path / "library.db"
    pdf = tmp_path / "handbook.pdf"
    write_pdf(pdf, PAGES)
    with Library.open(path, create=True) as lib:
        cat = Catalogue(lib)
        name = store_file(lib, pdf)
        ids = {
            "handbook": cat.create(
                ResourceData(
                    title="Safeguarding handbook",
                    summary="What teachers do when they worry about a pupil.",
                    local_file=name,
                )
            ).id,
            "guide": cat.create(
                ResourceData(title="Zanzibarite explained", summary="A zanzibarite guide.")
            ).id,
        }
        store_pages(cat, name, PAGES)
    w = open_window(qtbot, path, tmp_path / "settings.ini")
    yield w, ids
    w.close()


def search(qtbot: Any, w: MainWindow, text: str) -> None:
    w.search_box.setText(text)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.search_now()


def row_of(w: MainWindow, rid: int) -> RowLayout:
    view = w.results.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, ResultDelegate)
    index = w.results.model.index(w.results.model.ids.index(rid))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    option.widget = view
    return delegate.row_layout(option, index, ask=True)


def texts(row: RowLayout) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for layout, role in row.parts:
        out.setdefault(role, []).append(layout.text())
    return out


def test_the_row_and_the_details_name_the_page(
    qtbot: Any, doc_window: tuple[MainWindow, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    w, ids = doc_window
    search(qtbot, w, "zanzibarite")
    model = w.results.model
    assert set(model.ids) == {ids["handbook"], ids["guide"]}
    row_of(w, ids["handbook"])  # asks for the visible rows' snippets
    row_of(w, ids["guide"])
    qtbot.waitUntil(lambda: ids["handbook"] in model.snippets and ids["guide"] in model.snippets)
    body = texts(row_of(w, ids["handbook"]))["body"][0]
    assert body.startswith("Found in the document · p. 3: Every teacher has a duty of zanzibarite")
    # found in its details: the summary, not marked as found in a document
    guide = texts(row_of(w, ids["guide"]))
    assert guide["body"] == ["A zanzibarite guide."]
    assert not any("document" in t for part in guide.values() for t in part)

    w.results.view.setCurrentIndex(model.index(model.ids.index(ids["handbook"])))
    qtbot.waitUntil(lambda: "Open at page 3" in w.detail.browser.toHtml())
    html = w.detail.browser.toHtml()
    assert "Found in the document · p. 3" in html

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    w.detail._anchor(QUrl("localcopy:page/3"))
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()).parent.name == "library.db.files"
    assert w.status.text() == "The words are on page 3."
    w.status.say("")
    w.results.openRequested.emit()  # Enter on the result: its local copy, and the page
    assert len(opened) == 2 and w.status.text() == "The words are on page 3."

    # the other result: nothing about a document in the details
    w.results.view.setCurrentIndex(model.index(model.ids.index(ids["guide"])))
    assert "Found in the document" not in w.detail.browser.toHtml()


def test_found_in_the_summary_and_the_document_says_also(
    qtbot: Any, doc_window: tuple[MainWindow, dict[str, int]]
) -> None:
    w, ids = doc_window
    search(qtbot, w, "teachers")
    model = w.results.model
    row_of(w, ids["handbook"])
    qtbot.waitUntil(lambda: ids["handbook"] in model.snippets)
    parts = texts(row_of(w, ids["handbook"]))
    assert parts["body"] == ["What teachers do when they worry about a pupil."]
    assert "Also in the document · p. 1" in parts["sub"]


def test_snippets_are_not_asked_for_an_older_searchs_rows() -> None:
    from desktop_app.core.search.results import SearchRequest, SearchResult
    from desktop_app.gui.search_state import SearchState

    state = SearchState()
    state.start("")
    state.last_result = SearchResult(0, [], "", [], [], None, {}, 0.0, state.last_request, 0)
    assert state.showing_latest()
    state.start("teachers")  # asked, not answered yet: the rows shown are the older search's
    assert not state.showing_latest()
    corrected = SearchRequest(query="teachers")
    state.start("teachrs")
    state.last_result = SearchResult(0, [], "", [], [], None, {}, 0.0, corrected, 0, {}, "teachrs")
    assert state.showing_latest()  # the answer to "teachrs" is for its correction
