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
from desktop_app.core.records import LIST_FIELDS, ResourceData
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
    merged: int = 0
    duplicate_titles: list[str] = field(default_factory=list)
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dry_run: bool = False
    csv_headers: list[str] = field(default_factory=list)
    csv_mapping: dict[str, str] = field(default_factory=dict)  # column -> field
    ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        text = (
            f"{self.path}: {self.total} entries read, {verb} {self.added}, "
            f"{self.duplicates} already in the library"
        )
        if self.merged:
            text += f" ({self.merged} {'would be' if self.dry_run else 'were'} merged)"
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
    readers = {
        "json": jsonfmt.read,
        "ris": ris.read,
        "bibtex": bibtex.read,
        "marc": marc.read,
        "dc": dc.read,
    }
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
    duplicates: str = "skip",
) -> ImportReport:
    """Import a file. Entries already in the library are skipped (``duplicates="skip"``)
    or merged into the resource they duplicate (``"merge"``: empty fields filled,
    topics, countries, organisations and authors added), never added twice."""
    p = Path(path)
    fmt, items, notes, problems = read_items(p, fmt, csv_mapping=csv_mapping)
    report = ImportReport(
        path=str(p), format=fmt, total=len(items), dry_run=dry_run, notes=notes, problems=problems
    )
    if fmt == "csv":
        report.csv_headers = csvfmt.header_row(p.read_bytes())
        report.csv_mapping = dict(csv_mapping or csvfmt.guess_mapping(report.csv_headers))
    fresh, dups = split_duplicates(catalogue, items)
    report.duplicates = len(dups)
    report.duplicate_titles = [d.data.title for d, _ in dups][:50]
    merges: list[tuple[int, ResourceData]] = []
    if duplicates == "merge":
        targets = sorted({rid for _, rid in dups if rid})
        before = {v.id: v.editable() for v in catalogue.get_many(targets)}
        after = dict(before)
        for item, rid in dups:
            if rid in after:  # several entries may merge into one resource
                after[rid] = merged_into(after[rid], item.data)
        merges = [(rid, data) for rid, data in after.items() if data != before[rid]]
    if fresh or merges:
        result = catalogue.create_many(
            fresh,
            action=f"import {p.name}",
            dry_run=dry_run,
            progress=progress,
            merge=merges,
        )
        report.added = len(result.views)
        report.merged = result.merged
        report.created_terms = result.created_terms
        report.ids = [] if dry_run else [v.id for v in result.views]
    return report


_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>{}\[\](),;]+)")
_NAMED_DOI = re.compile(r"(?i)doi[^0-9]{0,12}" + _DOI.pattern)
_NAMED_ISBN = re.compile(
    r"(?i)(?:isbn|issn|\bSN\b|=020)[^0-9]{0,12}((?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx])\b"
)


def identifiers(url: str, source_record: str) -> set[str]:
    """DOIs and ISBNs a record carries: in its link, or named as such in its source."""
    found = {"doi:" + m.group(1).rstrip(".").lower() for m in _DOI.finditer(url)}
    found |= {"doi:" + m.group(1).rstrip(".").lower() for m in _NAMED_DOI.finditer(source_record)}
    for m in _NAMED_ISBN.finditer(source_record):
        digits = re.sub(r"[- ]", "", m.group(1)).upper()
        if len(digits) in (10, 13):
            found.add("isbn:" + digits)
    return found


def split_duplicates(
    catalogue: Catalogue, items: list[NewResource]
) -> tuple[list[NewResource], list[tuple[NewResource, int]]]:
    """(new, likely duplicates with the id of the resource each duplicates; 0 when it
    repeats an earlier entry of the same file).

    A duplicate has the same UUID, source text, link, DOI or ISBN, or the same
    title (ignoring case and punctuation) and year.
    """
    seen: dict[object, int] = {}
    for v in catalogue.iter_views(include_trashed=True, batch=2000):
        for key in _dup_keys(v.uuid, v.source_record, v.url, v.title, v.year, False):
            seen.setdefault(key, v.id)
    fresh: list[NewResource] = []
    dups: list[tuple[NewResource, int]] = []
    for item in items:
        year = int(item.data.date[:4]) if item.data.date else None
        keys = _dup_keys(
            item.uuid or "",
            item.source_record,
            item.data.url,
            item.data.title,
            year,
            item.data.needs_review,
        )
        match = next((seen[k] for k in keys if k in seen), None)
        if match is None:
            fresh.append(item)
        else:
            dups.append((item, match))
        for k in keys:
            seen.setdefault(k, 0)
    return fresh, dups


def _dup_keys(
    uuid: str, source: str, url: str, title: str, year: int | None, untitled: bool
) -> list[object]:
    keys: list[object] = []
    if uuid:
        keys.append(("uuid", uuid))
    if source:
        keys.append(("source", source))
    link = url.strip().rstrip("/").lower()
    if link:
        keys.append(("url", link))
    keys.extend(identifiers(url, source))
    tkey = title_key(title)
    if tkey and not untitled:
        keys.append(("title", tkey, year))
    return keys


def merged_into(existing: ResourceData, incoming: ResourceData) -> ResourceData:
    """``existing`` with its empty fields filled and its lists extended from ``incoming``."""
    out = existing.editable()
    for name in ("summary", "excerpt", "url", "date", "language"):
        if not getattr(out, name) and getattr(incoming, name):
            setattr(out, name, getattr(incoming, name))
    for name in LIST_FIELDS:
        have = getattr(out, name)
        keys = {x.casefold() for x in have}
        setattr(
            out, name, [*have, *(x for x in getattr(incoming, name) if x.casefold() not in keys)]
        )
    if incoming.curator_notes and incoming.curator_notes not in out.curator_notes:
        out.curator_notes = "\n".join(p for p in (out.curator_notes, incoming.curator_notes) if p)
    return out
