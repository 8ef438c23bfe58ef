"""Every use of Whoosh's insides, in one module (pinned: ``whoosh-reloaded==2.7.5``).

The search package is built on Whoosh's public API. Where speed needed more (a
rebuild that writes its segments itself, a searcher refreshed segment by segment,
BM25 over arrays, phrases found from postings) it relies on things Whoosh does not
promise; they are all here, each pinned by a test in
``tests/core/search/test_whoosh_contract.py``. After a Whoosh upgrade, or a move to
another fork, this module is the one to change and that file the one to run;
``tests/core/search/test_whoosh_boundary.py`` keeps every other module off them.

Where the line is
-----------------
Public, for any module: ``whoosh.index`` (``create_in``, ``open_dir``,
``exists_in``; an index's ``searcher``, ``writer``, ``latest_generation``,
``schema``, ``close``), ``whoosh.fields`` (field types, ``Schema``; a field's
``index``, ``to_bytes``, ``to_column_value``, ``column_type``, ``analyzer``,
``format`` as an object to hand back, and its flags), ``whoosh.analysis`` (with
``Token`` and ``Tokenizer`` to write an analyzer), ``whoosh.query`` (query
classes, subclassed with their documented ``matcher``), ``whoosh.qparser``,
``whoosh.searching``, ``whoosh.writing``, and ``whoosh.scoring``'s weighting
models (``BM25F`` and the like: ``scorer(...)`` and a scorer's ``score``). Also the
documented methods of what these hand back: a reader's ``leaf_readers``,
``postings``, ``doc_frequency``, ``doc_field_length``, ``column_reader``,
``all_doc_ids``, ``doc_count``, ``doc_count_all``, ``is_deleted``, ``lexicon``,
``term_info``, ``stored_fields``; a searcher's ``reader``, ``leaf_searchers``,
``context``, ``search``, ``docs_for_query``, ``document_numbers``, ``up_to_date``,
``weighting``; a matcher's ``is_active``, ``id``, ``next``, ``skip_to``,
``weight``, ``value``, ``score``.

Internal, here only: anything from another Whoosh module (``whoosh.codec``,
``whoosh.filedb``, ``whoosh.reading``, ``whoosh.matching``, ``whoosh.formats``,
``whoosh.columns``, ``whoosh.util``, ``whoosh.support``, ``whoosh.lang``,
``whoosh.system``, ...); the undocumented classes of public modules
(``whoosh.index.TOC``, ``clean_files``, ``whoosh.scoring.BM25FScorer``); an index's
``storage`` and ``indexname``; every underscore attribute of a Whoosh object; and
the behaviours Whoosh does not document that ``docs/whoosh_adapter.md`` lists,
numbered as the sections below cite them, each with its test in
``tests/core/search/test_whoosh_contract.py``.
"""

from __future__ import annotations

import copy
import io
import operator
import os
import pickle
import struct
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from hashlib import md5
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3TermInfo,
    W3TermsReader,
)
from whoosh.columns import NumericColumn
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import md5_hash
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Format, Positions
from whoosh.index import TOC, clean_files
from whoosh.lang.porter import stem as _porter_stem
from whoosh.matching import FilterMatcher, ListMatcher, NullMatcher, WrappingMatcher
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher
from whoosh.support.charset import accent_map
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

# 8. Segments as separate files: Whoosh copies a compound segment's postings into
# memory when it opens it; plain files are read through the operating system's
# cache instead.
WRITER_OPTIONS: dict[str, Any] = {"compound": False}
# 12. What an AND's NOT adds to each score (Whoosh intersects an inverse matcher).
AND_NOT_SCORE = 1.0
# 15.
ACCENT_MAP: dict[int, str] = accent_map
stem_word: Callable[[str], str] = _porter_stem


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


def merge_small(limit: int) -> Callable[[Any, list[Any]], list[Any]]:
    """A merge policy for ``writer.commit(mergetype=...)``: every segment of fewer than
    ``limit`` documents (two at least) is merged into the commit's new segment, as
    Whoosh's own policies do it (``SegmentReader``, ``add_reader``) (1)."""

    def policy(writer: Any, segments: list[Any]) -> list[Any]:
        small = [s for s in segments if s.doc_count_all() < limit]
        if len(small) < 2:
            return segments
        for segment in small:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        return [s for s in segments if s.doc_count_all() >= limit]

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


