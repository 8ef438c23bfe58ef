"""A reading list's PDF handout from File ▸ Export: titled with the list's name, each
entry with its note, and the save dialog starting at "<list name>.pdf" in Documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.cli import main
from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.gui.dialogs.export_dialog import documents_folder, file_name_for
from tests.gui.conftest import TIMEOUT, open_window


def test_list_handout_title_notes_and_suggested_file(
    qtbot: Any, seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(seeded_path) as lib:
        lists = ReadingLists(lib)
        lists.add("Year 9: online safety", [12, 3, 1])
        lists.set_note("Year 9: online safety", 3, "Pages 3–5 before Monday")
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    out = tmp_path / "handout.pdf"
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    w.transfers.act_export.trigger()
    qtbot.waitUntil(lambda: w.transfers.export_dialog is not None, timeout=TIMEOUT)
    dialog = w.transfers.export_dialog
    assert dialog is not None
    scopes = [dialog.scope.itemData(i) for i in range(dialog.scope.count())]
    dialog.scope.setCurrentIndex(scopes.index(("list", "Year 9: online safety")))
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.title.text() == "Year 9: online safety"
    with qtbot.waitSignal(w.exported, timeout=TIMEOUT):
        dialog.accept()
    assert asked == [str(documents_folder() / "Year 9- online safety.pdf")]
    assert Path(asked[0]).parent != Path.cwd() or Path.cwd() == documents_folder()
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages]
    assert pages[0].startswith("Year 9: online safety")
    text = " ".join(pages[1:])
    assert "Note: Pages 3–5 before Monday" in text
    assert text.index("Country-Spec") < text.index("Sexting in Schools") < text.index("in India")
    w.close()


def test_a_typed_title_is_kept_and_names_the_file() -> None:
    assert file_name_for('Week 3 / "safety"?', ".pdf") == "Week 3 - -safety.pdf"
    assert file_name_for("  ", ".csv") == "Resources.csv"


NOTE = "Read pages 3–5 before Monday"


def test_cli_pdf_of_a_list_takes_its_name_as_title_and_shows_notes(
    qapp: Any, seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(seeded_path) as lib:
        ReadingLists(lib).add("Year 9 online safety", [12, 3, 1])
        ReadingLists(lib).set_note("Year 9 online safety", 3, NOTE)
    out = tmp_path / "y9.pdf"
    code = main(
        ["export", "--format", "pdf", "--list", "year 9 online safety", "-o", str(out),
         "--library", str(seeded_path)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages]
    assert pages[0].startswith("Year 9 online safety")
    text = " ".join(pages)
    assert f"Note: {NOTE}" in text
    assert text.index("Country-Spec") < text.index("Sexting in Schools") < text.index("in India")
