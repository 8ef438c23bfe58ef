"""The Whoosh index: a cache of the library that can always be rebuilt.

The index folder holds a ``state.json`` with the library's change counter it
reflects, its schema version and the library's UUID. On open, a missing, stale,
corrupt or old-schema index is caught up or rebuilt; it is never trusted blindly.
Rebuilds write into a new folder and swap it in, so a failed rebuild leaves the
previous index in place.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import multiprocessing
import os
import queue
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path
from sqlalchemy import select
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files
from whoosh.query import Every
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.searching import Searcher

from desktop_app.core.db import Library
from desktop_app.core.models import ChangeLog, Country, Organisation, Status, Topic
from desktop_app.core.search.bulk import SegmentBuilder
from desktop_app.core.search.compile import Thesaurus
from desktop_app.core.search.schema import SCHEMA_VERSION, build_schema, common_words, document
from desktop_app.core.search.words import WordList
from desktop_app.core.service import Catalogue, ChangeSet

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]  # (done, total, message)
STATE_FILE = "state.json"
MP_THRESHOLD = 20_000
# Most documents one build process puts in a segment (its postings and word pairs
# cost about 7 MB per 1,000 documents until the segment is written).
SEGMENT_DOCS = 30_000
# Segments as separate files: Whoosh copies a compound segment's postings into
# memory when it opens it (180 MB at 100,000 resources); plain files are read
# through the operating system's cache instead.
WRITER_OPTIONS: dict[str, Any] = {"compound": False}
# A rebuild picks the common words whose pairs it indexes from this many runs of
# consecutive resources spread over the library, this many in a run.
SAMPLE_RUNS, SAMPLE_RUN = 20, 100


def index_dir_for(library: Library) -> Path:
    """``<library>.index`` beside a writable library, else a per-library cache folder."""
    beside = library.path.with_name(library.path.name + ".index")
    if not library.read_only and os.access(library.path.parent, os.W_OK):
        return beside
    digest = hashlib.sha256(str(library.path).encode()).hexdigest()[:16]
    return user_cache_path("resource-librarian", appauthor=False) / f"index-{digest}"


@dataclass(slots=True)
class IndexState:
    schema_version: int
    library_uuid: str
    counter: int
    doc_count: int

    @classmethod
    def load(cls, folder: Path) -> IndexState | None:
        try:
            data = json.loads((folder / STATE_FILE).read_text("utf-8"))
            return cls(
                int(data["schema_version"]),
                str(data["library_uuid"]),
                int(data["counter"]),
                int(data["doc_count"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
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
                }
            ),
            "utf-8",
        )
        os.replace(tmp, folder / STATE_FILE)


class VocabExtras:
    """Extra words that find a vocabulary term: acronyms, alternative names, aliases."""

    def __init__(self, library: Library) -> None:
        with library.read() as s:
            self.orgs = {
                o.name: [o.acronym or "", *o.alt_names] for o in s.scalars(select(Organisation))
            }
            self.countries = {
                c.name: [c.alpha2, c.alpha3, *c.aliases] for c in s.scalars(select(Country))
            }
            self.topics = {t.name: list(t.alt_labels) for t in s.scalars(select(Topic))}

    def doc(self, view: Any, words: WordList | None = None) -> dict[str, Any]:
        doc = document(view, self.orgs, self.countries, self.topics)
        if words is not None:
            words.add_text(doc["body"])
        return doc


class SearchIndex:
    """Keeps a Whoosh index in step with one library."""

    def __init__(self, catalogue: Catalogue, folder: Path | None = None) -> None:
        self.catalogue = catalogue
        self.library = catalogue.library
        self.folder = folder or index_dir_for(self.library)
        self.lock = threading.RLock()
        self._ix: Any = None
        self.state: IndexState | None = None
        self.words = WordList()
        self._extras: VocabExtras | None = None
        self.last_open_action = ""

    # -- opening ---------------------------------------------------------------------
    def open(self, progress: Progress | None = None) -> str:
        """Open the index, catching up or rebuilding as needed; says what it did."""
        with self.lock:
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
                    list(leaf.column_reader("rid", translate=False))
                list(searcher.docs_for_query(Every("uuid")))
        except Exception as exc:
            return f"index unreadable ({exc.__class__.__name__}: {exc})"
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
        with self.lock:
            counter = self.catalogue.change_counter()
            ids = self.catalogue.ids()
            total = len(ids)
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            fresh = self.folder.with_name(self.folder.name + ".new")
            shutil.rmtree(fresh, ignore_errors=True)
            fresh.mkdir(parents=True)
            thesaurus = Thesaurus.of(self.library).groups
            common = common_words(
                sample_bodies(self.catalogue, ids), also=[t for g in thesaurus for t in g]
            )
            schema = build_schema(common)
            ix = whoosh_index.create_in(str(fresh), schema)
            try:
                n, words = self._write_segments(ix, schema, fresh, ids, common, progress)
            except BaseException:
                ix.close()
                shutil.rmtree(fresh, ignore_errors=True)
                raise
            with ix.searcher() as searcher:
                doc_count = searcher.reader().doc_count()
            if doc_count != n:
                shutil.rmtree(fresh, ignore_errors=True)
                raise RuntimeError(f"index build wrote {doc_count} documents, expected {n}")
            state = IndexState(SCHEMA_VERSION, self.catalogue.library_uuid(), counter, doc_count)
            words.save(fresh)
            state.save(fresh)
            ix.close()
            old = self.folder.with_name(self.folder.name + ".old")
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

    def _write_segments(
        self,
        ix: Any,
        schema: Any,
        folder: Path,
        ids: list[int],
        common: frozenset[str],
        progress: Progress | None,
    ) -> tuple[int, WordList]:
        """Write the library into ``ix``'s new generation; returns (documents, words).

        Large libraries are split by id into parts written side by side, one segment
        each, by fresh ("spawn") processes: forking a process that runs Qt's threads
        is unsafe.
        """
        total = len(ids)
        procs = 2 if len(ids) >= MP_THRESHOLD and (os.cpu_count() or 1) > 1 else 1
        parts = split_ids(ids, procs)
        done = 0

        def report(k: int) -> None:  # k steps: a document read, or its share of writing
            nonlocal done
            done += k
            if progress is not None:
                progress(min(done, 2 * total), 2 * total, "Building the search index")

        args = [(str(folder), ix.indexname, first, last, common) for first, last in parts]
        results: list[PartResult] | None = None
        if procs > 1:
            try:
                results = _in_processes(str(self.library.path), args, procs, report)
            except BrokenProcessPool as exc:
                # e.g. a script without an ``if __name__ == "__main__":`` guard, which
                # a spawned process cannot start from: build here instead, slower
                log.warning("index build processes failed (%s); building in one", exc)
                done = 0
        if results is None:
            results = [write_part(self.catalogue, *a, report=report) for a in args]
        segments = [segment for segment, count, _ in results if count]
        generation = ix.latest_generation() + 1
        TOC(schema, segments, generation).write(ix.storage, ix.indexname)
        clean_files(ix.storage, ix.indexname, generation, segments)
        words = WordList()
        for _, _, part_words in results:
            words.words |= part_words
        return sum(count for _, count, _ in results), words

    def catch_up(
        self,
        progress: Progress | None = None,
        *,
        vocabulary_changed: bool = True,
        searcher: Any = None,
    ) -> int:
        """Apply every library change since the index's counter; returns how many."""
        with self.lock:
            if self._ix is None or self.state is None:
                reason = self._problem()
                if reason is not None:
                    self.rebuild(progress)
                    return 0
            assert self.state is not None
            since = self.state.counter
            current = self.catalogue.change_counter()
            if current == since:
                return 0
            if current < since:
                self.rebuild(progress)
                return 0
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
            writer = self._ix.writer(timeout=10.0, **WRITER_OPTIONS)
            try:
                reuse = searcher is not None and searcher.up_to_date()
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
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            # from the table of contents: opening a reader would open every segment
            doc_count = sum(seg.doc_count() for seg in self._ix._read_toc().segments)
            self.state.counter = current
            self.state.doc_count = doc_count
            if self.words.dirty:
                self.words.save(self.folder)
            self.state.save(self.folder)
            return len(views) + len(purged)

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


