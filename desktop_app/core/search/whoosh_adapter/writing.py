"""Writing segments ourselves, and the formats, columns and analysis (6-9, 14, 15, 18).

Part of the Whoosh adapter: see the package's docstring (``__init__``).
"""

from __future__ import annotations

import operator
import pickle
import zlib
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3TermInfo,
)
from whoosh.columns import NumericColumn
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Format, Positions
from whoosh.index import TOC, clean_files
from whoosh.lang.porter import stem as _porter_stem
from whoosh.support.charset import accent_map
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

# 8. Segments as separate files: Whoosh copies a compound segment's postings into
# memory when it opens it; plain files are read through the operating system's
# cache instead.
WRITER_OPTIONS: dict[str, Any] = {"compound": False}
# 15.
ACCENT_MAP: dict[int, str] = accent_map
stem_word: Callable[[str], str] = _porter_stem


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
