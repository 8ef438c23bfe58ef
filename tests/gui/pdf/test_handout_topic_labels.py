"""A handout names topics by their labels in the window's language (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest

from desktop_app.core.progress import Progress
from desktop_app.core.search.engine import SearchEngine
from desktop_app.core.search.results import SearchRequest
from desktop_app.core.transfer.selection import Selection
from desktop_app.gui import i18n
from desktop_app.gui.export_job import ExportJob, run_export


def export_text(engine: SearchEngine, out: Path, ids: list[int]) -> str:
    job = ExportJob(
        fmt="pdf",
        path=out,
        scope="selection",
        list_name="",
        selection=Selection(ids=ids),
        title="Cybercrime",
        toc=False,
        qr=False,
        page_size="A4",
        request=SearchRequest(),
        curator=True,
    )
    assert run_export(engine.catalogue, engine, job, Progress()) == len(ids)
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)


def test_a_handouts_topics_are_in_the_window_language(
    qapp: Any, engine: SearchEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [v.id for v in engine.catalogue.iter_views() if "Cybercrime" in v.topics][:2]
    english = export_text(engine, tmp_path / "en.pdf", ids)
    assert "Cybercrime" in english and "Crimes cibernéticos" not in english
    monkeypatch.setattr(i18n, "current_language", lambda: "pt_BR")
    portuguese = export_text(engine, tmp_path / "pt.pdf", ids)
    assert "Crimes cibernéticos" in portuguese
