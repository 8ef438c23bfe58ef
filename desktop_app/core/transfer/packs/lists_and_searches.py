"""Reading lists and saved searches in collection packs (pack format 2).

``lists.jsonl`` holds one reading list a line: its UUID, name, times and items in
order, each item a resource UUID with the teacher's note. ``saved_searches.jsonl``
holds one saved search a line: UUID, name, query, included and excluded facet
values, sort and times.

Both merge by UUID, as resources do: the common ancestor is what this library last
took from the pack's library (kept in ``exchange_base`` under the list's or search's
UUID, beside the resources') and what that library last took from this one. A side
still equal to an ancestor did not change it, so the other side's version is taken
(or kept); changed on both sides, the newer one wins and the report says so. A list
deleted here and unchanged there stays deleted. A pack's item whose resource is in
neither the pack nor this library is left out, with a note. An incoming name that a
different list here already has gets " (2)". Every line is checked first
(``validation``); a bad one refuses the whole pack.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.library.lists import unique_name
from desktop_app.core.library.models import (
    ExchangeBase,
    ReadingList,
    ReadingListItem,
    Resource,
    SavedSearch,
    utcnow,
)
from desktop_app.core.library.text import norm
from desktop_app.core.transfer.packs import validation as schema
from desktop_app.core.transfer.packs.format import PackError, json_lines

LISTS = "lists.jsonl"
SEARCHES = "saved_searches.jsonl"
MAX_NOTES = 20  # notes about skipped items named one by one in the report


@dataclass(slots=True)
class SharedReport:
    """What merging a pack's reading lists and saved searches did (or would do)."""

    lists_added: int = 0
    lists_updated: int = 0
    lists_kept: int = 0  # changed only here, or deleted here: kept as they are
    searches_added: int = 0
    searches_updated: int = 0
    searches_kept: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        """ "; reading lists: would add 1, update 0 …" (empty when the pack had none)."""
        parts = []
        if self.lists_added or self.lists_updated or self.lists_kept:
            parts.append(
                f"reading lists: {verb} add {self.lists_added}, update {self.lists_updated}, "
                f"keep {self.lists_kept} changed here"
            )
        if self.searches_added or self.searches_updated or self.searches_kept:
            parts.append(
                f"saved searches: {verb} add {self.searches_added}, "
                f"update {self.searches_updated}, keep {self.searches_kept} changed here"
            )
        return "".join(f"; {p}" for p in parts)


def _digest(doc: Any) -> str:
    canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def list_hash(name: str, items: list[tuple[str, str]]) -> str:
    """The content hash of a list: its name and items (resource UUID, note) in order."""
    return _digest({"name": name, "items": [list(i) for i in items]})


