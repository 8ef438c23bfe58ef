"""A term's postings as arrays, and each segment's field lengths kept as arrays.

Shared by the numpy ranking (``ranking.py``) and the phrase query (``phrase.py``):
read a term's postings once through Whoosh's matcher and look field lengths up in a
per-segment array, for ``whoosh_adapter.bm25_scores`` to score them all at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from desktop_app.core.search import whoosh_adapter as wa

# Skipping to each of a few documents beats walking a posting list when the term has
# at least this many times as many documents (Whoosh skips whole blocks, then steps).
SKIP_RATIO = 8


def positioned(matcher: Any, docs: Iterable[int]) -> Iterator[int]:
    """Those of ``docs`` (ascending) that ``matcher`` holds, each yielded with the
    matcher moved onto it: skipping, not walking, between them."""
    for doc in docs:
        if not matcher.is_active():
            return
        if matcher.id() < doc:
            matcher.skip_to(doc)
            if not matcher.is_active():
                return
        if matcher.id() == doc:
            yield doc


class FieldLengths:
    """Each segment's per-document field lengths as arrays, kept while the segment
    lives (a segment's lengths never change; deletions only hide documents)."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[str | None, str], np.ndarray] = {}

    def of(self, reader: Any, fieldname: str) -> np.ndarray:
        key = (wa.segment_id(reader), fieldname)
        found = self._arrays.get(key)
        if found is None:
            found = wa.field_lengths(reader, fieldname, range(reader.doc_count_all()))
            self._arrays[key] = found
        return found

    def keep_only(self, segment_ids: set[str]) -> None:
        for key in [k for k in self._arrays if k[0] not in segment_ids]:
            del self._arrays[key]


class Postings:
    """One term's postings in a segment: documents (ascending), weights and, when
    asked for, encoded values, side by side."""

    __slots__ = ("ids", "values", "weights")

    def __init__(
        self, ids: list[int] | np.ndarray, weights: list[float] | np.ndarray, values: list[bytes]
    ) -> None:
        self.ids = np.asarray(ids, np.int64)
        self.weights = np.asarray(weights, np.float64)
        self.values = values


def read(
    reader: Any,
    fieldname: str,
    text: bytes,
    within: np.ndarray | None = None,
    *,
    values: bool = False,
    info: Any | None = None,
) -> Postings:
    """One term's postings in one segment ``reader``: all of them, or those of
    ``within`` (ascending), skipping the blocks of postings that hold none of them;
    with their encoded ``values`` if asked. ``info``: the term's, from
    ``whoosh_adapter.term_info`` (known to be there: not looked up again)."""
    ids: list[int] = []
    weights: list[float] = []
    found: list[bytes] = []
    side = None if values else word_positions(reader, fieldname)
    if side is not None and text in side.terms:  # a common word: arrays saved at build
        docs, counts = side.postings(text, wa.deleted_docs(reader), within)
        return Postings(docs, counts, [])
    if info is None and (fieldname, text) not in reader:
        return Postings(ids, weights, found)
    block = wa.block_postings(reader, fieldname, text, values, within, info)
    if block is not None:  # the usual case: a block of postings at a time
        return Postings(block[0], block[1], block[2] if block[2] is not None else [])
    m = reader.postings(fieldname, text)
    held = info.doc_frequency() if info is not None else reader.doc_frequency(fieldname, text)
    if within is not None and len(within) * SKIP_RATIO < held:
        for doc in positioned(m, within.tolist()):
            ids.append(doc)
            weights.append(m.weight())
            if values:
                found.append(m.value())
        return Postings(ids, weights, found)
    is_active, id_, weight, step = m.is_active, m.id, m.weight, m.next
    if values:
        value = m.value
        while is_active():
            ids.append(id_())
            weights.append(weight())
            found.append(value())
            step()
    else:  # the common case (a plain term), kept free of the test per posting
        while is_active():
            ids.append(id_())
            weights.append(weight())
            step()
    return Postings(ids, weights, found)


# -- the common words' postings and positions as arrays, beside a segment --------------------
POSITIONS_EXT = "cwpos"  # files <segment>.<field>.cwpos.{docs,offsets,positions}.npy, .json
# (index folder, segment id, field): a segment's files never change while it lives
_SIDE_CACHE: dict[tuple[str, str, str], WordPositions | None] = {}
_SIDE_CACHE_SIZE = 64
_Saved = TypeVar("_Saved")  # what a rebuild saved beside a segment: WordPositions, PairArrays


def side_exts(fieldname: str) -> dict[str, str]:
    """The file extensions of ``fieldname``'s word positions in a segment."""
    base = f".{fieldname}.{POSITIONS_EXT}"
    return {part: f"{base}.{part}.npy" for part in ("docs", "offsets", "positions")} | {
        "meta": f"{base}.json"
    }


def write_word_positions(
    path_of: Callable[[str], Path],
    fieldname: str,
    terms: list[tuple[bytes, int, int]],
    docs: np.ndarray,
    counts: np.ndarray,
    positions: Iterable[np.ndarray],
    top: int,
) -> None:
    """Save some words' postings of one segment's field as arrays: each term's
    (bytes, first, end) range of ``docs`` (ascending in it) and ``counts``; each
    posting's positions, in order, given a slice at a time by ``positions`` (none
    over ``top``), written as they come. The term list is written last: a segment
    whose files were cut short has no word positions, not wrong ones."""
    exts = side_exts(fieldname)
    total = int(np.sum(counts, dtype=np.int64))
    offsets = np.zeros(len(counts) + 1, np.uint64 if total >= 2**32 else np.uint32)
    np.cumsum(counts, out=offsets[1:])
    np.save(path_of(exts["docs"]), np.asarray(docs, np.uint32))
    np.save(path_of(exts["offsets"]), offsets)
    dtype = np.dtype(np.uint16 if top < 2**16 else np.uint32)
    written = 0
    with path_of(exts["positions"]).open("wb") as f:
        header = {"descr": dtype.str, "fortran_order": False, "shape": (total,)}
        np.lib.format.write_array_header_1_0(f, header)
        for part in positions:
            f.write(np.asarray(part, dtype).tobytes())
            written += len(part)
    if written != total:
        raise ValueError(f"field {fieldname!r}: {written} positions written, {total} expected")
    meta = {"terms": [[t.decode("utf-8"), lo, hi] for t, lo, hi in terms]}
    path_of(exts["meta"]).write_text(json.dumps(meta), "utf-8")


class _Column:
    """One saved array, read a slice at a time from the file (not memory-mapped: the
    pages read stay in the system's file cache, not in the program's memory)."""

    __slots__ = ("dtype", "path", "start")

    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                _, _, dtype = np.lib.format.read_array_header_1_0(f)
            else:
                _, _, dtype = np.lib.format.read_array_header_2_0(f)
            self.start = f.tell()
        self.dtype = np.dtype(dtype)
        self.path = path

    def read(self, lo: int, hi: int) -> np.ndarray:
        """Items ``lo`` .. ``hi - 1`` as int64."""
        if hi <= lo:
            return np.zeros(0, np.int64)
        with self.path.open("rb") as f:
            f.seek(self.start + lo * self.dtype.itemsize)
            return np.fromfile(f, self.dtype, hi - lo).astype(np.int64)


class TermPositions:
    """One term's saved postings in a segment: documents (ascending) and, read when
    first asked for, the positions of each."""

    __slots__ = ("_column", "_positions", "docs", "offsets")

    def __init__(self, docs: np.ndarray, offsets: np.ndarray, column: _Column) -> None:
        self.docs = docs
        self.offsets = offsets  # len(docs) + 1 of them, into the field's positions
        self._column = column
        self._positions: np.ndarray | None = None

    def counts(self, at: np.ndarray) -> np.ndarray:
        """How many positions the postings ``at`` have (the term's count), as floats."""
        found: np.ndarray = (self.offsets[at + 1] - self.offsets[at]).astype(np.float64)
        return found

    def owned_positions(self, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(owner, position) of every position of the postings ``at`` (owner: the
        index in ``at``)."""
        first = int(self.offsets[0])
        if self._positions is None:
            self._positions = self._column.read(first, int(self.offsets[-1]))
        starts = self.offsets[at] - first
        counts = self.offsets[at + 1] - self.offsets[at]
        owner = np.repeat(np.arange(len(at), dtype=np.int64), counts)
        firsts = np.cumsum(counts) - counts
        src = starts[owner] + (np.arange(len(owner), dtype=np.int64) - firsts[owner])
        return owner, self._positions[src]


class WordPositions:
    """One segment field's frequent words: postings and positions saved as arrays at
    build, so a phrase of them is checked with numpy, without Whoosh's blocks.
    Deleted documents are still in them: callers leave them out."""

    def __init__(self, meta: Path, paths: dict[str, Path]) -> None:
        terms = json.loads(meta.read_text("utf-8"))["terms"]
        self.terms: dict[bytes, tuple[int, int]] = {
            t.encode("utf-8"): (int(lo), int(hi)) for t, lo, hi in terms
        }
        self._docs = _Column(paths["docs"])
        self._offsets = _Column(paths["offsets"])
        self._positions = _Column(paths["positions"])

    def term(self, term: bytes) -> TermPositions:
        lo, hi = self.terms[term]
        return TermPositions(
            self._docs.read(lo, hi), self._offsets.read(lo, hi + 1), self._positions
        )

    def postings(
        self, term: bytes, deleted: np.ndarray, within: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(documents, counts as floats) of ``term``: live ones, of ``within`` if given."""
        t = self.term(term)
        docs, counts = t.docs, t.counts(np.arange(len(t.docs)))
        keep = _kept(docs, deleted, within)
        return (docs, counts) if keep is None else (docs[keep], counts[keep])


def word_positions(reader: Any, fieldname: str) -> WordPositions | None:
    """The word positions saved beside one segment ``reader``'s field, if any."""
    return _saved(reader, fieldname, side_exts(fieldname), WordPositions, _SIDE_CACHE)


# -- a word-pair field's postings as arrays, beside a segment --------------------------------
PAIRS_EXT = "pairs"  # files <segment>.<field>.pairs.{docs,code}.npy and .json
BIG_CODE = 1 << 24  # a code at or over this is BIG_CODE + the index of its counts in "big"


def pair_exts(fieldname: str) -> dict[str, str]:
    base = f".{fieldname}.{PAIRS_EXT}"
    return {"docs": f"{base}.docs.npy", "code": f"{base}.code.npy", "meta": f"{base}.json"}


def write_pair_arrays(
    path_of: Callable[[str], Path],
    fieldname: str,
    terms: list[tuple[bytes, int, int]],
    docs: np.ndarray,
    code: np.ndarray,
    big: dict[int, tuple[int, int, int]],
) -> None:
    """Save a pair field's postings in one segment: each pair term's range of ``docs``
    and ``code`` (the pair's count << 16 | first word's << 8 | second's, or
    ``BIG_CODE`` + an index into ``big`` for counts over 254). Meta written last."""
    exts = pair_exts(fieldname)
    np.save(path_of(exts["docs"]), np.asarray(docs, np.uint32))
    np.save(path_of(exts["code"]), np.asarray(code, np.uint32))
    meta = {
        "terms": [[t.decode("utf-8"), lo, hi] for t, lo, hi in terms],
        "big": [[k, *v] for k, v in big.items()],
    }
    path_of(exts["meta"]).write_text(json.dumps(meta), "utf-8")


class PairArrays:
    """One segment's word-pair postings saved as arrays: a pair's documents and its
    counts read with two slices of files, not Whoosh's blocks."""

    def __init__(self, meta: Path, paths: dict[str, Path]) -> None:
        data = json.loads(meta.read_text("utf-8"))
        self.terms: dict[bytes, tuple[int, int]] = {
            t.encode("utf-8"): (int(lo), int(hi)) for t, lo, hi in data["terms"]
        }
        self.big = {int(k): (n, f, s) for k, n, f, s in data["big"]}
        self._docs = _Column(paths["docs"])
        self._code = _Column(paths["code"])

    def run(
        self, term: bytes, deleted: np.ndarray, within: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(documents, (count, first word's count, second's) per document as floats)
        of the pair ``term``: live ones, of ``within`` if given."""
        lo, hi = self.terms[term]
        docs, code = self._docs.read(lo, hi), self._code.read(lo, hi)
        keep = _kept(docs, deleted, within)
        if keep is not None:
            docs, code = docs[keep], code[keep]
        stats = np.stack([code >> 16, (code >> 8) & 255, code & 255], axis=1).astype(np.float64)
        for i in np.flatnonzero(code >= BIG_CODE).tolist():
            stats[i] = self.big[int(code[i]) - BIG_CODE]
        return docs, stats


def pair_arrays(reader: Any, fieldname: str) -> PairArrays | None:
    """The pair postings saved beside one segment ``reader``'s pair field, if any."""
    return _saved(reader, fieldname, pair_exts(fieldname), PairArrays, _PAIR_CACHE)


def _saved(
    reader: Any,
    fieldname: str,
    exts: dict[str, str],
    make: Callable[[Path, dict[str, Path]], _Saved],
    cache: dict[tuple[str, str, str], _Saved | None],
) -> _Saved | None:
    """Arrays a rebuild saved beside a segment's field (``exts``: their files, "meta"
    first among them), opened once per segment; None when there are none or they
    cannot be read (Whoosh's own postings answer then)."""
    segment = wa.segment_key(reader)
    if segment is None:
        return None
    key = (*segment, fieldname)
    if key in cache:
        return cache[key]
    meta = wa.segment_file(reader, exts["meta"])
    if meta is None:
        return None
    found: _Saved | None = None
    if meta.exists():
        paths = {k: wa.segment_file(reader, e) for k, e in exts.items() if k != "meta"}
        try:
            found = make(meta, {k: p for k, p in paths.items() if p is not None})
        except (OSError, ValueError, KeyError):
            found = None
    if len(cache) >= _SIDE_CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = found
    return found


def _kept(docs: np.ndarray, deleted: np.ndarray, within: np.ndarray | None) -> np.ndarray | None:
    """Which of ``docs`` are live and, if given, in ``within``; None: all of them."""
    keep = None if within is None else np.isin(docs, within, assume_unique=True)
    if len(deleted):
        live = ~np.isin(docs, deleted, assume_unique=True)
        keep = live if keep is None else keep & live
    return keep


_PAIR_CACHE: dict[tuple[str, str, str], PairArrays | None] = {}
