"""Attach from a folder in the window: a file changed after the preview is refused."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.main_window import MainWindow
from tests.core.fulltext.pdf_samples import text_pdf
from tests.gui.conftest import TIMEOUT
from tests.gui.test_attach_folder import INDIA, open_preview


@pytest.mark.slow  # about 4 s: a window, a preview read in the extraction process
def test_a_file_replaced_after_the_preview_is_not_attached(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **_k: warnings.append(str(a[2])) or QMessageBox.Ok
    )
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "Child_Online_Protection_in_India.pdf"
    report.write_bytes(text_pdf(["Foreword"]))
    dialog = open_preview(qtbot, window, folder)
    assert dialog.ok.text() == "&Attach 1 file"
    # while the preview is open, the file becomes a link to a PDF outside the folder
    outside = tmp_path / "private.pdf"
    outside.write_bytes(text_pdf(["private words"]))
    report.unlink()
    os.symlink(outside, report)
    dialog.ok.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=TIMEOUT)
    (message,) = warnings
    assert "changed since the preview" in message and "nothing was attached" in message
    assert "\n" not in message
    assert window.catalogue.get(INDIA).local_file == ""