# -- writing segments ourselves (6, 7, 9) ---------------------------------------------------
class DocumentSink(Protocol):
    """The codec's per-document writer: one ``start_doc`` .. ``finish_doc`` per
    document, in document order; ``add_field`` for every field given (``value``
    the stored value or None, ``length`` its token count if scorable, else 0)."""

    def start_doc(self, docnum: int) -> None: ...
    def add_field(self, fieldname: str, fieldobj: Any, value: Any, length: int) -> None: ...
    def add_column_value(self, fieldname: str, columnobj: Any, value: Any) -> None: ...
    def finish_doc(self) -> None: ...


class PostingSink(Protocol):
    """The codec's field writer: fields in name order, each field's terms in byte
    order, each term's postings by document; ``length`` is ``stored_length``'s."""

    def start_field(self, fieldname: str, fieldobj: Any) -> None: ...
    def start_term(self, text: bytes) -> None: ...
    def add(self, docnum: int, weight: float, vbytes: bytes, length: int) -> None: ...
    def finish_term(self) -> None: ...
    def finish_field(self) -> None: ...
    def close(self) -> None: ...


class NewSegment:
    """A new segment written through Whoosh's own codec (6): its ``documents`` first,
    then ``postings``; ``segment`` then goes to ``publish_segments``."""

    def __init__(self, storage: Any, indexname: str) -> None:
        # zlib's fastest level: a rebuild spent a sixth of its time compressing blocks
        # at Whoosh's level 3, for 1% smaller files; blocks read back the same (18)
        self._codec = W3Codec(compression=1)
        self._storage = storage
        self.segment = self._codec.new_segment(storage, indexname)
        self.documents: DocumentSink = self._codec.per_document_writer(storage, self.segment)

    def file_path(self, ext: str) -> Path:
        """Where a file of this segment's own, named ``ext``, goes: beside the codec's
        files, named so that Whoosh removes it with the segment (17)."""
        return Path(self._storage.folder) / str(self.segment.make_filename(ext))

    def postings(self, doc_count: int) -> PostingSink:
        """Ends the documents (``doc_count`` of them); the writer of the postings."""
        self.documents.close()  # type: ignore[attr-defined]
        self.segment.set_doc_count(doc_count)
        return self._codec.field_writer(self._storage, self.segment)  # type: ignore[no-any-return]


def write_term(
    writer: PostingSink,
    text: bytes,
    docs: list[int],
    weights: list[float],
    values: list[bytes],
    lengths: list[int] | None,
    at: int | None = None,
) -> int:
    """Write term ``text`` of the current field with its postings (``lengths`` None:
    all 0): what ``start_term``, ``add`` for each posting and ``finish_term`` write,
    the same blocks, statistics and bytes (18), each block made at once. ``at``: where
    the postings file ends, if known (as returned by the call before, in this field)."""
    pw = writer._postwriter  # type: ignore[attr-defined]
    limit, comp, out = pw._blocklimit, pw._compression, pw._postfile
    n = len(docs)
    if n < pw._inlinelimit or pw._byteids:  # postings kept in the term table: as Whoosh does
        writer.start_term(text)
        for i in range(n):
            writer.add(docs[i], weights[i], values[i], 0 if lengths is None else lengths[i])
        writer.finish_term()
        return int(out.tell())
    fixed = writer._format.fixed_value_size()  # type: ignore[attr-defined]
    held = array("f", weights).tolist()  # as the block buffer holds them
    info = W3TermInfo()
    parts = [WHOOSH3_HEADER_MAGIC]
    for s in range(0, n, limit):
        e = min(n, s + limit)
        ids, ws = docs[s:e], held[s:e]
        top = max(weights[s:e])
        top = top if top > 0 else 0
        vs = [v for v in values[s:e] if v]
        low: int | None = None
        high = 0
        if lengths is not None:
            some = [x for x in lengths[s:e] if x]
            if some:
                low, high = min(some), max(some)
        info._weight += sum(ws)  # W3TermInfo.add_block
        info._df += e - s
        info._minlength = low if info._minlength is None else min(info._minlength, low)
        info._maxlength = max(info._maxlength, high)
        info._maxweight = max(info._maxweight, top)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        mini_weights = (
            None if ws.count(1.0) == len(ws) else ws[0] if ws.count(ws[0]) == len(ws) else tuple(ws)
        )
        mini_values = (
            tuple(vs) if fixed is None or fixed < 0 else None if fixed == 0 else b"".join(vs)
        )
        deltas = (ids[0], *map(operator.sub, ids[1:], ids[:-1]))
        data = pickle.dumps((deltas, mini_weights, mini_values), 2)
        if comp:
            data = zlib.compress(data, comp)
        head = (e - s, ids[-1], top, comp, length_to_byte(low), length_to_byte(high))
        block = pickle.dumps(head, 2)
        size = len(block) + len(data)
        parts += (pack_int(-size if e == n else size), block, data)
    written = b"".join(parts)
    at = out.tell() if at is None else at
    info.set_extent(at, len(written))
    out.write(written)
    writer._tindex.add(pack_ushort(writer._fieldid) + text, info.to_bytes())  # type: ignore[attr-defined]
    return at + len(written)


