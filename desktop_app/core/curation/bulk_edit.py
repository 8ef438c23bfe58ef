"""Bulk edits: preview exactly what changes on which resources, then apply as one action."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.records import LIST_FIELDS, ResourceData
from desktop_app.core.library.text import clean, norm
from desktop_app.core.library.values import ResourceType, Status
from desktop_app.core.service import Catalogue, ChangeSet

LIST_MODES = ("add", "remove", "replace")


@dataclass(frozen=True, slots=True)
class BulkOp:
    field: str  # topics | countries | organisations | authors | type | status
    mode: str  # add | remove | replace (lists); set (type, status)
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BulkChange:
    id: int
    title: str
    field: str
    old: Any
    new: Any
    version: int


def _check(op: BulkOp) -> None:
    if op.field in LIST_FIELDS:
        if op.mode not in LIST_MODES:
            raise LibraryError(f"for {op.field} choose add, remove or replace")
    elif op.field == "type":
        if (
            op.mode != "set"
            or len(op.values) != 1
            or op.values[0] not in {t.value for t in ResourceType}
        ):
            raise LibraryError("set the type to one known type")
    elif op.field == "status":
        if (
            op.mode != "set"
            or len(op.values) != 1
            or op.values[0] not in {s.value for s in Status if s is not Status.TRASHED}
        ):
            raise LibraryError("set the status to published, draft or hidden")
    else:
        raise LibraryError(f"'{op.field}' cannot be bulk-edited")


def _new_value(old: Any, op: BulkOp) -> Any:
    if op.field not in LIST_FIELDS:
        return op.values[0]
    values = [clean(v) for v in op.values if clean(v)]
    if op.mode == "replace":
        return values
    if op.mode == "add":
        have = {norm(v) for v in old}
        return list(old) + [v for v in values if norm(v) not in have]
    drop = {norm(v) for v in values}
    return [v for v in old if norm(v) not in drop]


def preview(catalogue: Catalogue, ids: Sequence[int], op: BulkOp) -> list[BulkChange]:
    """Exactly the changes ``apply`` would make (resources that would not change are left out)."""
    _check(op)
    out = []
    for view in catalogue.get_many(list(ids)):
        old = getattr(view, op.field)
        new = _new_value(old, op)
        same = (
            [norm(v) for v in old] == [norm(v) for v in new]
            if op.field in LIST_FIELDS
            else old == new
        )
        if not same:
            out.append(BulkChange(view.id, view.title, op.field, old, new, view.version))
    return out


def apply(catalogue: Catalogue, changes: Sequence[BulkChange], op: BulkOp) -> ChangeSet:
    """Apply a previewed bulk edit as one undoable action; refuses if any resource moved on."""
    edits: list[tuple[int, ResourceData, int | None]] = []
    for change in changes:
        data = catalogue.get(change.id).editable()
        setattr(data, change.field, change.new)
        edits.append((change.id, data, change.version))
    label = f"bulk {op.mode} {op.field}: {', '.join(op.values)[:60]} on {len(edits)} resources"
    _, result = catalogue.update_many(edits, action=label)
    return result
