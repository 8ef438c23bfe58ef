"""The text read from local copies, travelling in collection packs (pack format 3).

Each local copy a pack ships may come with the text this library read from it, as
``text/000001.json`` beside ``files/000001``, listed in the manifest with its size
and SHA-256 like every member::

    {"name": "<stored name>", "sha256": "<the file's SHA-256>", "status": "ok",
     "note": "84 pages", "extractor": "pypdfium2 4.30.0",
     "extracted_at": "2026-11-29T19:00:00", "page_count": 84,
     "pages": [{"page": 1, "text": "…"}, …]}

The receiving library takes a text only for a file it will hold (taken from the pack,
or already in its files folder for one of its resources) whose content's SHA-256
is the text's ``sha256``; anything else is dropped with a note in the import report
and the file is read again instead (:attr:`TextMerge.to_extract`). Every member is
hostile input: it is read within a byte bound, parsed by the bounded JSON parser and
checked (:func:`parse_text`: status, note, page numbers 1..n without repeats, the
page, character and page-count limits of the extractor); one that fails is dropped
with a note naming the member and what is wrong, and never refuses the pack's
resources. Texts are written in the import's unit of work, so a failed import
leaves none, and the resources whose copy got text are re-indexed.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core.fulltext.limits import (
    MAX_DOC_CHARS,
    MAX_NOTE,
    MAX_PAGE_CHARS,
    MAX_PAGES,
    clean_text,
    one_line,
)
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import files_dir, stored_path
from desktop_app.core.library.models import Document, DocumentPage, Resource, utcnow
from desktop_app.core.library.records import is_plain_name
from desktop_app.core.service import Action
from desktop_app.core.transfer.formats.jsonfmt import BadJSON, loads

TEXT_PREFIX = "text/"
TEXT_MEMBER = re.compile(r"^text/[0-9]{6}\.json$")
STATUSES = ("ok", "no_text", "failed")

# The extractor's limits (core.fulltext.limits) hold: a text it would never have kept
# is refused (it keeps at most MAX_PAGES pages, and page_count counts those).
MAX_EXTRACTOR = 60  # characters naming the extractor (the column's width)
# Bytes in one member: every character escaped (\uXXXX) at worst, with room per page.
MAX_TEXT_BYTES = 6 * MAX_DOC_CHARS + 64 * MAX_PAGES + (1 << 16)
MAX_NOTES = 20  # dropped texts named one by one in the report


def text_member(number: int) -> str:
    """The member holding the text of the pack's ``number``-th local copy."""
    return f"{TEXT_PREFIX}{number:06d}.json"


class TextProblem(ValueError):
    """A text member that cannot be taken; the message says why (one line)."""


@dataclass(frozen=True, slots=True)
class PackText:
    """One checked text member: the text of the stored file ``name``, page by page."""

    name: str
    sha256: str
    status: str
    note: str
    extractor: str
    extracted_at: datetime | None
    page_count: int
    pages: tuple[tuple[int, str], ...]  # (page from 1, text), ascending, no repeats

    @property
    def char_count(self) -> int:
        """Characters of text in all pages."""
        return sum(len(t) for _, t in self.pages)


# -- export ---------------------------------------------------------------------------------


def text_bytes(s: Session, name: str, file_sha256: str) -> bytes | None:
    """The member for the text of stored file ``name``, or None when there is none or the
    text was read from other content than the file shipped (``file_sha256``)."""
    doc = s.get(Document, name)
    if doc is None or doc.sha256 != file_sha256:
        return None
    rows = s.execute(
        select(DocumentPage.page, DocumentPage.text)
        .where(DocumentPage.name == name)
        .order_by(DocumentPage.page)
    )
    value = {
        "name": name,
        "sha256": doc.sha256,
        "status": doc.status,
        "note": doc.note or "",
        "extractor": doc.extractor or "",
        "extracted_at": doc.extracted_at.isoformat() if doc.extracted_at else None,
        "page_count": doc.page_count,
        "pages": [{"page": page, "text": text or ""} for page, text in rows],
    }
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


