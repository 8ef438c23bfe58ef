"""End to end: a PDF made here with a unique word on page 3 is attached and its text read;
the word finds the resource and the snippet says p. 3."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.fulltext.store import extract_documents
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import store_file
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue


def simple_pdf(pages: list[str]) -> bytes:
    """A valid PDF, one line of Helvetica text a page (cross-reference table included)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    font = 3 + 2 * len(pages)
    kids = []
    for i, text in enumerate(pages):
        page, content = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"
        )
        stream = f"BT /F1 12 Tf 72 760 Td ({text}) Tj ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return out


def test_a_word_on_page_3_of_an_attached_pdf_is_found_with_its_page(
    empty: Library, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(
        simple_pdf(
            [
                "Contents of the annual report",
                "Chapter one: how schools respond",
                "Teachers describe the vexillobrand procedure for reporting",
            ]
        )
    )
    cat = Catalogue(empty)
    engine = SearchEngine(cat)
    engine.open()
    try:
        rid = cat.create(ResourceData(title="Annual report", local_file=store_file(empty, pdf))).id
        report = extract_documents(cat)
        assert [i.status for i in report.items] == ["ok"]
        result = engine.search(SearchRequest(query="vexillobrand"))
        assert result.ids == [rid]
        snip = engine.snippets(result.ids, "vexillobrand")[rid]
        assert snip.page == 3 and snip.in_document and not snip.metadata_match
        assert snip.marked() == "Teachers describe the [vexillobrand] procedure for reporting"
        assert engine.search(SearchRequest(query="text:vexillobrand")).ids == [rid]
    finally:
        engine.close()