def search_hash(
    name: str, query: str, include: Mapping[str, Any], exclude: Mapping[str, Any], sort: str
) -> str:
    """The content hash of a saved search (facet values compared as sets)."""
    return _digest(
        {
            "name": name,
            "query": query,
            "include": {k: sorted(v) for k, v in include.items() if v},
            "exclude": {k: sorted(v) for k, v in exclude.items() if v},
            "sort": sort,
        }
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


# -- export -----------------------------------------------------------------------------------


def list_lines(s: Session) -> list[str]:
    """Every reading list as a line of lists.jsonl, items by resource UUID."""
    uuids: dict[int, str] = {
        int(i): str(u) for i, u in s.execute(select(Resource.id, Resource.uuid))
    }
    items: dict[int, list[dict[str, str]]] = {}
    rows = s.execute(
        select(ReadingListItem.list_id, ReadingListItem.resource_id, ReadingListItem.note).order_by(
            ReadingListItem.list_id, ReadingListItem.position, ReadingListItem.resource_id
        )
    )
    for list_id, rid, note in rows:
        item = {"uuid": uuids[rid]}
        if note:
            item["note"] = note
        items.setdefault(list_id, []).append(item)
    out = []
    for rl in s.scalars(select(ReadingList).order_by(ReadingList.id)):
        doc = {
            "uuid": rl.uuid,
            "name": rl.name,
            "created_at": _iso(rl.created_at),
            "modified_at": _iso(rl.modified_at),
            "items": items.get(rl.id, []),
        }
        out.append(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


def search_lines(s: Session) -> list[str]:
    """Every saved search as a line of saved_searches.jsonl."""
    out = []
    for ss in s.scalars(select(SavedSearch).order_by(SavedSearch.id)):
        doc = {
            "uuid": ss.uuid,
            "name": ss.name,
            "query": ss.query,
            "include": {k: sorted(v) for k, v in (ss.include or {}).items() if v},
            "exclude": {k: sorted(v) for k, v in (ss.exclude or {}).items() if v},
            "sort": ss.sort,
            "created_at": _iso(ss.created_at),
            "modified_at": _iso(ss.modified_at),
        }
        out.append(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


# -- import -----------------------------------------------------------------------------------


class _Bases:
    """The common ancestors of this library's and the peer's versions, by UUID."""

    def __init__(self, s: Session, peer: str, theirs: Mapping[str, str]) -> None:
        self.s, self.peer, self.theirs = s, peer, theirs

    def mine(self, uuid: str) -> ExchangeBase | None:
        return self.s.get(ExchangeBase, (self.peer, uuid))

    def ancestors(self, uuid: str) -> set[str]:
        base = self.mine(uuid)
        return {h for h in (self.theirs.get(uuid), base.content_hash if base else None) if h}

    def settle(self, uuid: str, digest: str) -> None:
        base = self.mine(uuid)
        if base is None:
            self.s.add(ExchangeBase(peer_uuid=self.peer, resource_uuid=uuid, content_hash=digest))
        else:
            base.content_hash = digest
            base.exchanged_at = utcnow().replace(tzinfo=None)


def _naive(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _newer(theirs: datetime | None, mine: datetime | None) -> bool:
    """Whether the pack's version is the newer (a side without a time is older)."""
    t, m = _naive(theirs), _naive(mine)
    return t is not None and (m is None or t > m)


def _lines(
    zf: zipfile.ZipFile, path: str | Path, name: str, counts: Mapping[str, int], key: str
) -> Iterator[tuple[int, Any]]:
    """The member's lines (none when an older pack has no such member), counted."""
    if name not in zf.namelist():
        if counts.get(key, 0):
            raise PackError(path, f"is missing {name} (truncated?)")
        return
    n = 0
    for lineno, value in json_lines(zf, path, name):
        n += 1
        yield lineno, value
    if n != counts.get(key, 0):
        what = key.replace("_", " ")
        raise PackError(
            path, f"{name} holds {n} {what} but the manifest counts {counts.get(key, 0)}"
        )


def merge_lists(
    s: Session,
    zf: zipfile.ZipFile,
    path: str | Path,
    counts: Mapping[str, int],
    peer: str,
    their_bases: Mapping[str, str],
    report: SharedReport,
) -> None:
    """Merge the pack's reading lists into the library (inside the import's action)."""
    bases = _Bases(s, peer, their_bases)
    seen: set[str] = set()
    for n, value in _lines(zf, path, LISTS, counts, "lists"):
        where = schema.Where(path, LISTS, n)
        pl = schema.reading_list(value, where)
        if pl.uuid in seen:
            raise where.fail(f"reading list {pl.uuid} appears twice")
        seen.add(pl.uuid)
        theirs = list_hash(pl.name, pl.items)
        local = s.scalars(select(ReadingList).where(ReadingList.uuid == pl.uuid)).first()
        ancestors = bases.ancestors(pl.uuid)
        if local is None:
            if theirs in ancestors:  # deleted here, unchanged there: stays deleted
                report.lists_kept += 1
            else:
                _put_list(s, None, pl, report)
                report.lists_added += 1
        else:
            mine = list_hash(local.name, _local_items(s, local.id))
            if mine == theirs:
                pass
            elif mine in ancestors or (
                theirs not in ancestors and _newer(pl.modified_at, local.modified_at)
            ):
                if mine not in ancestors:
                    report.notes.append(
                        f"reading list '{local.name}' was changed on both sides; "
                        "took the pack's newer version"
                    )
                _put_list(s, local, pl, report)
                report.lists_updated += 1
            else:
                if theirs not in ancestors:
                    report.notes.append(
                        f"reading list '{local.name}' was changed on both sides; "
                        "kept this library's newer version"
                    )
                report.lists_kept += 1
        bases.settle(pl.uuid, theirs)


def _local_items(s: Session, list_id: int) -> list[tuple[str, str]]:
    rows = s.execute(
        select(Resource.uuid, ReadingListItem.note)
        .join(ReadingListItem, ReadingListItem.resource_id == Resource.id)
        .where(ReadingListItem.list_id == list_id)
        .order_by(ReadingListItem.position, ReadingListItem.resource_id)
    )
    return [(str(u), note or "") for u, note in rows]


def _put_list(
    s: Session, local: ReadingList | None, pl: schema.PackList, report: SharedReport
) -> None:
    """Make ``local`` (or a new list) hold the pack's version of the list."""
    s.flush()
    taken = s.scalars(select(ReadingList).where(ReadingList.norm == norm(pl.name))).first()
    name = pl.name if taken is None or taken is local else unique_name(s, pl.name)
    if name != pl.name:
        report.notes.append(
            f"reading list '{pl.name}' from the pack is called '{name}' here: "
            "a different list already has its name"
        )
    if local is None:
        local = ReadingList(uuid=pl.uuid, name=name, norm=norm(name))
        if pl.created_at is not None:
            local.created_at = pl.created_at
        s.add(local)
        s.flush()
    else:
        local.name, local.norm = name, norm(name)
        for item in s.scalars(select(ReadingListItem).where(ReadingListItem.list_id == local.id)):
            s.delete(item)
        s.flush()
    local.modified_at = pl.modified_at or utcnow().replace(tzinfo=None)
    wanted = [u for u, _ in pl.items]
    ids: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found = select(Resource.uuid, Resource.id).where(Resource.uuid.in_(chunk))
        ids.update((str(u), int(i)) for u, i in s.execute(found))
    missing = [u for u in wanted if u not in ids]
    position = 0
    for rid_uuid, note in pl.items:
        if rid_uuid in ids:
            s.add(
                ReadingListItem(
                    list_id=local.id, resource_id=ids[rid_uuid], position=position, note=note
                )
            )
            position += 1
    if missing and len(report.notes) < MAX_NOTES:
        report.notes.append(
            f"reading list '{name}': {len(missing)} items left out, their resources are "
            "in neither the pack nor this library"
        )
    if pl.repeated and len(report.notes) < MAX_NOTES:
        report.notes.append(f"reading list '{name}': {pl.repeated} repeated items left out")


def merge_searches(
    s: Session,
    zf: zipfile.ZipFile,
    path: str | Path,
    counts: Mapping[str, int],
    peer: str,
    their_bases: Mapping[str, str],
    report: SharedReport,
) -> None:
    """Merge the pack's saved searches into the library (inside the import's action)."""
    bases = _Bases(s, peer, their_bases)
    seen: set[str] = set()
    for n, value in _lines(zf, path, SEARCHES, counts, "saved_searches"):
        where = schema.Where(path, SEARCHES, n)
        ps = schema.saved_search(value, where)
        if ps.uuid in seen:
            raise where.fail(f"saved search {ps.uuid} appears twice")
        seen.add(ps.uuid)
        theirs = search_hash(ps.name, ps.query, ps.include, ps.exclude, ps.sort)
        local = s.scalars(select(SavedSearch).where(SavedSearch.uuid == ps.uuid)).first()
        ancestors = bases.ancestors(ps.uuid)
        if local is None:
            if theirs in ancestors:
                report.searches_kept += 1
            else:
                _put_search(s, None, ps, report)
                report.searches_added += 1
        else:
            mine = search_hash(
                local.name, local.query, local.include or {}, local.exclude or {}, local.sort
            )
            if mine == theirs:
                pass
            elif mine in ancestors or (
                theirs not in ancestors and _newer(ps.modified_at, local.modified_at)
            ):
                _put_search(s, local, ps, report)
                report.searches_updated += 1
            else:
                report.searches_kept += 1
        bases.settle(ps.uuid, theirs)


def _put_search(
    s: Session, local: SavedSearch | None, ps: schema.PackSearch, report: SharedReport
) -> None:
    s.flush()
    taken = s.scalars(select(SavedSearch).where(SavedSearch.norm == norm(ps.name))).first()
    name = ps.name
    n = 2
    while taken is not None and taken is not local:
        suffix = f" ({n})"
        name = ps.name[: 200 - len(suffix)] + suffix
        taken = s.scalars(select(SavedSearch).where(SavedSearch.norm == norm(name))).first()
        n += 1
    if name != ps.name:
        report.notes.append(
            f"saved search '{ps.name}' from the pack is called '{name}' here: "
            "a different one already has its name"
        )
    if local is None:
        local = SavedSearch(uuid=ps.uuid)
        if ps.created_at is not None:
            local.created_at = ps.created_at
        s.add(local)
    local.name, local.norm = name, norm(name)
    local.query, local.sort = ps.query, ps.sort
    local.include, local.exclude = dict(ps.include), dict(ps.exclude)
    s.flush()
    local.modified_at = ps.modified_at or utcnow().replace(tzinfo=None)
