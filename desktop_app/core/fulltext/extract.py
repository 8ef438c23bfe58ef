"""Read the text of one local copy: :func:`extract_file` -> :class:`Extraction`.

PDF (pypdfium2; why it and not pdfminer.six: see :mod:`.readers`), plain text
(.txt, .md, .csv), HTML (.html, .htm: visible text only, nothing fetched), Word
``.docx`` and OpenDocument ``.odt``. Every file is read in the extraction process
(:mod:`.sandbox`: time and memory limits, a crash is a note); this process only
hashes the file and puts the answer together. Bad content never raises: it is an
Extraction with status ``failed`` (or ``no_text``) and a one-line note.

Stdlib only (the GUI may import it at any time without loading anything heavy).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.fulltext import sandbox
from desktop_app.core.fulltext.limits import MAX_PAGES, METADATA_KEYS, one_line

# suffix -> how the extraction process reads it
KINDS = {
    "pdf": "pdf",
    "txt": "text",
    "md": "text",
    "csv": "text",
    "html": "html",
    "htm": "html",
    "docx": "docx",
    "odt": "odt",
}
EXTRACTORS = {"text": "text", "html": "html", "docx": "docx", "odt": "odt", "pdf": "pypdfium2"}
SCANNED = "no text layer: scanned?"


@dataclass(frozen=True)
class Extraction:
    """The text of one file, page by page, with how the reading went.

    ``status``: ``ok`` (text found), ``no_text`` (readable, no text: a scanned PDF, a
    format we cannot read) or ``failed`` (encrypted, damaged, too slow …). ``note``:
    one line for the curator, "" when all went well; it also says when the text was
    cut to the limits. ``metadata``: title, subject, keywords, author from the file's
    own info (PDF Info dictionary, docx core.xml, odt meta.xml, HTML head).
    """

    pages: tuple[str, ...]
    status: str
    note: str
    sha256: str
    extractor: str
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def char_count(self) -> int:
        return sum(len(p) for p in self.pages)


def file_sha256(path: Path) -> tuple[str, int]:
    """The full SHA-256 hex digest of the file's content and its size (OSError passes)."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def extract_file(
    path: Path,
    *,
    first_pages: int | None = None,
    time_limit: float = 60.0,
    cancelled: Callable[[], bool] | None = None,
) -> Extraction:
    """The text of the file at ``path``; never raises for bad content.

    ``first_pages``: read only that many pages (1: the first page, to find a DOI,
    ISBN or title). ``time_limit``: seconds before the reading is stopped (pages read
    by then are kept, with a note). ``cancelled``: asked as the reading goes; once
    true, the reading is stopped and the result is ``failed`` with note "cancelled".
    """
    suffix = path.suffix.lower().lstrip(".")
    kind = KINDS.get(suffix)
    extractor = EXTRACTORS.get(kind or "", "")
    try:
        digest, size = file_sha256(path)
    except OSError as exc:
        return Extraction((), "failed", one_line(f"could not be read ({exc.strerror or exc})"),
                          "", extractor)  # fmt: skip
    if kind is None:
        what = f".{suffix} files" if suffix else "files without a suffix"
        return Extraction((), "no_text", f"no text can be read from {what}", digest, "")
    if size == 0:
        return Extraction((), "failed", "empty file (0 bytes)", digest, extractor)
    job = {"kind": kind, "path": str(path.absolute()), "first_pages": first_pages}
    out = sandbox.run_job(job, time_limit, cancelled)
    extractor = one_line(str(out.meta.get("extractor") or extractor), 60)
    metadata = _metadata(out.meta.get("metadata"))
    pages = tuple(out.pages[:MAX_PAGES])
    if out.error:
        return Extraction((), "failed", one_line(out.error), digest, extractor, metadata)
    notes = list(out.notes)
    if out.stopped:
        total = out.meta.get("pages")
        if pages and not out.cancelled:
            of = f" of {total:,}" if isinstance(total, int) else ""
            notes.insert(0, f"{out.stopped}: only the first {len(pages):,}{of} pages were read")
        else:
            return Extraction((), "failed", one_line(out.stopped), digest, extractor, metadata)
    if not any(p.strip() for p in pages):
        if kind == "pdf" and pages and not out.stopped:
            notes.insert(0, SCANNED)
        elif kind == "pdf" and not out.stopped:
            notes.insert(0, "the PDF has no pages")
        elif not out.stopped:
            notes.insert(0, "the file holds no text")
        status = "no_text" if pages or kind != "pdf" else "failed"
        return Extraction(pages, status, one_line("; ".join(notes)), digest, extractor, metadata)
    return Extraction(pages, "ok", one_line("; ".join(notes)), digest, extractor, metadata)


def _metadata(found: object) -> Mapping[str, str]:
    if not isinstance(found, dict):
        return MappingProxyType({})
    return MappingProxyType(
        {k: one_line(str(found[k]), 1_000) for k in METADATA_KEYS if found.get(k)}
    )
