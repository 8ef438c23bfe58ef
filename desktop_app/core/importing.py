"""Importing files into a library: read, find duplicates, add all-or-nothing.

Each format has a reader that turns a file into :class:`NewResource` items (or
raises :class:`ImportFormatError` naming the line). :func:`import_file` then adds
the new ones in a single catalogue action, so a failed or cancelled import
leaves the library exactly as it was.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.errors import ImportFormatError, LibraryError
from desktop_app.core.formats import jsonfmt, seed
from desktop_app.core.models import Resource
from desktop_app.core.service import Catalogue, NewResource

# Seed entries get a UUID derived from their source text, so the same entry has
# the same identity in every library built from the same capture.
SEED_NAMESPACE = uuid_mod.UUID("6f1c2d1e-5b8a-4c33-9a47-2f7c0e9d1b11")
FORMATS = ("seed", "json")


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    path: str
    format: str
    total: int = 0
    added: int = 0
    duplicates: int = 0
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
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
        return text


def detect_format(path: Path, raw: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json" or raw.lstrip()[:1] in (b"[", b"{"):
        return "json"
    return "seed"


def read_items(path: Path, fmt: str | None = None) -> tuple[str, list[NewResource], list[str]]:
    """Read ``path`` into items to add: (format, items, notes)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LibraryError(f"{path}: no such file") from None
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror})") from None
    fmt = fmt or detect_format(path, raw)
    if fmt == "seed":
        entries = seed.parse(seed.decode(raw, str(path)), str(path))
        items = [
            NewResource(
                e.data,
                provenance=f"seed:{path.name}:line {e.line}",
                source_record=e.source_record,
                uuid=str(uuid_mod.uuid5(SEED_NAMESPACE, e.source_record)),
            )
            for e in entries
        ]
        notes = [f"line {e.line}: {n}" for e in entries for n in e.notes]
        return fmt, items, notes
    if fmt == "json":
        return fmt, jsonfmt.read(raw, str(path)), []
    raise ImportFormatError(f"unknown format '{fmt}' (known: {', '.join(FORMATS)})")


def import_file(
    catalogue: Catalogue,
    path: str | Path,
    fmt: str | None = None,
    *,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import a file; entries already in the library are skipped, not duplicated."""
    p = Path(path)
    fmt, items, notes = read_items(p, fmt)
    report = ImportReport(path=str(p), format=fmt, total=len(items), dry_run=dry_run, notes=notes)
    fresh = _without_existing(catalogue, items)
    report.duplicates = len(items) - len(fresh)
    if fresh:
        result = catalogue.create_many(
            fresh, action=f"import {p.name}", dry_run=dry_run, progress=progress
        )
        report.added = len(result.views)
        report.created_terms = result.created_terms
        report.ids = [] if dry_run else [v.id for v in result.views]
    return report


def _without_existing(catalogue: Catalogue, items: list[NewResource]) -> list[NewResource]:
    uuids = {i.uuid for i in items if i.uuid}
    records = {i.source_record for i in items if i.source_record}
    with catalogue.library.read() as s:
        have_uuid: set[str] = set()
        uuid_list = list(uuids)
        for k in range(0, len(uuid_list), 500):
            have_uuid.update(
                s.scalars(select(Resource.uuid).where(Resource.uuid.in_(uuid_list[k : k + 500])))
            )
        have_record: set[str] = set()
        if records:
            have_record = set(
                s.scalars(select(Resource.source_record).where(Resource.source_record != ""))
            )
    out: list[NewResource] = []
    seen: set[str] = set()
    for item in items:
        key = item.uuid or ""
        if key and (key in have_uuid or key in seen):
            continue
        if item.source_record and item.source_record in have_record:
            continue
        if key:
            seen.add(key)
        out.append(item)
    return out
