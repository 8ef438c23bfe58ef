"""Reading lists: named, ordered selections of resources kept in the library.

A teacher's list has a name (unique, compared without case or extra spaces), its
resources in the teacher's order and a short note on each item for the handout.
Lists are the reader's own: changing them needs no curator mode. Every change is
one transaction; a list's ``modified_at`` says when it last changed (collection
packs merge lists by UUID and take the newer side).

Deleting a list returns a :class:`DeletedList` that :meth:`ReadingLists.restore`
puts back as it was (the window's Undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ReadingList, ReadingListItem, Resource, utcnow
from desktop_app.core.library.text import clean, free_name, norm
from desktop_app.core.library.values import ListInfo

NAME_MAX = 200  # characters in a list's name (the column's size)
NOTE_MAX = 1000  # characters in an item's note: a line or two on a handout


@dataclass(frozen=True, slots=True)
class ListItem:
    """One resource of a list, in the list's order, with the teacher's note."""

    resource_id: int
    uuid: str
    title: str
    status: str
    note: str


@dataclass(frozen=True, slots=True)
class ListContents:
    """A list with its items in order."""

    id: int
    uuid: str
    name: str
    items: list[ListItem]

    @property
    def notes(self) -> dict[int, str]:
        """The items' notes by resource id (items without a note left out)."""
        return {i.resource_id: i.note for i in self.items if i.note}


@dataclass(frozen=True, slots=True)
class Added:
    """What adding to a list did."""

    info: ListInfo
    added: list[int]  # resource ids newly in the list, in order
    already: int = 0  # asked for but already in the list
    missing: int = 0  # no resource with that id


@dataclass(frozen=True, slots=True)
class DeletedList:
    """Everything needed to put a deleted list back (Undo)."""

    uuid: str
    name: str
    created_at: datetime
    items: list[tuple[int, str]] = field(default_factory=list)  # (resource id, note) in order


def check_name(name: str) -> str:
    """The list name cleaned, or a LibraryError saying what is wrong with it."""
    cleaned = clean(name)
    if not cleaned:
        raise LibraryError("a reading list needs a name")
    if len(cleaned) > NAME_MAX:
        raise LibraryError(
            f"reading list name is too long ({len(cleaned)} characters, at most {NAME_MAX})"
        )
    return cleaned


def check_note(note: str) -> str:
    """An item note with its ends stripped, or a LibraryError when it is too long."""
    text = note.strip()
    if len(text) > NOTE_MAX:
        raise LibraryError(f"note is too long ({len(text)} characters, at most {NOTE_MAX})")
    return text


