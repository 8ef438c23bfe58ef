"""Importing files into a library: read, find duplicates, add all-or-nothing.

Each format has a reader that turns a file into :class:`NewResource` items (or
raises :class:`ImportFormatError` naming the line or record). Every item then
passes :func:`desktop_app.core.library.records.checked` (size limits, control characters).
:func:`import_file` adds the new ones in a single catalogue action, so a failed
or cancelled import leaves the library exactly as it was. ``dry_run`` gives the
preview, with each duplicate's rule (:mod:`desktop_app.core.transfer.duplicates`).
"""

from __future__ import annotations

import importlib
import re
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import ImportFormatError, LibraryError
from desktop_app.core.library.records import (
    LIST_FIELDS,
    MAX_IMPORT_BYTES,
    SOURCE_RECORD_LIMIT,
    ResourceData,
    checked,
    clean_control,
    validate,
)
from desktop_app.core.service import Catalogue, NewResource
from desktop_app.core.transfer.duplicates import Duplicate, find_duplicates, identifiers
from desktop_app.core.transfer.formats import csvfmt, seed
from desktop_app.core.transfer.formats.common import latest_year

__all__ = ["FORMATS", "ImportReport", "identifiers", "import_file", "read_items"]
# Seed entries get a UUID derived from their source text, so the same entry has
# the same identity in every library built from the same capture.
SEED_NAMESPACE = uuid_mod.UUID("6f1c2d1e-5b8a-4c33-9a47-2f7c0e9d1b11")
READERS = {"json": "jsonfmt", "ris": "ris", "bibtex": "bibtex", "marc": "marc", "dc": "dc"}
FORMATS = ("seed", "json", "csv", "ris", "bibtex", "marc", "dc")


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    path: str
    format: str
    total: int = 0
    added: int = 0
    duplicates: int = 0
    merged: int = 0
    duplicate_list: list[Duplicate] = field(default_factory=list)
    duplicate_titles: list[str] = field(default_factory=list)  # one line each, with its rule
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dry_run: bool = False
    merge_duplicates: bool = False  # duplicates were merged in (else skipped)
    csv_headers: list[str] = field(default_factory=list)
    csv_mapping: dict[str, str] = field(default_factory=dict)  # column -> field
    ids: list[int] = field(default_factory=list)

    @property
    def repeated_in_file(self) -> int:
        """Duplicates that repeat an earlier entry of the same file."""
        return sum(1 for d in self.duplicate_list if d.in_file)

    def detail_lines(self, limit: int = 200) -> list[str]:
        """The lines behind the summary: notes, new terms, problems, and each duplicate
        with its rule and whether it was merged or skipped (the CLI and the window)."""
        lines = [f"note: {note}" for note in self.notes]
        lines += [f"new {kind}: {name}" for kind, name in self.created_terms[:limit]]
        lines += [f"problem: {problem}" for problem in self.problems[:limit]]
        for dup in self.duplicate_list[:limit]:
            merged = self.merge_duplicates and dup.merge_into
            lines.append(f"duplicate ({'merged' if merged else 'skipped'}): {dup.describe()}")
        return lines

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        in_file = self.repeated_in_file
        text = (
            f"{self.path}: {self.total} entries read, {verb} {self.added}, "
            f"{self.duplicates - in_file} already in the library"
        )
        if in_file:
            text += f", {in_file} repeated within the file"
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
    """Read ``path``: (format, items, notes, problems).

    Every item is valid, within the size limits and free of control characters, or
    ImportFormatError names its record; a file larger than ``MAX_IMPORT_BYTES`` is
    refused before it is read.
    """
    raw = read_limited(path)
    fmt, items, notes, problems = _parse(path, raw, fmt, csv_mapping)
    if fmt not in ("seed", "json"):
        return fmt, items, notes, problems  # formats.common.to_item checked each already
    label = "line" if fmt == "seed" else "record"
    for n, item in enumerate(items, 1):
        where = f"{path}: {label} {_seed_line(item) if fmt == 'seed' else n}"
        item.data = checked(item.data, where)
        invalid = validate(item.data, imported=True)
        if invalid:
            name, why = next(iter(invalid.items()))
            raise ImportFormatError(f"{where}: {name}: {why}")
        item.source_record = clean_control(item.source_record[:SOURCE_RECORD_LIMIT], multiline=True)
        _flag_future(item.data, where, problems)
    return fmt, items, notes, problems


def _flag_future(data: ResourceData, where: str, problems: list[str]) -> None:
    """Flag for review a record whose year is after next year (another calendar?)."""
    year = int(data.date[:4]) if data.date and data.date[:4].isdigit() else None
    if year is None or year <= latest_year():
        return
    problems.append(f"{where}: year {year} is in the future; flagged for review")
    data.needs_review = True
    reason = f"The year {year} lies in the future: the date may be in another calendar."
    data.review_reason = " ".join(r for r in (data.review_reason, reason) if r)[:2000]


def read_limited(path: Path) -> bytes:
    """The bytes of ``path``, or LibraryError when it is missing, unreadable or larger
    than ``MAX_IMPORT_BYTES`` (said before reading it)."""
    limit = MAX_IMPORT_BYTES
    too_big = (
        f"{path}: the file is larger than {limit // 2**20} MB, the most one import reads; "
        "split it into smaller files"
    )
    try:
        if path.stat().st_size > limit:
            raise LibraryError(too_big)
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except FileNotFoundError:
        raise LibraryError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise LibraryError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(raw) > limit:
        raise LibraryError(too_big)
    return raw


def _seed_line(item: NewResource) -> str:
    m = re.search(r"line (\d+)$", item.provenance)
    return m.group(1) if m else "?"


def _parse(
    path: Path, raw: bytes, fmt: str | None, csv_mapping: dict[str, str] | None
) -> tuple[str, list[NewResource], list[str], list[str]]:
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
    if fmt == "csv":
        result = csvfmt.read(raw, where, csv_mapping)
    elif fmt in READERS:
        # a format's reader (and its library: pymarc, bibtexparser, rispy) loads when
        # first used, not at every start of the app or the command line
        reader = importlib.import_module(f"desktop_app.core.transfer.formats.{READERS[fmt]}")
        result = reader.read(raw, where)
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
        path=str(p),
        format=fmt,
        total=len(items),
        dry_run=dry_run,
        notes=notes,
        problems=problems,
        merge_duplicates=duplicates == "merge",
    )
    if fmt == "csv":
        report.csv_headers = csvfmt.header_row(read_limited(p))
        report.csv_mapping = dict(csv_mapping or csvfmt.guess_mapping(report.csv_headers))
    fresh, dups = find_duplicates(catalogue, items)
    report.duplicates = len(dups)
    report.duplicate_list = [d for _, d in dups]
    report.duplicate_titles = [d.describe() for _, d in dups]
    merges: list[tuple[int, ResourceData]] = []
    if duplicates == "merge":
        targets = sorted({d.merge_into for _, d in dups if d.merge_into})
        before = {v.id: v.editable() for v in catalogue.get_many(targets)}
        after = dict(before)
        for item, d in dups:
            if d.merge_into in after:  # several entries may merge into one resource
                after[d.merge_into] = merged_into(after[d.merge_into], item.data)
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