def folder_storage(folder: str | Path) -> Any:
    """The storage of the index in ``folder`` (7)."""
    return FileStorage(str(folder))


def index_location(ix: Any) -> tuple[Any, str]:
    """(storage, index name) of an open index: where ``NewSegment`` writes."""
    return ix.storage, str(ix.indexname)


def publish_segments(ix: Any, schema: Any, segments: list[Any]) -> None:
    """Make ``segments`` (written by ``NewSegment``) the whole of ``ix``, as its
    next generation, and remove the files no generation uses any more (7)."""
    generation = ix.latest_generation() + 1
    TOC(schema, segments, generation).write(ix.storage, ix.indexname)
    clean_files(ix.storage, ix.indexname, generation, segments)


def stored_length(length: int) -> int:
    """A field length as Whoosh keeps it (one byte) and reads it back (9)."""
    return int(byte_to_length(length_to_byte(length)))


# -- formats and columns (14, 15) -----------------------------------------------------------
def plain_positions(field: Any) -> bool:
    """Whether ``field`` keeps positions (the ``Positions`` format, no field boost)."""
    return type(field.format) is Positions and field.format.field_boost == 1.0


def field_boost(field: Any) -> float:
    return float(field.format.field_boost)


def has_positions(field: Any) -> bool:
    """Whether ``field``'s postings can be read as positions."""
    return bool(field.format) and bool(field.format.supports("positions"))


def position_encoder(field: Any) -> Callable[[list[int]], bytes]:
    """A positional field's posting value for a list of positions."""
    return field.format.encode  # type: ignore[no-any-return]


def position_decoder(field: Any) -> Callable[[bytes], list[int]]:
    return field.format.decode_positions  # type: ignore[no-any-return]


def term_positions(analyzer: Any, value: str) -> tuple[dict[str, list[int]], dict[str, float]]:
    """What ``Positions.word_values`` gathers from ``value`` (14): each term's
    positions and summed token boosts, stop words left out."""
    poses: dict[str, list[int]] = {}
    boosts: dict[str, float] = {}
    for t in analyzer(value, positions=True, boosts=True, mode="index"):
        if t.stopped:
            continue
        found = poses.get(t.text)
        if found is None:
            poses[t.text] = [t.pos]
            boosts[t.text] = t.boost
        else:
            found.append(t.pos)
            boosts[t.text] += t.boost
    return poses, boosts


