"""Saved searches: a query with its facet filters and sort, kept under a name.

Like reading lists they are the reader's own (a teacher saves "Year 9 online
safety"): changing them needs no curator mode. Names are unique, compared without
case or extra spaces. Every change is one transaction; ``modified_at`` says when a
search last changed (collection packs merge saved searches by UUID). Deleting one
returns it whole, so :meth:`SavedSearches.restore` can put it back (Undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import SavedSearch, utcnow
from desktop_app.core.library.records import clean_control
from desktop_app.core.library.text import clean, free_name, norm
from desktop_app.core.search.results import FACETS, SORTS, SearchRequest

NAME_MAX = 200  # characters in a name (the column's size)
QUERY_MAX = 10_000  # characters in a query
VALUES_MAX = 1_000  # values of one facet
VALUE_MAX = 500  # characters in one value


@dataclass(frozen=True, slots=True)
class SavedSearchInfo:
    """A saved search as plain values: what the sidebar lists and a search restores."""

    id: int
    uuid: str
    name: str
    query: str = ""
    include: dict[str, list[str]] = field(default_factory=dict)
    exclude: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    created_at: datetime | None = None

    def request(self, *, curator: bool = False, hide_staff: bool = True) -> SearchRequest:
        """The search it stands for, as a reader (or a curator) would run it."""
        return SearchRequest(
            query=self.query,
            include={k: set(v) for k, v in self.include.items()},
            exclude={k: set(v) for k, v in self.exclude.items()},
            sort=self.sort,
            curator=curator,
            hide_staff=hide_staff and not curator,
        )


def check_name(name: str) -> str:
    """The name cleaned, or a LibraryError saying what is wrong with it."""
    cleaned = clean(clean_control(name))
    if not cleaned:
        raise LibraryError("a saved search needs a name")
    if len(cleaned) > NAME_MAX:
        raise LibraryError(
            f"saved search name is too long ({len(cleaned)} characters, at most {NAME_MAX})"
        )
    return cleaned


def check_query(query: str) -> str:
    text = clean_control(query).strip()
    if len(text) > QUERY_MAX:
        raise LibraryError(
            f"saved search query is too long ({len(text):,} characters, at most {QUERY_MAX:,})"
        )
    return text


def check_facets(values: Mapping[str, Iterable[str]], which: str) -> dict[str, list[str]]:
    """Facet selections as kept: known facets only, values cleaned, sorted, no repeats."""
    out: dict[str, list[str]] = {}
    for facet, chosen in values.items():
        if facet not in FACETS:
            raise LibraryError(f"saved search {which}: unknown facet {str(facet)[:40]!r}")
        kept = sorted({clean_control(str(v)).strip() for v in chosen} - {""})
        if len(kept) > VALUES_MAX:
            raise LibraryError(f"saved search {which}: more than {VALUES_MAX:,} {facet} values")
        if any(len(v) > VALUE_MAX for v in kept):
            raise LibraryError(
                f"saved search {which}: a {facet} value longer than {VALUE_MAX} characters"
            )
        if kept:
            out[facet] = kept
    return out


def check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise LibraryError(f"saved search sort must be one of {', '.join(SORTS)}, not {sort!r}")
    return sort


class SavedSearches:
    """The library's saved searches, by name."""

    def __init__(self, library: Library) -> None:
        self.library = library

    # -- reading ------------------------------------------------------------------------------
    def all(self) -> list[SavedSearchInfo]:
        """Every saved search, by name."""
        with self.library.read() as s:
            rows = s.scalars(select(SavedSearch).order_by(func.lower(SavedSearch.name))).all()
            return [_info(row) for row in rows]

    def get(self, name: str) -> SavedSearchInfo:
        with self.library.read() as s:
            return _info(_need(s, name))

    # -- writing ------------------------------------------------------------------------------
    def save(
        self,
        name: str,
        query: str,
        include: Mapping[str, Iterable[str]] | None = None,
        exclude: Mapping[str, Iterable[str]] | None = None,
        sort: str = "relevance",
        *,
        replace: bool = False,
    ) -> SavedSearchInfo:
        """Keep a search under ``name``; one of that name is an error unless ``replace``
        (then it takes the new query, filters and sort and keeps its UUID)."""
        cleaned = check_name(name)
        text = check_query(query)
        inc = check_facets(include or {}, "filters")
        exc = check_facets(exclude or {}, "exclusions")
        order = check_sort(sort)
        with self.library.write() as s:
            row = _get(s, cleaned)
            if row is not None and not replace:
                raise LibraryError(f"a saved search named '{row.name}' already exists")
            if row is None:
                row = SavedSearch(name=cleaned, norm=norm(cleaned))
                s.add(row)
            row.name, row.norm = cleaned, norm(cleaned)
            row.query, row.include, row.exclude, row.sort = text, inc, exc, order
            row.modified_at = utcnow()
            s.flush()
            return _info(row)

    def rename(self, old: str, new: str) -> SavedSearchInfo:
        """Give saved search ``old`` the name ``new`` (a change of case alone is allowed)."""
        cleaned = check_name(new)
        with self.library.write() as s:
            row = _need(s, old)
            other = _get(s, cleaned)
            if other is not None and other.id != row.id:
                raise LibraryError(f"a saved search named '{other.name}' already exists")
            if row.name != cleaned:
                row.name, row.norm = cleaned, norm(cleaned)
                row.modified_at = utcnow()
            return _info(row)

    def delete(self, name: str) -> SavedSearchInfo:
        """Delete it; returns it whole, for :meth:`restore`."""
        with self.library.write() as s:
            row = _need(s, name)
            gone = _info(row)
            s.delete(row)
            return gone

    def restore(self, gone: SavedSearchInfo) -> SavedSearchInfo:
        """Put a deleted saved search back with its UUID; "NAME (2)" if its name was
        taken meanwhile."""
        with self.library.write() as s:
            if s.scalars(select(SavedSearch).where(SavedSearch.uuid == gone.uuid)).first():
                raise LibraryError(f"saved search '{gone.name}' is already back")
            name = _free_name(s, gone.name)
            row = SavedSearch(
                uuid=gone.uuid,
                name=name,
                norm=norm(name),
                query=gone.query,
                include=gone.include,
                exclude=gone.exclude,
                sort=gone.sort,
                created_at=gone.created_at or utcnow(),
            )
            s.add(row)
            s.flush()
            return _info(row)


