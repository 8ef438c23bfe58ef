"""Real files end to end: every file in ../shared/data imports or is refused in one line;
the Library of Congress sample imports with sane years and titles, losing no record."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceView
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.duplicates import Duplicate, find_duplicates
from desktop_app.core.transfer.importing import ImportReport, import_file, read_items

from ...conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared test data not present")
LOC = SHARED_DATA / "catalog_loc_marc" / "loc_books_random_sample_5000.mrc"
# what a catalogue leaves at the end of a title: " /", " :", " ;", " =", ",", or the full
# stop after a word (an abbreviation's or an initial's dot, "..." and "?" are fine)
ISBD_ENDING = re.compile(r"(\s[/:;=.]|,|\b[a-z]{4,}\.)$")


def shared_files() -> list[Path]:
    if not SHARED_DATA.is_dir():
        return []
    return sorted(p for p in SHARED_DATA.rglob("*") if p.is_file() and p != LOC)


def test_every_shared_file_imports_or_is_refused_in_one_line(
    empty: Library, capfd: pytest.CaptureFixture[str]
) -> None:
    cat = Catalogue(empty)
    imported: list[Path] = []
    refused: list[str] = []
    for path in shared_files():
        try:
            report = import_file(cat, path, dry_run=True)
        except LibraryError as exc:  # anything else is a traceback and fails the test
            message = str(exc)
            assert "\n" not in message and message.startswith(str(path)), message
            refused.append(message)
            continue
        assert report.added + report.duplicates == report.total
        assert all(d.rule for d in report.duplicate_list)
        imported.append(path)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")  # no library prints behind the importer's back
    assert cat.count() == 0  # previews write nothing
    suffixes = {p.suffix for p in imported}
    assert {".ris", ".bib", ".mrc", ".dat", ".xml", ".csv", ".json"} <= suffixes
    assert len(imported) >= 100 and len(refused) >= 20, (len(imported), len(refused))


def test_the_command_line_refuses_a_file_in_one_line(
    empty: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    path = SHARED_DATA / "marc_edgecases_pymarc" / "bad_tag.xml"
    code = main(["import", str(path), "--dry-run", "--library", str(empty.path)])
    _, err = capsys.readouterr()
    assert code == 1 and len(err.strip().splitlines()) == 1 and str(path) in err


@pytest.fixture(scope="module")
def loc(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Catalogue, list[Duplicate], ImportReport]]:
    """The LoC sample imported into a new library, with the duplicates its preview names.

    The preview (``import_file(dry_run=True)``) finds its duplicates with the same
    ``find_duplicates`` call on the same library; calling that alone keeps this fast.
    """
    if not LOC.is_file():
        pytest.skip("LoC sample not present")
    lib = Library.open(tmp_path_factory.mktemp("loc") / "loc.db", create=True)
    cat = Catalogue(lib)
    _, items, _, _ = read_items(LOC)
    _, named = find_duplicates(cat, items)
    report = import_file(cat, LOC)
    yield cat, [d for _, d in named], report
    lib.close()


def views(cat: Catalogue) -> list[ResourceView]:
    return list(cat.iter_views(include_trashed=True, batch=2000))


@pytest.mark.slow  # 5,000 MARC records: about 20 s
def test_loc_every_record_is_imported_but_the_duplicates_the_preview_named(
    loc: tuple[Catalogue, list[Duplicate], ImportReport],
) -> None:
    cat, named, report = loc
    records = LOC.read_bytes().count(b"\x1d")  # MARC's record terminator
    assert records == 5000 and report.total == records
    assert report.added == records - len(named) == cat.count()
    assert report.duplicate_list == named
    assert all(d.rule and d.rule in d.describe() for d in named)
    titles = {v.title for v in views(cat)}
    # two GAO reports behind one GPO link, two volumes sharing their set's ISBN: all kept
    assert {
        "Public education: Title I services provided to students with limited English "
        "proficiency: report to Congressional requesters",
        "Breast Cancer Research Stamp: millions raised for research, but better cost "
        "recovery criteria needed: report to Congressional subcommittees",
        "Meinong",
        "John Stuart Mill",
    } <= titles


def test_loc_no_year_in_the_future_and_local_eras_converted(
    loc: tuple[Catalogue, list[Duplicate], ImportReport],
) -> None:
    cat, _, _ = loc
    all_views = views(cat)
    latest = date.today().year + 1
    assert not [(v.title, v.year) for v in all_views if v.year and v.year > latest]
    years = {unicodedata.normalize("NFC", v.title): v.year for v in all_views}
    assert years["Patiwat prachāthipatai"] == 2000  # "2543 [2000]", Thai Buddhist era
    assert years["Birāmī deśa: kavitā saṅgraha"] == 2000  # "2057 [2000]", Vikram Samvat
    assert years["Hari Śreshṭha manta haṃ"] == 1999  # "2056 [1999]"


def test_loc_titles_and_names_have_no_isbd_punctuation(
    loc: tuple[Catalogue, list[Duplicate], ImportReport],
) -> None:
    cat, _, _ = loc
    all_views = views(cat)
    assert not [v.title for v in all_views if ISBD_ENDING.search(v.title)]
    names = [n for v in all_views for n in v.authors + v.organisations + v.topics]
    assert not [n for n in names if ISBD_ENDING.search(n)]
    assert sum(1 for v in all_views if v.type == "book") > 4000
