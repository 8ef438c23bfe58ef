"""The unit of work: the one way a library changes (after Anki's ``CollectionOp``/``OpChanges``).

::

    with catalogue.action("merge topics") as act:
        res = act.session.get(Resource, rid)
        act.edit(res, data)             # or act.add / relink / set_status / delete / record
    act.changes                         # the ChangeSet, told to the listeners after the commit

Opening an action starts one IMMEDIATE write transaction and bumps the library's
change counter; every change-log row of the action carries that counter as its
``action_id`` (one undo step). Leaving the block normally commits, then tells the
catalogue's listeners what changed; an exception rolls everything back and tells
no one. A dry run computes everything, then rolls back (its ``changes`` are empty).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ChangeLog, LibraryInfo, Resource, Status, utcnow
from desktop_app.core.library.records import ResourceData
from desktop_app.core.library.vocabulary import VocabularyResolver
from desktop_app.core.service.changes import ChangeSet
from desktop_app.core.service.orm_mapping import copy_fields, data_of, set_links
from desktop_app.core.shared.notify import CHANNEL

NOTIFY = "SELECT pg_notify(:channel, :counter)"


class _RollBack(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


ACTION_LABEL_MAX = 100  # characters of an action's name the change log holds (its column)


def action_label(label: str) -> str:
    """``label`` as the change log keeps it: cut to the column's size with an ellipsis
    (a long file name in "import …" would not fit; PostgreSQL enforces the size)."""
    return label if len(label) <= ACTION_LABEL_MAX else label[: ACTION_LABEL_MAX - 1] + "…"


class Action:
    """One open unit of work: its session, its change log and what it changed.

    ``session`` is the write session; ``resolver`` finds or creates vocabulary
    terms (each term it creates is recorded, so undo can remove it); ``changes``
    collects the ids added, updated and removed. ``label`` names the action in the
    history; it may be refined (say, with a name read inside the action) until the
    first change is recorded. ``committed`` turns true once the change is saved
    (before the listeners hear of it), so a caller can tell a failure that undid
    the action from one that came after it.
    """

    def __init__(self, session: Session, label: str) -> None:
        self.session = session
        self.label = label
        info = session.get(LibraryInfo, 1)
        if info is None:
            info = LibraryInfo(id=1)
            session.add(info)
            session.flush()
        info.change_counter += 1
        self.counter: int = info.change_counter
        self.changes = ChangeSet(counter=self.counter, action_id=self.counter)
        self.resolver = VocabularyResolver(session, on_create=self._created_term)
        self._new: list[tuple[Resource, Any]] = []  # added, not yet flushed and recorded
        self._open = True
        self.committed = False  # set once the transaction is committed

    # -- the change log ------------------------------------------------------------------
    def record(
        self, resource: Resource | None, fld: str, old: Any, new: Any, entity: str = "resource"
    ) -> None:
        """One change-log row: ``fld`` of ``resource`` (or of a vocabulary ``entity``)
        went from ``old`` to ``new`` ("*" with None on one side: created or deleted)."""
        if not self._open:
            raise RuntimeError(f"the action '{self.label}' is over; nothing can be recorded")
        self.session.add(
            ChangeLog(
                action_id=self.counter,
                action=action_label(self.label),
                counter=self.counter,
                resource_uuid=resource.uuid if resource is not None else None,
                entity=entity,
                field=fld,
                old=None if old is None else json.dumps(old, ensure_ascii=False),
                new=None if new is None else json.dumps(new, ensure_ascii=False),
            )
        )

    def _created_term(self, kind: str, name: str) -> None:
        """A vocabulary term this action created (undo removes it if nothing uses it)."""
        self.record(None, "*", None, {"name": name}, entity=kind)

    def stamp(self, resource: Resource, *, bump: bool = True) -> None:
        """Mark ``resource`` as written by this action (and, with ``bump``, raise its
        version, so an editor opened before the action cannot save over it)."""
        resource.changed_at_counter = self.counter
        resource.modified_at = utcnow()
        if bump and resource.version is not None:
            resource.version += 1

    # -- resources -----------------------------------------------------------------------
    def add(
        self,
        data: ResourceData,
        *,
        uuid: str | None = None,
        provenance: str = "",
        source_record: str = "",
        logged: Any = None,
    ) -> Resource:
        """A new resource holding ``data``; it gets its id and its "created" row at the
        next :meth:`flush` (``logged``: the value that row records, ``data`` by default)."""
        if not self._open:
            raise RuntimeError(f"the action '{self.label}' is over; nothing can be added")
        res = Resource(provenance=provenance, source_record=source_record, version=1)
        if uuid:
            res.uuid = uuid
        self.session.add(res)
        with self.session.no_autoflush:
            copy_fields(res, data, self.resolver, None)
        self.stamp(res, bump=False)
        self._new.append((res, data.to_dict() if logged is None else logged))
        return res

    @property
    def pending(self) -> int:
        """How many added resources wait for :meth:`flush`."""
        return len(self._new)

    def flush(self) -> list[Resource]:
        """Write what is pending; record the resources added since the last flush
        (they have ids now) and return them, in the order added."""
        self.session.flush()
        done, self._new = self._new, []
        for res, logged in done:
            self.record(res, "*", None, logged)
            self.changes.added.add(res.id)
        return [res for res, _ in done]

    def edit(self, res: Resource, data: ResourceData) -> bool:
        """Copy ``data`` onto ``res``, recording each changed field; True if any changed."""
        changed = copy_fields(res, data, self.resolver, self.record)
        if changed:
            self.stamp(res)
            self.changes.updated.add(res.id)
            self.session.flush()
        return changed

    def relink(self, res: Resource, field: str, before: list[str], after: list[str]) -> None:
        """Give ``res`` the terms ``after`` in the list ``field`` (it had ``before``)."""
        set_links(res, field, after, self.resolver)
        self.session.flush()
        self.record(res, field, before, after)
        self.stamp(res)
        self.changes.updated.add(res.id)

    def set_status(self, res: Resource, status: Status) -> bool:
        """Trash, restore, hide or publish ``res``; False if it already had ``status``."""
        if res.status == status.value:
            return False
        self.record(res, "status", res.status, status.value)
        res.status = status.value
        self.stamp(res)
        target = self.changes.removed if status is Status.TRASHED else self.changes.updated
        target.add(res.id)
        return True

    def delete(self, res: Resource) -> None:
        """Delete ``res`` for good, recording its fields (undo brings it back)."""
        self.record(res, "*", data_of(res).to_dict(), None)
        self.changes.removed.add(res.id)
        self.session.delete(res)

    def _finish(self) -> None:
        """The body is done: record what is pending and close the change log."""
        if self._new:
            self.flush()
        self.changes.vocabulary = self.changes.vocabulary or bool(self.resolver.created)
        self._open = False


@contextmanager
def unit_of_work(
    library: Library,
    label: str,
    *,
    announce: Callable[[ChangeSet], None],
    dry_run: bool = False,
) -> Iterator[Action]:
    """Run the body as one action on ``library``; ``announce`` its changes after the commit.

    ``announce`` is called only once the transaction is committed, so what it
    does (refresh the index, the views) can never undo or fail the saved change.
    """
    act: Action | None = None
    try:
        with library.write() as session:
            act = Action(session, label)
            try:
                yield act
            except BaseException:
                act._open = False
                raise
            act._finish()
            if dry_run:
                raise _RollBack
            if library.is_server:  # told to other machines at the commit (core/shared/notify)
                session.execute(text(NOTIFY), {"channel": CHANNEL, "counter": str(act.counter)})
    except _RollBack:
        assert act is not None
        act.changes = ChangeSet()
        return
    assert act is not None
    act.committed = True
    announce(act.changes)
