"""Writing a whole index from the library: the documents, split into parts, each part
one segment, written here or by spawned build processes that die with their parent.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Country, Organisation, Topic
from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.document_text import DocumentTexts
from desktop_app.core.search.schema import DOCUMENT_FIELDS, build_schema, document
from desktop_app.core.search.segment_builder import SegmentBuilder
from desktop_app.core.search.words import WordList
from desktop_app.core.service import Catalogue

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]  # (done, total, message)
# Libraries this big are built by two processes (the environment variable lowers it
# for tests that need build processes from a small library).
MP_THRESHOLD = int(os.environ.get("LIBRARIAN_INDEX_MP_THRESHOLD", "") or 20_000)
# Most documents one build process puts in a segment (its postings and word pairs are
# held in memory until the segment is written: search_bench.py reports the peak).
SEGMENT_DOCS = 30_000
# ... and at most about this many positions (the documents' text can hold many: a
# process building 25,000 resources of which 2,500 with 30 pages each held 750 MB;
# with 4 million a segment, 239 MB: fulltext_bench.py --search reports it)
SEGMENT_POSITIONS = 4_000_000
# A rebuild picks the common words whose pairs it indexes from this many runs of
# consecutive resources spread over the library, this many in a run.
SAMPLE_RUNS, SAMPLE_RUN = 20, 100
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>

PartResult = tuple[list[Any], int, set[str]]  # (segments, documents written, words seen)
_REPORTS: Any = None  # in a build process: the queue progress goes back through


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
            topics = list(s.scalars(select(Topic)))
            self.topics = {t.name: list(t.alt_labels) for t in topics}
            # a topic is found by its labels in every language too
            self.topic_labels = {t.name: list((t.labels or {}).values()) for t in topics}
        self.texts = DocumentTexts(library)  # issue 15: local copies' text, one at a time
        # labels (of topics) whose words are in the word list ``_labels_of`` already
        self._labels: set[str] = set()
        self._labels_of: WordList | None = None

    def doc(
        self, view: Any, words: WordList | None = None, *, with_text: bool = True
    ) -> dict[str, Any]:
        text = self.texts.of(view.local_file) if with_text else ""
        doc = document(view, self.orgs, self.countries, self.topics, self.topic_labels, text)
        if words is not None:
            words.add_text(doc["body"])
            labels = doc["labels"]  # the same for every resource with the same topics
            if words is not self._labels_of or len(self._labels) >= 10_000:
                self._labels_of, self._labels = words, set()
            if labels not in self._labels:
                self._labels.add(labels)
                words.add_text(labels)
            for name in DOCUMENT_FIELDS:  # so that text:protect* and fuzzy words reach it
                if name in doc:
                    words.add_text(doc[name])
        return doc


def write_segments(
    catalogue: Catalogue,
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
    is unsafe. Each build process exits as soon as this one does, however it ends.
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

    indexname = wa.index_location(ix)[1]
    args = [(str(folder), indexname, first, last, common) for first, last in parts]
    results: list[PartResult] | None = None
    if procs > 1:
        try:
            results = _in_processes(catalogue.library.target, args, procs, report)
        except BrokenProcessPool as exc:
            # e.g. a script without an ``if __name__ == "__main__":`` guard, which
            # a spawned process cannot start from: build here instead, slower
            log.warning("index build processes failed (%s); building in one", exc)
            done = 0
    if results is None:
        results = [write_part(catalogue, *a, report=report) for a in args]
    wa.publish_segments(
        ix, schema, [segment for segments, count, _ in results if count for segment in segments]
    )
    words = WordList()
    for _, _, part_words in results:
        words.words |= part_words
    return sum(count for _, count, _ in results), words


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
    """Index the resources with ids in [first, last] as new segments in ``folder``
    (pairing ``common`` words): one, or more when the documents' text makes one hold
    over ``SEGMENT_POSITIONS`` positions (a segment's postings are held in memory
    until it is written)."""
    extras = VocabExtras(catalogue.library)
    words = WordList()
    schema = build_schema(common)
    segments: list[Any] = []
    total = 0
    builder = SegmentBuilder(wa.folder_storage(folder), indexname, schema)

    def close(builder: SegmentBuilder) -> None:
        nonlocal total
        report(builder.doc_count % 500)
        # writing the postings takes about as long as reading: a second step per document
        told = 0

        def written(share: float) -> None:
            nonlocal told
            now = int(share * builder.doc_count)
            report(now - told)
            told = now

        segments.append(builder.finish(written))
        written(1.0)
        total += builder.doc_count

    for view in catalogue.iter_views(batch=1000, first_id=first, last_id=last):
        builder.add(extras.doc(view, words))
        if builder.doc_count % 500 == 0:
            report(500)
        if builder.positions_held() > SEGMENT_POSITIONS:
            close(builder)
            builder = SegmentBuilder(wa.folder_storage(folder), indexname, schema)
    if builder.doc_count or not segments:
        close(builder)
    return [s for s in segments if s is not None], total, words.words


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
        extras.doc(view, with_text=False)["body"]
        for first, last in runs
        for view in catalogue.iter_views(batch=SAMPLE_RUN, first_id=first, last_id=last)
    ]


def die_with_parent(parent_pid: int) -> None:
    """Make this spawned process exit the moment its parent does, killed or not.

    On Linux the kernel sends SIGKILL (``PR_SET_PDEATHSIG``); everywhere a daemon
    thread waits on multiprocessing's parent sentinel (a pipe the parent holds open,
    or on Windows its process handle), which wakes when the parent is gone, and ends
    the process. A parent already gone before either was in place is caught by its
    changed pid. Without this, a killed rebuild left its build processes (and the
    resource tracker they hold open) running for ever. (Linux sends the signal when
    the *thread* that started the process ends: the building thread, which waits for
    the build processes to finish.)
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the thread does it
            pass
    parent = multiprocessing.parent_process()

    def watch() -> None:
        if parent is not None:
            parent.join()  # returns when the parent has exited
            os._exit(1)

    if os.name != "nt" and os.getppid() != parent_pid:
        os._exit(1)  # the parent died before we were watching
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _start_build_process(reports: Any, parent_pid: int) -> None:
    global _REPORTS
    _REPORTS = reports
    die_with_parent(parent_pid)


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
        procs,
        mp_context=context,
        initializer=_start_build_process,
        initargs=(reports, os.getpid()),
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