PartResult = tuple[Any, int, set[str]]  # (segment, documents written, words seen)
_REPORTS: Any = None  # in a build process: the queue progress goes back through


def split_ids(ids: list[int], procs: int) -> list[tuple[int, int | None]]:
    """Id ranges (first, last; None: no end) of about equal size, one segment each:
    at least one per process, and none over ``SEGMENT_DOCS`` documents."""
    if not ids:
        return [(1, None)]
    k = max(procs, -(-len(ids) // SEGMENT_DOCS))
    starts = [ids[j * len(ids) // k] for j in range(k)]
    starts = sorted(set(starts))
    return [
        (first, starts[j + 1] - 1 if j + 1 < len(starts) else None)
        for j, first in enumerate(starts)
    ]


def write_part(
    catalogue: Catalogue,
    folder: str,
    indexname: str,
    first: int,
    last: int | None,
    common: frozenset[str],
    *,
    report: Callable[[int], None],
) -> PartResult:
    """Index the resources with ids in [first, last] as one new segment in ``folder``
    (pairing ``common`` words)."""
    extras = VocabExtras(catalogue.library)
    words = WordList()
    builder = SegmentBuilder(FileStorage(folder), indexname, build_schema(common))
    for view in catalogue.iter_views(batch=1000, first_id=first, last_id=last):
        builder.add(extras.doc(view, words))
        if builder.doc_count % 500 == 0:
            report(500)
    report(builder.doc_count % 500)
    # writing the postings takes about as long as reading: a second step per document
    told = 0

    def written(share: float) -> None:
        nonlocal told
        now = int(share * builder.doc_count)
        report(now - told)
        told = now

    segment = builder.finish(written)
    written(1.0)
    return segment, builder.doc_count, words.words


def sample_bodies(catalogue: Catalogue, ids: list[int]) -> list[str]:
    """The ``body`` text of a sample of the resources ``ids`` (all of them when few)."""
    extras = VocabExtras(catalogue.library)
    if not ids:
        return []
    if len(ids) <= SAMPLE_RUNS * SAMPLE_RUN:
        runs: list[tuple[int, int | None]] = [(ids[0], ids[-1])]
    else:
        starts = [j * (len(ids) - SAMPLE_RUN) // (SAMPLE_RUNS - 1) for j in range(SAMPLE_RUNS)]
        runs = [(ids[k], ids[k + SAMPLE_RUN - 1]) for k in starts]
    return [
        extras.doc(view)["body"]
        for first, last in runs
        for view in catalogue.iter_views(batch=SAMPLE_RUN, first_id=first, last_id=last)
    ]


def _start_build_process(reports: Any) -> None:
    global _REPORTS
    _REPORTS = reports


def _write_part_in_process(
    library_path: str,
    folder: str,
    indexname: str,
    first: int,
    last: int | None,
    common: frozenset[str],
) -> PartResult:
    library = Library.open(library_path, read_only=True)
    try:
        return write_part(
            Catalogue(library), folder, indexname, first, last, common, report=_REPORTS.put
        )
    finally:
        library.close()


def _in_processes(
    library_path: str,
    parts: list[tuple[str, str, int, int | None, frozenset[str]]],
    procs: int,
    report: Callable[[int], None],
) -> list[PartResult]:
    context = multiprocessing.get_context("spawn")
    reports = context.Queue()
    with ProcessPoolExecutor(
        procs, mp_context=context, initializer=_start_build_process, initargs=(reports,)
    ) as pool:
        futures = [pool.submit(_write_part_in_process, library_path, *part) for part in parts]
        try:
            pending: set[Any] = set(futures)
            while pending:
                finished, pending = wait(pending, timeout=0.1, return_when=FIRST_EXCEPTION)
                while True:
                    try:
                        report(reports.get_nowait())
                    except queue.Empty:
                        break
                for future in finished:
                    future.result()  # a part that failed raises here
            return [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def refreshed_searcher(old: Any, ix: Any, weighting: Any) -> Any:
    """A searcher on the index's latest generation that keeps the term readers of
    segments that are still there, so an edit does not reopen the whole index.

    Whoosh's own ``Searcher.refresh`` reuses a segment's reader whole and so misses
    deletions made since (a segment keeps its id when documents in it are
    deleted); here only the per-document part, which holds the deletions, is
    opened again.
    """
    toc = ix._read_toc()
    old_leaves: dict[str, Any] = {}
    if old is not None:
        old_leaves = {leaf.segment().segment_id(): leaf for leaf, _ in old.reader().leaf_readers()}
    readers = []
    for segment in toc.segments:
        prev = old_leaves.pop(segment.segment_id(), None)
        if isinstance(prev, SegmentReader):
            reader = copy.copy(prev)
            reader._segment = segment
            reader._gen = toc.generation
            reader._perdoc = reader._codec.per_document_reader(reader._storage, segment)
            reader.__dict__.pop("deleted_docs_set", None)  # a cached property: recompute
        else:
            reader = SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation)
        readers.append(reader)
    for gone in old_leaves.values():  # merged away
        gone.close()
    if not readers:
        top: Any = EmptyReader(toc.schema)
    elif len(readers) == 1:
        top = readers[0]
    else:
        top = MultiReader(readers, generation=toc.generation)
    return Searcher(top, fromindex=ix, weighting=weighting)
