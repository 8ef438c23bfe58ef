"""Document text in collection packs: it travels with its file and is taken only for it.

A round trip moves a PDF and the text read from it to an empty library, where the word
on page 3 is stored (and found). Hostile packs, sealed with correct checksums around a
bad ``text/000001.json``, lose only that text (with a note, the file queued to be read
again) or are refused whole with one message, the library as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.files import files_dir, store_file
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import PackError, export_pack, import_pack
from desktop_app.core.transfer.packs.copies import Copies
from desktop_app.core.transfer.packs.document_text import (
    MAX_PAGE_CHARS,
    MAX_PAGES,
    PackText,
    TextProblem,
    parse_text,
)
from tests.core.transfer.pack_text_helpers import documents, pages_of, put_text, tiny_pdf
from tests.core.transfer.test_hostile_packs import line, members, seal, snapshot, stored

WORD = "zanzibarite"
PDF = tiny_pdf(["Safe schools", "Reporting duties", f"On page three: {WORD} protocol"])
NAME = stored(PDF, "report.pdf")
PAGES = ["Safe schools", "Reporting duties", f"On page three: {WORD} protocol"]


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Library.open(path, create=True).close()
    return path


@pytest.fixture
def two(empty_template: Path, tmp_path: Path) -> Iterator[tuple[Catalogue, Catalogue]]:
    """Library A with one resource, its PDF attached and read; library B empty."""
    source = tmp_path / "report.pdf"
    source.write_bytes(PDF)
    copy_library(empty_template, tmp_path / "a.db")
    copy_library(empty_template, tmp_path / "b.db")
    with Library.open(tmp_path / "a.db") as a, Library.open(tmp_path / "b.db") as b:
        ca, cb = Catalogue(a), Catalogue(b)
        name = store_file(a, source)
        assert name == NAME
        ca.create(ResourceData(title="Safe schools report", topics=["Grooming"], local_file=name))
        put_text(ca, name, PDF, PAGES)
        yield ca, cb


def test_text_travels_with_its_file_and_the_word_is_found(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    summary = export_pack(a, tmp_path / "p.librarypack")
    assert summary.files == 1 and summary.texts == 1
    with zipfile.ZipFile(tmp_path / "p.librarypack") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format_version"] == 3 and manifest["counts"]["documents"] == 1
        assert "text/000001.json" in manifest["members"]
        member = json.loads(zf.read("text/000001.json"))
    assert member["sha256"] == hashlib.sha256(PDF).hexdigest() and member["name"] == NAME
    dry = import_pack(b, tmp_path / "p.librarypack", dry_run=True)
    assert dry.texts == 1 and documents(b) == {}
    report = import_pack(b, tmp_path / "p.librarypack")
    assert report.texts == 1 and report.to_extract == [] and not report.problems
    assert "text of 1 documents" in report.summary()
    assert documents(b) == {NAME: (hashlib.sha256(PDF).hexdigest(), "ok", 3)}
    assert pages_of(b, NAME)[2] == (3, PAGES[2])
    (view,) = b.iter_views()
    assert view.local_file == NAME
    assert (files_dir(b.library) / NAME).read_bytes() == PDF
    _found_in_search(b, view.id)


def _found_in_search(cat: Catalogue, rid: int) -> None:
    """The word on page 3 finds the resource (once the index holds document text)."""
    from desktop_app.core.search import SearchEngine, SearchRequest
    from desktop_app.core.search.schema import build_schema

    if "text" not in build_schema().names():
        pytest.skip("the index has no document-text field yet")
    engine = SearchEngine(cat)
    engine.open()
    try:
        assert engine.search(SearchRequest(query=WORD)).ids == [rid]
    finally:
        engine.close()


def test_a_text_read_from_another_file_stays_behind(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    """The text of an older version of the file is not exported (it would be wrong)."""
    a, b = two
    with a.action("stale") as act:
        from desktop_app.core.library.models import Document

        doc = act.session.get(Document, NAME)
        assert doc is not None
        doc.sha256 = "f" * 64
    assert export_pack(a, tmp_path / "p.librarypack").texts == 0
    report = import_pack(b, tmp_path / "p.librarypack")
    assert report.texts == 0 and report.to_extract == [NAME] and documents(b) == {}


def test_a_format_2_pack_without_text_imports_and_queues_its_files(tmp_path: Path) -> None:
    first = line(1)
    first["local_copy"] = {"name": NAME, "member": "files/000001"}
    pack = seal(
        tmp_path / "old.librarypack",
        members([first], files={"files/000001": PDF}),
        manifest={"format_version": 2},
    )
    with Library.open(tmp_path / "s.db", create=True) as library:
        cat = Catalogue(library)
        report = import_pack(cat, pack)
        assert report.added == 1 and report.local_copies == 1
        assert report.texts == 0 and report.to_extract == [NAME]
        assert "; 1 local copies to read" in report.summary()


def test_a_pack_from_a_newer_app_is_refused_clearly(tmp_path: Path) -> None:
    pack = seal(tmp_path / "new.librarypack", members(), manifest={"format_version": 4})
    with (
        Library.open(tmp_path / "s.db", create=True) as library,
        pytest.raises(PackError, match=r"newer Resource Librarian \(pack format 4"),
    ):
        import_pack(Catalogue(library), pack)


# -- sealed packs around one text member ----------------------------------------------------


def good_text(**over: Any) -> dict[str, Any]:
    return {
        "name": NAME,
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "status": "ok",
        "note": "3 pages",
        "extractor": "pypdfium2 5.0",
        "extracted_at": "2026-11-29T19:00:00+00:00",
        "page_count": 3,
        "pages": [{"page": i, "text": t} for i, t in enumerate(PAGES, 1)],
        **over,
    }


def text_pack(tmp: Path, text: Any, *, raw: bytes | None = None, **counts: int) -> Path:
    first = line(1)
    first["local_copy"] = {"name": NAME, "member": "files/000001"}
    content = members([first, line(2)], files={"files/000001": PDF})
    content["text/000001.json"] = raw if raw is not None else json.dumps(text).encode()
    return seal(
        tmp / "t.librarypack",
        content,
        counts={"documents": 1, **counts},
        manifest={"format_version": 3},
    )


@pytest.fixture
def school(empty_template: Path, tmp_path: Path) -> Iterator[Catalogue]:
    """An empty library (a copy of one made once: making one takes a second)."""
    copy_library(empty_template, tmp_path / "school.db")
    with Library.open(tmp_path / "school.db") as library:
        yield Catalogue(library)


def test_a_sealed_good_text_is_taken(school: Catalogue, tmp_path: Path) -> None:
    report = import_pack(school, text_pack(tmp_path, good_text()))
    assert report.texts == 1 and not report.problems and report.to_extract == []
    assert pages_of(school, NAME) == list(enumerate(PAGES, 1))


DROPPED: dict[str, tuple[Any, str]] = {
    "wrong sha256": (good_text(sha256="0" * 64), "checksum differs"),
    "page 0": (
        good_text(pages=[{"page": 0, "text": "x"}]),
        r"pages\[1\]: page must be a number from 1 to 3",
    ),
    "page past the count": (
        good_text(pages=[{"page": 4, "text": "x"}]),
        "page must be a number from 1 to 3",
    ),
    "a repeated page": (
        good_text(pages=[{"page": 1, "text": "x"}, {"page": 1, "text": "y"}]),
        "page 1 repeated",
    ),
    "ten million pages claimed": (good_text(page_count=10**7), "page_count must be"),
    "more pages than the extractor keeps": (
        good_text(page_count=MAX_PAGES + 1),
        "page_count must be a number of pages from 0 to 3,000",
    ),
    "more pages than counted": (
        good_text(page_count=2),
        "holds 3 pages but page_count is 2",
    ),
    "a huge page": (
        good_text(pages=[{"page": 1, "text": "x" * (MAX_PAGE_CHARS + 1)}]),
        "page 1 holds more than",
    ),
    "pages not a list": (good_text(pages={"1": "text"}), "pages must be a list"),
    "a page not an object": (good_text(pages=["text"]), r"pages\[1\] must be an object"),
    "a page's text not text": (
        good_text(pages=[{"page": 1, "text": 7}]),
        r"pages\[1\]: text must be text",
    ),
    "a name with ../": (good_text(name="../../evil.pdf"), "not a plain stored file name"),
    "a name with a folder": (good_text(name="sub/" + NAME), "not a plain stored file name"),
    "an unknown status": (good_text(status="great"), "status must be one of"),
    "a long note": (good_text(note="n" * 301), "note is longer than 300"),
    "a failed reading with pages": (good_text(status="failed"), "holds no pages"),
    "not an object": ([1, 2, 3], "must be an object"),
    "a file not in the pack": (good_text(name=stored(b"other", "x.pdf")), "no resource here"),
}


@pytest.mark.parametrize("case", sorted(DROPPED))
def test_a_bad_text_is_dropped_with_a_note_and_the_file_read_again(
    case: str, school: Catalogue, tmp_path: Path
) -> None:
    text, why = DROPPED[case]
    report = import_pack(school, text_pack(tmp_path, text))
    assert report.added == 2 and report.local_copies == 1  # the resources and file came
    assert report.texts == 0 and documents(school) == {}
    assert report.to_extract == [NAME]
    (note,) = [p for p in report.problems if "document text dropped" in p]
    assert note.startswith("text/000001.json: document text dropped: ")
    assert re.search(why, note), note
    assert "\n" not in note


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"\xff\xfe{}", "not valid UTF-8"),
        (b'{"name": ', "not valid JSON"),
        (b"[" * 10_000 + b"]" * 10_000, "not valid JSON"),
    ],
)
def test_a_garbled_text_member_is_dropped(
    raw: bytes, why: str, school: Catalogue, tmp_path: Path
) -> None:
    report = import_pack(school, text_pack(tmp_path, None, raw=raw))
    assert report.added == 2 and documents(school) == {} and report.to_extract == [NAME]
    assert any(why in p for p in report.problems), report.problems


def test_more_texts_than_counted_refuse_the_pack(school: Catalogue, tmp_path: Path) -> None:
    before = snapshot(school)
    with pytest.raises(PackError, match="more document texts than its manifest counts"):
        import_pack(school, text_pack(tmp_path, good_text(), documents=0))
    assert snapshot(school) == before and documents(school) == {}


def test_an_unlisted_text_member_refuses_the_pack(school: Catalogue, tmp_path: Path) -> None:
    pack = text_pack(tmp_path, good_text())
    with zipfile.ZipFile(pack, "a") as zf:
        zf.writestr("text/000002.json", json.dumps(good_text()))
    before = snapshot(school)
    with pytest.raises(PackError, match=r"does not list: text/000002\.json"):
        import_pack(school, pack)
    assert snapshot(school) == before


def test_a_failed_import_leaves_no_text(
    school: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Copies) -> None:
        raise PackError(self.path, "its local copies could not be written (disk full)")

    monkeypatch.setattr(Copies, "write", broken)
    before = snapshot(school)
    with pytest.raises(PackError, match="disk full"):
        import_pack(school, text_pack(tmp_path, good_text()))
    assert snapshot(school) == before and documents(school) == {}


def test_text_for_a_file_already_here_is_taken_and_its_resource_reindexed(
    tmp_path: Path,
) -> None:
    """B already holds the same file (from an earlier pack, unread): the text comes now,
    checked against the file on disk, and the resource is marked for the index."""
    first = line(1)
    first["local_copy"] = {"name": NAME, "member": "files/000001"}
    earlier = seal(
        tmp_path / "earlier.librarypack",
        members([first], files={"files/000001": PDF}),
        manifest={"format_version": 2},
    )
    with Library.open(tmp_path / "s.db", create=True) as library:
        cat = Catalogue(library)
        import_pack(cat, earlier)
        (view,) = cat.iter_views()
        changed: list[set[int]] = []
        cat.subscribe(lambda c: changed.append(c.updated))
        report = import_pack(cat, text_pack(tmp_path, good_text()))
        assert report.texts == 1 and report.to_extract == []
        assert pages_of(cat, NAME)[2] == (3, PAGES[2])
        assert view.id in changed[-1]


def test_a_text_this_library_has_already_read_is_kept(school: Catalogue, tmp_path: Path) -> None:
    import_pack(school, text_pack(tmp_path, good_text()))
    report = import_pack(school, text_pack(tmp_path, good_text(pages=[], page_count=0)))
    assert report.texts == 0 and report.to_extract == []
    assert pages_of(school, NAME) == list(enumerate(PAGES, 1))


def test_a_forged_copy_already_here_is_what_the_text_is_checked_against(
    school: Catalogue, tmp_path: Path
) -> None:
    """A file already in the folder under the pack's name is kept as it is, so the pack's
    text (which matches the pack's file) does not belong to it."""
    folder = files_dir(school.library)
    folder.mkdir()
    (folder / NAME).write_bytes(b"%PDF-1.4 another file under the same name")
    report = import_pack(school, text_pack(tmp_path, good_text()))
    assert report.texts == 0 and report.to_extract == [NAME]
    assert any("checksum differs" in p for p in report.problems)


# -- the parser alone -----------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**8) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
page_items = st.lists(
    st.fixed_dictionaries(
        {"page": st.integers(-2, 8) | st.text(max_size=2), "text": st.text(max_size=40) | st.none()}
    )
    | json_values,
    max_size=6,
)


def check(parsed: PackText) -> None:
    numbers = [p for p, _ in parsed.pages]
    assert numbers == sorted(set(numbers)) and all(1 <= p <= parsed.page_count for p in numbers)
    assert parsed.status in ("ok", "no_text", "failed") and len(parsed.note) <= 300
    assert "/" not in parsed.name and parsed.name != ".."
    for _, t in parsed.pages:
        t.encode("utf-8")  # no lone surrogates: SQLite takes it


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    over=st.dictionaries(
        st.sampled_from(["name", "sha256", "status", "note", "page_count", "extracted_at"]),
        json_values,
        max_size=3,
    ),
    pages=page_items,
)
def test_the_parser_returns_a_checked_text_or_one_problem(over: dict[str, Any], pages: Any) -> None:
    raw = json.dumps(good_text(pages=pages, **over)).encode()
    try:
        parsed = parse_text(raw)
    except TextProblem as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        check(parsed)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_the_parser_never_raises_anything_else(raw: bytes) -> None:
    with contextlib.suppress(TextProblem):
        check(parse_text(raw))


