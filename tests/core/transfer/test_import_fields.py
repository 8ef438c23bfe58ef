"""What importers make of dates, titles, names, types and publishers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.transfer.formats.common import era_year, trim_isbd
from desktop_app.core.transfer.formats.latex import decode
from desktop_app.core.transfer.importing import read_items

from .test_import_duplicates import marc_record, write_marc

THAI = "000830s2000    th            000 0 tha  "
NEPALI_UNKNOWN = "001004suuuu    np            000 0 nep  "


def test_a_thai_record_takes_its_gregorian_year_from_008(tmp_path: Path) -> None:
    path = write_marc(
        tmp_path / "thai.mrc",
        marc_record([("a", "Patiwat prachāthipatai /")], f008=THAI, date="2543 [2000]"),
    )
    _, items, _, _ = read_items(path)
    assert items[0].data.date == "2000"
    assert not items[0].data.needs_review


@pytest.mark.parametrize(
    ("f008", "given", "year"),
    [
        (NEPALI_UNKNOWN, "2057", "2000"),  # Vikram Samvat, known from the record's country
        ("001004suuuu    xx            000 0 und  ", "B.E. 2543", "2000"),  # marker
        ("001004suuuu    xx            000 0 und  ", "2056 V.S.", "1999"),
        ("001004suuuu    xx            000 0 und  ", "1378 [1999]", "1999"),  # bracketed year
    ],
)
def test_a_26x_year_in_a_local_era_is_converted(
    tmp_path: Path, f008: str, given: str, year: str
) -> None:
    path = write_marc(
        tmp_path / "era.mrc", marc_record([("a", "Birāmī deśa :")], f008=f008, date=given)
    )
    _, items, _, _ = read_items(path)
    assert items[0].data.date == year


def test_a_year_in_the_future_is_never_stored_without_a_review_flag(tmp_path: Path) -> None:
    future = date.today().year + 2
    path = write_marc(
        tmp_path / "future.mrc",
        marc_record([("a", "Naklēng nok")], f008=f"000722s{future}    xx            000 0 und  "),
    )
    ris = tmp_path / "future.ris"
    ris.write_text(f"TY  - RPRT\nTI  - Naklēng nok\nPY  - {future + 500}\nER  - \n", "utf-8")
    for source in (path, ris):
        _, items, _, problems = read_items(source)
        data = items[0].data
        assert data.date is None and data.needs_review
        assert "future" in data.review_reason and "Date as given: " in data.curator_notes
        assert any("future" in p for p in problems)
    as_json = tmp_path / "future.json"
    as_json.write_text(f'[{{"title": "Naklēng nok", "date": "{future}"}}]', "utf-8")
    _, items, _, problems = read_items(as_json)
    assert items[0].data.needs_review and "future" in items[0].data.review_reason
    assert any("record 1: year" in p for p in problems)
    next_year = tmp_path / "next.ris"
    next_year.write_text(f"TY  - RPRT\nTI  - Due next year\nPY  - {future - 1}\nER  - \n", "utf-8")
    _, items, _, _ = read_items(next_year)
    assert items[0].data.date == str(future - 1) and not items[0].data.needs_review


def test_marc_titles_and_names_lose_their_isbd_punctuation(tmp_path: Path) -> None:
    path = write_marc(
        tmp_path / "isbd.mrc",
        marc_record(
            [
                ("a", "Public education :"),
                ("b", "Title I services : report to Congress /"),
                ("c", "GAO."),
            ],
            names=("Crivelli, Carlo,",),
            corporate=(("United States.", "General Accounting Office."),),
        ),
        marc_record([("a", "Phūmpanyā Thai =")], names=("Martin, George H.",)),
        marc_record([("a", "Why do children run away?")]),
        marc_record([("a", "School sanitation and decoration;"), ("b", "a practical study,")]),
    )
    _, items, _, _ = read_items(path)
    assert [i.data.title for i in items] == [
        "Public education: Title I services: report to Congress",
        "Phūmpanyā Thai",
        "Why do children run away?",
        "School sanitation and decoration; a practical study",
    ]
    assert items[0].data.authors == ["Crivelli, Carlo"]
    assert items[0].data.organisations == ["United States. General Accounting Office"]
    assert items[1].data.authors == ["Martin, George H."]  # an initial keeps its dot


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("Carlo Crivelli,", "Carlo Crivelli"),
        ("Public education :", "Public education"),
        ("Title /", "Title"),
        ("A manual of medicine.", "A manual of medicine"),
        ("Acme Inc.", "Acme Inc."),
        ("Souvenir of Dublin, N.H.", "Souvenir of Dublin, N.H."),
        ("Essays, etc.", "Essays, etc."),
        ("Is it abuse?", "Is it abuse?"),
        ("Letters ...", "Letters ..."),
        ("Waffensysteme (Hrsg.).", "Waffensysteme (Hrsg.)"),
        ("Lodi, CA.", "Lodi, CA"),
    ],
)
def test_trim_isbd(text: str, trimmed: str) -> None:
    assert trim_isbd(text) == trimmed


def test_era_year() -> None:
    assert era_year("2543") is None  # no marker, no hint: not guessed
    assert era_year("2543", "buddhist") == 2000
    assert era_year("พ.ศ. 2543") == 2000
    assert era_year("vi. saṃ. 2056") == 1999
    assert era_year("1999", "buddhist") is None  # not a Buddhist-era year


def test_books_get_the_book_type(tmp_path: Path) -> None:
    marc = write_marc(
        tmp_path / "types.mrc",
        marc_record([("a", "A book")]),
        marc_record([("a", "A technical report")], f008="000830s2000    xxu      t    000 0 eng  "),
        marc_record([("a", "An article")], leader="00000naa a2200000 a 4500"),
    )
    assert [i.data.type for i in read_items(marc)[1]] == ["book", "report", "article"]
    ris = tmp_path / "types.ris"
    ris.write_text("TY  - BOOK\nTI  - b\nER  - \n\nTY  - RPRT\nTI  - r\nER  - \n", "utf-8")
    assert [i.data.type for i in read_items(ris)[1]] == ["book", "report"]
    bib = tmp_path / "types.bib"
    bib.write_text("@book{a, title={b}}\n@techreport{b, title={r}}\n", "utf-8")
    assert [i.data.type for i in read_items(bib)[1]] == ["book", "report"]


def test_publishers_become_organisations(tmp_path: Path) -> None:
    ris = tmp_path / "pub.ris"
    ris.write_text("TY  - BOOK\nTI  - Safe schools\nPB  - Fun Factory\nER  - \n", "utf-8")
    bib = tmp_path / "pub.bib"
    bib.write_text(
        "@book{a, title={Safe schools}, publisher={John Wiley \\& Sons, Ltd}}\n", "utf-8"
    )
    for path, name in ((ris, "Fun Factory"), (bib, "John Wiley & Sons, Ltd")):
        data = read_items(path)[1][0].data
        assert data.organisations == [name]
        assert "Publisher" not in data.curator_notes


def test_latex_decoding() -> None:
    assert decode(r"Jean C{\'e}sar{\"u} and \c{C}a\u{g}lar \v s") == "Jean Césarü and Çağlar š"
    assert decode(r"Stra\ss e, {\O}stergaard, \emph{Child} safety --- a \textbf{review}") == (
        "Straße, Østergaard, Child safety — a review"
    )
    assert decode(r"Save \& protect 50\% of {UNICEF} $x$") == "Save & protect 50% of UNICEF x"
    assert decode(r"\{braces\} stay") == "{braces} stay"
