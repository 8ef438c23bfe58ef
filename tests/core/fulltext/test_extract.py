"""extract_file: real PDFs made here, text formats, and every bad input with its note."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.fulltext import sandbox
from desktop_app.core.fulltext.extract import SCANNED, extract_file
from tests.core.fulltext import pdf_samples as ps

UNIQUE = "quixotrellis"


@pytest.fixture
def fresh_workers() -> object:
    """Each test that changes the extraction process's settings starts new ones."""
    sandbox.shutdown()
    yield None
    sandbox.shutdown()


def three_pages(tmp_path: Path) -> Path:
    return ps.write(
        tmp_path / "report.pdf",
        ps.text_pdf(
            [
                "Safeguarding children in schools: page one.",
                "Mandatory reporting duties are described on page two.",
                f"The word {UNIQUE} appears only on page three.",
            ],
            info={"Title": "Keeping Children Safe", "Author": "Ministry of Education"},
        ),
    )


def test_a_pdf_page_by_page_with_its_metadata(tmp_path: Path) -> None:
    path = three_pages(tmp_path)
    got = extract_file(path)
    assert got.status == "ok" and got.note == ""
    assert len(got.pages) == 3
    assert UNIQUE in got.pages[2]
    assert all(UNIQUE not in p for p in got.pages[:2])
    assert "Mandatory reporting" in got.pages[1]
    assert got.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert got.extractor.startswith("pypdfium2 ")
    assert dict(got.metadata) == {
        "title": "Keeping Children Safe",
        "author": "Ministry of Education",
    }


def test_first_pages_reads_only_those(tmp_path: Path) -> None:
    got = extract_file(three_pages(tmp_path), first_pages=1)
    assert got.status == "ok" and got.note == ""
    assert got.pages == ("Safeguarding children in schools: page one.",)


@pytest.mark.parametrize(
    ("make", "status", "note"),
    [
        (ps.encrypted_pdf, "failed", "encrypted: needs a password"),
        (
            lambda: b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
            "failed",
            "damaged PDF (not a readable PDF structure)",
        ),
        (
            lambda: ps.text_pdf(["words " * 300] * 20)[:3000],
            "failed",
            "damaged PDF (truncated: the end of the file is missing)",
        ),
        (lambda: b"", "failed", "empty file (0 bytes)"),
        (ps.scanned_pdf, "no_text", SCANNED),
    ],
    ids=["encrypted", "corrupt", "truncated", "zero-bytes", "scanned"],
)
def test_bad_pdfs_get_their_note(tmp_path: Path, make: object, status: str, note: str) -> None:
    path = ps.write(tmp_path / "bad.pdf", make())  # type: ignore[operator]
    got = extract_file(path)
    assert (got.status, got.note) == (status, note)
    assert got.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "".join(got.pages).strip() == ""


def test_a_deeply_nested_pdf_is_read_within_limits(tmp_path: Path) -> None:
    start = time.monotonic()
    got = extract_file(ps.write(tmp_path / "nested.pdf", ps.nested_pdf(200_000)), time_limit=20)
    assert time.monotonic() - start < 20
    assert got.status == "ok" and "surface" in got.pages[0]


def test_a_decompression_bomb_stops_at_the_memory_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_workers: object
) -> None:
    monkeypatch.setenv(sandbox.MEMORY_ENV, "64")
    bomb = ps.write(tmp_path / "bomb.pdf", ps.inflating_pdf(256))
    got = extract_file(bomb, time_limit=30)
    assert got.status == "failed", got
    assert "64 MB of memory" in got.note
    # the app is unharmed, and the next file is read by a new process
    assert extract_file(three_pages(tmp_path)).status == "ok"


def test_a_slow_file_is_stopped_at_its_time_limit_and_its_process_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_workers: object
) -> None:
    closed: list[object] = []
    original = sandbox.Worker.close

    def close(self: sandbox.Worker) -> None:
        closed.append(self.proc)
        original(self)

    monkeypatch.setattr(sandbox.Worker, "close", close)
    path = ps.write(tmp_path / "long.pdf", ps.text_pdf([f"page {i} " * 40 for i in range(600)]))
    extract_file(three_pages(tmp_path))  # a process ready and idle
    got = extract_file(path, time_limit=0.05)
    assert "took longer than 0.05 s" in got.note
    if got.pages:  # the pages read by then are kept
        assert got.status == "ok" and "only the first" in got.note
        assert "page 0" in got.pages[0]
    else:
        assert got.status == "failed"
    assert closed and all(proc.poll() is not None for proc in closed)  # type: ignore[attr-defined]


def test_cancel_stops_the_reading(tmp_path: Path) -> None:
    path = ps.write(tmp_path / "long.pdf", ps.text_pdf([f"page {i} " * 40 for i in range(300)]))
    got = extract_file(path, cancelled=lambda: True)
    assert (got.status, got.note, got.pages) == ("failed", "cancelled", ())


@pytest.mark.slow
def test_a_2000_page_pdf(tmp_path: Path) -> None:
    pages = [f"Page {i}: child protection policy and procedures. " * 20 for i in range(2000)]
    got = extract_file(ps.write(tmp_path / "big.pdf", ps.text_pdf(pages)), time_limit=120)
    assert got.status == "ok" and got.note == ""
    assert len(got.pages) == 2000 and got.pages[1999].startswith("Page 1999:")


