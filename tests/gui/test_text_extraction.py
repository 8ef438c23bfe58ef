"""Reading local copies' text from the window: after attaching, after a pack, on demand.

Real widgets on a copy of the bundled library; every wait is on a signal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QPushButton

from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.files import store_file
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import export_pack
from desktop_app.gui.dialogs.editor import Edited, ResourceDialog
from desktop_app.gui.dialogs.text_summary import TextSummaryDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.text_notes import FileText
from tests.core.transfer.pack_text_helpers import documents, pages_of, tiny_pdf

from .conftest import TIMEOUT, enter_curator_mode, open_window

WORD = "quokkaphile"
PAGES = ["Safer schools", "Duties of staff", f"Page three names the {WORD} rule"]
PDF = tiny_pdf(PAGES)
SCANNED = tiny_pdf(["", ""])  # pages without a text layer


def attach(library: Path, tmp: Path, files: dict[int, tuple[str, bytes]]) -> dict[int, str]:
    """Give resources local copies (no text read yet): id -> stored name."""
    out = {}
    with Library.open(library) as lib:
        cat = Catalogue(lib)
        for rid, (name, content) in files.items():
            source = tmp / name
            source.write_bytes(content)
            stored = store_file(lib, source)
            view = cat.get(rid)
            data = view.editable()
            data.local_file = stored
            cat.update(rid, data, expected_version=view.version)
            out[rid] = stored
    return out


def search(qtbot: Any, w: MainWindow, query: str) -> Any:
    w.search_box.setText(query)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.search_now()
    return blocker.args[0]


def show_first(qtbot: Any, w: MainWindow) -> str:
    """Make the first result current; the text of the detail pane's document line."""
    line = w.text_extraction.line
    w.results.view.setCurrentIndex(QModelIndex())  # so that the next is a change
    with qtbot.waitSignal(w.text_extraction.lineUpdated, timeout=TIMEOUT):
        w.results.view.setCurrentIndex(w.results.model.index(0))
    return line.text() if line.isVisible() else ""


