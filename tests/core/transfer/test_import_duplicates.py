"""Which imported entries are duplicates, by which rule, of the library or of the file."""

from __future__ import annotations

from pathlib import Path

import pymarc
import pytest

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.duplicates import identifiers, similar_titles
from desktop_app.core.transfer.importing import import_file
from tests import backends

from ...conftest import SHARED_DATA

# every test here runs on a library file and on a PostgreSQL catalogue (issue 16)
empty = backends.empty
seeded = backends.seeded

GAO = "http://www.access.gpo.gov/su%5Fdocs/aces/aces160.shtml"


def marc_record(
    title: list[tuple[str, str]],
    *,
    f008: str = "000830s2000    xxu           000 0 eng  ",
    leader: str = "00000nam a2200000 a 4500",
    url: str = "",
    isbns: tuple[str, ...] = (),
    date: str = "",
    names: tuple[str, ...] = (),
    corporate: tuple[tuple[str, ...], ...] = (),
) -> pymarc.Record:
    rec = pymarc.Record(leader=leader)
    rec.add_field(pymarc.Field(tag="008", data=f008))
    for isbn in isbns:
        rec.add_field(
            pymarc.Field(tag="020", indicators=[" ", " "], subfields=[pymarc.Subfield("a", isbn)])
        )
    for name in names:
        rec.add_field(
            pymarc.Field(tag="100", indicators=["1", " "], subfields=[pymarc.Subfield("a", name)])
        )
    for parts in corporate:
        subs = [pymarc.Subfield("a" if i == 0 else "b", p) for i, p in enumerate(parts)]
        rec.add_field(pymarc.Field(tag="110", indicators=["1", " "], subfields=subs))
    rec.add_field(
        pymarc.Field(
            tag="245",
            indicators=["1", "0"],
            subfields=[pymarc.Subfield(code, value) for code, value in title],
        )
    )
    if date:
        rec.add_field(
            pymarc.Field(tag="260", indicators=[" ", " "], subfields=[pymarc.Subfield("c", date)])
        )
    if url:
        rec.add_field(
            pymarc.Field(tag="856", indicators=["4", "1"], subfields=[pymarc.Subfield("u", url)])
        )
    return rec


def write_marc(path: Path, *records: pymarc.Record) -> Path:
    path.write_bytes(b"".join(r.as_marc() for r in records))
    return path


def test_two_reports_sharing_only_a_government_link_are_both_imported(
    empty: Library, tmp_path: Path
) -> None:
    """The LoC case: two GAO reports behind one generic GPO page, in an empty library."""
    path = write_marc(
        tmp_path / "gao.mrc",
        marc_record(
            [("a", "Public education :"), ("b", "Title I services provided to students /")],
            url=GAO,
            corporate=(("United States.", "General Accounting Office."),),
        ),
        marc_record(
            [("a", "Breast Cancer Research Stamp :"), ("b", "millions raised for research /")],
            url=GAO,
            corporate=(("United States.", "General Accounting Office."),),
        ),
    )
    report = import_file(Catalogue(empty), path)
    assert (report.added, report.duplicates) == (2, 0)
    assert Catalogue(empty).count() == 2


def test_two_ris_articles_with_one_placeholder_link_are_both_imported(
    empty: Library, tmp_path: Path
) -> None:
    path = tmp_path / "two.ris"
    path.write_text(
        "TY  - JOUR\nTI  - Grooming in online games\nAU  - Lee, Ann\nPY  - 2019\n"
        "UR  - http://example_url.com\nER  - \n\n"
        "TY  - JOUR\nTI  - Sextortion of teenagers\nAU  - Diaz, Raul\nPY  - 2021\n"
        "UR  - http://example_url.com\nER  - \n",
        "utf-8",
    )
    report = import_file(Catalogue(empty), path)
    assert (report.added, report.duplicates) == (2, 0)