class ReadingLists:
    """The library's reading lists, by name."""

    def __init__(self, library: Library) -> None:
        self.library = library

    # -- reading ------------------------------------------------------------------------------
    def all(self) -> list[ListInfo]:
        """Every list with its number of items, by name."""
        with self.library.read() as s:
            rows = s.execute(
                select(ReadingList.id, ReadingList.name, func.count(ReadingListItem.resource_id))
                .outerjoin(ReadingListItem, ReadingListItem.list_id == ReadingList.id)
                .group_by(ReadingList.id)
                .order_by(func.lower(ReadingList.name))
            ).all()
        return [ListInfo(i, n, c) for i, n, c in rows]

    def items(self, name: str) -> list[int]:
        """The list's resource ids in its order."""
        with self.library.read() as s:
            rl = _need(s, name)
            return _ids(s, rl.id)

    def contents(self, name: str) -> ListContents:
        """The list's items in order, with titles and notes."""
        with self.library.read() as s:
            rl = _need(s, name)
            rows = s.execute(
                select(
                    Resource.id,
                    Resource.uuid,
                    Resource.title,
                    Resource.status,
                    ReadingListItem.note,
                )
                .join(ReadingListItem, ReadingListItem.resource_id == Resource.id)
                .where(ReadingListItem.list_id == rl.id)
                .order_by(ReadingListItem.position, Resource.id)
            ).all()
            items = [ListItem(int(i), u, t, st, n or "") for i, u, t, st, n in rows]
            return ListContents(rl.id, rl.uuid, rl.name, items)

    def info(self, name: str) -> ListInfo:
        """The list's id, name as kept and count."""
        with self.library.read() as s:
            rl = _need(s, name)
            return ListInfo(rl.id, rl.name, len(_ids(s, rl.id)))

    # -- writing ------------------------------------------------------------------------------
    def create(self, name: str) -> ListInfo:
        """A new, empty list (an error if one of that name exists)."""
        cleaned = check_name(name)
        with self.library.write() as s:
            existing = _get(s, cleaned)
            if existing is not None:
                raise LibraryError(f"a reading list named '{existing.name}' already exists")
            rl = ReadingList(name=cleaned, norm=norm(cleaned))
            s.add(rl)
            s.flush()
            return ListInfo(rl.id, rl.name, 0)

    def add(self, name: str, ids: Iterable[int], *, create: bool = True) -> Added:
        """Add resources to the end of list ``name`` (created if new, unless ``create``
        is False); keeps their order, never adds one twice."""
        cleaned = check_name(name)
        with self.library.write() as s:
            rl = _get(s, cleaned)
            if rl is None:
                if not create:
                    raise NotFoundError(f"no reading list named '{cleaned}'")
                rl = ReadingList(name=cleaned, norm=norm(cleaned))
                s.add(rl)
                s.flush()
            have = set(_ids(s, rl.id))
            pos = _next_position(s, rl.id)
            added: list[int] = []
            already = missing = 0
            wanted = list(dict.fromkeys(ids))
            known = set(s.scalars(select(Resource.id).where(Resource.id.in_(wanted))))
            for rid in wanted:
                if rid in have:
                    already += 1
                    continue
                if rid not in known:
                    missing += 1
                    continue
                s.add(ReadingListItem(list_id=rl.id, resource_id=rid, position=pos))
                have.add(rid)
                added.append(rid)
                pos += 1
            if added:
                rl.modified_at = utcnow()
            return Added(ListInfo(rl.id, rl.name, len(have)), added, already, missing)

    def remove(self, name: str, ids: Iterable[int]) -> int:
        """Take resources out of the list; how many were in it."""
        with self.library.write() as s:
            rl = _need(s, name)
            gone = s.execute(
                delete(ReadingListItem).where(
                    ReadingListItem.list_id == rl.id, ReadingListItem.resource_id.in_(list(ids))
                )
            )
            count = int(getattr(gone, "rowcount", 0) or 0)
            if count:
                _renumber(s, rl.id, _ids(s, rl.id))
                rl.modified_at = utcnow()
            return count

    def rename(self, old: str, new: str) -> ListInfo:
        """Give list ``old`` the name ``new`` (a change of case alone is allowed)."""
        cleaned = check_name(new)
        with self.library.write() as s:
            rl = _need(s, old)
            other = _get(s, cleaned)
            if other is not None and other.id != rl.id:
                raise LibraryError(f"a reading list named '{other.name}' already exists")
            if rl.name != cleaned:
                rl.name, rl.norm = cleaned, norm(cleaned)
                rl.modified_at = utcnow()
            return ListInfo(rl.id, rl.name, len(_ids(s, rl.id)))

    def delete(self, name: str) -> DeletedList:
        """Delete the list (its resources stay in the library); what Undo needs."""
        with self.library.write() as s:
            rl = _need(s, name)
            rows = s.execute(
                select(ReadingListItem.resource_id, ReadingListItem.note)
                .where(ReadingListItem.list_id == rl.id)
                .order_by(ReadingListItem.position, ReadingListItem.resource_id)
            ).all()
            gone = DeletedList(rl.uuid, rl.name, rl.created_at, [(r, n or "") for r, n in rows])
            s.delete(rl)
            return gone

    def restore(self, deleted: DeletedList) -> ListInfo:
        """Put a deleted list back with its UUID, items and notes. Resources deleted
        since are left out; if its name was taken meanwhile it gets "NAME (2)"."""
        with self.library.write() as s:
            if s.scalars(select(ReadingList).where(ReadingList.uuid == deleted.uuid)).first():
                raise LibraryError(f"reading list '{deleted.name}' is already back")
            name = unique_name(s, deleted.name)
            rl = ReadingList(
                uuid=deleted.uuid, name=name, norm=norm(name), created_at=deleted.created_at
            )
            s.add(rl)
            s.flush()
            wanted = [rid for rid, _ in deleted.items]
            known = set(s.scalars(select(Resource.id).where(Resource.id.in_(wanted))))
            kept = [(rid, note) for rid, note in deleted.items if rid in known]
            for pos, (rid, note) in enumerate(kept):
                s.add(ReadingListItem(list_id=rl.id, resource_id=rid, position=pos, note=note))
            return ListInfo(rl.id, rl.name, len(kept))

    def duplicate(self, name: str, new_name: str | None = None) -> ListInfo:
        """A copy of the list (items, order and notes) named ``new_name`` or "NAME (copy)"."""
        with self.library.write() as s:
            rl = _need(s, name)
            if new_name is None:
                target = unique_name(s, f"{rl.name} (copy)")
            else:
                target = check_name(new_name)
                other = _get(s, target)
                if other is not None:
                    raise LibraryError(f"a reading list named '{other.name}' already exists")
            copy = ReadingList(name=target, norm=norm(target))
            s.add(copy)
            s.flush()
            rows = s.execute(
                select(ReadingListItem.resource_id, ReadingListItem.note)
                .where(ReadingListItem.list_id == rl.id)
                .order_by(ReadingListItem.position, ReadingListItem.resource_id)
            ).all()
            for pos, (rid, note) in enumerate(rows):
                s.add(ReadingListItem(list_id=copy.id, resource_id=rid, position=pos, note=note))
            return ListInfo(copy.id, copy.name, len(rows))

    def move(self, name: str, resource_id: int, position: int) -> list[int]:
        """Move one item to ``position`` (0 is the top; clamped to the list); the new order."""
        with self.library.write() as s:
            rl = _need(s, name)
            order = _ids(s, rl.id)
            if resource_id not in order:
                raise NotFoundError(f"resource {resource_id} is not in reading list '{rl.name}'")
            order.remove(resource_id)
            order.insert(max(0, min(position, len(order))), resource_id)
            _renumber(s, rl.id, order)
            rl.modified_at = utcnow()
            return order

    def reorder(self, name: str, ids: Sequence[int]) -> list[int]:
        """Put the list's items in the order of ``ids`` (which must be exactly its items)."""
        with self.library.write() as s:
            rl = _need(s, name)
            order = _ids(s, rl.id)
            if sorted(order) != sorted(ids) or len(set(ids)) != len(ids):
                raise LibraryError(
                    f"reading list '{rl.name}' changed meanwhile; open it again and retry"
                )
            _renumber(s, rl.id, list(ids))
            rl.modified_at = utcnow()
            return list(ids)

    def set_note(self, name: str, resource_id: int, note: str) -> str:
        """The teacher's note on one item (empty to remove it); the note as kept."""
        text = check_note(note)
        with self.library.write() as s:
            rl = _need(s, name)
            item = s.get(ReadingListItem, (rl.id, resource_id))
            if item is None:
                raise NotFoundError(f"resource {resource_id} is not in reading list '{rl.name}'")
            if item.note != text:
                item.note = text
                rl.modified_at = utcnow()
            return text


