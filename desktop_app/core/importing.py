"""Importing files into a library: read, find duplicates, add all-or-nothing.

Each format has a reader that turns a file into :class:`NewResource` items (or
raises :class:`ImportFormatError` naming the line or record). :func:`import_file`
then adds the new ones in a single catalogue action, so a failed or cancelled
import leaves the library exactly as it was. ``dry_run`` gives the preview.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.completeness import title_key
from desktop_app.core.errors import ImportFormatError, LibraryError
from desktop_app.core.formats import bibtex, csvfmt, dc, jsonfmt, marc, ris, seed
from desktop_app.core.service import Catalogue, NewResource

# Seed entries get a UUID derived from their source text, so the same entry has
# the same identity in every library built from the same capture.
SEED_NAMESPACE = uuid_mod.UUID("6f1c2d1e-5b8a-4c33-9a47-2f7c0e9d1b11")
FORMATS = ("seed", "json", "csv", "ris", "bibtex", "marc", "dc")
MAX_IMPORT_BYTES = 200 * 1024 * 1024


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    path: str
    format: str
    total: int = 0
    added: int = 0
    duplicates: int = 0
    duplicate_titles: list[str] = field(default_factory=list)
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dry_run: bool = False
    ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        text = (
            f"{self.path}: {self.total} entries read, {verb} {self.added}, "
            f"{self.duplicates} already in the library"
        )
        if self.created_terms:
            text += f", {len(self.created_terms)} new vocabulary terms"
        if self.problems:
            text += f", {len(self.problems)} problems"
        return text


def detect_format(path: Path, raw: bytes) -> str:
    suffix = path.suffix.lower()
    head = raw.lstrip(b"\xef\xbb\xbf \r\n\t")[:2000]
    if suffix in (".json",) or head[:1] in (b"[", b"{"):
        return "json"
    if suffix in (".ris",) or b"TY  -" in head:
        return "ris"
    if suffix in (".bib", ".bibtex") or head[:1] == b"@":
        return "bibtex"
    if suffix in (".mrc", ".marc", ".dat") or (len(head) > 24 and head[:5].isdigit()):
        return "marc"
    if head[:1] == b"<":
        return (
            "marc" if re.search(rb"<(\w+:)?record[\s>]", head) and b"marc" in head.lower() else "dc"
        )
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "seed"


def read_items(
    path: Path, fmt: str | None = None, *, csv_mapping: dict[str, str] | None = None
) -> tuple[str, list[NewResource], list[str], list[str]]:
    """Read ``path``: (format, items, notes, problems)."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise LibraryError(f"{path}: larger than {MAX_IMPORT_BYTES // 2**20} MB; split it")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LibraryError(f"{path}: no such file") from None
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror})") from None
    fmt = fmt or detect_format(path, raw)
    where = str(path)
    if fmt == "seed":
        entries = seed.parse(seed.decode(raw, where), where)
        items = [
            NewResource(
                e.data,
                provenance=f"seed:{path.name}:line {e.line}",
                source_record=e.source_record,
                uuid=str(uuid_mod.uuid5(SEED_NAMESPACE, e.source_record)),
            )
            for e in entries
        ]
        return fmt, items, [f"line {e.line}: {n}" for e in entries for n in e.notes], []
    if fmt == "json":
        return fmt, jsonfmt.read(raw, where), [], []
    readers = {"ris": ris.read, "bibtex": bibtex.read, "marc": marc.read, "dc": dc.read}
    if fmt == "csv":
        result = csvfmt.read(raw, where, csv_mapping)
    elif fmt in readers:
        result = readers[fmt](raw, where)
    else:
        raise ImportFormatError(f"unknown format '{fmt}' (known: {', '.join(FORMATS)})")
    return fmt, result.items, [], result.problems


def import_file(
    catalogue: Catalogue,
    path: str | Path,
    fmt: str | None = None,
    *,
    dry_run: bool = False,
    csv_mapping: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import a file; entries already in the library are skipped, not duplicated."""
    p = Path(path)
    fmt, items, notes, problems = read_items(p, fmt, csv_mapping=csv_mapping)
    report = ImportReport(
        path=str(p), format=fmt, total=len(items), dry_run=dry_run, notes=notes, problems=problems
    )
    fresh, dups = split_duplicates(catalogue, items)
    report.duplicates = len(dups)
    report.duplicate_titles = [d.data.title for d in dups][:50]
    if fresh:
        result = catalogue.create_many(
            fresh, action=f"import {p.name}", dry_run=dry_run, progress=progress
        )
        report.added = len(result.views)
        report.created_terms = result.created_terms
        report.ids = [] if dry_run else [v.id for v in result.views]
    return report


def split_duplicates(
    catalogue: Catalogue, items: list[NewResource]
) -> tuple[list[NewResource], list[NewResource]]:
    """(new, likely duplicates): same UUID, same source text, same link, or the same
    title (ignoring case and punctuation) and year as a resource in the library or
    earlier in the same file."""
    uuids: set[str] = set()
    records: set[str] = set()
    urls: set[str] = set()
    titles: set[tuple[str, int | None]] = set()
    for v in catalogue.iter_views(include_trashed=True, batch=2000):
        uuids.add(v.uuid)
        if v.source_record:
            records.add(v.source_record)
        if v.url:
            urls.add(v.url.strip().rstrip("/").lower())
        titles.add((title_key(v.title), v.year))
    fresh: list[NewResource] = []
    dups: list[NewResource] = []
    for item in items:
        url = item.data.url.strip().rstrip("/").lower()
        year = int(item.data.date[:4]) if item.data.date else None
        key = (title_key(item.data.title), year)
        is_dup = (
            (item.uuid and item.uuid in uuids)
            or (item.source_record and item.source_record in records)
            or (url and url in urls)
            or (not item.data.needs_review and key[0] and key in titles)
        )
        (dups if is_dup else fresh).append(item)
        if item.uuid:
            uuids.add(item.uuid)
        if item.source_record:
            records.add(item.source_record)
        if url:
            urls.add(url)
        titles.add(key)
    return fresh, dups
