"""The catalogue service: the only way to change a library.

Each public method is one user action: one transaction, one bump of the
library's change counter, one ``action_id`` shared by the change-log rows it
writes. Every method that writes returns a :class:`ChangeSet` (or a value with
one) and tells its listeners, so the search index and the GUI refresh only
what changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.db import Library
from desktop_app.core.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.core.models import (
    ChangeLog,
    LibraryInfo,
    Resource,
    ResourceAuthor,
    ResourceCountry,
    ResourceOrganisation,
    ResourceTopic,
    Status,
    utcnow,
)
from desktop_app.core.records import (
    LIST_FIELDS,
    ResourceData,
    ResourceView,
    parse_date,
    validate,
)
from desktop_app.core.text import clean, norm
from desktop_app.core.views import load_views
from desktop_app.core.vocabulary import VocabularyResolver

T = TypeVar("T")

SCALAR_FIELDS = (
    "title",
    "type",
    "date",
    "url",
    "language",
    "audience",
    "summary",
    "excerpt",
    "status",
    "needs_review",
    "review_reason",
    "curator_notes",
    "local_file",
)


@dataclass(slots=True)
class NewResource:
    """A resource to add, with where it came from."""

    data: ResourceData
    provenance: str = ""
    source_record: str = ""
    uuid: str | None = None


class DryRun(Exception):
    """Raised inside a write transaction to roll a dry run back."""


@dataclass(slots=True)
class ChangeSet:
    """What one action changed: resource ids by kind, and whether vocabularies moved."""

    counter: int = 0
    action_id: int = 0
    added: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)
    vocabulary: bool = False

    @property
    def touched(self) -> set[int]:
        return self.added | self.updated | self.removed

    def __bool__(self) -> bool:
        return bool(self.touched) or self.vocabulary


@dataclass(slots=True)
class CreateResult:
    views: list[ResourceView] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    merged: int = 0


Listener = Callable[[ChangeSet], None]


class ActionRecorder:
    """Writes the change log of one action and stamps the resources it touched."""

    def __init__(self, session: Session, action: str) -> None:
        self.session = session
        self.action = action
        info = session.get(LibraryInfo, 1)
        if info is None:
            info = LibraryInfo(id=1)
            session.add(info)
            session.flush()
        info.change_counter += 1
        self.counter = info.change_counter
        self.changes = ChangeSet(counter=self.counter, action_id=self.counter)

    def log(
        self, resource: Resource | None, fld: str, old: Any, new: Any, entity: str = "resource"
    ) -> None:
        self.session.add(
            ChangeLog(
                action_id=self.counter,
                action=self.action,
                counter=self.counter,
                resource_uuid=resource.uuid if resource is not None else None,
                entity=entity,
                field=fld,
                old=None if old is None else json.dumps(old, ensure_ascii=False),
                new=None if new is None else json.dumps(new, ensure_ascii=False),
            )
        )

    def log_created_term(self, kind: str, name: str) -> None:
        """A vocabulary term this action created (undo removes it if nothing uses it)."""
        self.log(None, "*", None, {"name": name}, entity=kind)

    def stamp(self, resource: Resource, *, bump: bool = True) -> None:
        """Mark ``resource`` as written by this action (and bump its version)."""
        resource.changed_at_counter = self.counter
        resource.modified_at = utcnow()
        if bump and resource.version is not None:
            resource.version += 1


def view_of(resource: Resource) -> ResourceView:
    """The plain read model of an ORM resource (links must be loaded)."""
    orgs = [link.organisation for link in resource.organisation_links]
    countries = [link.country for link in resource.country_links]
    regions = sorted({r.name for c in countries for r in c.regions})
    return ResourceView(
        id=resource.id,
        uuid=resource.uuid,
        version=resource.version,
        title=resource.title,
        type=resource.type,
        organisations=[o.name for o in orgs],
        organisation_acronyms=[o.acronym or "" for o in orgs],
        authors=[link.author.name for link in resource.author_links],
        topics=[link.topic.name for link in resource.topic_links],
        countries=[c.name for c in countries],
        regions=regions,
        date=resource.date,
        date_precision=resource.date_precision,
        year=resource.year,
        url=resource.url,
        language=resource.language,
        audience=resource.audience,
        summary=resource.summary,
        excerpt=resource.excerpt,
        status=resource.status,
        needs_review=resource.needs_review,
        review_reason=resource.review_reason,
        curator_notes=resource.curator_notes,
        local_file=resource.local_file,
        added_at=resource.added_at,
        modified_at=resource.modified_at,
        provenance=resource.provenance,
        source_record=resource.source_record,
    )


def data_of(resource: Resource) -> ResourceData:
    return view_of(resource).editable()


class Catalogue:
    """Reads and writes resources of one library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._listeners: list[Listener] = []

    # -- listeners ----------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, changes: ChangeSet) -> None:
        """Tell every listener; the change is already committed, so a listener that
        fails (the search index, say) is logged and never fails the write itself."""
        if changes:
            for listener in list(self._listeners):
                try:
                    listener(changes)
                except Exception:
                    logging.getLogger(__name__).exception(
                        "a listener failed after a saved change (%r)", listener
                    )

    # -- reading ------------------------------------------------------------------
    def change_counter(self) -> int:
        with self.library.read() as s:
            info = s.get(LibraryInfo, 1)
            return info.change_counter if info else 0

    def library_uuid(self) -> str:
        with self.library.read() as s:
            info = s.get(LibraryInfo, 1)
            return info.uuid if info else ""

    def get(self, resource_id: int) -> ResourceView:
        with self.library.read() as s:
            res = s.get(Resource, resource_id)
            if res is None:
                raise NotFoundError(f"no resource with id {resource_id}")
            return view_of(res)

    def get_many(self, ids: Sequence[int]) -> list[ResourceView]:
        """Views for ``ids`` in the order given (missing ids are skipped)."""
        if not ids:
            return []
        with self.library.read() as s:
            found: dict[int, ResourceView] = {}
            for chunk in _chunks(list(ids), 500):
                for view in load_views(s, Resource.id.in_(chunk)):
                    found[view.id] = view
            return [found[i] for i in ids if i in found]

    def find_by_uuid(self, uuid: str) -> ResourceView | None:
        with self.library.read() as s:
            res = s.scalars(select(Resource).where(Resource.uuid == uuid)).first()
            return view_of(res) if res else None

    def iter_views(
        self,
        *,
        include_trashed: bool = False,
        batch: int = 500,
        since_counter: int | None = None,
        first_id: int = 1,
        last_id: int | None = None,
    ) -> Iterator[ResourceView]:
        """Stream every resource in id order, ``batch`` at a time (bounded memory);
        ``first_id``/``last_id`` bound the ids streamed (both included)."""
        if since_counter is not None:
            # few rows changed: find them by the counter's index, not a scan in id order
            with self.library.read() as s:
                q = select(Resource.id).where(Resource.changed_at_counter > since_counter)
                if not include_trashed:
                    q = q.where(Resource.status != Status.TRASHED.value)
                changed = sorted(s.scalars(q))
            for chunk in _chunks(changed, batch):
                yield from self.get_many(chunk)
            return
        last = first_id - 1
        while True:
            where = Resource.id > last
            if last_id is not None:
                where = where & (Resource.id <= last_id)
            if not include_trashed:
                where = where & (Resource.status != Status.TRASHED.value)
            with self.library.read() as s:
                rows = load_views(s, where, limit=batch)
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def ids(self, *, include_trashed: bool = False) -> list[int]:
        with self.library.read() as s:
            q = select(Resource.id).order_by(Resource.id)
            if not include_trashed:
                q = q.where(Resource.status != Status.TRASHED.value)
            return list(s.scalars(q))

    def count(self, *, include_trashed: bool = False) -> int:
        with self.library.read() as s:
            q = select(func.count(Resource.id))
            if not include_trashed:
                q = q.where(Resource.status != Status.TRASHED.value)
            return int(s.scalar(q) or 0)

    # -- writing ------------------------------------------------------------------
    def create(
        self,
        data: ResourceData,
        *,
        action: str = "create",
        imported: bool = False,
        provenance: str = "",
        source_record: str = "",
    ) -> ResourceView:
        """Add one resource; returns it as stored."""
        result = self.create_many(
            [NewResource(data, provenance, source_record)], action=action, imported=imported
        )
        return result.views[0]

    def create_many(
        self,
        items: Iterable[NewResource],
        *,
        action: str = "import",
        imported: bool = True,
        dry_run: bool = False,
        progress: Callable[[int], None] | None = None,
        merge: Sequence[tuple[int, ResourceData]] = (),
    ) -> CreateResult:
        """Add many resources in one all-or-nothing action.

        ``merge``: edits of existing resources (id, new data) made in the same
        action, e.g. an import's duplicates merged into what they duplicate.
        Any invalid item aborts the whole action and leaves the library
        unchanged; so does ``dry_run``, after computing the full result.
        """
        result = CreateResult()
        try:
            with self.library.write() as s:
                rec = ActionRecorder(s, action)
                resolver = VocabularyResolver(s, on_create=rec.log_created_term)
                pending: list[tuple[Resource, NewResource]] = []
                for n, item in enumerate(items, 1):
                    problems = validate(item.data, imported=imported)
                    if problems:
                        raise ValidationError(problems)
                    res = Resource(
                        provenance=item.provenance, source_record=item.source_record, version=1
                    )
                    if item.uuid:
                        res.uuid = item.uuid
                    s.add(res)
                    with s.no_autoflush:
                        self._apply(res, item.data, resolver, rec=None)
                    rec.stamp(res, bump=False)
                    pending.append((res, item))
                    if len(pending) >= 500:
                        self._finish_created(s, rec, pending, result)
                    if progress is not None and n % 200 == 0:
                        progress(n)
                self._finish_created(s, rec, pending, result)
                for rid, data in merge:
                    problems = validate(data, imported=True)
                    if problems:
                        raise ValidationError(problems)
                    target = s.get(Resource, rid)
                    if target is None:
                        raise NotFoundError(f"no resource with id {rid}")
                    if self.apply_edit(target, data, resolver, rec):
                        result.merged += 1
                rec.changes.vocabulary = bool(resolver.created)
                result.created_terms = list(resolver.created)
                result.changes = rec.changes
                if dry_run:
                    raise DryRun
        except DryRun:
            result.changes = ChangeSet()
            return result
        self._notify(result.changes)
        return result

    @staticmethod
    def _finish_created(
        s: Session,
        rec: ActionRecorder,
        pending: list[tuple[Resource, NewResource]],
        result: CreateResult,
    ) -> None:
        """Flush a batch of new resources, then log them (they have ids now)."""
        s.flush()
        for res, item in pending:
            rec.log(res, "*", None, item.data.to_dict())
            rec.changes.added.add(res.id)
            result.views.append(view_of(res))
        pending.clear()

    def update(
        self, resource_id: int, data: ResourceData, *, expected_version: int, action: str = "edit"
    ) -> tuple[ResourceView, ChangeSet]:
        """Replace a resource's editable fields, checking the version it was read at."""
        views, changes = self.update_many([(resource_id, data, expected_version)], action=action)
        return views[0], changes

    def update_many(
        self, edits: Sequence[tuple[int, ResourceData, int | None]], *, action: str = "edit"
    ) -> tuple[list[ResourceView], ChangeSet]:
        """Several edits as one action (one transaction, one undo step).

        Each edit is (id, data, expected version); a version of None skips the check.
        """
        for _, data, _ in edits:
            problems = validate(data, imported=True)
            if not data.title.strip() and not data.needs_review:
                problems["title"] = "a title is required"
            if problems:
                raise ValidationError(problems)
        views: list[ResourceView] = []
        with self.library.write() as s:
            rec = ActionRecorder(s, action)
            resolver = VocabularyResolver(s, on_create=rec.log_created_term)
            for resource_id, data, expected in edits:
                res = s.get(Resource, resource_id)
                if res is None:
                    raise NotFoundError(f"no resource with id {resource_id}")
                if expected is not None and res.version != expected:
                    raise ConflictError(resource_id, expected, res.version)
                self.apply_edit(res, data, resolver, rec)
                views.append(view_of(res))
            rec.changes.vocabulary = bool(resolver.created)
            changes = rec.changes
        self._notify(changes)
        return views, changes

    def apply_edit(
        self, res: Resource, data: ResourceData, resolver: VocabularyResolver, rec: ActionRecorder
    ) -> bool:
        """Within an open action: copy ``data`` onto ``res``, logging what changed."""
        changed = self._apply(res, data, resolver, rec=rec)
        if changed:
            rec.stamp(res)
            rec.changes.updated.add(res.id)
            self.library_flush(res)
        return changed

    @staticmethod
    def library_flush(res: Resource) -> None:
        from sqlalchemy.orm import object_session

        session = object_session(res)
        if session is not None:
            session.flush()

    def set_status(
        self, ids: Iterable[int], status: Status, *, action: str | None = None
    ) -> ChangeSet:
        """Set the status of several resources (trash, restore, hide, publish)."""
        with self.library.write() as s:
            rec = ActionRecorder(s, action or f"set status {status.value}")
            for rid in ids:
                res = s.get(Resource, rid)
                if res is None:
                    raise NotFoundError(f"no resource with id {rid}")
                if res.status == status.value:
                    continue
                rec.log(res, "status", res.status, status.value)
                res.status = status.value
                rec.stamp(res)
                target = rec.changes.removed if status is Status.TRASHED else rec.changes.updated
                target.add(res.id)
            changes = rec.changes
        self._notify(changes)
        return changes

    def trash(self, ids: Iterable[int]) -> ChangeSet:
        return self.set_status(ids, Status.TRASHED, action="move to trash")

    def restore(self, ids: Iterable[int]) -> ChangeSet:
        return self.set_status(ids, Status.PUBLISHED, action="restore from trash")

    def purge(self, ids: Iterable[int] | None = None) -> ChangeSet:
        """Delete trashed resources for good (all of the trash when ``ids`` is None)."""
        with self.library.write() as s:
            rec = ActionRecorder(s, "empty trash")
            q = select(Resource).where(Resource.status == Status.TRASHED.value)
            if ids is not None:
                q = q.where(Resource.id.in_(list(ids)))
            for res in s.scalars(q).all():
                rec.log(res, "*", data_of(res).to_dict(), None)
                rec.changes.removed.add(res.id)
                s.delete(res)
            changes = rec.changes
        self._notify(changes)
        return changes

    # -- internals ------------------------------------------------------------------
    def _apply(
        self,
        res: Resource,
        data: ResourceData,
        resolver: VocabularyResolver,
        rec: ActionRecorder | None,
    ) -> bool:
        """Copy ``data`` onto ``res``; log each changed field when ``rec`` is given."""
        old = data_of(res) if rec is not None else None
        changed = False
        date, precision, year = parse_date(data.date)
        new_values: dict[str, Any] = {f: getattr(data, f) for f in SCALAR_FIELDS}
        new_values["date"] = date
        new_values["title"] = data.title.strip()
        new_values["url"] = data.url.strip()
        for name, value in new_values.items():
            if old is not None and getattr(old, name) == value:
                continue
            if rec is not None and old is not None:
                rec.log(res, name, getattr(old, name), value)
            setattr(res, name, value)
            changed = True
        res.date_precision = precision
        res.year = year
        for name in LIST_FIELDS:
            values = _dedupe(getattr(data, name))
            if old is not None and getattr(old, name) == values:
                continue
            self._set_links(res, name, values, resolver)
            if rec is not None and old is not None:
                rec.log(res, name, getattr(old, name), [*getattr(data_of(res), name)])
            changed = True
        return changed

    @staticmethod
    def _set_links(
        res: Resource, name: str, values: list[str], resolver: VocabularyResolver
    ) -> None:
        if name == "organisations":
            res.organisation_links = [
                ResourceOrganisation(organisation=o, position=i)
                for i, o in enumerate(_unique_rows(resolver.organisation(v) for v in values))
            ]
        elif name == "authors":
            res.author_links = [
                ResourceAuthor(author=a, position=i)
                for i, a in enumerate(_unique_rows(resolver.author(v) for v in values))
            ]
        elif name == "topics":
            res.topic_links = [
                ResourceTopic(topic=t, position=i)
                for i, t in enumerate(_unique_rows(resolver.topic(v) for v in values))
            ]
        elif name == "countries":
            rows = []
            for v in values:
                country = resolver.country(v)
                if country is None:
                    raise ValidationError({"countries": f"'{v}' is not a known country"})
                rows.append(country)
            res.country_links = [
                ResourceCountry(country=c, position=i) for i, c in enumerate(_unique_rows(rows))
            ]


def _dedupe(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        key = norm(v)
        if key and key not in seen:
            seen.add(key)
            out.append(clean(v))
    return out


def _unique_rows(rows: Iterable[T]) -> list[T]:
    seen: set[int] = set()
    out = []
    for row in rows:
        key = id(row)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _chunks(items: list[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
