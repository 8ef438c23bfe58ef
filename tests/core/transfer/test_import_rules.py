"""Importers without the shared data: identifiers, merging, and arbitrary input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import LIST_FIELDS, validate
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.importing import import_file, read_items
from tests import backends

# every test here runs on a library file and on a PostgreSQL catalogue (issue 16)
empty = backends.empty
seeded = backends.seeded

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_duplicates_by_doi_and_isbn_can_be_merged(empty: Library, tmp_path: Path) -> None:
    cat = Catalogue(empty)
    first = tmp_path / "first.ris"
    first.write_text(
        "TY  - RPRT\nTI  - Online grooming of children\nDO  - 10.1234/abc.5\n"
        "KW  - Grooming\nER  - \n\n"
        "TY  - BOOK\nTI  - Keeping pupils safe\nSN  - 978-0-306-40615-7\nER  - \n",
        "utf-8",
    )
    assert import_file(cat, first).added == 2
    second = tmp_path / "second.bib"
    second.write_text(
        "@techreport{a, title={Grooming of children online: a review}, doi={10.1234/ABC.5},"
        " keywords={Sextortion}, abstract={What schools should know.}}\n"
        "@book{b, title={Safe pupils}, isbn={9780306406157}}\n",
        "utf-8",
    )
    preview = import_file(cat, second, dry_run=True)
    assert (preview.added, preview.duplicates) == (0, 2)  # other titles, same identifiers
    before = cat.change_counter()
    merged = import_file(cat, second, duplicates="merge")
    assert merged.merged == 1 and cat.count() == 2 and cat.change_counter() == before + 1
    grooming = next(v for v in cat.iter_views() if v.title == "Online grooming of children")
    assert grooming.topics == ["Grooming", "Sextortion"]
    assert grooming.summary == "What schools should know."


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fmt=st.sampled_from(["ris", "bibtex", "csv", "marc", "dc", "json", "seed"]),
    body=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=400).map(lambda t: t.encode("utf-8")),
        st.lists(
            st.sampled_from(
                [
                    "TY  - JOUR",
                    "TI  - x",
                    "ER  - ",
                    "@article{a,",
                    "title={t}",
                    "}",
                    "title,url",
                    "a,b",
                    '"',
                    "<record>",
                    "</record>",
                    "00026",
                    "\x00",
                    "AB  - a\x07b",
                    "[",
                    "{",
                    "\n",
                ]
            ),
            max_size=30,
        ).map(lambda parts: "\n".join(parts).encode("utf-8")),
    ),
)
@example(fmt="csv", body=b"\r\x00")  # a lone carriage return once escaped as csv.Error
def test_any_bytes_import_or_are_refused_clearly(
    fmt: str, body: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever the file holds, an importer returns valid items free of control characters,
    or raises a LibraryError."""
    path = tmp_path_factory.mktemp("fuzz") / f"input.{fmt}"
    path.write_bytes(body)
    try:
        _, items, _, problems = read_items(path, fmt)
    except LibraryError as exc:
        assert str(exc)
    else:
        assert all(item.data.title for item in items)
        assert all(isinstance(p, str) for p in problems)
        for item in items:
            assert validate(item.data, imported=True) == {}
            texts = [v for v in item.data.to_dict().values() if isinstance(v, str)]
            texts += [name for n in LIST_FIELDS for name in getattr(item.data, n)]
            assert not any(CONTROL.search(t) for t in texts), item.data


def test_a_csv_file_with_a_bare_carriage_return_is_read_by_lines(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"title,url\rGrooming guide,https://example.org/g\rSexting advice,\r")
    _, items, _, problems = read_items(path, "csv")
    assert [i.data.title for i in items] == ["Grooming guide", "Sexting advice"]
    assert problems == []


def test_a_csv_cell_too_large_to_read_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('title,summary\nFine,ok\nHuge,"' + "x" * 200_000 + '"\n', "utf-8")
    with pytest.raises(LibraryError, match="line 3"):
        read_items(path, "csv")
