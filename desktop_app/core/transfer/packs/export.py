"""Writing a pack: the whole library, streamed into a zip."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.files import files_dir, stored_path
from desktop_app.core.library.models import (
    ChangeLog,
    Country,
    ExchangeBase,
    LibraryInfo,
    Organisation,
    Resource,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs.document_text import text_bytes, text_member
from desktop_app.core.transfer.packs.format import (
    FILES_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    PackError,
    Progress,
    content_hash,
    now_iso,
    portable,
    read_manifest,
)
from desktop_app.core.transfer.packs.lists_and_searches import (
    LISTS,
    SEARCHES,
    list_lines,
    search_lines,
)

# -- export -------------------------------------------------------------------------------


@dataclass(slots=True)
class PackSummary:
    path: str
    library_uuid: str
    resources: int = 0
    tombstones: int = 0
    files: int = 0
    texts: int = 0  # local copies whose text travels with them

    def summary(self) -> str:
        return (
            f"wrote {self.path}: {self.resources} resources, {self.files} local copies "
            f"({self.texts} with their text), {self.tombstones} deletions to pass on"
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
    # Long: the members share one zip writer and member table through the closures
    # below; a _PackWriter class would split it (left for a later change).
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
            out.texts = _texts(catalogue, zf, copies, members)
            with catalogue.library.read() as s:
                counter = _counter(s)
                vocab = _vocabularies(s)
                tombs = list(_tombstones(s, since_counter))
                bases = [
                    {"peer": b.peer_uuid, "uuid": b.resource_uuid, "hash": b.content_hash}
                    for b in s.scalars(select(ExchangeBase))
                ]
                lists, searches = list_lines(s), search_lines(s)
            member("vocabularies.json", iter([json.dumps(vocab, ensure_ascii=False)]))
            out.tombstones = member(
                "tombstones.jsonl", (json.dumps(t, ensure_ascii=False) + "\n" for t in tombs)
            )
            member("bases.jsonl", (json.dumps(b) + "\n" for b in bases))
            member(LISTS, iter(lists))
            member(SEARCHES, iter(searches))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "library_uuid": me,
                "change_counter": counter,
                "since_change_counter": since_counter,
                "created_at": now_iso(),
                "counts": {
                    "resources": out.resources,
                    "tombstones": out.tombstones,
                    "topics": len(vocab["topics"]),
                    "organisations": len(vocab["organisations"]),
                    "thesaurus_groups": len(vocab["thesaurus"]),
                    "local_copies": len(copies),
                    "documents": out.texts,
                    "lists": len(lists),
                    "saved_searches": len(searches),
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


def _texts(
    catalogue: Catalogue,
    zf: zipfile.ZipFile,
    copies: dict[str, str],
    members: dict[str, dict[str, Any]],
) -> int:
    """Write the text read from each shipped copy (``text/000001.json`` beside
    ``files/000001``) when it was read from that very content; how many were written."""
    written = 0
    with catalogue.library.read() as s:
        for stored_name, member_name in copies.items():
            data = text_bytes(s, stored_name, members[member_name]["sha256"])
            if data is None:
                continue
            name = text_member(int(member_name[len(FILES_PREFIX) :]))
            with zf.open(name, "w", force_zip64=True) as raw:
                w = _HashingWriter(raw)
                w.write(data)
            members[name] = {"size": w.size, "sha256": w.sha.hexdigest()}
            written += 1
    return written


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
                "labels": dict(t.labels or {}),  # {language: label}; older apps ignore it
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
