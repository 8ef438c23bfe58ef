"""What others committed: the changes since a counter, read from the change log.

Each machine's search index is a cache that follows the catalogue's change counter.
Its own writes reach it through the catalogue's listeners; what another process or
machine committed is found here: :func:`current_counter` is the cheap question a
poll asks (one row), :func:`changes_since` the answer when the counter has moved,
as the :class:`~desktop_app.core.service.ChangeSet` a write of our own would have
given (the resources stamped since, and whether vocabularies changed), so the search
engine and the window refresh the same way for both
(:meth:`~desktop_app.core.search.engine.SearchEngine.sync`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ChangeLog, LibraryInfo, Resource
from desktop_app.core.service.changes import ChangeSet

if TYPE_CHECKING:
    from desktop_app.core.search.engine import SearchEngine


def current_counter(library: Library) -> int:
    """The catalogue's change counter now (``SELECT change_counter FROM library_info``)."""
    with library.read() as s:
        value = s.scalar(select(LibraryInfo.change_counter).where(LibraryInfo.id == 1))
        return int(value or 0)


def changes_since(
    library: Library, since: int, known: Callable[[], Iterable[int]] | None = None
) -> ChangeSet:
    """Everything committed after counter ``since``, as one ChangeSet: its ``counter``
    is the counter now (no more than ``since``: nothing to do), ``updated`` every
    resource stamped since (added, edited, trashed or restored), ``removed`` those of
    ``known()`` (the ids the caller holds) deleted for good since, and ``vocabulary`` set
    when a term, synonym or topic changed. Its ``action_id`` is 0: it is not one action
    but all of them since ``since``."""
    with library.read() as s:
        now = s.scalar(select(LibraryInfo.change_counter).where(LibraryInfo.id == 1))
        counter = int(now or 0)
        if counter <= since:
            return ChangeSet(counter=counter)
        ids = set(s.scalars(select(Resource.id).where(Resource.changed_at_counter > since)))
        kinds = set(
            s.scalars(
                select(ChangeLog.entity)
                .where(
                    ChangeLog.counter > since,
                    or_(
                        ChangeLog.entity != "resource",
                        and_(ChangeLog.field == "*", ChangeLog.new.is_(None)),
                    ),
                )
                .distinct()
            )
        )
        gone: set[int] = set()
        if "resource" in kinds and known is not None:  # resources deleted for good
            gone = set(known()) - set(s.scalars(select(Resource.id)))
    return ChangeSet(
        counter=counter, updated=ids - gone, removed=gone, vocabulary=bool(kinds - {"resource"})
    )


def sync(engine: SearchEngine) -> ChangeSet:
    """Bring ``engine`` (its index, facet arrays and caches) up to what was committed
    anywhere; what changed since it last looked (empty: nothing). A lost connection
    raises (LibraryError) and leaves the engine as it was, to try again later."""
    import numpy as np

    with engine.lock:
        if engine.facets is None:
            engine.open()
            return ChangeSet(counter=engine.counter, vocabulary=True)
        facets = engine.facets
        changes = changes_since(
            engine.catalogue.library,
            engine.counter,
            lambda: np.flatnonzero(facets.status >= 0).tolist(),
        )
        if changes.counter <= engine.counter:
            engine.tidy()  # nothing new: a quiet moment to merge what edits left
            return ChangeSet(counter=changes.counter)
        engine.on_change(changes)
        if engine.counter != changes.counter:  # it could not follow: open afresh
            engine.open()
            changes.vocabulary = True  # anything may have changed
        return changes
