"""Small PDFs with known words on known pages, and their text stored as extraction does."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import select

from desktop_app.core.library.models import Document, DocumentPage, Resource
from desktop_app.core.service import Catalogue


def tiny_pdf(pages: Sequence[str]) -> bytes:
    """A small valid PDF whose page n shows ``pages[n-1]`` (Latin-1 text) in Helvetica."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
            + f"] /Count {len(pages)} >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, text in enumerate(pages):
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1")
        objects.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"
            ).encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def put_text(
    catalogue: Catalogue,
    name: str,
    content: bytes,
    pages: Sequence[str],
    *,
    status: str = "ok",
    note: str = "",
) -> None:
    """Store ``pages`` as the text read from the stored file ``name`` (of ``content``)."""
    with catalogue.action("extract text") as act:
        s = act.session
        s.add(
            Document(
                name=name,
                sha256=hashlib.sha256(content).hexdigest(),
                status=status,
                note=note or f"{len(pages)} pages",
                page_count=len(pages),
                char_count=sum(map(len, pages)),
                extractor="test",
            )
        )
        s.flush()
        s.add_all(DocumentPage(name=name, page=i, text=t) for i, t in enumerate(pages, 1))
        for res in s.scalars(select(Resource).where(Resource.local_file == name)):
            act.stamp(res, bump=False)
            act.changes.updated.add(res.id)


def pages_of(catalogue: Catalogue, name: str) -> list[tuple[int, str]]:
    """The stored pages of ``name``: (page, text) in order."""
    with catalogue.library.read() as s:
        rows = s.execute(
            select(DocumentPage.page, DocumentPage.text)
            .where(DocumentPage.name == name)
            .order_by(DocumentPage.page)
        )
        return [(int(p), str(t)) for p, t in rows]


def documents(catalogue: Catalogue) -> dict[str, tuple[str, str, int]]:
    """Every Document row: name -> (sha256, status, page_count)."""
    with catalogue.library.read() as s:
        return {d.name: (d.sha256, d.status, d.page_count) for d in s.scalars(select(Document))}