# -- reading one member ---------------------------------------------------------------------

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _count(value: Any) -> int | None:
    """``value`` if it is a whole number from 0 (not true or false), else None."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _text(doc: Mapping[str, Any], key: str, limit: int) -> str:
    value = doc.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TextProblem(f"{key} must be text")
    if len(value) > limit:
        raise TextProblem(f"{key} is longer than {limit:,} characters")
    return one_line(value, limit)


def _when(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TextProblem("extracted_at must be an ISO date and time")
    try:
        moment = datetime.fromisoformat(value[:40])
    except ValueError:
        raise TextProblem("extracted_at must be an ISO date and time") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


MAX_STORED_NAME = 200  # a stored name is 17 characters of digest and at most 120 more


def is_stored_name(name: str) -> bool:
    """Whether ``name`` could be a stored file name: a bare name of letters, digits, ``_ . -``
    and spaces (no folder, no ``..``), neither starting nor ending with a dot or a space."""
    return 0 < len(name) <= MAX_STORED_NAME and is_plain_name(name) and name.strip(" .") == name


def plain_stored_name(name: Any) -> str:
    """``name`` if it is a stored file name (no folder, no ``..``, nothing unsafe)."""
    if not isinstance(name, str) or not name:
        raise TextProblem("name must be a stored file name")
    if not is_stored_name(name):
        raise TextProblem(f"name {name[:80]!r} is not a plain stored file name")
    return name


def parse_text(raw: bytes) -> PackText:
    """A text member's bytes checked and cleaned; :class:`TextProblem` says what is wrong."""
    if len(raw) > MAX_TEXT_BYTES:
        raise TextProblem(f"larger than {MAX_TEXT_BYTES:,} bytes")
    try:
        doc = loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise TextProblem(f"not valid UTF-8 (byte {exc.start + 1})") from None
    except BadJSON as exc:
        raise TextProblem(f"not valid JSON ({exc.msg})") from None
    except RecursionError:  # pragma: no cover - loads bounds nesting first
        raise TextProblem("nested too deeply") from None
    if not isinstance(doc, dict):
        raise TextProblem("must be an object")
    name = plain_stored_name(doc.get("name"))
    digest = doc.get("sha256")
    if not isinstance(digest, str) or not _SHA256.match(digest):
        raise TextProblem("sha256 must be a SHA-256 in hex")
    status = doc.get("status")
    if status not in STATUSES:
        raise TextProblem(f"status must be one of {', '.join(STATUSES)}")
    page_count = _count(doc.get("page_count"))
    if page_count is None or page_count > MAX_PAGES:
        raise TextProblem(f"page_count must be a number of pages from 0 to {MAX_PAGES:,}")
    pages_in = doc.get("pages", [])
    if not isinstance(pages_in, list):
        raise TextProblem("pages must be a list")
    if len(pages_in) > page_count:
        raise TextProblem(f"holds {len(pages_in):,} pages but page_count is {page_count:,}")
    pages: list[tuple[int, str]] = []
    total = 0
    last = 0
    for n, item in enumerate(pages_in, 1):
        if not isinstance(item, dict):
            raise TextProblem(f"pages[{n}] must be an object")
        page, text = _count(item.get("page")), item.get("text")
        if page is None or not 1 <= page <= page_count:
            raise TextProblem(f"pages[{n}]: page must be a number from 1 to {page_count:,}")
        if page <= last:
            raise TextProblem(f"pages[{n}]: page {page} repeated or out of order")
        last = page
        if not isinstance(text, str):
            raise TextProblem(f"pages[{n}]: text must be text")
        if len(text) > MAX_PAGE_CHARS:
            raise TextProblem(f"page {page} holds more than {MAX_PAGE_CHARS:,} characters")
        text = clean_text(text)
        total += len(text)
        if total > MAX_DOC_CHARS:
            raise TextProblem(f"holds more than {MAX_DOC_CHARS:,} characters")
        pages.append((page, text))
    if status == "failed" and pages:
        raise TextProblem("a failed reading holds no pages")
    if status == "ok" and not any(t.strip() for _, t in pages):
        # the extractor says ok only when a page holds text: taken, such a text would
        # stand for the file for good (never read again) while search finds nothing in it
        raise TextProblem("status ok but no page holds text")
    return PackText(
        name=name,
        sha256=digest,
        status=status,
        note=_text(doc, "note", MAX_NOTE),
        extractor=_text(doc, "extractor", MAX_EXTRACTOR),
        extracted_at=_when(doc.get("extracted_at")),
        page_count=page_count,
        pages=tuple(pages),
    )


# -- import ---------------------------------------------------------------------------------


@dataclass(slots=True)
class TextMerge:
    """What taking a pack's texts did: texts taken, files to read again, notes."""

    taken: int = 0
    to_extract: list[str] = field(default_factory=list)  # stored names, sorted
    notes: list[str] = field(default_factory=list)
    dropped: int = 0  # notes past MAX_NOTES are counted, not written


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's whole content."""
    sha = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