@pytest.mark.slow
def test_a_huge_decompression_bomb_at_the_real_limit(tmp_path: Path) -> None:
    bomb = ps.write(tmp_path / "bomb.pdf", ps.inflating_pdf(2048))
    got = extract_file(bomb, time_limit=60)
    assert got.status == "failed" and "MB of memory" in got.note


# -- other formats ----------------------------------------------------------------------------


def test_plain_text_in_any_common_encoding(tmp_path: Path) -> None:
    for name, data in [
        ("a.txt", "Protección infantil — guía\r\n".encode()),
        ("b.md", "Protección infantil — guía\n".encode("cp1252")),
        ("c.csv", "\ufeffProtección infantil — guía".encode("utf-16-le")),
    ]:
        got = extract_file(ps.write(tmp_path / name, data))
        assert got.status == "ok" and got.extractor == "text"
        assert got.pages[0].strip() == "Protección infantil — guía"


def test_html_gives_visible_text_only(tmp_path: Path) -> None:
    page = (
        b"<html><head><title>Online safety</title><meta name=keywords content='grooming'>"
        b"<style>body{color:red}</style><script>alert('x')</script></head><body>"
        b"<h1>Grooming</h1><p>Signs &amp; responses<img src='http://example.org/x.png'></p>"
        b"<noscript>enable js</noscript></body></html>"
    )
    got = extract_file(ps.write(tmp_path / "page.html", page))
    assert got.status == "ok"
    assert got.pages == ("Grooming\n\nSigns & responses",)
    assert dict(got.metadata) == {"title": "Online safety", "keywords": "grooming"}


def docx_bytes(body: str, core: str = "") -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", body)
        if core:
            zf.writestr("docProps/core.xml", core)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_paragraphs_and_core_properties(tmp_path: Path) -> None:
    body = (
        f"<w:document {W}><w:body><w:p><w:r><w:t>Child </w:t></w:r><w:r><w:t>safety</w:t>"
        "</w:r></w:p><w:p><w:r><w:t>Second</w:t><w:tab/><w:t>para</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>Policy</dc:title><dc:creator>Ana</dc:creator></cp:coreProperties>"
    )
    got = extract_file(ps.write(tmp_path / "policy.docx", docx_bytes(body, core)))
    assert got.status == "ok" and got.extractor == "docx"
    assert got.pages == ("Child safety\nSecond\tpara",)
    assert dict(got.metadata) == {"title": "Policy", "author": "Ana"}


def test_docx_with_entities_is_refused(tmp_path: Path) -> None:
    body = (
        '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    got = extract_file(ps.write(tmp_path / "lol.docx", docx_bytes(body)))
    assert got.status == "failed"
    assert got.note == "a part declares a DOCTYPE or entities, which it never should"


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    got = extract_file(ps.write(tmp_path / "x.docx", b"PK\x03\x04 not really"))
    assert got.status == "failed" and got.note.startswith("damaged file: not a readable zip")


def test_odt_text(tmp_path: Path) -> None:
    import io

    text = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    content = (
        f'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f"{text}><office:body><office:text><text:h>Title</text:h>"
        "<text:p>One<text:s text:c='2'/>two <text:span>three</text:span> four</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    got = extract_file(ps.write(tmp_path / "a.odt", buf.getvalue()))
    assert got.status == "ok"
    assert got.pages == ("Title\nOne  two three four",)


def test_other_files_have_no_text_and_missing_ones_fail(tmp_path: Path) -> None:
    got = extract_file(ps.write(tmp_path / "photo.xyz", b"\x89PNG..."))
    assert (got.status, got.note) == ("no_text", "no text can be read from .xyz files")
    gone = extract_file(tmp_path / "gone.pdf")
    assert gone.status == "failed" and gone.note.startswith("could not be read (")
    blank = extract_file(ps.write(tmp_path / "blank.txt", b"  \n "))
    assert (blank.status, blank.note) == ("no_text", "the file holds no text")


def test_page_cap_is_said_in_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.fulltext import readers

    monkeypatch.setattr(readers, "MAX_PAGES", 3)  # in this process: the reader itself
    path = ps.write(tmp_path / "five.pdf", ps.text_pdf([f"page {i}" for i in range(5)]))
    messages = list(readers.run_job({"kind": "pdf", "path": str(path), "first_pages": None}))
    assert [m["page"] for m in messages if "page" in m] == ["page 0", "page 1", "page 2"]
    assert messages[-1] == {"end": ["only the first 3 of 5 pages were read"]}


def test_threads_extract_at_the_same_time(tmp_path: Path) -> None:
    import threading

    paths = [
        ps.write(tmp_path / f"{i}.pdf", ps.text_pdf([f"file {i} page {p}" for p in range(20)]))
        for i in range(4)
    ]
    results: dict[int, str] = {}

    def read(i: int) -> None:
        results[i] = extract_file(paths[i]).pages[19]

    threads = [threading.Thread(target=read, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == {i: f"file {i} page 19" for i in range(4)}
    assert len(sandbox._idle) <= 2  # no more processes kept than needed


def test_the_working_folder_cannot_stand_in_for_our_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_workers: object
) -> None:
    (tmp_path / "desktop_app").mkdir()
    (tmp_path / "desktop_app" / "__init__.py").write_text("raise SystemExit('not ours')\n")
    (tmp_path / "json.py").write_text("raise SystemExit('not ours')\n")
    monkeypatch.chdir(tmp_path)
    got = extract_file(ps.write(tmp_path / "a.txt", b"our words"))
    assert (got.status, got.pages) == ("ok", ("our words",))