def test_a_shared_link_with_a_similar_title_is_a_duplicate_and_says_so(
    empty: Library, tmp_path: Path
) -> None:
    cat = Catalogue(empty)
    cat.create(
        ResourceData(
            title="Keeping children safe online", url="https://example.org/safe", date="2020"
        )
    )
    path = tmp_path / "one.ris"
    path.write_text(
        "TY  - RPRT\nTI  - Keeping Children Safe Online: a guide for schools\nPY  - 2021\n"
        "UR  - https://example.org/safe/\nER  - \n",
        "utf-8",
    )
    report = import_file(cat, path, dry_run=True)
    assert (report.added, report.duplicates) == (0, 1)
    dup = report.duplicate_list[0]
    assert dup.rule == "same link and a similar title" and not dup.in_file
    assert "resource 1" in dup.describe() and "Keeping children safe online" in dup.describe()
    assert "already in the library" in report.summary()


@pytest.mark.parametrize(
    ("other", "why"),
    [
        ("TI  - Keeping children safe online\nPY  - 2012\n", "years ten apart"),
        ("TI  - Keeping children safe online\nPY  - 2020\nDO  - 10.5555/other.2\n", "other DOI"),
        ("TI  - Keeping children safe online\nPY  - 2020\nAU  - Okafor, Chidi\n", "other author"),
        ("TI  - Annual statistics of the helpline\nPY  - 2020\n", "another title"),
    ],
)
def test_a_shared_link_is_not_enough_when_another_field_disagrees(
    empty: Library, tmp_path: Path, other: str, why: str
) -> None:
    cat = Catalogue(empty)
    first = tmp_path / "first.ris"
    first.write_text(
        "TY  - RPRT\nTI  - Keeping children safe online\nPY  - 2020\nAU  - Smith, Jane\n"
        "DO  - 10.5555/first.1\nUR  - https://example.org/safe\nER  - \n",
        "utf-8",
    )
    assert import_file(cat, first).added == 1
    second = tmp_path / "second.ris"
    second.write_text(f"TY  - RPRT\n{other}UR  - https://example.org/safe\nER  - \n", "utf-8")
    report = import_file(cat, second, dry_run=True)
    assert (report.added, report.duplicates) == (1, 0), why


def test_same_title_and_year_needs_the_authors_to_agree(empty: Library, tmp_path: Path) -> None:
    path = tmp_path / "annual.bib"
    path.write_text(
        "@techreport{a, title={Annual report}, year={2019}, author={Smith, Jane}}\n"
        "@techreport{b, title={Annual Report.}, year={2019}, author={Jones, Peter}}\n"
        "@techreport{c, title={Annual report}, year={2019}, author={Jane Smith and Ng, Tom}}\n",
        "utf-8",
    )
    report = import_file(Catalogue(empty), path, dry_run=True)
    assert (report.added, report.duplicates) == (2, 1)
    dup = report.duplicate_list[0]
    assert (dup.number, dup.rule, dup.in_file, dup.target_number) == (
        3,
        "same title and year",
        True,
        1,
    )
    assert "entry 1 of this file" in dup.describe()
    assert "1 repeated within the file" in report.summary()


def test_strong_identifiers_decide_and_the_preview_tells_library_from_file(
    empty: Library, tmp_path: Path
) -> None:
    cat = Catalogue(empty)
    first = tmp_path / "first.ris"
    first.write_text(
        "TY  - BOOK\nTI  - Keeping pupils safe\nSN  - 0-306-40615-2\nER  - \n", "utf-8"
    )
    import_file(cat, first)
    second = tmp_path / "second.bib"
    second.write_text(
        "@book{a, title={Safe pupils (second edition)}, isbn={978-0-306-40615-7}}\n"
        "@article{b, title={Online risks}, doi={10.1234/XYZ.9}}\n"
        "@article{c, title={Online risks to children: a review}, doi={10.1234/xyz.9}}\n",
        "utf-8",
    )
    report = import_file(cat, second, dry_run=True)
    rules = [(d.number, d.rule, d.in_file) for d in report.duplicate_list]
    assert rules == [
        (1, "same ISBN (9780306406157)", False),  # ISBN-10 and ISBN-13 of one book
        (3, "same DOI (10.1234/xyz.9)", True),
    ]
    assert report.added == 1
    assert "1 already in the library, 1 repeated within the file" in report.summary()


