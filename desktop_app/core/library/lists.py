"""Reading lists: named, ordered selections of resources kept in the library."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select

from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ReadingList, ReadingListItem, Resource
from desktop_app.core.library.text import clean, norm
from desktop_app.core.library.values import ListInfo


class ReadingLists:
    def __init__(self, library: Library) -> None:
        self.library = library

    def all(self) -> list[ListInfo]:
        with self.library.read() as s:
            rows = s.execute(
                select(ReadingList.id, ReadingList.name, func.count(ReadingListItem.resource_id))
                .outerjoin(ReadingListItem, ReadingListItem.list_id == ReadingList.id)
                .group_by(ReadingList.id)
                .order_by(ReadingList.name)
            ).all()
        return [ListInfo(i, n, c) for i, n, c in rows]

    def _get(self, s: object, name: str) -> ReadingList | None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        return s.scalars(select(ReadingList).where(ReadingList.norm == norm(name))).first()

    def add(self, name: str, ids: Iterable[int]) -> ListInfo:
        """Add resources to the list ``name`` (created if new); keeps order, no repeats."""
        if not clean(name):
            raise LibraryError("a reading list needs a name")
        with self.library.write() as s:
            rl = self._get(s, name)
            if rl is None:
                rl = ReadingList(name=clean(name), norm=norm(name))
                s.add(rl)
                s.flush()
            have = set(
                s.scalars(
                    select(ReadingListItem.resource_id).where(ReadingListItem.list_id == rl.id)
                )
            )
            pos = len(have)
            for rid in ids:
                if rid in have or s.get(Resource, rid) is None:
                    continue
                s.add(ReadingListItem(list_id=rl.id, resource_id=rid, position=pos))
                have.add(rid)
                pos += 1
            return ListInfo(rl.id, rl.name, len(have))

    def remove(self, name: str, ids: Iterable[int]) -> None:
        with self.library.write() as s:
            rl = self._get(s, name)
            if rl is None:
                raise NotFoundError(f"no reading list named '{name}'")
            s.execute(
                delete(ReadingListItem).where(
                    ReadingListItem.list_id == rl.id, ReadingListItem.resource_id.in_(list(ids))
                )
            )

    def delete(self, name: str) -> None:
        with self.library.write() as s:
            rl = self._get(s, name)
            if rl is None:
                raise NotFoundError(f"no reading list named '{name}'")
            s.delete(rl)

    def items(self, name: str) -> list[int]:
        with self.library.read() as s:
            rl = self._get(s, name)
            if rl is None:
                raise NotFoundError(f"no reading list named '{name}'")
            return list(
                s.scalars(
                    select(ReadingListItem.resource_id)
                    .where(ReadingListItem.list_id == rl.id)
                    .order_by(ReadingListItem.position)
                )
            )
