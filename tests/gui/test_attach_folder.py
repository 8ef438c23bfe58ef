"""Curate ▸ Attach files from a folder…: the preview dialog on real widgets, then Attach."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from desktop_app.core.library import files
from desktop_app.core.library.models import Document
from desktop_app.gui.dialogs.attach_folder_dialog import AttachFolderDialog, reason_text
from desktop_app.gui.main_window import MainWindow
from tests.core.fulltext.pdf_samples import text_pdf
from tests.gui.conftest import TIMEOUT, enter_curator_mode

INDIA, FRAMEWORK, LATAM, ASIA, LANNING = 1, 17, 15, 19, 20  # resources of the bundled library


def make_folder(root: Path) -> Path:
    folder = root / "reports"
    folder.mkdir()
    (folder / "Child_Online_Protection_in_India.pdf").write_bytes(text_pdf(["Foreword"]))
    (folder / "icmec.pdf").write_bytes(
        text_pdf(["International Centre for Missing & Exploited Children\nModel Missing Child "
                  "Framework\nA proposal for national frameworks"])
    )  # fmt: skip
    (folder / "ProtectingChildrenFromCybercrime.pdf").write_bytes(text_pdf(["Contents"]))
    (folder / "molestation.pdf").write_bytes(text_pdf(["Chapter one"]))
    (folder / "setup.exe").write_bytes(b"MZ a program")
    return folder


def rows(dialog: AttachFolderDialog, status: str) -> list[QTreeWidgetItem]:
    group = dialog.groups[status]
    return [group.child(i) for i in range(group.childCount())]


def open_preview(qtbot: Any, w: MainWindow, folder: Path) -> AttachFolderDialog:
    enter_curator_mode(qtbot, w)
    act = w.findChild(type(w.curation.act_mode), "actionAttachFolder")
    assert act is not None and act.isEnabled() and act in w.curation.menu.actions()
    w.curation.attach_folder.start(folder)
    qtbot.waitUntil(lambda: w.curation.attach_folder.dialog is not None, timeout=TIMEOUT)
    dialog = w.curation.attach_folder.dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is w
    return dialog


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's offscreen popup
def test_the_preview_groups_and_counts_then_attach_takes_the_ticked_rows(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    folder = make_folder(tmp_path)
    dialog = open_preview(qtbot, w, folder)
    headings = [dialog.groups[s].text(0) for s in ("matched", "ambiguous", "unmatched", "refused")]
    assert headings == [
        "Matched (2)",
        "Ambiguous: choose the resource (1)",
        "Unmatched: type a title to choose one (1)",
        "Not documents, never attached (1)",
    ]
    assert dialog.summary.text().startswith(
        "5 files in " + str(folder) + ": 2 matched, 1 ambiguous, 1 unmatched, 1 not a document."
    )
    matched = {r.text(0): r for r in rows(dialog, "matched")}
    assert matched["icmec.pdf"].text(1) == "Model Missing Child Framework"
    assert matched["icmec.pdf"].text(2) == "title on the first page 100%"
    assert matched["Child_Online_Protection_in_India.pdf"].text(2) == "file name 100%"
    assert all(r.checkState(0) == Qt.CheckState.Checked for r in matched.values())
    refused = rows(dialog, "refused")[0]
    assert refused.text(2) == "not a document type the library keeps"
    assert not refused.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.ok.text() == "&Attach 2 files"
    assert dialog.tree.accessibleName() == "Files in the folder"
    assert dialog.chooser.accessibleName() == "Resource for the selected file"

    # keyboard: Space unticks the current row, and ticks it again
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(matched["icmec.pdf"])
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert matched["icmec.pdf"].checkState(0) == Qt.CheckState.Unchecked
    assert dialog.ok.text() == "&Attach 1 file"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert matched["icmec.pdf"].checkState(0) == Qt.CheckState.Checked

    # ambiguous: its candidates in the box, best first; choosing one ticks the row
    ambiguous = rows(dialog, "ambiguous")[0]
    assert ambiguous.checkState(0) == Qt.CheckState.Unchecked
    dialog.tree.setCurrentItem(ambiguous)
    ids = [dialog.chooser.itemData(i) for i in range(dialog.chooser.count())]
    assert sorted(ids) == [LATAM, ASIA]
    other = ids[1]
    dialog.chooser.setFocus()
    qtbot.keyClick(dialog.chooser, Qt.Key.Key_Down)
    assert ambiguous.data(0, Qt.ItemDataRole.UserRole + 1) == other
    assert ambiguous.checkState(0) == Qt.CheckState.Checked

    # unmatched: typing part of a title offers the library's resources
    unmatched = rows(dialog, "unmatched")[0]
    dialog.tree.setCurrentItem(unmatched)
    assert dialog.chooser.count() == 0 and dialog.chooser.isEnabled()
    edit = dialog.chooser.lineEdit()
    assert edit is not None
    # Enter in the box takes the one title that fits what was typed; it does not attach
    qtbot.keyClicks(edit, "model missing child")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=TIMEOUT)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and unmatched.data(0, Qt.ItemDataRole.UserRole + 1) == FRAMEWORK
    assert unmatched.checkState(0) == Qt.CheckState.Checked
    # or a title picked from the list
    edit.clear()
    qtbot.keyClicks(edit, "molestation")
    qtbot.waitUntil(popup.isVisible, timeout=TIMEOUT)
    assert dialog.completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert unmatched.data(0, Qt.ItemDataRole.UserRole + 1) == LANNING
    assert unmatched.checkState(0) == Qt.CheckState.Checked
    assert unmatched.text(1).startswith("Acquaintance Molestation and Youth-Serving")
    assert dialog.ok.text() == "&Attach 4 files"

    dialog.grab().save(str(tmp_path / "attach-preview.png"))
    with qtbot.waitSignal(w.curation.attach_folder.attached, timeout=TIMEOUT) as got:
        dialog.ok.click()
    assert got.args == [4]
    cat = w.catalogue
    shown = {
        rid: files.display_name(cat.get(rid).local_file)
        for rid in (INDIA, FRAMEWORK, LATAM, ASIA, LANNING)
    }
    assert shown[INDIA] == "Child_Online_Protection_in_India.pdf"
    assert shown[FRAMEWORK] == "icmec.pdf"
    assert shown[other] == "ProtectingChildrenFromCybercrime.pdf"
    assert shown[LATAM if other == ASIA else ASIA] == ""
    assert shown[LANNING] == "molestation.pdf"
    # the text of each attached file is read next, on the worker
    library = cat.library

    def documents() -> int:
        with library.read() as s:
            return len(s.scalars(select(Document.name)).all())

    qtbot.waitUntil(lambda: documents() == 4, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.curation.attach_folder.dialog is None, timeout=TIMEOUT)


def test_two_rows_for_one_resource_are_refused_in_the_dialog_and_subfolders_rescan(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    folder = make_folder(tmp_path)
    (folder / "more").mkdir()
    os.link(folder / "icmec.pdf", folder / "more" / "Model_Missing_Child_Framework.pdf")
    dialog = open_preview(qtbot, w, folder)
    assert dialog.groups["matched"].text(0) == "Matched (2)"
    dialog.recursive.setChecked(True)
    qtbot.waitUntil(lambda: dialog.groups["matched"].text(0) == "Matched (2)" and
                    len(dialog.preview.files) == 6, timeout=TIMEOUT)  # fmt: skip
    # the same file twice: the first by name keeps the resource, the other is ambiguous
    ambiguous = {r.text(0): r for r in rows(dialog, "ambiguous")}
    copy = ambiguous["more/Model_Missing_Child_Framework.pdf"]
    assert copy.text(2) == (
        "1 candidate, the first: title on the first page 100%, file name 100%; "
        "the same file as icmec.pdf"
    )
    dialog.tree.setCurrentItem(copy)
    copy.setCheckState(0, Qt.CheckState.Checked)
    dialog.ok.click()
    assert dialog.isVisible()
    assert dialog.problem.text() == (
        "“icmec.pdf” and “more/Model_Missing_Child_Framework.pdf” are both ticked for one "
        "resource: untick one."
    )
    dialog.reject()
    qtbot.waitUntil(lambda: w.curation.attach_folder.dialog is None, timeout=TIMEOUT)
    assert w.catalogue.get(FRAMEWORK).local_file == ""
    # a rescan that ends after its preview was closed shows nothing
    w.curation.attach_folder.scan(folder, recursive=False, again=True)
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=TIMEOUT)
    assert w.curation.attach_folder.dialog is None
    assert w.findChild(AttachFolderDialog, "attachFolderDialog") is None


def test_reasons_are_shown_in_the_window_language_shape() -> None:
    assert reason_text("file name 100%; year 2019") == "file name 100%, year 2019"
    assert reason_text("title contains the title") == "its title contains the resource's title"
    assert reason_text("something new") == "something new"
    assert reason_text("'a.pdf' does not hold what a .pdf file holds") == (
        "does not hold what a .pdf file holds"
    )
