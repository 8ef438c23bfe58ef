"""Exporting a reading list: the teacher's order, the list's name and the item notes
in JSON (read back by the importer). The PDF handout is tested under tests/gui (it
needs Qt's application object, which the window's tests make first)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.exporting import Selection, export_to_file, selected_ids
from desktop_app.core.transfer.importing import import_file

NOTE = "Read pages 3–5 before Monday"


@pytest.fixture
def listed(seeded: Library) -> Catalogue:
    lists = ReadingLists(seeded)
    lists.add("Year 9 online safety", [12, 3, 1])
    lists.set_note("Year 9 online safety", 3, NOTE)
    return Catalogue(seeded)


def test_a_list_exports_in_the_teachers_order(listed: Catalogue) -> None:
    assert selected_ids(listed, Selection(reading_list="Year 9 online safety")) == [12, 3, 1]


def test_json_of_a_list_carries_its_name_and_notes_and_imports_back(
    listed: Catalogue, tmp_path: Path
) -> None:
    contents = ReadingLists(listed.library).contents("Year 9 online safety")
    out = tmp_path / "list.json"
    n = export_to_file(listed, "json", [12, 3, 1], out, reading_list=contents)
    doc = json.loads(out.read_text("utf-8"))
    assert n == 3 and doc["reading_list"]["name"] == "Year 9 online safety"
    assert doc["reading_list"]["uuid"] == contents.uuid
    assert [r["id"] for r in doc["resources"]] == [12, 3, 1]
    assert [r["list_note"] for r in doc["resources"]] == ["", NOTE, ""]
    with Library.open(tmp_path / "other.db", create=True) as other:
        report = import_file(Catalogue(other), out, "json")
        assert report.added == 3


def test_cli_json_of_a_list(
    listed: Catalogue, seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed.library.close()
    code = main(["export", "--list", "Year 9 online safety", "--library", str(seeded_path)])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["reading_list"]["name"] == "Year 9 online safety"
    assert [r["list_note"] for r in doc["resources"]] == ["", NOTE, ""]
