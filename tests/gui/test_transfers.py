"""File ▸ Export, Import and collection packs, driven through the real window."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt

from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.progress import Progress
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import export_pack
from desktop_app.gui.dialogs.import_preview import ImportPreview
from desktop_app.gui.dialogs.pack_preview import PackPreview
from desktop_app.gui.export_job import ExportJob
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.transfers import Transfers

from .conftest import TIMEOUT, enter_curator_mode, open_window


def settle(qtbot: Any, w: MainWindow) -> None:
    """Wait until the worker has answered everything asked of it."""
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=TIMEOUT)


def search(qtbot: Any, w: MainWindow, text: str) -> None:
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.search_box.setText(text)
        w.run_search()


def test_export_dialog_writes_the_current_results_as_csv(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, window, "grooming")
    expected = window.results.model.total
    assert 0 < expected < 30
    target = tmp_path / "results"
    monkeypatch.setattr(Transfers, "_ask_path", lambda self, *a, **k: target.with_suffix(".csv"))
    window.transfers.act_export.trigger()
    settle(qtbot, window)  # its answer (and any other work queued) is in
    dialog = window.transfers.export_dialog
    assert dialog.scope.currentData() == ("results", "")
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert not dialog.pdf_box.isVisible()
    with qtbot.waitSignal(window.exported, timeout=TIMEOUT):
        dialog.accept()
    rows = list(csv.DictReader(target.with_suffix(".csv").open(encoding="utf-8-sig")))
    assert len(rows) == expected
    assert [int(r["id"]) for r in rows] == window.results.model.ids[:expected]  # same order


def test_pdf_export_of_the_selection(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    view = window.results.view
    view.selectionModel().clear()
    for row in (0, 2):
        index = window.results.model.index(row, 0)
        view.selectionModel().select(index, view.selectionModel().SelectionFlag.Select)
    ids = window.selected_ids()
    titles = [window.catalogue.get(i).title for i in ids]
    out = tmp_path / "handout.pdf"
    job = ExportJob(
        "pdf",
        out,
        "selection",
        "",
        window.transfers.selection("selection", "", ids),
        "For the staff room",
        True,
        True,
        "Letter",
        window.last_request,
        window.curator,
    )
    with qtbot.waitSignal(window.exported, timeout=TIMEOUT):
        window.transfers.start_export(job)
    reader = pypdf.PdfReader(str(out))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    text = unicodedata.normalize("NFKC", text)  # the PDF uses ligatures (ﬀ)
    assert "For the staff room" in text and "Selected resources" in text
    for title in titles:
        assert " ".join(title.split())[:40] in text
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 612  # Letter


def test_a_cancelled_export_leaves_no_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Progress, "cancelled", lambda self: True)
    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warned.append(a[2]))
    for fmt in ("json", "pdf"):
        out = tmp_path / f"all.{fmt}"
        job = ExportJob(
            fmt,
            out,
            "all",
            "",
            window.transfers.selection("all", "", []),
            "x",
            False,
            False,
            "A4",
            window.last_request,
            window.curator,
        )
        window.transfers.start_export(job)
        settle(qtbot, window)  # its answer (and any other work queued) is in
        assert not out.exists() and not list(tmp_path.glob(".*partial*"))
    assert len(warned) == 2 and all("cancelled" in m for m in warned)


def test_import_needs_curator_mode_then_previews_and_imports(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    assert not w.transfers.act_import.isEnabled()  # reader mode: no writing
    enter_curator_mode(qtbot, w)
    assert w.transfers.act_import.isEnabled()
    before = w.catalogue.count()
    path = tmp_path / "one.ris"
    path.write_text("TY  - RPRT\nTI  - Keeping pupils safe online\nKW  - Schools\nER  - \n")
    w.transfers.import_(path)
    settle(qtbot, w)  # its answer (and any other work queued) is in
    preview = w.findChild(ImportPreview, "importPreview")
    assert preview is not None and preview.isVisible()
    assert "would add 1" in preview.summary.text()
    assert w.catalogue.count() == before  # nothing written by the preview
    with qtbot.waitSignal(w.imported, timeout=TIMEOUT):
        preview.ok.click()
    assert w.catalogue.count() == before + 1


def test_csv_columns_can_be_remapped_in_the_preview(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    enter_curator_mode(qtbot, w)
    path = tmp_path / "list.csv"
    path.write_text("Name,Keywords,Where\nSafer schools guide,Grooming,Kenya\n", encoding="utf-8")
    w.transfers.import_(path)
    settle(qtbot, w)  # its answer (and any other work queued) is in
    preview = w.transfers.preview
    assert preview.mapping["Name"].currentData() == "title"
    assert preview.mapping["Keywords"].currentData() == "topics"
    preview.mapping["Keywords"].setCurrentIndex(0)  # (ignore)
    preview.mapping["Where"].setCurrentIndex(preview.mapping["Where"].findData("countries"))
    preview.remap.click()
    settle(qtbot, w)  # its answer (and any other work queued) is in
    with qtbot.waitSignal(w.imported, timeout=TIMEOUT):
        preview.ok.click()
    added = next(v for v in w.catalogue.iter_views() if v.title == "Safer schools guide")
    assert added.topics == [] and added.countries == ["Kenya"]


def test_pack_preview_lists_conflicts_and_takes_the_ticked_fields(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    copy_library(BUNDLED_LIBRARY, tmp_path / "ngo.db")
    with Library.open(tmp_path / "ngo.db") as lib:
        ngo = Catalogue(lib)
        export_pack(ngo, tmp_path / "first.librarypack")
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    w.transfers.import_pack(tmp_path / "first.librarypack")
    settle(qtbot, w)  # its answer (and any other work queued) is in
    first = w.transfers.preview_pack
    assert isinstance(first, PackPreview)
    # seeded libraries share UUIDs (same seed) but have never exchanged: identical, no conflicts
    assert first.model.rowCount() == 0
    first.reject()
    view = w.catalogue.get(1)
    data = view.editable()
    data.summary = "Changed at school"
    w.catalogue.update(1, data, expected_version=view.version)
    with Library.open(tmp_path / "ngo.db") as lib:
        ngo = Catalogue(lib)
        theirs = ngo.find_by_uuid(view.uuid)
        assert theirs is not None
        d2 = theirs.editable()
        d2.summary = "Changed at the NGO"
        ngo.update(theirs.id, d2, expected_version=theirs.version)
        export_pack(ngo, tmp_path / "second.librarypack")
    w.transfers.import_pack(tmp_path / "second.librarypack")
    settle(qtbot, w)  # its answer (and any other work queued) is in
    dialog = w.transfers.preview_pack
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "summary"
    assert model.index(0, 2).data() == "Changed at school"
    assert model.index(0, 3).data() == "Changed at the NGO"
    model.setData(model.index(0, 4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(w.imported, timeout=TIMEOUT):
        dialog.accept()
    assert w.catalogue.get(1).summary == "Changed at the NGO"
    w.close()


def test_lists_a_pack_brings_are_in_the_menu_at_once(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    copy_library(BUNDLED_LIBRARY, tmp_path / "ngo.db")
    with Library.open(tmp_path / "ngo.db") as lib:
        lists = ReadingLists(lib)
        lists.add("Year 9 online safety", [1, 2])
        export_pack(Catalogue(lib), tmp_path / "lists.librarypack")
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    assert "Year 9 online safety" not in [i.name for i in w.lists]
    w.transfers.import_pack(tmp_path / "lists.librarypack")
    settle(qtbot, w)
    with qtbot.waitSignal(w.imported, timeout=TIMEOUT):
        w.transfers.preview_pack.accept()
    qtbot.waitUntil(lambda: "Year 9 online safety" in [i.name for i in w.lists], timeout=TIMEOUT)
    w.close()


def test_an_import_after_the_idle_lock_with_the_password_refused_leaves_nothing_behind(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelling the password asked again writes nothing and leaves no progress dialog."""
    from PySide6.QtWidgets import QInputDialog, QProgressDialog

    w = window
    enter_curator_mode(qtbot, w)
    path = tmp_path / "one.ris"
    path.write_text("TY  - RPRT\nTI  - Keeping pupils safe online\nER  - \n")
    w.transfers.import_(path)
    settle(qtbot, w)  # its answer (and any other work queued) is in
    preview = w.findChild(ImportPreview, "importPreview")
    before = w.catalogue.count()
    dialogs = set(w.findChildren(QProgressDialog, "taskProgress"))
    w.curation.lock()  # the idle lock, with the preview still open
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    preview.ok.click()  # asks whether a password is set, then for it: cancelled
    settle(qtbot, w)  # its answer (and any other work queued) is in
    assert w.catalogue.count() == before
    # no progress dialog was made for work that never started (it would show by itself)
    assert not set(w.findChildren(QProgressDialog, "taskProgress")) - dialogs
