"""Importing a pack: a three-way merge by UUID, checked before anything is written."""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.curation.vocab_admin import touch_linked
from desktop_app.core.errors import ImportFormatError, ValidationError
from desktop_app.core.library.labels import LANGUAGES_LIMIT
from desktop_app.core.library.models import (
    ExchangeBase,
    Resource,
    Status,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.library.records import ResourceData, checked, validate
from desktop_app.core.library.text import clean, norm
from desktop_app.core.library.vocabulary import VocabularyResolver, match_country
from desktop_app.core.service import Action, Catalogue, ChangeSet, data_of
from desktop_app.core.transfer.packs import validation as schema
from desktop_app.core.transfer.packs.copies import Copies
from desktop_app.core.transfer.packs.document_text import Texts
from desktop_app.core.transfer.packs.format import (
    CHUNK,
    MAX_RESOURCES,
    SKIP,
    PackError,
    Progress,
    Resolution,
    content_hash,
    json_lines,
    manifest_of,
    open_pack,
    portable,
    verify,
    vocabulary_json,
)
from desktop_app.core.transfer.packs.lists_and_searches import (
    SharedReport,
    merge_lists,
    merge_searches,
)

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
    texts: int = 0  # document texts taken with their files (checked against them)
    to_extract: list[str] = field(default_factory=list)  # stored files still to read
    conflicts: list[Conflict] = field(default_factory=list)
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)
    shared: SharedReport = field(default_factory=SharedReport)  # reading lists, saved searches

    def summary(self) -> str:
        verb = "would" if self.dry_run else "did"
        return (
            f"{self.path}: {self.total} resources in the pack; {verb} add {self.added}, "
            f"update {self.updated}, keep {self.kept} changed here, move {self.trashed} "
            f"deleted there to the trash; {self.unchanged} unchanged; "
            f"{len(self.conflicts)} conflicts"
            + (f" ({self.resolved} resolved)" if self.resolved else "")
            + (f"; {self.local_copies} local copies" if self.local_copies else "")
            + (f"; text of {self.texts} documents" if self.texts else "")
            + (f"; {len(self.to_extract)} local copies to read" if self.to_extract else "")
            + self.shared.summary(verb)
            + (f"; {len(self.problems)} problems: " if self.problems else "")
            + "; ".join(self.problems[:3])
            + (" …" if len(self.problems) > 3 else "")
        )


