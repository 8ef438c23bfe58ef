"""Collection packs: a library's resources on a USB stick, merged by UUID at the other end.

A pack is a zip file holding

* ``manifest.json``: format version, the library's UUID and change counter, the
  creation time, counts, and the size and SHA-256 of every other member;
* ``resources.jsonl``: one resource a line (UUID, editable fields, dates, provenance);
* ``vocabularies.json``: topics, organisations and country aliases, and the thesaurus;
* ``tombstones.jsonl``: resources deleted for good (since a given earlier pack);
* ``bases.jsonl``: what this library last took from each peer's packs, so that
  the receiving library can tell who changed what since the last exchange.

Importing is a three-way merge per resource. The common ancestors are what this
library last took from the pack's library and what that library last took from
this one: a side whose content still equals an ancestor did not change it. A
resource changed on both sides is a conflict for the curator (keep mine, take
theirs, or field by field); an unresolved conflict keeps the local version and
stays a conflict next time. Deleted resources go to the trash, not away.

Everything in the file is checked before anything is written: format version,
member names (no paths), sizes and compression ratios (no zip bombs), checksums
and the JSON itself. An import is one action: all or nothing, and undoable.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryError, ValidationError
from desktop_app.core.files import files_dir, safe_name, stored_path
from desktop_app.core.models import (
    ChangeLog,
    Country,
    ExchangeBase,
    LibraryInfo,
    Organisation,
    Resource,
    Status,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.records import ResourceData, validate
from desktop_app.core.service import ActionRecorder, Catalogue, ChangeSet, DryRun, data_of
from desktop_app.core.text import clean, norm
from desktop_app.core.vocabulary import VocabularyResolver, match_country

FORMAT = "resource-librarian-pack"
FORMAT_VERSION = 1
SUFFIX = ".librarypack"
MEMBERS = ("resources.jsonl", "vocabularies.json", "tombstones.jsonl", "bases.jsonl")
FILES_PREFIX = "files/"  # local copies travel as files/000001, files/000002, …
_FILE_MEMBER = re.compile(r"^files/[0-9]{6}$")
MAX_MEMBER_BYTES = 2 * 1024**3  # uncompressed; 100,000 resources take about 150 MB
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB (JSON packs ~10:1)
CHUNK = 500

Progress = Callable[[int, int, str], None]
Side = str  # "mine" or "theirs"
Resolution = Side | Mapping[str, Side]  # whole resource, or field by field

# What travels: the editable fields, less the path of a local file (not shipped).
_SKIP = ("local_file",)


class PackError(LibraryError):
    """A pack file that cannot be used; the message says what is wrong with it."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}; nothing was changed")


def portable(data: ResourceData) -> dict[str, Any]:
    d = data.editable().to_dict()
    for key in _SKIP:
        d.pop(key, None)
    return d