def _info(row: SavedSearch) -> SavedSearchInfo:
    def facets(value: object) -> dict[str, list[str]]:
        if not isinstance(value, dict):
            return {}
        return {
            str(k): [str(x) for x in v]
            for k, v in value.items()
            if k in FACETS and isinstance(v, list)
        }

    made = row.created_at
    if made is not None and made.tzinfo is not None:  # just made: as the library keeps it
        made = made.astimezone(UTC).replace(tzinfo=None)
    return SavedSearchInfo(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        query=row.query or "",
        include=facets(row.include),
        exclude=facets(row.exclude),
        sort=row.sort if row.sort in SORTS else "relevance",
        created_at=made,
    )


def _get(s: Session, name: str) -> SavedSearch | None:
    return s.scalars(select(SavedSearch).where(SavedSearch.norm == norm(name))).first()


def _need(s: Session, name: str) -> SavedSearch:
    row = _get(s, name)
    if row is None:
        raise NotFoundError(f"no saved search named '{clean(name)}'")
    return row


def _free_name(s: Session, wanted: str) -> str:
    """``wanted`` if no saved search has that name, else "wanted (2)", "wanted (3)" …"""
    return free_name(check_name(wanted[:NAME_MAX]), lambda n: _get(s, n) is not None, NAME_MAX)