class CountedValues(Format):  # type: ignore[misc]
    """A field format whose postings carry a value of the subclass's own (14): it
    gives ``postings`` (each term of a text with its count and value) and ``count``
    (a value's count); a posting's weight is its count times the field boost."""

    posting_size = -1

    def __init__(self, field_boost: float = 1.0, **options: Any) -> None:
        self.field_boost = field_boost
        self.options = options

    def postings(self, value: str, analyzer: Any) -> Iterator[tuple[str, int, bytes]]:
        raise NotImplementedError

    def count(self, valuestring: bytes) -> int:
        raise NotImplementedError

    def word_values(self, value: str, analyzer: Any, **kwargs: Any) -> Any:
        fb = self.field_boost
        for term, n, valuestring in self.postings(value, analyzer):
            yield term, n, n * fb, valuestring

    def decode_frequency(self, valuestring: bytes) -> int:
        return self.count(valuestring)

    def decode_weight(self, valuestring: bytes) -> float:
        return self.count(valuestring) * self.field_boost


def uint_column() -> Any:
    """A column of unsigned 32-bit numbers, one per document (15)."""
    return NumericColumn("I")


# -- scoring as Whoosh scores (10-12) -------------------------------------------------------
def field_lengths(reader: Any, fieldname: str, docs: Iterable[int]) -> np.ndarray:
    """The field lengths of ``docs`` as the BM25F scorer reads them (10)."""
    length = reader.doc_field_length
    return np.fromiter((length(d, fieldname, 1) or 0 for d in docs), np.float64)


def is_bm25(scorer: Any) -> bool:
    """Whether ``scorer`` is Whoosh's BM25F scorer, which ``bm25_scores`` repeats."""
    return type(scorer) is BM25FScorer


def detached(scorer: Any) -> Any | None:
    """A BM25F scorer holding ``scorer``'s idf, average length, B and K1 and nothing
    else (no searcher: it may be kept beyond one), for ``bm25_scores``; None when
    ``scorer`` is not BM25F (20)."""
    if type(scorer) is not BM25FScorer:
        return None
    kept: Any = object.__new__(BM25FScorer)
    kept.idf, kept.avgfl, kept.B, kept.K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    return kept


def bm25_scores(scorer: Any, tf: np.ndarray, fl: np.ndarray) -> np.ndarray | None:
    """``scoring.bm25`` with ``scorer``'s idf, average length, B and K1, term for
    term, over arrays of term frequencies and field lengths: each score Whoosh's to
    the last bit (10). None when ``scorer`` is not BM25F."""
    if type(scorer) is not BM25FScorer:
        return None
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))  # type: ignore[no-any-return]


class _Posting:
    """What a Whoosh scorer reads of a matcher: the document and the weight (10)."""

    __slots__ = ("_doc", "_weight")

    def __init__(self, doc: int, weight: float) -> None:
        self._doc = doc
        self._weight = weight

    def id(self) -> int:
        return self._doc

    def weight(self) -> float:
        return self._weight


def score_one(scorer: Any, doc: int, weight: float) -> float:
    """``scorer``'s score of one posting (document, weight), as its matcher would get."""
    return float(scorer.score(_Posting(doc, weight)))


def weighting_for(searcher: Any, context: Any) -> Any:
    """The weighting a term query's matcher scores with in ``searcher`` (11)."""
    return (context.weighting if context is not None else None) or searcher.weighting


