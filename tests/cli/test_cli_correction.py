"""``librarian search`` answers a misspelling for its confident correction, and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_librarian_search_says_it_corrected(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    lib = str(seeded_path)
    code, out = run(capsys, "search", "protecton", "--library", lib, "--json")
    data = json.loads(out)
    assert code == 0
    assert data["query"] == "protecton" and data["corrected_from"] == "protecton"
    assert data["searched"] == "protection" and data["total"] > 5
    assert any(h["highlights"] for h in data["hits"])
    code, out = run(capsys, "search", "protecton", "--library", lib, "--json", "--no-correct")
    data = json.loads(out)
    assert data["corrected_from"] is None and data["total"] == 0
    assert data["suggestion"] == "protection"
    code, out = run(capsys, "search", "protecton", "--library", lib, "--limit", "1")
    assert "showing results for: protection" in out and "--no-correct" in out
    code, out = run(capsys, "search", "protection", "--library", lib, "--json")
    assert json.loads(out)["corrected_from"] is None
