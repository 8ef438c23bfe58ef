"""Extracted text in the library: the ``document`` and ``document_page`` tables.

:func:`save_extraction` writes one file's text through the catalogue's unit of work
and stamps every resource whose local copy it is, so the search index catches up
by the change counter as for any edit; :func:`extract_documents` reads and saves
many files one at a time (a cancel keeps what is done). The database is the source
of truth: the index is rebuilt from :func:`document_pages`.

Saving text is not a curator's edit: its change-log rows say what was read (field
``document``: status, pages, characters, SHA-256; the resource's history lists them)
and Undo passes over them to the curator's last edit (``History.last_undoable``);
the resource's version is not raised (an editor open on it can still save).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryError
from desktop_app.core.fulltext.extract import Extraction, extract_file
from desktop_app.core.fulltext.limits import one_line
from desktop_app.core.library.files import display_name, stored_path
from desktop_app.core.library.models import Document, DocumentPage, Resource, utcnow
from desktop_app.core.progress import Progress
from desktop_app.core.service import Catalogue

MISSING = "the file is missing from the library's files folder"


def save_extraction(catalogue: Catalogue, name: str, extraction: Extraction) -> int:
    """Replace the stored text of local copy ``name`` with ``extraction``, as one action.

    Every resource whose ``local_file`` is ``name`` is stamped (the index picks it up)
    and gets a change-log row; returns how many. Raises LibraryError for a read-only
    library (nothing is changed).
    """
    _writable(catalogue)
    summary = {
        "name": name,
        "status": extraction.status,
        "pages": len(extraction.pages),
        "chars": extraction.char_count,
        "sha256": extraction.sha256,
    }
    with catalogue.action(f"extract text: {display_name(name)[:100]}") as act:
        s = act.session
        old = s.get(Document, name)
        before = None
        if old is not None:
            before = {"name": name, "status": old.status, "pages": old.page_count,
                      "chars": old.char_count, "sha256": old.sha256}  # fmt: skip
        s.execute(delete(DocumentPage).where(DocumentPage.name == name))
        doc = old or Document(name=name)
        doc.sha256 = extraction.sha256
        doc.status = extraction.status
        doc.note = one_line(extraction.note)
        doc.page_count = len(extraction.pages)
        doc.char_count = extraction.char_count
        doc.extractor = extraction.extractor[:60]
        doc.extracted_at = utcnow()
        if old is None:
            s.add(doc)
        s.flush()
        if extraction.pages:
            s.execute(
                insert(DocumentPage),
                [{"name": name, "page": n, "text": t} for n, t in enumerate(extraction.pages, 1)],
            )
        resources = s.scalars(select(Resource).where(Resource.local_file == name)).all()
        for res in resources:
            act.record(res, "document", before, summary)
            act.stamp(res, bump=False)
            act.changes.updated.add(res.id)
    return len(resources)


def _writable(catalogue: Catalogue) -> None:
    if catalogue.library.read_only:
        raise LibraryError(
            f"{catalogue.library.location}: the library is read-only; nothing was changed"
        )


def document_pages(session: Session, name: str) -> list[tuple[int, str]]:
    """The stored text of local copy ``name``: (page, text), page 1 first."""
    rows = session.execute(
        select(DocumentPage.page, DocumentPage.text)
        .where(DocumentPage.name == name)
        .order_by(DocumentPage.page)
    )
    return [(int(page), str(text)) for page, text in rows]


@dataclass(frozen=True, slots=True)
class ExtractItem:
    """How one file went: its stored name, status, note and page count."""

    name: str
    status: str
    note: str
    pages: int


@dataclass(slots=True)
class ExtractReport:
    """What :func:`extract_documents` did, file by file."""

    items: list[ExtractItem] = field(default_factory=list)
    bumped: int = 0  # resources stamped for the index
    cancelled: bool = False
    total: int = 0  # files it meant to read

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def summary(self) -> str:
        done = len(self.items)
        parts = [f"{self.count('ok')} with text"]
        if self.count("no_text"):
            parts.append(f"{self.count('no_text')} without text")
        if self.count("failed"):
            parts.append(f"{self.count('failed')} failed")
        if self.count("missing"):
            parts.append(f"{self.count('missing')} missing")
        head = f"read {done} of {self.total} file(s)" if self.cancelled else f"read {done} file(s)"
        tail = "; cancelled, the rest left for later" if self.cancelled else ""
        return f"{head}: {', '.join(parts)}{tail}"


def pending_documents(catalogue: Catalogue, *, force: bool = False) -> list[str]:
    """Stored names of the local copies resources refer to, without text yet (all: ``force``)."""
    with catalogue.library.read() as s:
        names = set(s.scalars(select(Resource.local_file).where(Resource.local_file != "")))
        if not force:
            names -= set(s.scalars(select(Document.name)))
    return sorted(names)


def extract_documents(
    catalogue: Catalogue,
    names: Iterable[str] | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
    time_limit: float = 60.0,
) -> ExtractReport:
    """Read and save the text of local copies, one at a time, each saved as it finishes.

    ``names``: stored names (default: every local copy a resource refers to); those
    that already have text are skipped unless ``force``. A file missing from the
    folder is reported ("missing") and nothing is saved for it (a pack may bring it
    later). A cancel (``progress``) stops before the next file, or stops the file
    being read without saving it; what was saved stays.
    """
    _writable(catalogue)
    if names is None:
        todo = pending_documents(catalogue, force=force)
    else:
        todo = list(dict.fromkeys(names))
        if not force:
            with catalogue.library.read() as s:
                done = set(s.scalars(select(Document.name).where(Document.name.in_(todo))))
            todo = [n for n in todo if n not in done]
    report = ExtractReport(total=len(todo))
    cancelled = progress.cancelled if progress is not None else None
    for n, name in enumerate(todo):
        if progress is not None:
            if progress.cancelled():
                report.cancelled = True
                break
            progress.report(n, len(todo), display_name(name))
        path = stored_path(catalogue.library, name)
        if path is None or not path.is_file():
            report.items.append(ExtractItem(name, "missing", MISSING, 0))
            continue
        extraction = extract_file(path, time_limit=time_limit, cancelled=cancelled)
        if extraction.note == "cancelled" and cancelled is not None and cancelled():
            report.cancelled = True
            break
        report.bumped += save_extraction(catalogue, name, extraction)
        report.items.append(
            ExtractItem(name, extraction.status, extraction.note, len(extraction.pages))
        )
    if progress is not None and not report.cancelled:
        progress.report(len(todo), len(todo), "")
    return report


def document_info(session: Session, name: str) -> tuple[str, str, int, datetime] | None:
    """(status, note, pages, extracted at) of local copy ``name``'s text, or None."""
    doc = session.get(Document, name)
    if doc is None:
        return None
    return doc.status, doc.note, doc.page_count, doc.extracted_at