def intersection_sum(values: Sequence[Any]) -> Any:
    """Summed as a phrase's matcher sums its words' scores or weights (12)."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return intersection_sum(values[:half]) + intersection_sum(values[half:])


def lone_subquery(q: Any) -> Any | None:
    """The one subquery an AND or OR of one is matched as, its boost dropped (12)."""
    subqueries = getattr(q, "subqueries", None)
    return subqueries[0] if subqueries is not None and len(subqueries) == 1 else None


# -- matchers of our own (13) ---------------------------------------------------------------
class _Hits(ListMatcher):  # type: ignore[misc]
    """Documents in one segment with scores and weights worked out beforehand."""

    def __init__(
        self, ids: list[int], scores: list[float], weights: list[float], position: int = 0
    ) -> None:
        super().__init__(ids, position=position)
        self._scores = scores
        self._hit_weights = weights

    def copy(self) -> _Hits:
        return _Hits(self._ids, self._scores, self._hit_weights, self._i)

    def supports_block_quality(self) -> bool:
        return False

    def score(self) -> float:
        return self._scores[self._i]

    def weight(self) -> float:
        return self._hit_weights[self._i]


def hits_matcher(
    ids: list[int], scores: list[float], weights: list[float], boost: float = 1.0
) -> Any:
    """A matcher over ``ids`` (ascending) that gives each its score and weight, the
    scores times ``boost``; nothing when ``ids`` is empty (13)."""
    if not ids:
        return NullMatcher()
    m: Any = _Hits(ids, scores, weights)
    return m if boost == 1.0 else WrappingMatcher(m, boost=boost)


# -- postings read a block at a time (16) ---------------------------------------------------
def term_info(reader: Any, fieldname: str, text: bytes) -> Any | None:
    """A term's info in one segment ``reader`` (``doc_frequency()``), or None: one
    lookup in the segment's term table, where asking ``in``, ``doc_frequency`` and
    ``postings`` in turn makes three (19)."""
    terms: Any = getattr(reader, "_terms", None)
    if type(reader) is SegmentReader and type(terms) is W3TermsReader:
        if fieldname not in terms._fieldmap:  # no term of the field in this segment
            return None
        raw = _table_get(terms._tindex, terms._keycoder(fieldname, text))
        return None if raw is None else W3TermInfo.from_bytes(raw)
    return reader.term_info(fieldname, text) if (fieldname, text) in reader else None


def block_postings(
    reader: Any,
    fieldname: str,
    text: bytes,
    values: bool = False,
    within: np.ndarray | None = None,
    info: Any | None = None,
) -> tuple[np.ndarray, np.ndarray, list[bytes] | None] | None:
    """A term's live postings in one segment ``reader`` as (document numbers
    ascending, weights, encoded values if asked): all of them, or only those of the
    documents ``within`` (ascending), whose blocks alone are decoded. Read a block of
    postings at a time rather than a posting at a time; None when they are not
    Whoosh's on-disk blocks (another reader or codec): step the matcher then (16).
    ``info``, from ``term_info``, saves looking the term up again (19)."""
    terms: Any = getattr(reader, "_terms", None)
    deleted: Any = None
    found: list[bytes] | None = [] if values else None
    blocks: Iterable[_Block] | None = None
    if info is not None and type(reader) is SegmentReader and type(terms) is W3TermsReader:
        deleted = reader.deleted_docs_set or None
        if not values and not info.is_inlined():
            blocks = _file_blocks(terms._postfile, info)
        if blocks is None:
            form = reader.schema[fieldname].format
            m = terms._codec.postings_reader(terms._postfile, info, form, term=(fieldname, text))
    else:
        m = reader.postings(fieldname, text)
    if blocks is None:
        if type(m) is FilterMatcher and m._exclude:
            deleted = m._ids
            m = m.child
            m.reset()
        if type(m) is not W3LeafMatcher:
            return None
        blocks = _matcher_blocks(m, found)
    id_parts: list[np.ndarray] = []
    weight_parts: list[np.ndarray] = []
    after = -1  # the last document of the block before
    for n, top, data in blocks:
        if within is not None:
            lo, hi = np.searchsorted(within, [after, top], side="right").tolist()
            after = top
            if lo == hi:  # none wanted here: the block's data is never decoded
                continue
        ids, weights = data()
        id_parts.append(np.cumsum(np.asarray(ids, np.int64)))
        if weights is None:
            weight_parts.append(np.ones(n, np.float64))
        elif isinstance(weights, float):
            weight_parts.append(np.full(n, weights, np.float64))
        else:
            weight_parts.append(np.asarray(weights, np.float64))
    if not id_parts:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), found
    docs, weights_all = np.concatenate(id_parts), np.concatenate(weight_parts)
    keep = None
    if within is not None:
        keep = np.isin(docs, within, assume_unique=True)
    if deleted:
        live = ~np.isin(docs, np.fromiter(deleted, np.int64, len(deleted)))
        keep = live if keep is None else keep & live
    if keep is not None:
        docs, weights_all = docs[keep], weights_all[keep]
        if found is not None:
            found = [found[i] for i in np.flatnonzero(keep).tolist()]
    return docs, weights_all, found


# (postings, last document, a function giving its (delta-coded ids, weights)) (16)
_Block = tuple[int, int, Callable[[], tuple[Any, Any]]]


def _matcher_blocks(m: Any, found: list[bytes] | None) -> Iterator[_Block]:
    """The blocks of a ``W3LeafMatcher``, each decoded when asked (16); their values
    go on ``found`` if given."""
    while not m._atend:

        def data() -> tuple[Any, Any]:
            m._read_data()
            if found is not None:
                m._read_values()
                found.extend(m._values)
            return m._data[0], m._data[1]

        yield m._blocklength, m._maxid, data
        m._next_block()


_INT = struct.Struct("!i")  # a block's length (18)
_SLOT, _LENGTHS = struct.Struct("!Iq"), struct.Struct("!ii")  # hash table entries (21)
_BYTES_GLOBAL = b"c_codecs\nencode\n"  # protocol 2's bytes: a block's values (21)


def _file_blocks(postfile: Any, info: Any) -> list[_Block] | None:
    """A term's blocks read from the postings file at once (one ``pread``; Whoosh's
    matcher seeks and reads each piece through a buffer), as ``_matcher_blocks``
    gives them; None when the file is not a plain one (21)."""
    if type(postfile) is not StructFile or not postfile.is_real:
        return None
    offset, length = info.extent()
    length = length[0] if isinstance(length, tuple) else length  # from_bytes keeps a tuple
    buf = os.pread(postfile.fileno(), length, offset)
    if buf[:4] != WHOOSH3_HEADER_MAGIC:
        return None
    stream, pos, blocks = io.BytesIO(buf), 4, []
    while pos < len(buf):
        size = _INT.unpack_from(buf, pos)[0]
        stream.seek(pos + 4)
        n, top, _, compressed = pickle.load(stream)[:4]
        start, pos = stream.tell(), pos + 4 + abs(size)
        blocks.append((n, top, _block_data(buf[start:pos], compressed)))
        if size < 0:
            return blocks
    return None  # cut short: Whoosh's matcher says what is wrong


def _block_data(data: bytes, compressed: int) -> Callable[[], tuple[Any, Any]]:
    """A block's (delta-coded ids, weights): its values (position lists pickled as
    protocol 2 does bytes, a call each) are cut off before unpickling when they can be:
    the stream up to them, then None for them, closes the tuple (21)."""

    def decode() -> tuple[Any, Any]:
        raw = zlib.decompress(data) if compressed else data
        at = raw.find(_BYTES_GLOBAL)
        if at > 0:
            cut = at - 1 if raw[at - 1] == 0x28 else at  # the values' MARK, if any
            try:
                ids, weights, _ = pickle.loads(raw[:cut] + b"N\x87.")
                return ids, weights
            except (pickle.UnpicklingError, ValueError, TypeError, IndexError, EOFError):
                pass  # not where the values start (a weight's last byte): the whole
        ids, weights, _ = pickle.loads(raw)
        return ids, weights

    return decode


def _table_get(table: Any, key: bytes) -> bytes | None:
    """``table.get(key)`` of a segment's hash table of terms, its slots and entries
    read with ``pread``: Whoosh seeks and reads each through a buffer (21)."""
    dbfile = table.dbfile
    if type(dbfile) is not StructFile or not dbfile.is_real or table.hashfn is not md5_hash:
        return table.get(key)  # type: ignore[no-any-return]
    keyhash = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")
    start, slots = table.tables[keyhash & 255]
    if not slots:
        return None
    fd, size, end = dbfile.fileno(), _SLOT.size, start + slots * _SLOT.size
    pos = start + ((keyhash >> 8) % slots) * size
    for _ in range(slots):
        run = os.pread(fd, min(end - pos, 8 * size), pos)  # a few slots at a time
        for slothash, item in _SLOT.iter_unpack(run):
            if not item:
                return None
            if slothash == keyhash:
                head = os.pread(fd, _LENGTHS.size + len(key) + 64, item)
                keylen, datalen = _LENGTHS.unpack_from(head)
                first = _LENGTHS.size + keylen
                if keylen == len(key) and head[_LENGTHS.size : first] == key:
                    if first + datalen <= len(head):
                        return head[first : first + datalen]
                    return os.pread(fd, datalen, item + first)
        pos += len(run)
        if pos == end:
            pos = start
    return None


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
