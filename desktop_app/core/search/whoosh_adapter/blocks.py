"""Postings read a block at a time, and a term looked up once (16, 19, 21).

Part of the Whoosh adapter: see the package's docstring (``__init__``).
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from hashlib import md5
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3LeafMatcher,
    W3TermInfo,
    W3TermsReader,
)
from whoosh.filedb.filetables import md5_hash
from whoosh.filedb.structfile import StructFile
from whoosh.matching import FilterMatcher
from whoosh.reading import SegmentReader


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
