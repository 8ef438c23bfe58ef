"""Writing a whole Whoosh segment in one pass: what a rebuild uses instead of a writer.

Whoosh's general writer sends every posting through a pool that pickles sorted runs
to disk and merges them back, then reads each document's field length back from
disk once per posting: most of a rebuild's time. A rebuild knows all its documents
up front, so ``SegmentBuilder`` keeps a segment's postings in flat arrays (a few
bytes each), orders them once with numpy and hands them, in Whoosh's order, to the
same codec writers Whoosh's writer uses (``per_document_writer`` and
``field_writer``, the Whoosh 2.7 codec API). The files it writes are byte for byte
the ones Whoosh's writer makes for the same documents; a test compares them.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from whoosh.codec import default_codec
from whoosh.formats import Positions
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length, length_to_byte

from desktop_app.core.search.schema import FoldStemAnalyzer

assert array("I").itemsize == 4  # read back below as numpy uint32


class _Postings:
    """One positional field's postings, in the order documents were added: about
    14 bytes each (term, document, count and the positions themselves)."""

    __slots__ = ("doc", "npos", "pos", "terms", "tid", "weights")

    def __init__(self) -> None:
        self.terms: dict[str, int] = {}
        self.tid = array("I")  # term number of each posting
        self.doc = array("I")
        self.npos = array("I")  # how many positions each posting has, in ``pos``
        self.pos = array("I")
        # a posting's weight is its count unless tokens carried boosts: those are here
        self.weights: dict[int, float] = {}

    def add_document(
        self, docnum: int, poses: dict[str, list[int]], boosts: dict[str, float] | None
    ) -> int:
        """Adds one document's terms with their positions (and summed token boosts when
        not all 1.0); returns the field length (token count)."""
        terms = self.terms
        length = 0
        for text, positions in poses.items():
            tid = terms.get(text)
            if tid is None:
                tid = terms[text] = len(terms)
            n = len(positions)
            if boosts is not None and boosts[text] != n:
                self.weights[len(self.doc)] = boosts[text]
            self.tid.append(tid)
            self.doc.append(docnum)
            self.npos.append(n)
            self.pos.extend(positions)
            length += n
        return length


def _term_positions(field: Any, value: str) -> tuple[dict[str, list[int]], dict[str, float] | None]:
    """What ``Positions.word_values`` gathers: each term's positions and summed boosts
    (None when every token's boost is 1.0, as they are from ``FoldStemAnalyzer``)."""
    analyzer = field.analyzer
    if type(analyzer) is FoldStemAnalyzer:
        return analyzer.term_positions(value), None
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


class _Other:
    """Postings of one term of a field without positions (ids, keywords, numbers)."""

    __slots__ = ("docs", "values", "weights")

    def __init__(self) -> None:
        self.docs = array("I")
        self.weights = array("d")
        self.values: list[bytes] = []


class SegmentBuilder:
    """Builds one new segment of an index from documents given in order.

    ``add`` takes what ``IndexWriter.add_document`` takes (fields by name, values as
    Whoosh expects them); ``finish`` writes the postings and returns the segment,
    ready to be listed in a new table of contents.
    """

    def __init__(self, storage: Any, indexname: str, schema: Any) -> None:
        for name, field in schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and spelling are not supported here")
        self.schema = schema
        self.codec = default_codec()
        self.storage = storage
        self.segment = self.codec.new_segment(storage, indexname)
        self._perdoc = self.codec.per_document_writer(storage, self.segment)
        self._positional: dict[str, _Postings] = {}
        self._other: dict[str, dict[bytes, _Other]] = {}
        self._lengths: dict[str, array[int]] = {}  # per scorable field, as Whoosh keeps them
        self.doc_count = 0
        self._progress: Callable[[float], None] | None = None
        self._total = self._written = 0

    def add(self, fields: Mapping[str, Any]) -> None:
        schema = self.schema
        perdoc = self._perdoc
        docnum = self.doc_count
        perdoc.start_doc(docnum)
        if any(n.startswith("_") for n in fields):
            raise ValueError("document and field boosts (_boost, _stored_*) are not supported here")
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                fmt = field.format
                if type(fmt) is Positions and isinstance(value, str) and fmt.field_boost == 1.0:
                    postings = self._positional.get(name)
                    if postings is None:
                        postings = self._positional[name] = _Postings()
                    length = postings.add_document(docnum, *_term_positions(field, value))
                else:
                    terms = self._other.setdefault(name, {})
                    for tbytes, freq, weight, vbytes in field.index(value):
                        length += freq
                        other = terms.get(tbytes)
                        if other is None:
                            other = terms[tbytes] = _Other()
                        other.docs.append(docnum)
                        other.weights.append(weight)
                        other.values.append(vbytes)
                if not field.scorable:
                    length = 0
                if length:
                    lengths = self._lengths.setdefault(name, array("I"))
                    lengths.extend([0] * (docnum + 1 - len(lengths)))
                    lengths[docnum] = byte_to_length(length_to_byte(length))
            perdoc.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(name, column, field.to_column_value(value))
        perdoc.finish_doc()
        self.doc_count += 1

    def finish(self, progress: Callable[[float], None] | None = None) -> Any:
        """Writes the postings and closes the segment's files; returns the segment.

        ``progress`` is told the share of positional postings written so far.
        """
        self._progress = progress
        self._total = sum(len(p.doc) for p in self._positional.values()) or 1
        self._written = 0
        self._perdoc.close()
        self.segment.set_doc_count(self.doc_count)
        writer = self.codec.field_writer(self.storage, self.segment)
        written = {name for name, p in self._positional.items() if p.terms} | {
            name for name, terms in self._other.items() if terms
        }
        for name in sorted(written):
            field = self.schema[name]
            writer.start_field(name, field)
            if name in self._positional:
                self._write_positional(writer, name, field, self._positional.pop(name))
            else:
                self._write_other(writer, name, self._other.pop(name))
            writer.finish_field()
        writer.close()
        return self.segment

    def _length_of(self, name: str) -> Any:
        lengths = self._lengths.get(name)
        if lengths is None:
            return lambda docnum: 0
        size = len(lengths)
        return lambda docnum: lengths[docnum] if docnum < size else 0

    def _write_other(self, writer: Any, name: str, terms: dict[bytes, _Other]) -> None:
        length_of = self._length_of(name)
        for tbytes in sorted(terms):
            other = terms[tbytes]
            writer.start_term(tbytes)
            # as Whoosh's pool sorts them: by document, then weight and value
            for docnum, weight, vbytes in sorted(
                zip(other.docs, other.weights, other.values, strict=True)
            ):
                writer.add(docnum, weight, vbytes or emptybytes, length_of(docnum))
            writer.finish_term()

    def _write_positional(self, writer: Any, name: str, field: Any, p: _Postings) -> None:
        length_of = self._length_of(name)
        encode = field.format.encode
        tids = np.frombuffer(p.tid, dtype=np.uint32)
        # stable: within a term, postings stay in document order
        order = np.argsort(tids, kind="stable").astype(np.uint32)
        bounds = np.zeros(len(p.terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(tids, minlength=len(p.terms)), out=bounds[1:])
        del tids
        npos = np.frombuffer(p.npos, dtype=np.uint32)
        if len(p.pos) >= 2**32:
            raise ValueError("too many positions for one segment")
        starts = np.zeros(len(npos), dtype=np.uint32)
        np.cumsum(npos[:-1], out=starts[1:])
        docs = np.frombuffer(p.doc, dtype=np.uint32)
        positions = p.pos
        boosted = p.weights
        single: dict[int, bytes] = {}
        told, step = self._written, max(self._total // 50, 1)
        for tbytes, tid in sorted((t.encode("utf-8"), i) for t, i in p.terms.items()):
            writer.start_term(tbytes)
            picked = order[bounds[tid] : bounds[tid + 1]]
            for k, docnum, start, n in zip(
                picked.tolist(),
                docs[picked].tolist(),
                starts[picked].tolist(),
                npos[picked].tolist(),
                strict=True,
            ):
                weight = boosted[k] if boosted and k in boosted else float(n)
                if n == 1:  # most postings: one position, a few hundred distinct ones
                    p0 = positions[start]
                    vbytes = single.get(p0)
                    if vbytes is None:
                        vbytes = single[p0] = encode([p0])
                else:
                    vbytes = encode(positions[start : start + n].tolist())
                writer.add(docnum, weight, vbytes, length_of(docnum))
            writer.finish_term()
            if self._progress is not None:
                self._written += len(picked)
                if self._written - told >= step:
                    told = self._written
                    self._progress(told / self._total)
