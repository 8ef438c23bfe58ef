"""Real PDF files made from scratch (no dependency): text pages, and hostile ones.

:func:`text_pdf` writes a PDF 1.4 with one Helvetica text page per string (lines
wrapped, WinAnsi encoding, a proper cross-reference table), so any reader sees the
words. The others make the bad inputs extraction must survive: image-only (scanned)
pages, deeply nested objects, a content stream that inflates to a huge size, a file
cut short. Used by the fulltext tests and by ``benchmarks/fulltext_bench.py``.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Sequence
from pathlib import Path


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(text: str, width: int = 95, lines_per_page: int = 60) -> bytes:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, width) or [""])
    out = [b"BT /F1 10 Tf 12 TL 50 800 Td"]
    for line in lines[:lines_per_page]:
        out.append(b"(" + _escape(line) + b") Tj T*")
    out.append(b"ET")
    return b"\n".join(out)


def build_pdf(
    contents: Sequence[bytes],
    *,
    info: dict[str, str] | None = None,
    extra: Sequence[bytes] = (),
    compress: bool = False,
    resources: bytes = b"<< /Font << /F1 3 0 R >> >>",
) -> bytes:
    """A PDF whose pages have ``contents`` as content streams (objects numbered in order).

    ``extra``: more objects (numbered after the pages' own) that ``resources`` may use.
    """
    n = len(contents)
    first_page = 4 + len(extra)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>"
        % (n, b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n))),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *extra,
    ]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources %s /Contents %d 0 R >>" % (resources, first_page + 2 * i + 1)
        )
        data = zlib.compress(content) if compress else content
        filt = b" /Filter /FlateDecode" if compress else b""
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), filt, data))
    info_ref = b""
    if info:
        fields = b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in info.items())
        objects.append(b"<< " + fields + b" >>")
        info_ref = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info_ref,
        xref,
    )
    return bytes(out)


def text_pdf(
    pages: Sequence[str], *, info: dict[str, str] | None = None, compress: bool = True
) -> bytes:
    """A PDF with one text page per string in ``pages``."""
    return build_pdf([_content(p) for p in pages], info=info, compress=compress)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def scanned_pdf(pages: int = 2) -> bytes:
    """Pages that only paint an image (a grey 64x64 'scan'): no text layer."""
    pixels = zlib.compress(bytes(range(64)) * 64)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
        % (len(pixels), pixels)
    )
    draw = b"q 500 0 0 700 40 70 cm /Im1 Do Q"
    return build_pdf(
        [draw] * pages,
        extra=[image],
        resources=b"<< /XObject << /Im1 4 0 R >> >>",
    )


def nested_pdf(depth: int = 200_000) -> bytes:
    """A 'PDF bomb': a page whose resources and content nest arrays ``depth`` deep."""
    nest = b"[" * depth + b"]" * depth
    content = b"BT /F1 10 Tf 50 800 Td (surface) Tj ET\n" + nest
    return build_pdf([content], extra=[nest], resources=b"<< /Font << /F1 3 0 R >> /X 4 0 R >>")


def inflating_pdf(megabytes: int = 2048) -> bytes:
    """A 'PDF bomb': a small compressed content stream that inflates to ``megabytes`` MB."""
    data = _zeros_stream(megabytes)
    page = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    pdf = build_pdf([b"BT /F1 10 Tf 50 800 Td (small) Tj ET"], extra=[page])
    # the page's content is the huge stream (object 4), not its own small one
    return pdf.replace(b"/Contents 6 0 R", b"/Contents 4 0 R")


def encrypted_pdf(text: str = "secret words") -> bytes:
    """A PDF that needs a user password (made with pypdf, a test dependency)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([text]))))
    writer.encrypt(user_password="open sesame", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _zeros_stream(megabytes: int) -> bytes:
    """A zlib stream of ``megabytes`` MB of spaces, made in milliseconds: one fully
    flushed deflate block of 1 MB repeated (each such block stands alone)."""
    chunk = b" " * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    last = comp.flush(zlib.Z_FINISH)
    size, mod = megabytes << 20, 65521  # Adler-32 of size bytes of 32, in closed form
    check = ((size + 32 * size * (size + 1) // 2) % mod) << 16 | (1 + 32 * size) % mod
    body = first + again * (megabytes - 1) + last
    return b"\x78\xda" + body + check.to_bytes(4, "big")
