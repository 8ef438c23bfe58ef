"""What the extraction process runs: one job (a file and how to read it) into messages.

A job is ``{"kind": "pdf"|"text"|"html"|"docx"|"odt", "path": str, "first_pages": int|None}``;
:func:`run_job` yields plain JSON-able messages: ``{"meta": {...}}`` once (page count,
metadata, extractor), then ``{"page": text}`` per page in order, then ``{"end": [notes]}``.
Bad content raises :class:`~.formats.FormatError`. Imported only in the extraction
process (PDFium is loaded there, never in the app).

PDFs are read with pypdfium2 (PDFium, the PDF engine of Chromium, in C), not
pdfminer.six (pure Python). ``benchmarks/fulltext_bench.py --compare`` on a busy
two-core machine: 234 pages/s against 7 (about 33 times faster) on 30 generated
reports of 1,044 dense pages, with the same word recall (1.000) there and 0.991
against 1.000 on the app's Qt handouts (embedded subset fonts); both refuse the
encrypted, corrupt and truncated files and find no text in the scanned one, but
pdfminer took 8.6 s on a page nested 200,000 arrays deep (PDFium 1.0 s), and both
were still busy after 30 s on a stream inflating to 2 GB. Speed decides (a school's
whole library is read on an old laptop), and PDFium's wheels carry no other
dependency. Being C, it could crash or hang on a hostile file: that is why it runs
in a separate process with time and memory limits (:mod:`.sandbox`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.core.fulltext.formats import FormatError, read_docx, read_html, read_odt, read_text
from desktop_app.core.fulltext.limits import MAX_INPUT_BYTES, MAX_PAGES, Budget, one_line

_PDF_ERRORS = {
    1: "damaged PDF (unknown error)",
    2: "could not open the file",
    3: "damaged PDF (not a readable PDF structure)",
    4: "encrypted: needs a password",
    5: "encrypted with a security handler that cannot be read",
    6: "damaged PDF (a page cannot be read)",
}


def run_job(job: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Read the job's file; see the module docstring for the messages."""
    kind, path = str(job["kind"]), Path(str(job["path"]))
    first = job.get("first_pages")
    budget = Budget()
    if kind == "pdf":
        yield from _read_pdf(path, first if isinstance(first, int) else None, budget)
        return
    readers = {"text": read_text, "html": read_html, "docx": read_docx, "odt": read_odt}
    with path.open("rb") as fh:
        data = fh.read(MAX_INPUT_BYTES + 1)
    notes = []
    if len(data) > MAX_INPUT_BYTES:
        if kind in ("docx", "odt"):
            raise FormatError(f"too large to read (over {MAX_INPUT_BYTES >> 20} MB)")
        data = data[:MAX_INPUT_BYTES]
        notes.append(f"only the first {MAX_INPUT_BYTES >> 20} MB were read")
    read = readers[kind](data, budget)
    yield {"meta": {"pages": len(read.pages), "metadata": read.metadata, "extractor": kind}}
    for page in read.pages:
        yield {"page": page}
    yield {"end": notes + read.notes + budget.notes()}


def _read_pdf(path: Path, first_pages: int | None, budget: Budget) -> Iterator[dict[str, Any]]:
    import pypdfium2 as pdfium
    from pypdfium2.version import PYPDFIUM_INFO

    cut = _truncated(path)
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if cut and exc.err_code in (1, 3, 6, None):
            raise FormatError("damaged PDF (truncated: the end of the file is missing)") from None
        raise FormatError(_PDF_ERRORS.get(exc.err_code or 1, "damaged PDF")) from None
    try:
        count = len(doc)
        meta: dict[str, str] = {}
        try:
            info = doc.get_metadata_dict(skip_empty=True)
        except (pdfium.PdfiumError, UnicodeError, ValueError):
            info = {}
        for key in ("Title", "Subject", "Keywords", "Author"):
            if info.get(key):
                meta[key.lower()] = one_line(str(info[key]), 1_000)
        extractor = f"pypdfium2 {PYPDFIUM_INFO}"
        yield {"meta": {"pages": count, "metadata": meta, "extractor": extractor}}
        notes = ["the file seems truncated (its end is missing)"] if cut else []
        wanted = count if first_pages is None else min(count, max(first_pages, 0))
        if wanted > MAX_PAGES:
            notes.append(f"only the first {MAX_PAGES:,} of {count:,} pages were read")
            wanted = MAX_PAGES
        bad = 0
        for index in range(wanted):
            if budget.full:
                notes.append(f"only the first {index:,} pages were read")
                break
            text = ""
            try:
                page = doc[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        chars = textpage.count_chars()
                        if chars > 0:
                            text = textpage.get_text_range(0, min(chars, budget.page_chars))
                        if chars > budget.page_chars:
                            budget.pages_cut += 1
                    finally:
                        textpage.close()
                finally:
                    page.close()
            except pdfium.PdfiumError:
                bad += 1
            yield {"page": budget.take(text)}
        if bad:
            notes.append(f"{bad:,} page(s) could not be read")
        yield {"end": notes + budget.notes()}
    finally:
        doc.close()


def _truncated(path: Path) -> bool:
    """True when the file does not end as a PDF does: no ``%%EOF`` in its last 8 KB (the
    standard says the last kilobyte; some writers pad the end)."""
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 8192))
        return b"%%EOF" not in fh.read()