def test_a_newly_attached_pdf_is_read_and_found_by_its_page_3_word(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    enter_curator_mode(qtbot, w)
    source = tmp_path / "Safer schools.pdf"
    source.write_bytes(PDF)
    chosen = Edited(ResourceData(title="Safer schools handbook", type="guide"), source)
    monkeypatch.setattr(ResourceDialog, "edit", classmethod(lambda cls, *a, **k: chosen))
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        w.curation.new_resource()
    (item,) = blocker.args[0]
    assert item == FileText(item.name, "ok", "", 3)
    assert w.status.summary.text() == "Safer schools.pdf: Text read: 3 pages"
    assert pages_of(w.catalogue, item.name)[2] == (3, PAGES[2])
    result = search(qtbot, w, WORD)
    assert result.total == 1
    assert show_first(qtbot, w) == "Document text: 3 pages"


def test_the_detail_line_says_not_read_yet_and_hides_without_a_copy(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    attach(seeded_path, tmp_path, {1: ("report.pdf", PDF)})
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    title = w.catalogue.get(1).title
    search(qtbot, w, f'"{title}"')
    assert show_first(qtbot, w) == "Document text: not read yet"
    search(qtbot, w, f'"{w.catalogue.get(2).title}"')
    assert show_first(qtbot, w) == ""
    w.close()


def test_a_pack_s_files_without_text_are_read_after_the_import(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    copy_library(BUNDLED_LIBRARY, tmp_path / "ngo.db")
    names = attach(tmp_path / "ngo.db", tmp_path, {3: ("report.pdf", PDF)})
    with Library.open(tmp_path / "ngo.db") as lib:
        export_pack(Catalogue(lib), tmp_path / "ngo.librarypack")  # files, no text
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    w.transfers.import_pack(tmp_path / "ngo.librarypack")
    qtbot.waitUntil(lambda: w.transfers.preview_pack is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        w.transfers.preview_pack.accept()
    assert [i.name for i in blocker.args[0]] == [names[3]]
    assert documents(w.catalogue)[names[3]][1:] == ("ok", 3)
    w.close()


def test_extract_all_lists_every_file_problems_first(
    qtbot: Any, seeded_path: Path, tmp_path: Path, message_boxes: list[str]
) -> None:
    names = attach(
        seeded_path,
        tmp_path,
        {1: ("good.pdf", PDF), 2: ("scanned.pdf", SCANNED), 4: ("broken.pdf", b"%PDF-1.4 cut")},
    )
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    act = w.findChild(type(w.curation.act_mode), "actionExtractText")
    assert act is not None and act.isEnabled() and act in w.curation.menu.actions()
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        act.trigger()
    assert {i.name: i.status for i in blocker.args[0]} == {
        names[1]: "ok",
        names[2]: "no_text",
        names[4]: "failed",
    }
    dialog = w.findChild(TextSummaryDialog, "textSummary")
    assert dialog is not None and dialog.isVisible() and dialog.parent() is w
    rows = dialog.rows()
    assert [r[2] for r in rows] == ["failed", "no_text", "ok"]
    assert rows[1] == ("scanned.pdf", "No text layer: scanned?", "no_text")
    assert rows[2] == ("good.pdf", "Text read: 3 pages", "ok")
    assert rows[0][1].startswith("Could not read: ")
    assert dialog.heading.text() == "Read 3 files: 1 with text, 1 without text, 1 unreadable"
    assert w.findChild(type(w.text_extraction.dialog), "textProgress") is None or (
        not w.findChild(type(w.text_extraction.dialog), "textProgress").isVisible()
    )
    with qtbot.waitSignal(dialog.destroyed, timeout=TIMEOUT):
        dialog.close()  # deleted on close, on the GUI thread
    # nothing left to read: asked whether to read all again (answered Yes by the fixture)
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as again:
        act.trigger()
    assert len(again.args[0]) == 3
    assert any("has been read (3 files). Read them all again?" in m for m in message_boxes)
    w.close()


@pytest.mark.slow  # a window and three files read: about 2.5 s
def test_cancel_keeps_what_was_read_and_says_what_is_left(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    attach(seeded_path, tmp_path, {n: (f"r{n}.pdf", tiny_pdf([f"report {n}"])) for n in (1, 2, 3)})
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    w.text_extraction.extract_all()  # lists the files, then starts
    qtbot.waitUntil(lambda: w.text_extraction.dialog is not None, timeout=TIMEOUT)
    progress = w.text_extraction.dialog
    assert progress is not None and progress.isVisible()
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        progress.findChild(QPushButton).click()  # Cancel
    read = blocker.args[0]
    assert len(read) < 3 and len(documents(w.catalogue)) == len(read)
    dialog = w.findChild(TextSummaryDialog, "textSummary")
    assert dialog is not None
    assert f"; cancelled, {3 - len(read)} left for later" in dialog.heading.text()
    assert w.text_extraction.dialog is None
    w.close()


@pytest.mark.slow  # a window and three files read: about 2.5 s
def test_a_relock_during_a_run_stops_it_with_the_reason(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    """Curator mode is checked at each file's write: locked meanwhile, the run stops, what
    was read is kept, and the summary says why (no box, no traceback)."""
    attach(seeded_path, tmp_path, {n: (f"r{n}.pdf", tiny_pdf([f"report {n}"])) for n in (1, 2, 3)})
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    w.text_extraction.extract_all()
    qtbot.waitUntil(lambda: w.text_extraction.dialog is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        w.curation.lock()  # the idle lock, say
    read = blocker.args[0]
    assert len(read) < 3 and len(documents(w.catalogue)) == len(read)
    dialog = w.findChild(TextSummaryDialog, "textSummary")
    assert dialog is not None and "Curator mode was locked" in dialog.heading.text()
    assert "Curator mode was locked" in w.status.summary.text()
    w.close()


def test_a_copy_attached_to_an_existing_resource_is_read(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving an edit that attaches a file reads it; saving without a new file reads nothing."""
    w = window
    enter_curator_mode(qtbot, w)
    view = w.catalogue.get(5)
    source = tmp_path / "Guide.pdf"
    source.write_bytes(PDF)
    chosen = Edited(view.editable(), source)
    monkeypatch.setattr(ResourceDialog, "edit", classmethod(lambda cls, *a, **k: chosen))
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        w.curation.edit(5)
    assert [(i.status, i.pages) for i in blocker.args[0]] == [("ok", 3)]
    assert w.catalogue.get(5).local_file == blocker.args[0][0].name
    emitted: list[str] = []
    w.curation.attached.connect(emitted.append)
    plain = Edited(w.catalogue.get(5).editable())
    monkeypatch.setattr(ResourceDialog, "edit", classmethod(lambda cls, *a, **k: plain))
    with qtbot.waitSignal(w.curation.status, timeout=TIMEOUT):  # "Saved …"
        w.curation.edit(5)
    assert emitted == []


@pytest.mark.slow  # a window and a password dialog: about 3 s
def test_refusing_the_password_asked_again_leaves_no_dialog(
    qtbot: Any, seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    attach(seeded_path, tmp_path, {1: ("report.pdf", PDF)})
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    asked: list[str] = []

    def refuse(*args: Any, **_kw: Any) -> tuple[str, bool]:
        asked.append(str(args[1]))
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", refuse)
    w.text_extraction.extract_all()
    w.curation.lock()  # the idle lock, before the list of files comes back
    qtbot.waitUntil(lambda: bool(asked) and not w.worker.busy(), timeout=TIMEOUT)
    assert w.text_extraction.dialog is None and not w.text_extraction.running
    assert documents(w.catalogue) == {}
    w.close()
