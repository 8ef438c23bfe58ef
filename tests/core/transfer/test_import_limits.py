"""Size limits, linear parsers and control characters, for every importer."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from desktop_app.core.errors import ImportFormatError, LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import (
    FIELD_LIMITS,
    MAX_IMPORT_BYTES,
    NAME_LIMIT,
    ResourceData,
    checked,
    clean_control,
    validate,
)
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.importing import import_file, read_items

from .test_import_duplicates import marc_record, write_marc

LONG_TITLE = "x" * 5_000


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 100 MB title: the file is refused by its size, without reading a byte of it."""
    path = tmp_path / "huge.ris"
    with path.open("wb") as fh:
        fh.write(b"TY  - JOUR\nTI  - ")
        fh.seek(100 * 2**20)  # sparse: nothing is really written
        fh.write(b"x\nER  - \n")
    assert path.stat().st_size > MAX_IMPORT_BYTES
    start = time.process_time()
    with pytest.raises(LibraryError, match=r"huge\.ris: the file is larger than 64 MB"):
        read_items(path)
    assert time.process_time() - start < 1


def test_a_megabytes_long_ris_title_is_refused_at_once_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "long.ris"
    path.write_text(
        "TY  - JOUR\nTI  - fine\nER  - \n\nTY  - JOUR\nTI  - " + "x" * 3_000_000 + "\nER  - \n",
        "utf-8",
    )
    start = time.process_time()
    with pytest.raises(ImportFormatError, match=r"long\.ris, line 6: the line is 3,000,006"):
        read_items(path)
    assert time.process_time() - start < 2


def test_a_value_continued_over_many_lines_is_refused_in_linear_time(tmp_path: Path) -> None:
    """rispy joined the whole value again for each line: 150,000 lines took minutes."""
    path = tmp_path / "lines.ris"
    path.write_text("TY  - JOUR\nTI  - start\n" + "x\n" * 150_000 + "ER  - \n", "utf-8")
    start = time.process_time()
    with pytest.raises(ImportFormatError, match=r"lines\.ris, line \d+: the value of title is"):
        read_items(path)
    assert time.process_time() - start < 5


@pytest.mark.parametrize(
    ("name", "body", "where"),
    [
        (
            "t.ris",
            f"TY  - JOUR\nTI  - ok\nER  - \n\nTY  - JOUR\nTI  - {LONG_TITLE}\nER  - \n",
            "record 2, line 5",
        ),
        (
            "t.bib",
            f"@article{{a, title={{ok}}}}\n@article{{key2, title={{{LONG_TITLE}}}}}\n",
            "entry 2 (key2, line 2)",
        ),
        ("t.csv", f"title,url\nok,\n{LONG_TITLE},\n", "line 3"),
        (
            "t.xml",
            '<r xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><oai_dc:dc><dc:title>ok</dc:title>'
            f"</oai_dc:dc><oai_dc:dc><dc:title>{LONG_TITLE}</dc:title></oai_dc:dc></r>",
            "record 2",
        ),
        ("t.json", json.dumps([{"title": "ok"}, {"title": LONG_TITLE}]), "record 2"),
    ],
)
def test_every_importer_refuses_a_title_over_the_limit_naming_the_record(
    tmp_path: Path, empty: Library, name: str, body: str, where: str
) -> None:
    path = tmp_path / name
    path.write_text(body, "utf-8")
    fmt = {"xml": "dc"}.get(name.rsplit(".", 1)[1])
    cat = Catalogue(empty)
    with pytest.raises(ImportFormatError) as caught:
        import_file(cat, path, fmt)
    message = str(caught.value)
    assert f"{path}: {where}" in message and "\n" not in message
    assert "the title is 5,000 characters long; at most 2,000 are allowed" in message
    assert cat.count() == 0


