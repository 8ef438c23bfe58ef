"""Readers see only published, non-staff resources: in the window and in what they export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.gui.export_job import ExportJob
from desktop_app.gui.main_window import MainWindow

from .conftest import TIMEOUT, enter_curator_mode, open_window


def search(qtbot: Any, w: MainWindow, text: str) -> Any:
    w.search_box.setText(text)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.search_now()
    return blocker.args[0]


def test_staff_only_and_hidden_resources_stay_with_curators(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    with Library.open(seeded_path) as lib:
        cat = Catalogue(lib)
        cat.create(ResourceData(title="Quokka staff briefing", audience="staff"))
        cat.create(ResourceData(title="Quokka draft notes", status="hidden"))
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    assert search(qtbot, w, "quokka").total == 0  # a reader, by default
    out = tmp_path / "all.json"
    job = ExportJob(
        "json", out, "all", "", w.transfers.selection("all", "", []), "x", False, False, "A4",
        w.last_request, w.curator,
    )  # fmt: skip
    with qtbot.waitSignal(w.exported, timeout=TIMEOUT):
        w.transfers.start_export(job)
    exported = [r["title"] for r in json.loads(out.read_text())]
    assert len(exported) == 30 and not [t for t in exported if "Quokka" in t]
    enter_curator_mode(qtbot, w)
    qtbot.waitUntil(lambda: w.last_request.curator, timeout=TIMEOUT)
    assert search(qtbot, w, "quokka").total == 2
    w.close()