def content_hash(fields: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        {k: v for k, v in fields.items() if k not in _SKIP},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# -- export -------------------------------------------------------------------------------


@dataclass(slots=True)
class PackSummary:
    path: str
    library_uuid: str
    resources: int = 0
    tombstones: int = 0
    files: int = 0

    def summary(self) -> str:
        return (
            f"wrote {self.path}: {self.resources} resources, {self.files} local copies, "
            f"{self.tombstones} deletions to pass on"
        )


class _HashingWriter(io.RawIOBase):
    """Counts and hashes what goes into one zip member."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.sha = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = bytes(b)
        self.sha.update(data)
        self.size += len(data)
        self.target.write(data)
        return len(data)


def export_pack(
    catalogue: Catalogue,
    path: str | Path,
    *,
    since: str | Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackSummary:
    """Write the whole library (trash included) as a pack, streaming, to ``path``.

    ``since``: an earlier pack of this library; only deletions made after it are
    passed on as tombstones (all known deletions otherwise).
    """
    target = Path(path)
    since_counter = 0
    me = catalogue.library_uuid()
    if since is not None:
        earlier = read_manifest(since)
        if earlier.get("library_uuid") != me:
            raise PackError(since, "was made by another library, so it cannot mark a 'since'")
        since_counter = int(earlier.get("change_counter", 0))
    total = catalogue.count(include_trashed=True)
    out = PackSummary(str(target), me)
    members: dict[str, dict[str, Any]] = {}
    tmp = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:

            def member(name: str, lines: Iterator[str]) -> int:
                count = 0
                with zf.open(name, "w", force_zip64=True) as raw:
                    w = _HashingWriter(raw)
                    buf = io.BufferedWriter(w, buffer_size=1 << 16)
                    for line in lines:
                        buf.write(line.encode("utf-8"))
                        count += 1
                    buf.flush()
                members[name] = {"size": w.size, "sha256": w.sha.hexdigest()}
                return count

            copies: dict[str, str] = {}  # stored name -> member

            def resources() -> Iterator[str]:
                views = catalogue.iter_views(include_trashed=True, batch=2000)
                for n, v in enumerate(views, 1):
                    record: dict[str, Any] = {
                        "uuid": v.uuid,
                        "fields": portable(v),
                        "added_at": v.added_at.isoformat() if v.added_at else None,
                        "modified_at": v.modified_at.isoformat() if v.modified_at else None,
                        "provenance": v.provenance,
                        "source_record": v.source_record,
                    }
                    stored = stored_path(catalogue.library, v.local_file)
                    if stored is not None and stored.is_file():
                        member_name = copies.setdefault(
                            v.local_file, f"{FILES_PREFIX}{len(copies) + 1:06d}"
                        )
                        record["local_copy"] = {"name": v.local_file, "member": member_name}
                    yield json.dumps(record, ensure_ascii=False) + "\n"
                    if n % 1000 == 0:
                        if cancelled is not None and cancelled():
                            raise PackCancelled
                        if progress is not None:
                            progress(n, total, "Writing resources…")

            out.resources = member("resources.jsonl", resources())
            for stored_name, member_name in copies.items():
                with zf.open(member_name, "w", force_zip64=True) as raw:
                    w = _HashingWriter(raw)
                    with (files_dir(catalogue.library) / stored_name).open("rb") as src:
                        while chunk := src.read(1 << 20):
                            w.write(chunk)
                members[member_name] = {"size": w.size, "sha256": w.sha.hexdigest()}
            out.files = len(copies)
            with catalogue.library.read() as s:
                counter = _counter(s)
                vocab = _vocabularies(s)
                tombs = list(_tombstones(s, since_counter))
                bases = [
                    {"peer": b.peer_uuid, "uuid": b.resource_uuid, "hash": b.content_hash}
                    for b in s.scalars(select(ExchangeBase))
                ]
            member("vocabularies.json", iter([json.dumps(vocab, ensure_ascii=False)]))
            out.tombstones = member(
                "tombstones.jsonl", (json.dumps(t, ensure_ascii=False) + "\n" for t in tombs)
            )
            member("bases.jsonl", (json.dumps(b) + "\n" for b in bases))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "library_uuid": me,
                "change_counter": counter,
                "since_change_counter": since_counter,
                "created_at": _now(),
                "counts": {
                    "resources": out.resources,
                    "tombstones": out.tombstones,
                    "topics": len(vocab["topics"]),
                    "organisations": len(vocab["organisations"]),
                    "thesaurus_groups": len(vocab["thesaurus"]),
                    "local_copies": len(copies),
                },
                "members": members,
            }
            zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        os.replace(tmp, target)
    except PackCancelled:
        raise
    except OSError as exc:
        raise LibraryError(f"{target}: the pack could not be written ({exc.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return out


class PackCancelled(LibraryError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


def _counter(s: Session) -> int:
    info = s.get(LibraryInfo, 1)
    return info.change_counter if info else 0


def _vocabularies(s: Session) -> dict[str, Any]:
    topics = s.scalars(select(Topic).order_by(Topic.name)).all()
    names = {t.id: t.name for t in topics}
    return {
        "topics": [
            {
                "name": t.name,
                "parent": names.get(t.parent_id) if t.parent_id else None,
                "alt_labels": list(t.alt_labels or []),
            }
            for t in topics
        ],
        "organisations": [
            {"name": o.name, "acronym": o.acronym, "alt_names": list(o.alt_names or [])}
            for o in s.scalars(select(Organisation).order_by(Organisation.name))
        ],
        "countries": [
            {"code": c.alpha2, "aliases": list(c.aliases or [])}
            for c in s.scalars(select(Country).order_by(Country.alpha2))
            if c.aliases
        ],
        "thesaurus": [list(g.terms) for g in s.scalars(select(ThesaurusGroup))],
    }


def _tombstones(s: Session, since_counter: int) -> Iterator[dict[str, Any]]:
    """Resources deleted for good after ``since_counter`` and not brought back."""
    existing = set(s.scalars(select(Resource.uuid)))
    seen: set[str] = set()
    rows = s.scalars(
        select(ChangeLog)
        .where(
            ChangeLog.field == "*",
            ChangeLog.new.is_(None),
            ChangeLog.undone.is_(False),
            ChangeLog.counter > since_counter,
            ChangeLog.resource_uuid.is_not(None),
        )
        .order_by(ChangeLog.counter.desc())
    )
    for row in rows:
        uuid = row.resource_uuid
        if uuid is None or uuid in existing or uuid in seen:
            continue
        seen.add(uuid)
        old = json.loads(row.old) if row.old else {}
        yield {
            "uuid": uuid,
            "deleted_at": row.at.isoformat() if row.at else None,
            "title": old.get("title", ""),
            "hash": content_hash(old) if old else None,
        }


# -- reading and checking a pack ------------------------------------------------------------


_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


def _open(path: str | Path) -> zipfile.ZipFile:
    p = Path(path)
    try:
        zf = zipfile.ZipFile(p)
    except FileNotFoundError:
        raise PackError(p, "no such file") from None
    except zipfile.BadZipFile:
        raise PackError(p, "is not a collection pack, or the file is truncated") from None
    except OSError as exc:
        raise PackError(p, f"cannot be read ({exc.strerror})") from None
    for info in zf.infolist():
        name = info.filename
        if (
            not (_SAFE_NAME.match(name) or _FILE_MEMBER.match(name))
            or name in (".", "..")
            or ".." in name.split("/")
            or name.startswith("/")
        ):
            zf.close()
            raise PackError(p, f"holds a member with an unsafe name ({name!r})")
        if info.file_size > MAX_MEMBER_BYTES:
            zf.close()
            raise PackError(p, f"member {name} is too large ({info.file_size:,} bytes)")
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            zf.close()
            raise PackError(
                p,
                f"member {name} expands {info.file_size // max(info.compress_size, 1)}-fold "
                "(a zip bomb?)",
            )
    return zf


def _read_member(zf: zipfile.ZipFile, path: str | Path, name: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    try:
        with zf.open(name) as f:
            data = f.read(limit + 1)
    except KeyError:
        raise PackError(path, f"has no {name}") from None
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
        raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None
    if len(data) > limit:
        raise PackError(path, f"member {name} is larger than its header says")
    return data


def read_manifest(path: str | Path) -> dict[str, Any]:
    with _open(path) as zf:
        return _manifest(zf, path)


def _manifest(zf: zipfile.ZipFile, path: str | Path) -> dict[str, Any]:
    raw = _read_member(zf, path, "manifest.json", 1 << 20)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(path, f"manifest.json is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackError(path, "is not a Resource Librarian collection pack")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise PackError(path, "has no valid format version")
    if version > FORMAT_VERSION:
        raise PackError(
            path,
            f"was made by a newer Resource Librarian (pack format {version}; this version "
            f"reads up to {FORMAT_VERSION}); update the app to import it",
        )
    if not isinstance(manifest.get("members"), dict) or not isinstance(
        manifest.get("library_uuid"), str
    ):
        raise PackError(path, "manifest.json is incomplete")
    return manifest


def _verified(zf: zipfile.ZipFile, path: str | Path, manifest: dict[str, Any]) -> None:
    """Every member is listed, none is missing, and every checksum matches."""
    listed: dict[str, Any] = manifest["members"]
    present = {i.filename for i in zf.infolist()} - {"manifest.json"}
    if extra := present - set(listed):
        raise PackError(path, f"holds members its manifest does not list: {', '.join(extra)}")
    for name in MEMBERS:
        if name not in listed:
            raise PackError(path, f"manifest.json does not list {name}")
    for name, meta in listed.items():
        if name not in MEMBERS and not _FILE_MEMBER.match(name):
            raise PackError(path, f"manifest lists an unknown member {name!r}")
        if name not in present:
            raise PackError(path, f"is missing {name} (truncated?)")
        sha = hashlib.sha256()
        size = 0
        try:
            with zf.open(name) as f:
                while chunk := f.read(1 << 20):
                    size += len(chunk)
                    if size > MAX_MEMBER_BYTES:
                        raise PackError(path, f"member {name} is too large")
                    sha.update(chunk)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
            raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None
        if not isinstance(meta, dict) or sha.hexdigest() != meta.get("sha256"):
            raise PackError(path, f"member {name} does not match its checksum (damaged?)")
        if size != meta.get("size"):
            raise PackError(path, f"member {name} is not the size its manifest says")


def _json_lines(zf: zipfile.ZipFile, path: str | Path, name: str) -> Iterator[tuple[int, Any]]:
    with zf.open(name) as f:
        for n, raw in enumerate(io.TextIOWrapper(f, encoding="utf-8"), 1):
            if not raw.strip():
                continue
            try:
                yield n, json.loads(raw)
            except json.JSONDecodeError as exc:
                raise PackError(path, f"{name}, line {n}: not valid JSON ({exc.msg})") from None


# -- import ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Conflict:
    """A resource changed on both sides since the last exchange (or deleted there)."""

    uuid: str
    title: str
    mine: dict[str, Any]
    theirs: dict[str, Any] | None  # None: deleted in the pack's library
    fields: list[str]

    def describe(self) -> str:
        if self.theirs is None:
            return f"{self.uuid}  {self.title}: deleted there, changed here"
        return f"{self.uuid}  {self.title}: both changed {', '.join(self.fields)}"


@dataclass(slots=True)
class PackReport:
    path: str
    peer_uuid: str
    created_at: str
    dry_run: bool = False
    total: int = 0
    added: int = 0
    updated: int = 0  # changed only in the pack: taken
    kept: int = 0  # changed only here: kept
    unchanged: int = 0
    resolved: int = 0
    trashed: int = 0
    local_copies: int = 0  # files taken from the pack for resources that had none
    conflicts: list[Conflict] = field(default_factory=list)
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)

    def summary(self) -> str:
        verb = "would" if self.dry_run else "did"
        return (
            f"{self.path}: {self.total} resources in the pack; {verb} add {self.added}, "
            f"update {self.updated}, keep {self.kept} changed here, move {self.trashed} "
            f"deleted there to the trash; {self.unchanged} unchanged; "
            f"{len(self.conflicts)} conflicts"
            + (f" ({self.resolved} resolved)" if self.resolved else "")
            + (f"; {self.local_copies} local copies" if self.local_copies else "")
        )


def diff_fields(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    return [k for k in theirs if k not in _SKIP and mine.get(k) != theirs.get(k)]


def merged(
    mine: Mapping[str, Any], theirs: Mapping[str, Any], choice: Resolution
) -> dict[str, Any]:
    """``mine`` with the fields chosen from ``theirs``."""
    if isinstance(choice, str):
        return dict(theirs if choice == "theirs" else mine)
    out = dict(mine)
    for name, side in choice.items():
        if side == "theirs" and name in theirs:
            out[name] = theirs[name]
    return out


def import_pack(
    catalogue: Catalogue,
    path: str | Path,
    *,
    dry_run: bool = False,
    resolutions: Mapping[str, Resolution] | None = None,
    progress: Progress | None = None,
) -> PackReport:
    """Merge a pack into the library (or, with ``dry_run``, say what that would do)."""
    resolutions = dict(resolutions or {})
    with _open(path) as zf:
        manifest = _manifest(zf, path)
        _verified(zf, path, manifest)
        peer = manifest["library_uuid"]
        me = catalogue.library_uuid()
        if peer == me:
            raise PackError(path, "was made from this library; there is nothing to merge")
        report = PackReport(str(path), peer, str(manifest.get("created_at", "")), dry_run=dry_run)
        total = int(manifest.get("counts", {}).get("resources", 0)) or 1
        vocab = json.loads(_read_member(zf, path, "vocabularies.json", MAX_MEMBER_BYTES))
        their_bases = {
            b["uuid"]: b["hash"]
            for _, b in _json_lines(zf, path, "bases.jsonl")
            if isinstance(b, dict) and b.get("peer") == me
        }
        tombstones = [t for _, t in _json_lines(zf, path, "tombstones.jsonl")]

        try:
            with catalogue.library.write() as s:
                rec = ActionRecorder(s, f"import pack {Path(path).name}")
                resolver = VocabularyResolver(s, on_create=rec.log_created_term)
                _merge_vocabularies(s, vocab, resolver)
                copies: dict[str, str] = {}  # stored name -> member, to take from the pack
                merge = functools.partial(
                    _merge_batch,
                    s, catalogue, rec, resolver, peer, their_bases, resolutions, report, path,
                    copies,
                )  # fmt: skip
                batch: list[tuple[int, dict[str, Any]]] = []
                for n, record in _json_lines(zf, path, "resources.jsonl"):
                    batch.append((n, record))
                    if len(batch) >= CHUNK:
                        merge(batch)
                        batch.clear()
                        if progress is not None:
                            progress(report.total, total, "Merging resources…")
                merge(batch)
                _apply_tombstones(s, rec, tombstones, peer, their_bases, resolutions, report)
                report.created_terms = list(resolver.created)
                rec.changes.vocabulary = bool(resolver.created)
                report.changes = rec.changes
                report.local_copies = len(copies)
                if dry_run:
                    raise DryRun
                _take_copies(zf, path, catalogue, copies)
        except DryRun:
            report.changes = ChangeSet()
            return report
        except ValidationError as exc:
            raise PackError(path, f"a resource is invalid ({exc})") from None
    catalogue._notify(report.changes)
    return report


def _record_fields(record: Any, path: str | Path, n: int) -> tuple[str, dict[str, Any]]:
    if not isinstance(record, dict) or not isinstance(record.get("uuid"), str):
        raise PackError(path, f"resources.jsonl, line {n}: not a resource record")
    fields = record.get("fields")
    if not isinstance(fields, dict):
        raise PackError(path, f"resources.jsonl, line {n}: the resource has no fields")
    data = ResourceData.from_dict(fields)
    problems = validate(data, imported=True)
    if problems:
        text = "; ".join(f"{k}: {v}" for k, v in problems.items())
        raise PackError(path, f"resources.jsonl, line {n}: {text}")
    return record["uuid"], portable(data)


def _merge_batch(
    s: Session,
    cat: Catalogue,
    rec: ActionRecorder,
    resolver: VocabularyResolver,
    peer: str,
    their_bases: Mapping[str, str],
    resolutions: Mapping[str, Resolution],
    report: PackReport,
    path: str | Path,
    copies: dict[str, str],
    batch: list[tuple[int, dict[str, Any]]],
) -> None:
    if not batch:
        return
    records = [(n, r, *_record_fields(r, path, n)) for n, r in batch]
    uuids = [u for _, _, u, _ in records]
    local = {r.uuid: r for r in s.scalars(select(Resource).where(Resource.uuid.in_(uuids)))}
    mine_bases = {
        b.resource_uuid: b
        for b in s.scalars(
            select(ExchangeBase).where(
                ExchangeBase.peer_uuid == peer, ExchangeBase.resource_uuid.in_(uuids)
            )
        )
    }
    for _n, record, uuid, theirs in records:
        report.total += 1
        theirs_hash = content_hash(theirs)
        res = local.get(uuid)
        settle = True  # record the pack's version as the new common ancestor
        if res is None:
            new = Resource(
                uuid=uuid,
                version=1,
                provenance=str(record.get("provenance") or f"pack:{peer}"),
                source_record=str(record.get("source_record") or ""),
            )
            s.add(new)
            with s.no_autoflush:
                cat._apply(new, ResourceData.from_dict(theirs), resolver, None)
            rec.stamp(new, bump=False)
            s.flush()
            rec.log(new, "*", None, ResourceData.from_dict(theirs).to_dict())
            rec.changes.added.add(new.id)
            report.added += 1
        else:
            mine = portable(data_of(res))
            mine_hash = content_hash(mine)
            ancestors = {h for h in (their_bases.get(uuid), _hash_of(mine_bases.get(uuid))) if h}
            if mine_hash == theirs_hash:
                report.unchanged += 1
            elif mine_hash in ancestors:
                _edit(cat, res, theirs, resolver, rec)
                report.updated += 1
            elif theirs_hash in ancestors:
                report.kept += 1
            elif uuid in resolutions:
                _edit(cat, res, merged(mine, theirs, resolutions[uuid]), resolver, rec)
                report.resolved += 1
                report.conflicts.append(
                    Conflict(uuid, res.title, mine, theirs, diff_fields(mine, theirs))
                )
            else:
                report.conflicts.append(
                    Conflict(uuid, res.title, mine, theirs, diff_fields(mine, theirs))
                )
                settle = False  # still a conflict next time
        if settle:
            _set_base(s, mine_bases.get(uuid), peer, uuid, theirs_hash)
        target = res if res is not None else new
        if "local_copy" in record and not target.local_file:
            name, member = _local_copy(record["local_copy"], path, _n)
            rec.log(target, "local_file", "", name)
            target.local_file = name
            copies[name] = member
            if res is not None:
                rec.stamp(res)
                rec.changes.updated.add(res.id)


def _local_copy(value: Any, path: str | Path, n: int) -> tuple[str, str]:
    """(stored name, member) of a record's local copy, refusing anything unsafe."""
    if not isinstance(value, dict):
        raise PackError(path, f"resources.jsonl line {n}: local_copy is not an object")
    name, member = value.get("name"), value.get("member")
    if (
        not isinstance(name, str)
        or not isinstance(member, str)
        or not _FILE_MEMBER.match(member)
        or safe_name(name) != name
    ):
        raise PackError(path, f"resources.jsonl line {n}: local_copy names an unsafe file")
    return name, member


def _take_copies(
    zf: zipfile.ZipFile, path: str | Path, catalogue: Catalogue, copies: Mapping[str, str]
) -> None:
    """Copy the pack's local copies into the library's files folder (checked already)."""
    if not copies:
        return
    folder = files_dir(catalogue.library)
    try:
        folder.mkdir(exist_ok=True)
        for name, member in copies.items():
            target = folder / name
            if target.exists():
                continue
            tmp = folder / f".pack-{member.replace('/', '-')}"
            try:
                with zf.open(member) as src, tmp.open("wb") as out:
                    while chunk := src.read(1 << 20):
                        out.write(chunk)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
    except KeyError as exc:
        raise PackError(path, f"is missing {exc.args[0]}") from None
    except OSError as exc:
        raise PackError(path, f"its local copies could not be written ({exc.strerror})") from None


def _hash_of(base: ExchangeBase | None) -> str | None:
    return base.content_hash if base is not None else None


def _edit(
    cat: Catalogue,
    res: Resource,
    fields: Mapping[str, Any],
    resolver: VocabularyResolver,
    rec: ActionRecorder,
) -> None:
    data = ResourceData.from_dict({**data_of(res).to_dict(), **fields})
    cat.apply_edit(res, data, resolver, rec)


def _set_base(s: Session, base: ExchangeBase | None, peer: str, uuid: str, content: str) -> None:
    if base is None:
        s.add(ExchangeBase(peer_uuid=peer, resource_uuid=uuid, content_hash=content))
    else:
        base.content_hash = content
        base.exchanged_at = datetime.now(UTC).replace(tzinfo=None)


def _apply_tombstones(
    s: Session,
    rec: ActionRecorder,
    tombstones: list[Any],
    peer: str,
    their_bases: Mapping[str, str],
    resolutions: Mapping[str, Resolution],
    report: PackReport,
) -> None:
    """A resource deleted there goes to the trash here, unless it was changed here."""
    for t in tombstones:
        if not isinstance(t, dict) or not isinstance(t.get("uuid"), str):
            continue
        uuid = t["uuid"]
        res = s.scalars(select(Resource).where(Resource.uuid == uuid)).first()
        if res is None or res.status == Status.TRASHED.value:
            continue
        mine = portable(data_of(res))
        base = s.get(ExchangeBase, (peer, uuid))
        ancestors = {h for h in (t.get("hash"), their_bases.get(uuid), _hash_of(base)) if h}
        choice = resolutions.get(uuid)
        if content_hash(mine) in ancestors or choice == "theirs":
            rec.log(res, "status", res.status, Status.TRASHED.value)
            res.status = Status.TRASHED.value
            rec.stamp(res)
            rec.changes.removed.add(res.id)
            report.trashed += 1
            if choice == "theirs":
                report.resolved += 1
        elif choice == "mine":
            report.resolved += 1
            report.conflicts.append(Conflict(uuid, res.title, mine, None, []))
        else:
            report.conflicts.append(Conflict(uuid, res.title, mine, None, []))


def _merge_vocabularies(s: Session, vocab: Any, resolver: VocabularyResolver) -> None:
    """Add the pack's terms, labels, aliases and synonym groups that are missing here."""
    if not isinstance(vocab, dict):
        return
    for t in vocab.get("topics") or []:
        if not isinstance(t, dict) or not clean(str(t.get("name") or "")):
            continue
        topic = resolver.topic(str(t["name"]))
        labels = [str(x) for x in t.get("alt_labels") or []]
        extra = [x for x in labels if x not in (topic.alt_labels or [])]
        if extra:
            topic.alt_labels = [*(topic.alt_labels or []), *extra]
        if t.get("parent") and topic.parent_id is None:
            parent = resolver.topic(str(t["parent"]))
            if parent is not topic:
                s.flush()
                topic.parent_id = parent.id
    for o in vocab.get("organisations") or []:
        if not isinstance(o, dict) or not clean(str(o.get("name") or "")):
            continue
        org = resolver.organisation(str(o["name"]))
        if o.get("acronym") and not org.acronym:
            org.acronym = str(o["acronym"])
        names = [str(x) for x in o.get("alt_names") or []]
        extra = [x for x in names if x not in (org.alt_names or [])]
        if extra:
            org.alt_names = [*(org.alt_names or []), *extra]
    for c in vocab.get("countries") or []:
        if not isinstance(c, dict):
            continue
        country = resolver.country(str(c.get("code") or ""))
        if country is None:
            continue
        aliases = [str(x) for x in c.get("aliases") or [] if match_country(str(x)) is None]
        extra = [x for x in aliases if x not in (country.aliases or [])]
        if extra:
            country.aliases = [*(country.aliases or []), *extra]
    groups = [set(map(norm, g.terms)) for g in s.scalars(select(ThesaurusGroup))]
    for terms in vocab.get("thesaurus") or []:
        if not isinstance(terms, list):
            continue
        clean_terms = [clean(str(x)) for x in terms if clean(str(x))]
        keys = set(map(norm, clean_terms))
        if len(keys) >= 2 and not any(keys <= g for g in groups):
            s.add(ThesaurusGroup(terms=clean_terms))
            groups.append(keys)
    s.flush()
