"""The catalogue: reads a library, and changes it only through its unit of work.

Each public method that writes is one user action, run by :meth:`Catalogue.action`
(see :mod:`desktop_app.core.service.unit_of_work`): one transaction, one bump of
the library's change counter, one ``action_id`` shared by the change-log rows it
writes. Every method that writes returns a :class:`ChangeSet` (or a value with
one), and the catalogue tells its listeners after the commit, so the search index
and the GUI refresh only what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import TypeVar

from sqlalchemy import func, select

from desktop_app.core.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import LibraryInfo, Resource, Status
from desktop_app.core.library.records import ResourceData, ResourceView, validate
from desktop_app.core.library.views import load_views
from desktop_app.core.service.changes import ChangeSet, CreateResult, Listener, NewResource
from desktop_app.core.service.orm_mapping import view_of
from desktop_app.core.service.unit_of_work import Action, unit_of_work

T = TypeVar("T")


class Catalogue:
    """Reads and writes resources of one library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._listeners: list[Listener] = []

    # -- listeners ----------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with the ChangeSet of every action, after its commit."""
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

    # -- the unit of work -----------------------------------------------------------
    def action(self, label: str, *, dry_run: bool = False) -> AbstractContextManager[Action]:
        """Open one action (one transaction, one undo step) named ``label``::

            with catalogue.action("merge topics") as act:
                act.edit(act.session.get(Resource, rid), data)
            act.changes  # committed, and told to the listeners

        The only way to change the library. An exception in the body rolls it all
        back; ``dry_run`` rolls back after the body (``act.changes`` is then empty).
        """
        return unit_of_work(self.library, label, announce=self._notify, dry_run=dry_run)

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
        with self.action(action, dry_run=dry_run) as act:
            for n, item in enumerate(items, 1):
                problems = validate(item.data, imported=imported)
                if problems:
                    raise ValidationError(problems)
                act.add(
                    item.data,
                    uuid=item.uuid,
                    provenance=item.provenance,
                    source_record=item.source_record,
                )
                if act.pending >= 500:
                    result.views.extend(view_of(res) for res in act.flush())
                if progress is not None and n % 200 == 0:
                    progress(n)
            result.views.extend(view_of(res) for res in act.flush())
            for rid, data in merge:
                problems = validate(data, imported=True)
                if problems:
                    raise ValidationError(problems)
                target = act.session.get(Resource, rid)
                if target is None:
                    raise NotFoundError(f"no resource with id {rid}")
                if act.edit(target, data):
                    result.merged += 1
            result.created_terms = list(act.resolver.created)
        result.changes = act.changes
        return result

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
        with self.action(action) as act:
            for resource_id, data, expected in edits:
                res = act.session.get(Resource, resource_id)
                if res is None:
                    raise NotFoundError(f"no resource with id {resource_id}")
                if expected is not None and res.version != expected:
                    raise ConflictError(resource_id, expected, res.version)
                act.edit(res, data)
                views.append(view_of(res))
        return views, act.changes

    def set_status(
        self, ids: Iterable[int], status: Status, *, action: str | None = None
    ) -> ChangeSet:
        """Set the status of several resources (trash, restore, hide, publish)."""
        with self.action(action or f"set status {status.value}") as act:
            for rid in ids:
                res = act.session.get(Resource, rid)
                if res is None:
                    raise NotFoundError(f"no resource with id {rid}")
                act.set_status(res, status)
        return act.changes

    def trash(self, ids: Iterable[int]) -> ChangeSet:
        return self.set_status(ids, Status.TRASHED, action="move to trash")

    def restore(self, ids: Iterable[int]) -> ChangeSet:
        return self.set_status(ids, Status.PUBLISHED, action="restore from trash")

    def purge(self, ids: Iterable[int] | None = None) -> ChangeSet:
        """Delete trashed resources for good (all of the trash when ``ids`` is None)."""
        with self.action("empty trash") as act:
            q = select(Resource).where(Resource.status == Status.TRASHED.value)
            if ids is not None:
                q = q.where(Resource.id.in_(list(ids)))
            for res in act.session.scalars(q).all():
                act.delete(res)
        return act.changes


def _chunks(items: list[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
