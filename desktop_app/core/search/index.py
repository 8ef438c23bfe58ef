"""The Whoosh index: a cache of the library that can always be rebuilt.

The index folder holds a ``state.json`` with the library's change counter it
reflects, its schema version, the library's UUID and which build it is. On open, a
missing, stale, corrupt or old-schema index is caught up or rebuilt; it is never
trusted blindly. Rebuilds write into a new folder and swap it in, so a failed
rebuild leaves the previous index in place.

Every change to the index (catch-up, rebuild, swap, clearing what a killed build
left) happens under a lock shared by all processes (``lock.py``): the window and
``librarian search`` on one library never build into the same folder, and the one
that waits then uses what the other built.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path
from sqlalchemy import func, select
from whoosh import index as whoosh_index
from whoosh.query import Every

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ChangeLog, Resource, Status
from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.build import (
    Progress,
    VocabExtras,
    sample_bodies,
    write_segments,
)
from desktop_app.core.search.compile import Thesaurus
from desktop_app.core.search.lock import ProcessLock
from desktop_app.core.search.schema import SCHEMA_VERSION, build_schema, common_words
from desktop_app.core.search.words import WordList
from desktop_app.core.service import Catalogue, ChangeSet

log = logging.getLogger(__name__)
STATE_FILE = "state.json"
# How long a process waits for another one's rebuild before giving up (seconds): far
# longer than a rebuild of the largest library takes (see benchmarks/search_bench.py).
LOCK_WAIT = 600.0
# A catch-up of more changes than this (and than the index holds) is a rebuild
# instead: an import of 5,000 into a new library is indexed in one segment, faster
# than document by document, and with common words for phrase pairs picked from what
# it holds (an index built on an empty library has none).
CATCH_UP_MAX = 2000
# Each catch-up writes its documents as a new small segment and commits without
# merging, so an edit is searchable at once: Whoosh's merge of small segments at a
# commit took 0.5-2 s now and then, and an edit elsewhere must be searchable within a
# second (issue 16). The small segments are merged later, by ``tidy`` when the window
# is idle; and once this many have piled up, a catch-up merges the smallest of them,
# as many as hold ``SMALL_MERGE_BUDGET`` documents (a merge re-indexes what it merges:
# a few milliseconds a document), or all of them once twice as many have.
SMALL_SEGMENT = 2_000  # documents
SMALL_SEGMENTS_MAX = 16
SMALL_MERGE_BUDGET = 64


def index_dir_for(library: Library) -> Path:
    """``<library>.index`` beside a writable library, else a per-library cache folder."""
    beside = library.path.with_name(library.path.name + ".index")
    if not library.read_only and os.access(library.path.parent, os.W_OK):
        return beside
    digest = hashlib.sha256(str(library.path).encode()).hexdigest()[:16]
    return user_cache_path("resource-librarian", appauthor=False) / f"index-{digest}"


def sibling(folder: Path, suffix: str) -> Path:
    """``<index folder><suffix>``: the lock file, a build's ``.new``, a swap's ``.old``."""
    return folder.with_name(folder.name + suffix)


@dataclass(slots=True)
class IndexState:
    schema_version: int
    library_uuid: str
    counter: int
    doc_count: int
    build: str = ""  # new at each rebuild: another process's rebuild is seen by it

    @classmethod
    def load(cls, folder: Path) -> IndexState | None:
        try:
            data = json.loads((folder / STATE_FILE).read_text("utf-8"))
            return cls(
                int(data["schema_version"]),
                str(data["library_uuid"]),
                int(data["counter"]),
                int(data["doc_count"]),
                str(data.get("build", "")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def save(self, folder: Path) -> None:
        tmp = folder / (STATE_FILE + ".tmp")
        tmp.write_text(
            json.dumps(
                {
                    "schema_version": self.schema_version,
                    "library_uuid": self.library_uuid,
                    "counter": self.counter,
                    "doc_count": self.doc_count,
                    "build": self.build,
                }
            ),
            "utf-8",
        )
        os.replace(tmp, folder / STATE_FILE)


class SearchIndex:
    """Keeps a Whoosh index in step with one library."""

    def __init__(self, catalogue: Catalogue, folder: Path | None = None) -> None:
        self.catalogue = catalogue
        self.library = catalogue.library
        self.folder = folder or index_dir_for(self.library)
        self.lock = threading.RLock()
        self._process_lock = ProcessLock(sibling(self.folder, ".lock"))
        self._held = 0  # how deep this index is in ``_exclusive``
        self._ix: Any = None
        self.state: IndexState | None = None
        self.words = WordList()
        self._extras: VocabExtras | None = None
        self.last_open_action = ""

    @contextmanager
    def _exclusive(self, progress: Progress | None = None) -> Iterator[None]:
        """This thread and no other process changes the index (re-entrant)."""
        with self.lock:
            if not self._held:

                def waiting(seconds: float) -> None:
                    log.info("waiting %.0f s for another process's index build", seconds)
                    if progress is not None:
                        progress(0, 0, "Waiting for another program to finish the search index")

                self._process_lock.acquire(LOCK_WAIT, waiting)
            self._held += 1
            try:
                yield
            finally:
                self._held -= 1
                if not self._held:
                    self._process_lock.release()

    # -- opening ---------------------------------------------------------------------
    def open(self, progress: Progress | None = None) -> str:
        """Open the index, catching up or rebuilding as needed; says what it did."""
        with self._exclusive(progress):
            self._clear_leftovers()
            reason = self._problem()
            if reason is None:
                try:
                    n = self.catch_up(progress)
                    self.last_open_action = f"caught up {n} changes" if n else "up to date"
                    return self.last_open_action
                except Exception as exc:  # a broken index must never stop the app
                    log.warning("index catch-up failed, rebuilding: %s", exc)
                    reason = f"catch-up failed ({exc.__class__.__name__})"
            self.rebuild(progress)
            self.last_open_action = f"rebuilt: {reason}"
            return self.last_open_action

    def _clear_leftovers(self) -> None:
        """What a killed build or swap left beside the index (we hold the lock, so no
        other process is building): a finished build whose swap was cut short is
        swapped in, anything else removed."""
        fresh, old = sibling(self.folder, ".new"), sibling(self.folder, ".old")
        if not self.folder.exists() and IndexState.load(fresh) is not None:
            log.info("finishing an interrupted index swap")
            os.replace(fresh, self.folder)
        for leftover in (fresh, old):
            if leftover.exists():
                log.info("removing %s, left by an interrupted index build", leftover)
                shutil.rmtree(leftover, ignore_errors=True)

    def _problem(self) -> str | None:
        """Why the index on disk cannot be used, or None (and then it is open)."""
        if not self.folder.is_dir():
            return "no index yet"
        state = IndexState.load(self.folder)
        if state is None:
            return "index state missing or unreadable"
        if state.schema_version != SCHEMA_VERSION:
            return f"index schema {state.schema_version} is not {SCHEMA_VERSION}"
        if state.library_uuid != self.catalogue.library_uuid():
            return "index belongs to another library"
        if state.counter > self.catalogue.change_counter():
            return "index is newer than the library (restored from a backup?)"
        words = WordList.load(self.folder)
        if words is None:
            return "index word list missing"
        try:
            if not whoosh_index.exists_in(str(self.folder)):
                return "index files missing"
            ix = whoosh_index.open_dir(str(self.folder))
            with ix.searcher() as searcher:
                reader = searcher.reader()
                if reader.doc_count() != state.doc_count:
                    return "index document count does not match its state"
                for leaf, _base in reader.leaf_readers():
                    if wa.segment_id(leaf) is not None:  # an empty index has no segment
                        list(leaf.column_reader("rid", translate=False))
                list(searcher.docs_for_query(Every("uuid")))
        except Exception as exc:
            return f"index unreadable ({exc.__class__.__name__}: {exc})"
        if self._ix is not None:
            self._ix.close()
        self._ix = ix
        self.state = state
        self.words = words
        return None

    @property
    def ix(self) -> Any:
        if self._ix is None:
            self.open()
        return self._ix

    # -- writing ---------------------------------------------------------------------------
    def rebuild(self, progress: Progress | None = None) -> int:
        """Rebuild from the database into a fresh folder, then swap it in."""
        with self._exclusive(progress):
            counter = self.catalogue.change_counter()
            ids = self.catalogue.ids()
            total = len(ids)
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            fresh = sibling(self.folder, ".new")
            shutil.rmtree(fresh, ignore_errors=True)
            fresh.mkdir(parents=True)
            thesaurus = Thesaurus.of(self.library).groups
            common = common_words(
                sample_bodies(self.catalogue, ids), also=[t for g in thesaurus for t in g]
            )
            schema = build_schema(common)
            ix = whoosh_index.create_in(str(fresh), schema)
            try:
                n, words = write_segments(self.catalogue, ix, schema, fresh, ids, common, progress)
            except BaseException:
                ix.close()
                shutil.rmtree(fresh, ignore_errors=True)
                raise
            with ix.searcher() as searcher:
                doc_count = searcher.reader().doc_count()
            if doc_count != n:
                shutil.rmtree(fresh, ignore_errors=True)
                raise RuntimeError(f"index build wrote {doc_count} documents, expected {n}")
            state = IndexState(
                SCHEMA_VERSION, self.catalogue.library_uuid(), counter, doc_count, _new_build()
            )
            words.save(fresh)
            state.save(fresh)  # last: a ``.new`` with a state is complete
            ix.close()
            old = sibling(self.folder, ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self._ix is not None:
                self._ix.close()
                self._ix = None
            if self.folder.exists():
                os.replace(self.folder, old)
            os.replace(fresh, self.folder)
            shutil.rmtree(old, ignore_errors=True)
            self._ix = whoosh_index.open_dir(str(self.folder))
            self.state = state
            self.words = words
            if progress is not None:
                progress(total, total, "Search index ready")
            # writes made while we were building are caught up now
            self.catch_up()
            return n

    def _in_step(self) -> bool:
        """Whether the index we have open is the one on disk, as we last left it
        (another process may have caught it up or rebuilt it since)."""
        return (
            self._ix is not None
            and self.state is not None
            and IndexState.load(self.folder) == self.state
        )

    def catch_up(
        self,
        progress: Progress | None = None,
        *,
        vocabulary_changed: bool = True,
        searcher: Any = None,
    ) -> int:
        """Apply every library change since the index's counter; returns how many."""
        with self._exclusive(progress):
            if not self._in_step():
                reason = self._problem()
                if reason is not None:
                    self.rebuild(progress)
                    return 0
                vocabulary_changed = True
            assert self.state is not None
            since = self.state.counter
            current = self.catalogue.change_counter()
            if current == since:
                return 0
            if current < since:
                self.rebuild(progress)
                return 0
            with self.library.read() as s:
                changed = s.scalar(
                    select(func.count(Resource.id)).where(Resource.changed_at_counter > since)
                )
            if (changed or 0) > max(CATCH_UP_MAX, self.state.doc_count):
                self.rebuild(progress)
                return int(changed or 0)
            views = list(self.catalogue.iter_views(include_trashed=True, since_counter=since))
            with self.library.read() as s:
                purged = set(
                    s.scalars(
                        select(ChangeLog.resource_uuid).where(
                            ChangeLog.counter > since,
                            ChangeLog.field == "*",
                            ChangeLog.new.is_(None),
                        )
                    )
                )
            if self._extras is None or vocabulary_changed:
                self._extras = VocabExtras(self.library)
            extras = self._extras
            writer = self._ix.writer(timeout=10.0, **wa.WRITER_OPTIONS)
            try:
                reuse = (
                    searcher is not None
                    and wa.opened_from(searcher, self._ix)  # not one of an index reopened since
                    and searcher.up_to_date()
                )
                finder = searcher if reuse else self._ix.searcher()
                try:
                    for uuid in {v.uuid for v in views} | {u for u in purged if u}:
                        for docnum in finder.document_numbers(uuid=uuid):
                            writer.delete_document(docnum)
                finally:
                    if not reuse:
                        finder.close()
                for view in views:
                    if view.status != Status.TRASHED.value:
                        writer.add_document(**extras.doc(view, self.words))
                small = self._small_segments()
                if small >= SMALL_SEGMENTS_MAX:
                    budget = None if small >= 2 * SMALL_SEGMENTS_MAX else SMALL_MERGE_BUDGET
                    writer.commit(mergetype=wa.merge_small(SMALL_SEGMENT, budget))
                else:
                    writer.commit(merge=False)
            except BaseException:
                writer.cancel()
                raise
            doc_count = wa.live_doc_count(self._ix)
            self.state.counter = current
            self.state.doc_count = doc_count
            if self.words.dirty:
                self.words.save(self.folder)
            self.state.save(self.folder)
            return len(views) + len(purged)

    def _small_segments(self) -> int:
        return sum(1 for n in wa.segment_sizes(self._ix) if n < SMALL_SEGMENT)

    def tidy(self) -> bool:
        """Merge the small segments catch-ups left into one, if there are two or more;
        whether it did. For idle moments: it holds the index's lock while it merges."""
        if self._small_segments() < 2:  # most polls: no lock taken
            return False
        with self._exclusive(None):
            if self._small_segments() < 2:  # merged meanwhile by another program
                return False
            writer = self._ix.writer(timeout=10.0, **wa.WRITER_OPTIONS)
            try:
                writer.commit(mergetype=wa.merge_small(SMALL_SEGMENT))
            except BaseException:
                writer.cancel()
                raise
            return True

    def apply(self, changes: ChangeSet, searcher: Any = None) -> None:
        """Catalogue listener: bring the index up to date within the same user action.

        ``searcher``: a current searcher to find the documents to replace with
        (the writer's own would open every segment again).
        """
        self.catch_up(vocabulary_changed=changes.vocabulary, searcher=searcher)

    def close(self) -> None:
        with self.lock:
            if self._ix is not None:
                self._ix.close()
                self._ix = None
            self.state = None


def _new_build() -> str:
    return uuidlib.uuid4().hex


def is_index_error(exc: Exception) -> bool:
    """Whether ``exc`` says the index on disk is broken (not the query or the code)."""
    module = type(exc).__module__ or ""
    return module.startswith("whoosh") or isinstance(
        exc, (OSError, EOFError, ValueError, KeyError, IndexError)
    )
