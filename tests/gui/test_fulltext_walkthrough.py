"""Rough edges found walking through issue 15 as a curator and a teacher, on real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.core.library.db import Library
from desktop_app.core.library.files import store_file
from desktop_app.core.service import Catalogue
from desktop_app.gui.dialogs.attach_folder_dialog import AttachFolderDialog
from desktop_app.gui.dialogs.text_summary import TextSummaryDialog
from desktop_app.gui.i18n import install_translators
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.text_notes import FileText, run_summary
from tests.core.transfer.pack_text_helpers import documents, tiny_pdf

from .conftest import TIMEOUT, enter_curator_mode, open_window

if TYPE_CHECKING:
    from desktop_app.core.fulltext.attach_folder import AttachPreview


def attach(library: Path, tmp: Path, ids: list[int]) -> None:
    """Give resources ``ids`` a small PDF each as local copy (no text read yet)."""
    with Library.open(library) as lib:
        cat = Catalogue(lib)
        for rid in ids:
            source = tmp / f"report-{rid}.pdf"
            source.write_bytes(tiny_pdf([f"report {rid}", "second page"]))
            view = cat.get(rid)
            data = view.editable()
            data.local_file = store_file(lib, source)
            cat.update(rid, data, expected_version=view.version)


@pytest.mark.slow  # a window and up to three files read: about 2.5 s
def test_the_idle_lock_stopping_a_run_says_what_was_read_and_what_is_left(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    """A long run outlives the idle lock (10 minutes by default). It used to end on the
    core's English "curator mode is locked; nothing was changed" although the files
    read so far were kept; now it says, translated, why it stopped, what was read and
    how many files are left for later."""
    attach(seeded_path, tmp_path, [1, 2, 3])
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)
    w.text_extraction.extract_all()
    qtbot.waitUntil(lambda: w.text_extraction.dialog is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        w.curation.lock()  # what the idle lock does
    read = blocker.args[0]
    assert len(read) < 3 and len(documents(w.catalogue)) == len(read)
    dialog = w.findChild(TextSummaryDialog, "textSummary")
    assert dialog is not None
    heading = dialog.heading.text()
    assert heading.startswith("Curator mode was locked, so reading stopped. Read ")
    assert f"cancelled, {3 - len(read)} left for later" in heading
    assert "nothing was changed" not in heading
    assert w.status.summary.text() == heading
    assert len(dialog.rows()) == len(read)
    w.close()


def one_ambiguous_file(seeded_path: Path, tmp_path: Path) -> AttachPreview:
    """The preview of a folder holding one report that fits two resources' titles."""
    from desktop_app.core.fulltext.attach_folder import preview_folder

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ProtectingChildrenFromCybercrime.pdf").write_bytes(tiny_pdf(["Contents"]))
    with Library.open(seeded_path) as lib:
        return preview_folder(Catalogue(lib), folder, recursive=False)


@pytest.mark.parametrize(
    ("lang", "want"),
    [
        ("en", "1 file in {}: 0 matched, 1 ambiguous, 0 unmatched, 0 not documents."),
        (
            "fr",
            "1 fichier dans {} : 0 associé, 1 ambigu, 0 sans correspondance, "
            "0 qui n’est pas un document.",
        ),
    ],
)
def test_the_preview_s_counts_read_right_for_one(
    qtbot: Any, seeded_path: Path, tmp_path: Path, lang: str, want: str
) -> None:
    """Each count of the preview's first line takes its own plural: it said "1 files in"
    and, in French, "1 ambigus" (one sentence with six numbers could not agree)."""
    preview = one_ambiguous_file(seeded_path, tmp_path)
    assert preview.counts()["ambiguous"] == 1
    host = QWidget()
    qtbot.addWidget(host)
    install_translators(lang)
    try:
        dialog = AttachFolderDialog(host, preview)
        assert dialog.summary.text() == want.format(preview.folder)
    finally:
        install_translators("en")


def test_a_run_s_summary_is_punctuated_in_the_window_s_language(qapp: Any) -> None:
    """French puts a (no-break) space before a colon: the line was glued in code with an
    English ': ', so the status bar said "7 fichiers lus: 7 avec texte"."""
    items = [FileText("a-report.pdf", "ok", "", 3), FileText("b-guide.pdf", "ok", "", 8)]
    install_translators("fr")
    try:
        assert run_summary(items) == "2 fichiers lus\u00a0: 2 avec texte"
        assert run_summary(items[:1]).startswith("a-report.pdf\u00a0: Texte lu")
    finally:
        install_translators("en")
    assert run_summary(items) == "Read 2 files: 2 with text"
    assert run_summary(items[:1]) == "a-report.pdf: Text read: 3 pages"


@pytest.mark.slow  # a window, a folder previewed, attached and read: about 3 s
def test_undo_right_after_attach_does_not_go_on_reading_the_detached_files(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    """Ctrl+Z after Attach files from a folder took the copies back, but the run went on
    reading every one of them (minutes for a folder of reports) and then said "Read 4
    files: 4 with text" under "Undone: attach files from a folder". Now a file no
    resource refers to any more is skipped, and is neither counted nor left for later."""
    w = window
    folder = tmp_path / "reports"
    folder.mkdir()
    for title in ("Model Missing Child Framework", "Child Online Protection in India"):
        (folder / f"{title}.pdf").write_bytes(tiny_pdf([title, "second page"]))
    enter_curator_mode(qtbot, w)
    flow = w.curation.attach_folder
    flow.start(folder)
    qtbot.waitUntil(lambda: flow.dialog is not None, timeout=TIMEOUT)
    dialog = flow.dialog
    assert dialog is not None and dialog.ok.text() == "&Attach 2 files"
    with qtbot.waitSignal(flow.attached, timeout=TIMEOUT):
        dialog.ok.click()
    assert w.text_extraction.running  # the first file is being read; the other waits
    with qtbot.waitSignal(w.text_extraction.finished, timeout=TIMEOUT) as blocker:
        w.curation.undo()  # Ctrl+Z: runs on the worker after the file being read
    read = blocker.args[0]
    assert len(read) == 1  # the one read before the undo; the other was skipped
    assert len(documents(w.catalogue)) == 1
    assert w.status.summary.text().startswith(read[0].name.split("-", 1)[1] + ": Text read")