# -- helpers shared with the collection packs ---------------------------------------------------
def _get(s: Session, name: str) -> ReadingList | None:
    return s.scalars(select(ReadingList).where(ReadingList.norm == norm(name))).first()


def _need(s: Session, name: str) -> ReadingList:
    rl = _get(s, name)
    if rl is None:
        raise NotFoundError(f"no reading list named '{clean(name)}'")
    return rl


def _ids(s: Session, list_id: int) -> list[int]:
    return list(
        s.scalars(
            select(ReadingListItem.resource_id)
            .where(ReadingListItem.list_id == list_id)
            .order_by(ReadingListItem.position, ReadingListItem.resource_id)
        )
    )


def _next_position(s: Session, list_id: int) -> int:
    top = s.scalar(
        select(func.max(ReadingListItem.position)).where(ReadingListItem.list_id == list_id)
    )
    return 0 if top is None else int(top) + 1


def _renumber(s: Session, list_id: int, order: list[int]) -> None:
    items = {
        i.resource_id: i
        for i in s.scalars(select(ReadingListItem).where(ReadingListItem.list_id == list_id))
    }
    for pos, rid in enumerate(order):
        items[rid].position = pos


def unique_name(s: Session, wanted: str) -> str:
    """``wanted`` if no list has that name, else "wanted (2)", "wanted (3)" …"""
    return free_name(check_name(wanted[:NAME_MAX]), lambda n: _get(s, n) is not None, NAME_MAX)
