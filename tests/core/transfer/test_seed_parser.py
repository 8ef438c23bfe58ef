from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.paths import SEED_FILE
from desktop_app.core.transfer.formats import seed


@pytest.fixture(scope="module")
def entries() -> list[seed.SeedEntry]:
    return seed.parse(seed.decode(SEED_FILE.read_bytes()))


def by_title(entries: list[seed.SeedEntry], prefix: str) -> seed.SeedEntry:
    (found,) = [e for e in entries if e.data.title.startswith(prefix)]
    return found


def test_every_entry_and_nothing_else(entries: list[seed.SeedEntry]) -> None:
    assert len(entries) == 30
    titles = [e.data.title for e in entries]
    assert "Search Results" not in titles and "Older Newer" not in titles
    assert len(set(titles)) == 30


def test_tag_line_splits_topics_from_countries(entries: list[seed.SeedEntry]) -> None:
    e = by_title(entries, "Missing Children Assessment")
    assert e.data.topics == [
        "ICMEC Publications",
        "Legislation",
        "Missing Children/Child Abduction",
    ]
    assert e.data.countries == [
        "Belarus",
        "Canada",
        "Finland",
        "Kazakhstan",
        "Russia",
        "United States of America",
    ]
    asia = by_title(entries, "Protecting Children from Cybercrime: Legislative Responses in Asia")
    assert {"North Korea", "South Korea", "Timor-Leste", "Laos", "Vietnam", "Brunei"} <= set(
        asia.data.countries
    )
    assert "Child Sexual Abuse Material (Child Pornography)" in asia.data.topics


def test_organisation_prefix(entries: list[seed.SeedEntry]) -> None:
    latam = by_title(entries, "Protecting Children from Cybercrime: Legislative Responses in Latin")
    assert latam.data.organisations == [
        "ICMEC",
        "The World Bank",
        "Associação dos Juízes Federais da Primeira Região do Brasil",
    ]
    assert latam.data.summary.startswith("In the framework")
    assert "Read More" not in latam.data.summary
    unicef = by_title(entries, "Child Protection in the Digital Age")
    assert unicef.data.organisations == ["UNICEF East Asia and Pacific Regional Office"]


def test_citation_prefix_gives_authors_and_year(entries: list[seed.SeedEntry]) -> None:
    e = by_title(entries, "Acquaintance Molestation")
    assert e.data.authors == ["Lanning", "Dietz"]
    assert e.data.organisations == []
    assert e.data.date == "2014"
    assert e.data.summary.startswith("Article dispels myths")
    assert e.data.summary.endswith("29, 2815-2838")
    assert e.data.type == "article"


def test_pages_keep_date_and_excerpt(entries: list[seed.SeedEntry]) -> None:
    e = by_title(entries, "Practicing Safeguarding")
    assert e.data.type == "web_page"
    assert e.data.date == "2020-03-23"
    assert e.data.excerpt.startswith("...with Video")
    rt = by_title(entries, "Country Roundtables")  # excerpt on the date line itself
    assert rt.data.date == "2015-10-19"
    assert rt.data.excerpt.startswith("child sexual abuse materials")
    apfc = by_title(entries, "Asia-Pacific Financial Coalition")  # no excerpt at all
    assert apfc.data.excerpt == ""
    cp = [e for e in entries if e.data.title == "Child Protection"]  # title equal to a tag
    assert len(cp) == 1 and cp[0].data.type == "web_page"


def test_untitled_entry_is_kept_and_flagged(entries: list[seed.SeedEntry]) -> None:
    (e,) = [e for e in entries if e.data.needs_review]
    assert e.data.title.startswith("Untitled web page")
    assert e.data.date == "2015-10-22"
    assert e.data.excerpt.startswith("...for Sexual Purposes (ICMEC)")


def test_types_inferred(entries: list[seed.SeedEntry]) -> None:
    assert by_title(entries, "Be Safer Online").data.type == "infographic"
    assert by_title(entries, "Terminology Guidelines").data.type == "guide"
    assert by_title(entries, "Model Missing Child Framework").data.type == "guide"
    assert by_title(entries, "SUMMIT Report").data.type == "report"


def test_source_record_keeps_the_whole_entry(entries: list[seed.SeedEntry]) -> None:
    text = SEED_FILE.read_text("utf-8")
    for e in entries:
        assert e.source_record in text
    latam = by_title(entries, "Protecting Children from Cybercrime: Legislative Responses in Latin")
    assert latam.source_record.endswith("Read More")


@pytest.mark.parametrize(
    ("raw", "line", "fragment"),
    [
        (b"Title\n\n(ORG) text Read More\n\x00\x01binary", 4, "binary"),
        ("Title\n\n(ORG) caf\u00e9 Read More\n".encode("latin-1"), 3, "UTF-8"),
    ],
)
def test_bad_bytes_name_the_line(raw: bytes, line: int, fragment: str) -> None:
    with pytest.raises(ImportFormatError) as info:
        seed.parse(seed.decode(raw, "x.txt"), "x.txt")
    assert info.value.line == line
    assert fragment in str(info.value) and "x.txt" in str(info.value)


def test_truncated_file_is_refused_with_its_line() -> None:
    text = SEED_FILE.read_text("utf-8")
    cut = text[: text.index("(ICMEC, Thomson Reuters)")]
    with pytest.raises(ImportFormatError) as info:
        seed.parse(cut, "cut.txt")
    assert "truncated" in str(info.value)
    assert info.value.line is not None and info.value.line > 140


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parser_never_crashes(text: str) -> None:
    try:
        entries = seed.parse(text)
    except ImportFormatError:
        return
    for e in entries:
        assert e.data.title or e.data.needs_review


LINE = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(
        lambda s: (
            s
            and not s.startswith("(")
            and "Read More" not in s
            and not seed.DATE_LINE.match(s)
            and s.casefold() not in seed.FOOTER_LINES
            and s.casefold() not in seed.HEADER_LINES
            and not seed.looks_like_excerpt(s + " x")
            and "," not in s
            and "(" not in s
            and ")" not in s
        )
    )
)


ORG = LINE


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(LINE, ORG, st.lists(LINE, max_size=3)), min_size=1, max_size=6))
def test_generated_publications_round_trip(items: list[tuple[str, str, list[str]]]) -> None:
    """Write entries in the format, parse them back: same titles, orgs, summaries, tags."""
    blocks = []
    for title, org, tags in items:
        tag_line = ", ".join(tags)
        blocks.append(
            (tag_line + "\n\n" if tags else "")
            + f"{title}\n\n\n({org}) Summary of {title}.Read More"
        )
    text = "Search Results\n\n" + "\n\n".join(blocks) + "\n\nOlder Newer"
    entries = seed.parse(text)
    assert [e.data.title for e in entries] == [t for t, _, _ in items]
    for e, (title, org, tags) in zip(entries, items, strict=True):
        assert e.data.summary == f"Summary of {title}."
        assert e.data.topics + e.data.countries != [] or not tags
        assert len(e.data.topics) + len(e.data.countries) == len(tags)
        assert e.data.organisations == [org] or e.data.authors