def test_control_characters_and_lone_surrogates_are_cleaned() -> None:
    parsed = parse_text(
        json.dumps(good_text(pages=[{"page": 1, "text": "a\x00b\ud800c\r\nd"}])).encode()
    )
    assert parsed.pages == ((1, "abc\nd"),)


def test_a_copy_with_a_long_name_travels_with_its_text(
    empty_template: Path, tmp_path: Path
) -> None:
    """A stored name is the digest and up to 120 characters of the original name (137 in
    all); packs refused such copies whole ('unsafe file') when names were checked with
    safe_name, which cuts a name to 120 characters."""
    source = tmp_path / ("A very long report title " * 5 + ".pdf")
    source.write_bytes(PDF)
    copy_library(empty_template, tmp_path / "a.db")
    copy_library(empty_template, tmp_path / "b.db")
    with Library.open(tmp_path / "a.db") as a, Library.open(tmp_path / "b.db") as b:
        ca, cb = Catalogue(a), Catalogue(b)
        name = store_file(a, source)
        assert len(name) > 120
        ca.create(ResourceData(title="Long", local_file=name))
        put_text(ca, name, PDF, PAGES)
        export_pack(ca, tmp_path / "p.librarypack")
        report = import_pack(cb, tmp_path / "p.librarypack")
        assert report.local_copies == 1 and report.texts == 1
        assert pages_of(cb, name) == list(enumerate(PAGES, 1))


def test_an_oversized_text_member_refuses_the_pack_before_it_is_read(
    school: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each text member has a byte bound (the extractor's limits, every character escaped);
    one larger is refused by its size, never read into memory."""
    from desktop_app.core.transfer.packs import document_text, format

    monkeypatch.setattr(format, "MAX_TEXT_BYTES", 1_000)
    monkeypatch.setattr(document_text, "MAX_TEXT_BYTES", 1_000)
    big = good_text(pages=[{"page": 1, "text": "x" * 2_000}], page_count=1)
    before = snapshot(school)
    with pytest.raises(PackError, match=r"member text/000001\.json is (too large|larger than)"):
        import_pack(school, text_pack(tmp_path, big))
    assert snapshot(school) == before and documents(school) == {}