class Texts:
    """The texts of one pack, taken into the import's action (see the module's docstring)."""

    def __init__(
        self, zf: zipfile.ZipFile, path: str | Path, library: Library, members: Mapping[str, Any]
    ) -> None:
        self.zf = zf
        self.path = path
        self.library = library
        self.members = members  # verified against their checksums
        self.folder = files_dir(library)
        self.result = TextMerge()

    def _note(self, text: str) -> None:
        if len(self.result.notes) < MAX_NOTES:
            self.result.notes.append(text)
        else:
            self.result.dropped += 1

    def _read(self, member: str) -> PackText:
        try:
            with self.zf.open(member) as f:
                raw = f.read(MAX_TEXT_BYTES + 1)
        except (zipfile.BadZipFile, EOFError, OSError, KeyError) as exc:
            raise TextProblem(f"cannot be read ({exc})") from None
        return parse_text(raw)

    def _content(self, name: str, wanted: Mapping[str, str]) -> str | None:
        """The SHA-256 of what will stand under ``name`` after the import, or None."""
        target = stored_path(self.library, name)
        if target is not None and target.is_file():  # kept as it is, even if the pack has it
            try:
                return file_sha256(target)
            except OSError:
                return None
        member = wanted.get(name)
        return None if member is None else str(self.members[member]["sha256"])

    def merge(self, act: Action, wanted: Mapping[str, str]) -> TextMerge:
        """Take the pack's texts into ``act`` (``wanted``: copies taken, stored name -> member).

        Files taken from the pack without a text that fits them are listed in
        ``to_extract``, as are files whose text was dropped.
        """
        s = act.session
        s.flush()
        users: dict[str, list[int]] = {}  # stored name -> resources whose copy it is
        rows = s.execute(select(Resource.id, Resource.local_file).where(Resource.local_file != ""))
        for rid, local in rows:
            users.setdefault(str(local), []).append(int(rid))
        have = {str(n): str(h) for n, h in s.execute(select(Document.name, Document.sha256))}
        covered: set[str] = set()
        queue: set[str] = set()
        for member in sorted(n for n in self.members if TEXT_MEMBER.match(n)):
            try:
                text = self._read(member)
            except TextProblem as exc:
                self._note(f"{member}: document text dropped: {exc}")
                continue
            if text.name in covered:
                self._note(f"{member}: document text dropped: a second text for {text.name}")
                continue
            used = text.name in users
            content = self._content(text.name, wanted) if used else None
            if content is None:
                self._note(
                    f"{member}: document text dropped: no resource here has the local copy "
                    f"{text.name[:120]!r}"
                )
                continue
            covered.add(text.name)
            if content != text.sha256:
                self._note(
                    f"{member}: document text dropped: it was read from other content than "
                    f"the local copy {text.name[:120]!r} (checksum differs); the file will be "
                    "read again"
                )
                queue.add(text.name)
                continue
            if have.get(text.name) == content:
                continue  # this library has read this very file already
            _put(s, text, replace=text.name in have)
            have[text.name] = content
            _bump(act, users[text.name])
            self.result.taken += 1
        for name in wanted:
            if name not in covered and have.get(name) != self._content(name, wanted):
                queue.add(name)
        self.result.to_extract = sorted(queue)
        if self.result.dropped:
            self.result.notes.append(f"{self.result.dropped} more document texts dropped")
        return self.result


def _put(s: Session, text: PackText, *, replace: bool) -> None:
    """Store ``text`` as the text of its file (replacing what was stored, with ``replace``)."""
    if replace:
        s.execute(delete(DocumentPage).where(DocumentPage.name == text.name))
        s.execute(delete(Document).where(Document.name == text.name))
    s.execute(
        insert(Document).values(
            name=text.name,
            sha256=text.sha256,
            status=text.status,
            note=text.note,
            page_count=text.page_count,
            char_count=text.char_count,
            extractor=text.extractor,
            extracted_at=text.extracted_at or utcnow(),
        )
    )
    if text.pages:
        rows = [{"name": text.name, "page": p, "text": t} for p, t in text.pages]
        s.execute(insert(DocumentPage), rows)


def _bump(act: Action, ids: list[int]) -> None:
    """Re-index these resources (their local copy has text now): stamped with the action's
    counter, as the index catches up by it, unless this action stamped them already."""
    fresh = [rid for rid in ids if rid not in act.changes.touched]
    if fresh:
        act.session.execute(
            update(Resource)
            .where(Resource.id.in_(fresh))
            .values(changed_at_counter=act.counter, modified_at=utcnow())
            .execution_options(synchronize_session="fetch")
        )
        act.changes.updated.update(fresh)