def test_a_marc_title_over_the_limit_names_its_record(tmp_path: Path) -> None:
    path = write_marc(
        tmp_path / "long.mrc", marc_record([("a", "ok")]), marc_record([("a", LONG_TITLE)])
    )
    with pytest.raises(ImportFormatError, match=r"long\.mrc: record 2: the title is 5,000"):
        read_items(path)


def test_bibtex_fields_are_checked_before_latex_decoding(tmp_path: Path) -> None:
    """A 2 MB abstract took 61 s in bibtexparser's LaTeX middleware; now refused at once."""
    path = tmp_path / "big.bib"
    path.write_text("@article{a, title={t}, abstract={" + "\\'e " * 500_000 + "}}\n", "utf-8")
    start = time.process_time()
    with pytest.raises(
        ImportFormatError, match=r"entry 1 \(a, line 1\): the abstract is 2,000,000"
    ):
        read_items(path)
    assert time.process_time() - start < 2


def test_bibtex_decoding_is_fast_on_long_fields(tmp_path: Path) -> None:
    """30 abstracts of 90,000 characters of LaTeX accents: over 30 s with pylatexenc."""
    abstract = ("Protecting children \\'a l'\\'ecole, {\\\"u}ber \\emph{alles} --- " * 1600)[
        :90_000
    ]
    path = tmp_path / "many.bib"
    path.write_text(
        "".join(f"@article{{k{n}, title={{T{n}}}, abstract={{{abstract}}}}}\n" for n in range(30)),
        "utf-8",
    )
    start = time.process_time()
    _, items, _, _ = read_items(path)
    assert time.process_time() - start < 5
    assert len(items) == 30 and "á l'école, über alles — " in items[0].data.summary


def test_names_over_the_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "name.ris"
    path.write_text(f"TY  - JOUR\nTI  - t\nAU  - {'y' * (NAME_LIMIT + 1)}\nER  - \n", "utf-8")
    with pytest.raises(
        ImportFormatError, match="the longest of the authors is 501 characters long"
    ):
        read_items(path)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "c.ris",
            "TY  - JOUR\nTI  - Safe\x00guarding\x07 children\x1b\nAB  - One\ttwo\x00\nER  - \n",
        ),
        (
            "c.bib",
            "@article{a, title={Safe\x00guarding\x07 children\x1b}, abstract={One\ttwo\x00}}\n",
        ),
        ("c.csv", "title,summary\nSafe\x00guarding\x07 children\x1b,One\ttwo\x00\n"),
        (
            "c.json",
            json.dumps([{"title": "Safe\x00guarding\x07 children\x1b", "summary": "One\ttwo\x00"}]),
        ),
    ],
)
def test_control_characters_are_stripped_on_the_way_in(
    tmp_path: Path, name: str, body: str
) -> None:
    path = tmp_path / name
    path.write_text(body, "utf-8")
    _, items, _, _ = read_items(path)
    data = items[0].data
    assert data.title == "Safeguarding children"
    assert data.summary == "One\ttwo"  # a tab means something in long text


def test_clean_control() -> None:
    assert clean_control("a\x00b\x1bc\x7fd\x85e\ud800f") == "abcd ef"
    assert clean_control("line\r\nnext\tcol\x0cpage") == "line  next col page"
    assert clean_control("line\r\nnext\rlast\tcol", multiline=True) == "line\nnext\nlast\tcol"


def test_checked_and_validate_know_the_limits() -> None:
    data = ResourceData(title="t" * (FIELD_LIMITS["title"] + 1), summary="ok\x00")
    assert "title" in validate(data)
    with pytest.raises(ImportFormatError, match=r"^f\.json: record 7: the title is 2,001"):
        checked(data, "f.json: record 7")
    fine = checked(ResourceData(title="Safe\x00 schools", summary="a\n\x00b"), "x")
    assert (fine.title, fine.summary) == ("Safe schools", "a\nb")
    assert validate(ResourceData(title="t", topics=["x" * (NAME_LIMIT + 1)])) == {
        "topics": "the longest of the topics is 501 characters long; at most 500 are allowed"
    }