def test_a_repeat_of_a_library_duplicate_merges_into_the_library_resource(
    empty: Library, tmp_path: Path
) -> None:
    cat = Catalogue(empty)
    rid = cat.create(ResourceData(title="Online risks", url="https://doi.org/10.1234/xyz.9")).id
    path = tmp_path / "two.bib"
    path.write_text(
        "@article{a, title={Online risks}, doi={10.1234/xyz.9}, keywords={Grooming}}\n"
        "@article{b, title={Online risks}, doi={10.1234/xyz.9}, keywords={Sexting}}\n",
        "utf-8",
    )
    report = import_file(cat, path, duplicates="merge")
    assert report.added == 0 and report.merged == 1
    assert cat.get(rid).topics == ["Grooming", "Sexting"]


def test_set_and_series_isbns_do_not_make_different_books_one(
    empty: Library, tmp_path: Path
) -> None:
    """LoC records 1207 and 1220: two volumes sharing the ISBN of their set."""
    path = write_marc(
        tmp_path / "set.mrc",
        marc_record([("a", "Meinong /")], isbns=("0415203759", "0415203929 (set)")),
        marc_record([("a", "John Stuart Mill /")], isbns=("0415203651", "0415203929 (set)")),
    )
    report = import_file(Catalogue(empty), path, dry_run=True)
    assert (report.added, report.duplicates) == (2, 0)


def test_identifiers_come_from_the_record_not_from_what_it_cites() -> None:
    wos = "[('doi', '10.1021/bi049798f'), ('cited_references', ['Smith, 1990, DOI 10.1016/x'])]"
    assert identifiers("", wos) == {"doi:10.1021/bi049798f"}
    assert identifiers("", "[('doi', '10.1016/S0022-2836(05)80070-4')]") == {
        "doi:10.1016/s0022-2836(05)80070-4"
    }
    assert identifiers("https://doi.org/10.1234/abc.", "") == {"doi:10.1234/abc"}
    assert identifiers("", "[('issn', '1932-6208')]") == set()  # an ISSN is not an ISBN
    assert identifiers("", "[('isbn', '0-306-40615-3')]") == set()  # bad check digit


def test_similar_titles() -> None:
    assert similar_titles("online grooming of children", "grooming of children online a review")
    assert similar_titles("protecting children online", "protecting children on line")
    assert not similar_titles("public education title i services", "breast cancer research stamp")
    assert not similar_titles("annual report", "annual report 2019 of the helpline")
    assert not similar_titles("", "")


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared test data not present")
def test_the_wos_export_holds_two_articles_not_one(empty: Library) -> None:
    """Both cite an Elsevier article; that DOI is not theirs."""
    report = import_file(Catalogue(empty), SHARED_DATA / "ris_rispy" / "example_wos.ris")
    assert (report.added, report.duplicates) == (2, 0)


def test_the_command_line_preview_names_each_duplicate_and_its_rule(
    empty: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import main

    path = tmp_path / "d.ris"
    path.write_text(
        "TY  - JOUR\nTI  - A\nDO  - 10.1234/abc\nER  - \n\n"
        "TY  - JOUR\nTI  - B\nDO  - 10.1234/abc\nER  - \n",
        "utf-8",
    )
    assert main(["import", str(path), "--dry-run", "--library", empty.target]) == 0
    out = capsys.readouterr().out
    assert "would add 1, 0 already in the library, 1 repeated within the file" in out
    assert "duplicate (skipped): Entry 2 “B”: same DOI (10.1234/abc) as entry 1 of this file" in out


def test_a_duplicate_of_a_trashed_resource_says_so(empty: Library, tmp_path: Path) -> None:
    cat = Catalogue(empty)
    rid = cat.create(ResourceData(title="Online risks", url="https://doi.org/10.1234/xyz.9")).id
    cat.trash([rid])
    path = tmp_path / "one.bib"
    path.write_text("@article{a, title={Online risks}, doi={10.1234/xyz.9}}\n", "utf-8")
    report = import_file(cat, path, dry_run=True)
    assert report.duplicate_titles == [
        f"Entry 1 “Online risks”: same DOI (10.1234/xyz.9) as library resource {rid} "
        "(in the trash), “Online risks”"
    ]


def test_titles_that_differ_in_their_numbers_name_different_works() -> None:
    """Seen in the window: volumes sharing a link were skipped as repeats of part 0."""
    assert not similar_titles("online safety guide part 0", "online safety guide part 1")
    assert not similar_titles("annual report 2019", "annual report 2020")
    assert similar_titles("annual report 2019", "annual report 2019 executive summary")
    assert similar_titles("online safety guide", "online safety guide 2nd edition")
