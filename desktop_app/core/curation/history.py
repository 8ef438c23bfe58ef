"""History and undo, built on the change log (so they survive a restart).

Every action's rows hold old and new values per field ("*" for a whole resource
created or purged). Undo reverses the newest action not yet undone, as one new
action; a resource's history can be replayed backwards to any earlier state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop_app.core.curation.vocab_admin import MODELS, set_attribute, touch_linked
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.models import TERM_LINKS, ChangeLog, Resource, Topic
from desktop_app.core.library.records import ResourceData
from desktop_app.core.library.text import norm
from desktop_app.core.service import Action, Catalogue, ChangeSet, data_of

UNDO_PREFIX = "undo: "
TEXT_FIELD = "document"  # the rows core/fulltext/store.py writes when it saves a file's text


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    action_id: int
    action: str
    at: datetime
    field: str
    old: Any
    new: Any
    undone: bool


@dataclass(frozen=True, slots=True)
class UndoInfo:
    action_id: int
    action: str
    resources: int


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class History:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.library = catalogue.library

    def entries(self, resource_id: int) -> list[HistoryEntry]:
        """A resource's changes, newest first."""
        view = self.catalogue.get(resource_id)
        with self.library.read() as s:
            rows = s.scalars(
                select(ChangeLog)
                .where(ChangeLog.resource_uuid == view.uuid)
                .order_by(ChangeLog.counter.desc(), ChangeLog.id.desc())
            ).all()
            return [
                HistoryEntry(
                    r.action_id, r.action, r.at, r.field, _load(r.old), _load(r.new), r.undone
                )
                for r in rows
            ]

    def state_after(self, resource_id: int, action_id: int) -> ResourceData:
        """The resource's editable fields as they were right after ``action_id``."""
        current = self.catalogue.get(resource_id).editable().to_dict()
        for entry in self.entries(resource_id):
            if entry.action_id <= action_id:
                break
            if entry.field == "*":
                if entry.old is None:
                    raise LibraryError("the resource did not exist yet at that point")
                current = dict(entry.old)
            elif entry.field in current:
                current[entry.field] = entry.old
        return ResourceData.from_dict(current)

    def revert(self, resource_id: int, action_id: int) -> ChangeSet:
        """Give the resource back the field values it had right after ``action_id``."""
        data = self.state_after(resource_id, action_id)
        view = self.catalogue.get(resource_id)
        _, changes = self.catalogue.update(
            resource_id,
            data,
            expected_version=view.version,
            action=f"revert to the state after change {action_id}",
        )
        return changes

    def last_undoable(self) -> UndoInfo | None:
        with self.library.read() as s:
            row = s.scalars(
                select(ChangeLog)
                .where(ChangeLog.undone.is_(False), ChangeLog.action.not_like(f"{UNDO_PREFIX}%"))
                .where(ChangeLog.field != TEXT_FIELD)  # text read from a file: not an edit
                .order_by(ChangeLog.action_id.desc())
                .limit(1)
            ).first()
            if row is None:
                return None
            count = len(
                {
                    r
                    for r in s.scalars(
                        select(ChangeLog.resource_uuid).where(ChangeLog.action_id == row.action_id)
                    )
                    if r
                }
            )
            return UndoInfo(row.action_id, row.action, count)

    def undo(self) -> tuple[UndoInfo, ChangeSet]:
        """Reverse the newest action that is not undone yet, as one action."""
        info = self.last_undoable()
        if info is None:
            raise LibraryError("there is nothing to undo")
        with self.catalogue.action(UNDO_PREFIX + info.action) as act:
            s = act.session
            rows = s.scalars(
                select(ChangeLog)
                .where(ChangeLog.action_id == info.action_id)
                .order_by(ChangeLog.id.desc())
            ).all()
            by_uuid: dict[str, list[ChangeLog]] = {}
            created_terms: list[tuple[str, str]] = []
            for row in rows:
                if row.entity == "resource" and row.resource_uuid:
                    by_uuid.setdefault(row.resource_uuid, []).append(row)
                elif row.field == "*" and row.old is None and row.entity in TERM_LINKS:
                    created_terms.append((row.entity, str(_load(row.new)["name"])))
                else:
                    _undo_vocabulary(row, act)
                row.undone = True
            for uuid, changes in by_uuid.items():
                res = s.scalars(select(Resource).where(Resource.uuid == uuid)).first()
                whole = next((r for r in changes if r.field == "*"), None)
                if whole is not None and whole.old is None:  # it was created: remove it
                    if res is not None:
                        act.delete(res)
                    continue
                if whole is not None and whole.new is None:  # it was purged: bring it back
                    old = _load(whole.old)
                    act.add(ResourceData.from_dict(old), uuid=uuid, logged=old)
                    act.flush()
                    continue
                if res is None:
                    continue
                data = data_of(res).to_dict()
                for row in changes:
                    if row.field in data:
                        data[row.field] = _load(row.old)
                act.edit(res, ResourceData.from_dict(data))
                act.changes.updated.add(res.id)
            s.flush()
            for kind, name in created_terms:
                _remove_if_unused(s, kind, name, act)
        return info, act.changes


def _undo_vocabulary(row: ChangeLog, act: Action) -> None:
    """Reverse a vocabulary change: a rename or an attribute (labels, aliases …)."""
    model = MODELS.get(row.entity)
    old, new = _load(row.old), _load(row.new)
    if model is None or not isinstance(old, dict) or "id" not in old:
        return  # a merged-away term comes back through its resources' rows
    term = act.session.get(model, old["id"])
    if term is None:
        return
    set_attribute(act.session, term, row.field, old["value"])
    act.record(None, row.field, new, old, entity=row.entity)
    act.changes.vocabulary = True
    touch_linked(act.session, row.entity, term.id, act, row.field)


def _remove_if_unused(s: Any, kind: str, name: str, act: Action) -> None:
    """Undo the creation of a term, unless something has come to use it since."""
    model, _table, link = TERM_LINKS[kind]
    term = s.scalars(select(model).where(model.norm == norm(name))).first()
    if term is None or s.scalar(select(link).where(link == term.id).limit(1)) is not None:
        return
    if kind == "topic" and s.scalar(select(Topic.id).where(Topic.parent_id == term.id).limit(1)):
        return  # another topic hangs under it now
    act.record(None, "*", {"name": term.name}, None, entity=kind)
    s.delete(term)
    act.changes.vocabulary = True


def undo_label(info: UndoInfo | None) -> str:
    if info is None:
        return "Nothing to undo"
    return f"Undo {info.action}"


__all__ = ["History", "HistoryEntry", "UndoInfo", "undo_label"]
