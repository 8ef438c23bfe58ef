"""Importers against real third-party files (read in place from ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import ImportFormatError, LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.importing import import_file, read_items

from ...conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared test data not present")
RIS = SHARED_DATA / "ris_rispy"
BIB = SHARED_DATA / "bibtex_bibtexparser"
MARC = SHARED_DATA / "marc_edgecases_pymarc"


def read(path: Path, fmt: str | None = None):  # type: ignore[no-untyped-def]
    return read_items(path, fmt)


def test_ris_basic_fields() -> None:
    fmt, items, _, _problems = read(RIS / "example_full.ris")
    assert fmt == "ris" and len(items) == 2
    first = items[0].data
    assert first.title and first.authors
    assert first.date and first.date[:4].isdigit()


@pytest.mark.parametrize("name", sorted(p.name for p in RIS.glob("*.ris")) if RIS.is_dir() else [])
def test_every_rispy_file_imports_or_is_refused_clearly(name: str, empty: Library) -> None:
    try:
        report = import_file(Catalogue(empty), RIS / name, "ris", dry_run=True)
    except ImportFormatError as exc:
        assert str(RIS / name) in str(exc)
        return
    assert report.total >= 1
    assert report.added + report.duplicates == report.total


def test_ris_bom_and_utf8(empty: Library) -> None:
    _, items, _, _ = read(RIS / "example_bom.ris")
    assert items and not items[0].data.title.startswith("\ufeff")
    _, utf, _, _ = read(RIS / "example_utf_chars.ris")
    assert any("Состояние" in i.data.summary for i in utf)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (BIB / "v1_tests_data").glob("*.bib")) if BIB.is_dir() else []
)
def test_every_bibtexparser_file_imports_or_is_refused_clearly(name: str, empty: Library) -> None:
    path = BIB / "v1_tests_data" / name
    try:
        report = import_file(Catalogue(empty), path, "bibtex", dry_run=True)
    except (ImportFormatError, LibraryError) as exc:
        assert str(path) in str(exc)
        return
    assert report.added + report.duplicates == report.total


def test_bibtex_article_fields() -> None:
    _, items, _, _ = read(BIB / "v1_tests_data" / "article.bib")
    data = items[0].data
    assert data.type == "article" and data.title and data.authors
    assert data.date and data.date[:4].isdigit()


def test_bibtex_latex_accents_are_decoded() -> None:
    _, items, _, _ = read(BIB / "v1_tests_data" / "article_with_special_characters.bib")
    text = " ".join(i.data.title + " ".join(i.data.authors) for i in items)
    assert "\\'" not in text and "{\\" not in text


def test_loc_marc_sample_imports_with_subjects_and_places(empty: Library) -> None:
    path = SHARED_DATA / "catalog_loc_marc" / "loc_books_random_sample_5000.mrc"
    fmt, items, _, problems = read(path)
    assert fmt == "marc"
    assert len(items) + len(problems) >= 5000 - 5
    assert sum(1 for i in items if i.data.topics) > 1000
    assert sum(1 for i in items if i.data.countries) > 100
    assert all(i.data.title for i in items)


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in MARC.iterdir() if p.suffix in (".dat", ".mrc", ".xml"))
    if MARC.is_dir()
    else [],
)
def test_marc_edge_cases_import_or_are_refused_clearly(name: str, empty: Library) -> None:
    path = MARC / name
    try:
        report = import_file(Catalogue(empty), path, "marc", dry_run=True)
    except (ImportFormatError, LibraryError) as exc:
        assert str(path) in str(exc)
        return
    assert report.added + report.duplicates == report.total


def test_marcxml(empty: Library) -> None:
    fmt, items, _, _ = read(MARC / "batch.xml")
    assert fmt == "marc" and len(items) >= 2 and all(i.data.title for i in items)


def test_dublin_core_records(empty: Library) -> None:
    folder = SHARED_DATA / "oai_pmh_dc_pyoai"
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix in (".xml", "")
        and "LICENSE" not in p.name
        and "SOURCE" not in p.name
    ]
    imported = 0
    for path in files:
        try:
            _fmt, items, _, _ = read(path, "dc")
        except ImportFormatError as exc:
            assert str(path) in str(exc)
            continue
        imported += len(items)
        assert all(i.data.title for i in items)
    assert imported > 0


def test_colrev_exports(empty: Library) -> None:
    folder = SHARED_DATA / "multi_format_colrev" / "search_source_exports"
    files = [p for p in folder.rglob("*") if p.suffix.lower() in (".ris", ".bib", ".csv")]
    assert files
    for path in files:
        try:
            report = import_file(Catalogue(empty), path, dry_run=True)
        except (ImportFormatError, LibraryError) as exc:
            assert str(path) in str(exc)
            continue
        assert report.added + report.duplicates == report.total


def test_import_is_all_or_nothing_and_reimport_skips(empty: Library) -> None:
    cat = Catalogue(empty)
    report = import_file(cat, RIS / "example_full.ris")
    # the file's two records share only a placeholder link: two different articles
    assert (report.added, report.duplicates) == (2, 0) and cat.count() == 2
    again = import_file(cat, RIS / "example_full.ris")
    assert again.added == 0 and again.duplicates == 2 and cat.count() == 2
    assert {d.rule for d in again.duplicate_list} == {"same original record"}
    assert not any(d.in_file for d in again.duplicate_list)
    before = cat.change_counter()
    with pytest.raises(ImportFormatError):
        import_file(cat, BIB / "v1_tests_data" / "article.bib", "ris")
    assert cat.change_counter() == before and cat.count() == 2