def diff_fields(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    return [k for k in theirs if k not in SKIP and mine.get(k) != theirs.get(k)]


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
    """Merge a pack into the library (or, with ``dry_run``, say what that would do).

    Everything is checked before anything is written: the members, their checksums,
    sizes and types, every line; local copies are written only after that and
    removed again if the import fails, so a refused pack changes nothing at all.
    """
    resolutions = dict(resolutions or {})
    with open_pack(path) as zf:
        manifest = manifest_of(zf, path)
        verify(zf, path, manifest)
        peer = manifest["library_uuid"]
        me = catalogue.library_uuid()
        if peer == me:
            raise PackError(path, "was made from this library; there is nothing to merge")
        counts: dict[str, int] = manifest["counts"]
        report = PackReport(str(path), peer, manifest.get("created_at", ""), dry_run=dry_run)
        total = counts.get("resources", 0) or 1
        vocab = schema.vocabularies(
            vocabulary_json(zf, path), schema.Where(path, "vocabularies.json")
        )
        their_bases = _bases(zf, path, me)
        tombstones = _tombstones(zf, path, counts)
        copies = Copies(zf, path, catalogue.library, manifest["members"])
        label = f"import pack {Path(path).name}"
        act: Action | None = None
        try:
            try:
                with catalogue.action(label, dry_run=dry_run) as act:
                    for topic_id in _merge_vocabularies(act.session, vocab, act.resolver):
                        # their resources are re-indexed: the new labels find them
                        touch_linked(act.session, "topic", topic_id, act, "labels")
                    merge = functools.partial(
                        _merge_batch,
                        act, peer, their_bases, resolutions, report, path, copies,
                    )  # fmt: skip
                    batch: list[tuple[int, schema.PackRecord]] = []
                    seen: set[str] = set()
                    for n, value in json_lines(zf, path, "resources.jsonl"):
                        where = schema.Where(path, "resources.jsonl", n)
                        record = schema.resource(value, where)
                        if record.uuid in seen:
                            raise where.fail(f"resource {record.uuid} appears twice")
                        seen.add(record.uuid)
                        batch.append((n, record))
                        if len(batch) >= CHUNK:
                            merge(batch)
                            batch.clear()
                            if progress is not None:
                                progress(report.total, total, "Merging resources…")
                    merge(batch)
                    if len(seen) != counts.get("resources", 0):
                        raise PackError(
                            path,
                            f"resources.jsonl holds {len(seen)} resources but the manifest "
                            f"counts {counts.get('resources', 0)}",
                        )
                    _apply_tombstones(act, tombstones, peer, their_bases, resolutions, report)
                    act.flush()
                    shared = (act.session, zf, path, counts, peer, their_bases, report.shared)
                    merge_lists(*shared)
                    merge_searches(*shared)
                    report.created_terms = list(act.resolver.created)
                    report.local_copies = len(copies.wanted)
                    act.flush()
                    texts = Texts(zf, path, catalogue.library, manifest["members"])
                    taken = texts.merge(act, copies.wanted)
                    report.texts, report.to_extract = taken.taken, taken.to_extract
                    report.problems = copies.problems + report.shared.notes + taken.notes
                    if not dry_run:
                        copies.write()  # the last step: the commit follows
            except BaseException:
                if act is None or not act.committed:  # saved: its copies stay with it
                    copies.undo()
                raise
        except ValidationError as exc:
            raise PackError(path, f"a resource is invalid ({exc})") from None
    report.changes = act.changes
    return report


def _bases(zf: zipfile.ZipFile, path: str | Path, me: str) -> dict[str, str]:
    """What the pack's library last took from this one: uuid -> content hash."""
    out: dict[str, str] = {}
    for n, value in json_lines(zf, path, "bases.jsonl"):
        peer, uuid, digest = schema.base(value, schema.Where(path, "bases.jsonl", n))
        if peer == me:
            out[uuid] = digest
            if len(out) > MAX_RESOURCES:
                raise PackError(path, f"bases.jsonl, line {n}: more than {MAX_RESOURCES:,} bases")
    return out


def _tombstones(
    zf: zipfile.ZipFile, path: str | Path, counts: Mapping[str, int]
) -> list[tuple[str, str | None]]:
    out = [
        schema.tombstone(value, schema.Where(path, "tombstones.jsonl", n))
        for n, value in json_lines(zf, path, "tombstones.jsonl")
    ]
    if len(out) != counts.get("tombstones", 0):
        raise PackError(
            path,
            f"tombstones.jsonl holds {len(out)} deletions but the manifest counts "
            f"{counts.get('tombstones', 0)}",
        )
    return out


def _record_fields(record: schema.PackRecord, path: str | Path, n: int) -> dict[str, Any]:
    """The record's fields within the limits, without control characters, and valid."""
    try:
        data = checked(ResourceData.from_dict(record.fields), f"resources.jsonl, line {n}")
    except ImportFormatError as exc:
        raise PackError(path, str(exc)) from None
    problems = validate(data, imported=True)
    if problems:
        text = "; ".join(f"{k}: {v}" for k, v in problems.items())
        raise PackError(path, f"resources.jsonl, line {n}: {text}")
    return portable(data)


def _merge_batch(
    act: Action,
    peer: str,
    their_bases: Mapping[str, str],
    resolutions: Mapping[str, Resolution],
    report: PackReport,
    path: str | Path,
    copies: Copies,
    batch: list[tuple[int, schema.PackRecord]],
) -> None:
    if not batch:
        return
    s = act.session
    records = [(n, r, _record_fields(r, path, n)) for n, r in batch]
    uuids = [r.uuid for _, r, _ in records]
    local = {r.uuid: r for r in s.scalars(select(Resource).where(Resource.uuid.in_(uuids)))}
    mine_bases = {
        b.resource_uuid: b
        for b in s.scalars(
            select(ExchangeBase).where(
                ExchangeBase.peer_uuid == peer, ExchangeBase.resource_uuid.in_(uuids)
            )
        )
    }
    for n, record, theirs in records:
        uuid = record.uuid
        report.total += 1
        theirs_hash = content_hash(theirs)
        res = local.get(uuid)
        settle = True  # record the pack's version as the new common ancestor
        if res is None:
            new = act.add(
                ResourceData.from_dict(theirs),
                uuid=uuid,
                provenance=record.provenance or f"pack:{peer}",
                source_record=record.source_record,
            )
            act.flush()
            report.added += 1
        else:
            mine = portable(data_of(res))
            mine_hash = content_hash(mine)
            ancestors = {h for h in (their_bases.get(uuid), _hash_of(mine_bases.get(uuid))) if h}
            if mine_hash == theirs_hash:
                report.unchanged += 1
            elif mine_hash in ancestors:
                _edit(act, res, theirs)
                report.updated += 1
            elif theirs_hash in ancestors:
                report.kept += 1
            elif uuid in resolutions:
                _edit(act, res, merged(mine, theirs, resolutions[uuid]))
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
        if record.local_copy is not None and not target.local_file:
            name, member = record.local_copy
            if copies.take(name, member, schema.Where(path, "resources.jsonl", n)):
                act.record(target, "local_file", "", name)
                target.local_file = name
                if res is not None:
                    act.stamp(res)
                    act.changes.updated.add(res.id)


def _hash_of(base: ExchangeBase | None) -> str | None:
    return base.content_hash if base is not None else None


def _edit(act: Action, res: Resource, fields: Mapping[str, Any]) -> None:
    act.edit(res, ResourceData.from_dict({**data_of(res).to_dict(), **fields}))


def _set_base(s: Session, base: ExchangeBase | None, peer: str, uuid: str, content: str) -> None:
    if base is None:
        s.add(ExchangeBase(peer_uuid=peer, resource_uuid=uuid, content_hash=content))
    else:
        base.content_hash = content
        base.exchanged_at = datetime.now(UTC).replace(tzinfo=None)


def _apply_tombstones(
    act: Action,
    tombstones: list[tuple[str, str | None]],
    peer: str,
    their_bases: Mapping[str, str],
    resolutions: Mapping[str, Resolution],
    report: PackReport,
) -> None:
    """A resource deleted there goes to the trash here, unless it was changed here."""
    s = act.session
    for uuid, their_hash in tombstones:
        res = s.scalars(select(Resource).where(Resource.uuid == uuid)).first()
        if res is None or res.status == Status.TRASHED.value:
            continue
        mine = portable(data_of(res))
        base = s.get(ExchangeBase, (peer, uuid))
        ancestors = {h for h in (their_hash, their_bases.get(uuid), _hash_of(base)) if h}
        choice = resolutions.get(uuid)
        if content_hash(mine) in ancestors or choice == "theirs":
            act.set_status(res, Status.TRASHED)
            report.trashed += 1
            if choice == "theirs":
                report.resolved += 1
        elif choice == "mine":
            report.resolved += 1
            report.conflicts.append(Conflict(uuid, res.title, mine, None, []))
        else:
            report.conflicts.append(Conflict(uuid, res.title, mine, None, []))


def _is_under(s: Session, topic: Topic, ancestor: Topic) -> bool:
    """Whether ``topic`` is ``ancestor`` or lies anywhere under it (broader terms walked up)."""
    seen: set[int] = set()
    current: Topic | None = topic
    while current is not None and current.id not in seen:
        if current.id == ancestor.id:
            return True
        seen.add(current.id)
        current = s.get(Topic, current.parent_id) if current.parent_id is not None else None
    return False


def _merge_vocabularies(
    s: Session, vocab: schema.Vocabularies, resolver: VocabularyResolver
) -> set[int]:
    """Add the pack's terms, labels, aliases and synonym groups that are missing here;
    returns the ids of the topics that gained labels (in other languages or alternative)."""
    relabelled: list[Topic] = []
    for name, parent_name, labels, by_language in vocab.topics:
        if not clean(name):
            continue
        topic = resolver.topic(name)
        extra = [x for x in labels if x not in (topic.alt_labels or [])]
        if extra:
            topic.alt_labels = [*(topic.alt_labels or []), *extra]
        mine = dict(topic.labels or {})
        # languages missing here are added; a label a curator has here is never replaced
        added = {k: v for k, v in by_language.items() if k not in mine}
        if added and len(mine) + len(added) <= LANGUAGES_LIMIT:
            topic.labels = dict(sorted({**mine, **added}.items()))
        if extra or (added and topic.labels != mine):
            relabelled.append(topic)
        if clean(parent_name) and topic.parent_id is None:
            parent = resolver.topic(parent_name)
            s.flush()
            if not _is_under(s, parent, topic):  # a pack never makes a loop of broader terms
                topic.parent_id = parent.id
    for name, acronym, names in vocab.organisations:
        if not clean(name):
            continue
        org = resolver.organisation(name)
        if acronym and not org.acronym:
            org.acronym = acronym
        extra = [x for x in names if x not in (org.alt_names or [])]
        if extra:
            org.alt_names = [*(org.alt_names or []), *extra]
    for code, aliases in vocab.countries:
        country = resolver.country(code)
        if country is None:
            continue
        fresh = [x for x in aliases if match_country(x) is None]
        extra = [x for x in fresh if x not in (country.aliases or [])]
        if extra:
            country.aliases = [*(country.aliases or []), *extra]
    groups = [set(map(norm, g.terms)) for g in s.scalars(select(ThesaurusGroup))]
    for terms in vocab.thesaurus:
        clean_terms = [clean(x) for x in terms if clean(x)]
        keys = set(map(norm, clean_terms))
        if len(keys) >= 2 and not any(keys <= g for g in groups):
            s.add(ThesaurusGroup(terms=clean_terms))
            groups.append(keys)
    s.flush()
    return {t.id for t in relabelled}
