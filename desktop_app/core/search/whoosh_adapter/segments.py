"""The index, its segments and readers, and a segment's own files (1-5, 17).

Part of the Whoosh adapter: see the package's docstring (``__init__``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.searching import Searcher


# -- the index, its segments and readers (1-5) ----------------------------------------------
def segment_id(reader: Any) -> str | None:
    """The id of a leaf reader's segment; None for an empty index's reader (2)."""
    segment = reader.segment()
    return None if segment is None else str(segment.segment_id())


def live_doc_count(ix: Any) -> int:
    """Documents in ``ix`` (deleted ones not counted), from its table of contents:
    opening a reader would open every segment (1)."""
    return sum(segment.doc_count() for segment in ix._read_toc().segments)


def segment_sizes(ix: Any) -> list[int]:
    """How many documents (deleted ones too) each of ``ix``'s segments holds, from its
    table of contents (1)."""
    return [segment.doc_count_all() for segment in ix._read_toc().segments]


def merge_small(limit: int, budget: int | None = None) -> Callable[[Any, list[Any]], list[Any]]:
    """A merge policy for ``writer.commit(mergetype=...)``: the segments of fewer than
    ``limit`` documents, smallest first and (with ``budget``) while together they hold
    at most ``budget`` documents, two at least, are merged into the commit's new
    segment, as Whoosh's own policies do it (``SegmentReader``, ``add_reader``) (1)."""

    def policy(writer: Any, segments: list[Any]) -> list[Any]:
        chosen, held = [], 0
        for segment in sorted(segments, key=lambda s: s.doc_count_all()):
            n = segment.doc_count_all()
            if n >= limit or (budget is not None and held + n > budget):
                break
            chosen.append(segment)
            held += n
        if len(chosen) < 2:
            return segments
        for segment in chosen:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        return [s for s in segments if all(s is not c for c in chosen)]

    return policy


def opened_from(searcher: Any, ix: Any) -> bool:
    """Whether ``searcher`` was opened from this ``ix`` object (5)."""
    return searcher._ix is ix


def refreshed_searcher(old: Any, ix: Any, weighting: Any) -> Any:
    """A searcher on the index's latest generation that keeps the term readers of
    segments that are still there, so an edit does not reopen the whole index (1-4).

    Whoosh's own ``Searcher.refresh`` reuses a segment's reader whole and so misses
    deletions made since (a segment keeps its id when documents in it are
    deleted); here only the per-document part, which holds the deletions, is
    opened again.
    """
    toc = ix._read_toc()
    old_leaves: dict[str, Any] = {}
    if old is not None:
        old_leaves = {
            leaf.segment().segment_id(): leaf
            for leaf, _ in old.reader().leaf_readers()
            if leaf.segment() is not None  # an empty index's reader has no segment
        }
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


# -- files of a segment's own (17) ------------------------------------------------------------
def segment_file(reader: Any, ext: str) -> Path | None:
    """The path of the file ``ext`` beside one segment ``reader``'s files (see
    ``NewSegment.file_path``); None for a reader with no segment on disk."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    folder = getattr(getattr(reader, "_storage", None), "folder", None)
    if segment is None or folder is None:
        return None
    return Path(folder) / str(segment.make_filename(ext))


def segment_key(reader: Any) -> tuple[str, str] | None:
    """(folder, segment id) of one segment ``reader``: what names its files (17)."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    folder = getattr(getattr(reader, "_storage", None), "folder", None)
    if segment is None or folder is None:
        return None
    return str(folder), str(segment.segment_id())


def deleted_docs(reader: Any) -> np.ndarray:
    """The deleted document numbers of one segment ``reader``, ascending (17)."""
    deleted = getattr(reader, "deleted_docs_set", None)
    if not deleted:
        return np.zeros(0, np.int64)
    return np.sort(np.fromiter(deleted, np.int64, len(deleted)))
