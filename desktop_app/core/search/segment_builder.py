"""Writing a whole Whoosh segment in one pass: what a rebuild uses instead of a writer.

Whoosh's general writer sends every posting through a pool that pickles sorted runs
to disk and merges them back, then reads each document's field length back from
disk once per posting: most of a rebuild's time. A rebuild knows all its documents
up front, so ``SegmentBuilder`` keeps a segment's postings in flat arrays (a few
bytes each), orders them once with numpy and hands them, in Whoosh's order, to the
same codec writers Whoosh's writer uses (``whoosh_adapter.NewSegment``). An index
it writes reads exactly as the one Whoosh's writer makes from the same documents:
the same documents, stored fields, columns, lengths, terms, term statistics and
postings (a test compares them all).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import numpy as np

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.postings import write_pair_arrays, write_word_positions
from desktop_app.core.search.schema import (
    DOCUMENT_FIELDS,
    FoldStemAnalyzer,
    PairAnalyzer,
    PairCounts,
    encode_pair,
)
from desktop_app.core.search.segment_postings import BIG_CODE, PairPostings, Postings

assert array("I").itemsize == 4  # read back below as numpy uint32


def _pair_source(schema: Any, name: str) -> str:
    """The positional field a word-pair field is built from (refusing what could not
    be built from it: the pairs must be its words, analysed alike)."""
    source = schema[name].analyzer.source
    ok = (
        source in schema
        and source < name  # documents' fields are added in name order: the source first
        and wa.plain_positions(schema[source])
        and type(schema[source].analyzer) is FoldStemAnalyzer
        and type(schema[name].format) is PairCounts
        and not schema[name].scorable
        and wa.field_boost(schema[name]) == 1.0
    )
    if not ok:
        raise ValueError(f"field {name!r}: word pairs of {source!r} cannot be built here")
    return str(source)


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

    WRITE_RUN = 1 << 16  # postings made Python lists at once while writing them

    def __init__(self, storage: Any, indexname: str, schema: Any) -> None:
        self._pairs: dict[str, str] = {}  # word-pair field: its source field
        self._paired: dict[str, bytearray] = {}  # word-pair field: a flag per document
        for name, field in schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and spelling are not supported here")
            if type(getattr(field, "analyzer", None)) is PairAnalyzer:
                self._pairs[name] = _pair_source(schema, name)
        # fields whose common words' positions are also saved as arrays (for phrases):
        # the paired fields and the documents' text, with the pairs' common words
        self._side_words: dict[str, frozenset[str]] = {}
        for name in self._pairs:
            common = schema[name].analyzer.common
            if common:
                self._side_words[self._pairs[name]] = common
                for text in DOCUMENT_FIELDS:
                    if text in schema and type(getattr(schema[text], "analyzer", None)) is (
                        FoldStemAnalyzer
                    ):
                        self._side_words.setdefault(text, common)
        self.schema = schema
        self._files = wa.NewSegment(storage, indexname)
        self._documents = self._files.documents
        self._positional: dict[str, Postings] = {}
        self._other: dict[str, dict[bytes, _Other]] = {}
        self._lengths: dict[str, array[int]] = {}  # per scorable field, as Whoosh keeps them
        self._indexed: dict[tuple[str, Any], list[tuple[bytes, int, float, bytes]]] = {}
        self.doc_count = 0
        self._progress: Callable[[float], None] | None = None
        self._total = self._written = 0
        self._step = 1

    def add(self, fields: Mapping[str, Any]) -> None:
        schema = self.schema
        perdoc = self._documents
        docnum = self.doc_count
        perdoc.start_doc(docnum)
        if any(n.startswith("_") for n in fields):
            raise ValueError("document and field boosts (_boost, _stored_*) are not supported here")
        exact: dict[str, int] = {}  # this document's positional field lengths
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                if isinstance(value, str) and wa.plain_positions(field):
                    postings = self._positional.get(name)
                    if postings is None:
                        postings = self._positional[name] = Postings()
                    analyzer = field.analyzer
                    if type(analyzer) is FoldStemAnalyzer:  # the fast way: no token objects
                        words = analyzer.expression.findall(value)
                        length = postings.add_words(docnum, words, analyzer.stems)
                    else:
                        length = postings.add_document(docnum, *wa.term_positions(analyzer, value))
                    exact[name] = length
                elif name in self._pairs:
                    # written from its source's postings at the end (and not scored)
                    source = self._pairs[name]
                    if source not in exact or fields[source] != value:
                        raise ValueError(f"field {name!r} must hold the text of {source!r}")
                    paired = self._paired.setdefault(name, bytearray())
                    paired.extend(bytes(docnum + 1 - len(paired)))
                    paired[docnum] = 1
                else:
                    terms = self._other.setdefault(name, {})
                    for tbytes, freq, weight, vbytes in self._index(name, field, value):
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
                    lengths[docnum] = wa.stored_length(length)
            perdoc.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(name, column, field.to_column_value(value))
        perdoc.finish_doc()
        self.doc_count += 1

    def _index(self, name: str, field: Any, value: Any) -> list[tuple[bytes, int, float, bytes]]:
        """``field.index(value)``, worked out once per value of a field whose values
        repeat (a type, language, status or year: not an id)."""
        if field.unique or not isinstance(value, str | int):
            return list(field.index(value))
        found = self._indexed.get((name, value))
        if found is None:
            found = list(field.index(value))
            if len(self._indexed) < 10_000:
                self._indexed[(name, value)] = found
        return found

    def positions_held(self) -> int:
        """How many positions this builder holds so far (what its memory grows with)."""
        return sum(p.held() for p in self._positional.values())

    def finish(self, progress: Callable[[float], None] | None = None) -> Any:
        """Writes the postings and closes the segment's files; returns the segment.

        ``progress`` is told the share of positional and pair postings written so far.
        """
        self._progress = progress
        for p in self._positional.values():
            p.flush()
        pairs = {
            name: PairPostings.of(
                self._positional[source],
                self.doc_count,
                self._paired[name],
                self.schema[name].analyzer.common,
            )
            for name, source in self._pairs.items()
            if source in self._positional and name in self._paired
        }
        self._total = (
            sum(len(p.doc) for p in self._positional.values())
            + sum(len(p.docs) for p in pairs.values())
        ) or 1
        self._written = 0
        self._step = max(self._total // 50, 1)
        writer = self._files.postings(self.doc_count)
        written = (
            {name for name, p in self._positional.items() if p.terms}
            | {name for name, p in pairs.items() if len(p.docs)}
            | {name for name, terms in self._other.items() if terms}
        )
        for name in sorted(written):
            field = self.schema[name]
            writer.start_field(name, field)
            if name in self._positional:
                self._write_positional(writer, name, field, self._positional.pop(name))
            elif name in pairs:
                self._write_pairs(writer, name, pairs.pop(name))
            else:
                self._write_other(writer, name, self._other.pop(name))
            writer.finish_field()
        writer.close()
        return self._files.segment

    def _length_of(self, name: str) -> np.ndarray | None:
        """Each document's stored length of field ``name`` (None: not scored)."""
        lengths = self._lengths.get(name)
        if lengths is None:
            return None
        out = np.zeros(max(self.doc_count, len(lengths)), np.int64)
        out[: len(lengths)] = np.frombuffer(lengths, dtype=np.uint32)
        return out

    def _write_other(self, writer: wa.PostingSink, name: str, terms: dict[bytes, _Other]) -> None:
        length_of = self._length_of(name)
        at: int | None = None  # where the postings file ends
        for tbytes in sorted(terms):
            other = terms[tbytes]
            # as Whoosh's pool sorts them: by document, then weight and value
            rows = sorted(zip(other.docs, other.weights, other.values, strict=True))
            docs = [r[0] for r in rows]
            at = wa.write_term(
                writer,
                tbytes,
                docs,
                [r[1] for r in rows],
                [r[2] or b"" for r in rows],
                None if length_of is None else length_of[docs].tolist(),
                at,
            )

    def _written_some(self, n: int) -> None:
        if self._progress is not None:
            before = self._written
            self._written += n
            if self._written // self._step != before // self._step:
                self._progress(self._written / self._total)

    def _write_pairs(self, writer: wa.PostingSink, name: str, p: PairPostings) -> None:
        # one bytes object per distinct value, which Whoosh's pickled blocks then
        # store once per block
        values = _PairValues(p.big)
        weights = _PairWeights(p.big)
        saved = list(p.terms())
        ends = [start for _, start, _ in saved] + [saved[-1][2] if saved else 0]
        at: int | None = None  # where the postings file ends
        for k, q in _runs(ends, self.WRITE_RUN):
            lo, hi = ends[k], ends[q]
            codes = p.code[lo:hi].tolist()
            docs = p.docs[lo:hi].tolist()
            held = list(map(values.__getitem__, codes))
            counts = list(map(weights.__getitem__, codes))
            for tbytes, start, end in saved[k:q]:
                a, b = start - lo, end - lo
                at = wa.write_term(writer, tbytes, docs[a:b], counts[a:b], held[a:b], None, at)
                self._written_some(b - a)
        if saved:
            write_pair_arrays(self._files.file_path, name, saved, p.docs, p.code, p.big)

    def _save_positions(
        self,
        name: str,
        p: Postings,
        texts: list[tuple[bytes, str]],
        common: frozenset[str],
        order: np.ndarray,
        bounds: np.ndarray,
        starts: np.ndarray,
        npos: np.ndarray,
    ) -> None:
        """Save the ``common`` words' postings and positions of field ``name`` (for
        the documents' text also every word in at least 1% of the segment's documents)
        as arrays beside the segment (``postings.WordPositions``). Worked out a slice
        of postings at a time, so the build's memory grows little."""
        sizes = np.diff(bounds)
        often = max(64, self.doc_count // 100) if name in DOCUMENT_FIELDS else None
        chosen = [
            (tbytes, k)
            for k, (tbytes, t) in enumerate(texts)
            if t in common or (often is not None and sizes[k] >= often)
        ]
        terms: list[tuple[bytes, int, int]] = []
        parts: list[np.ndarray] = []
        at = 0
        for tbytes, k in chosen:
            part = order[bounds[k] : bounds[k + 1]]
            terms.append((tbytes, at, at + len(part)))
            parts.append(part)
            at += len(part)
        picked = np.concatenate(parts) if parts else np.zeros(0, np.uint32)
        del parts
        counts = npos[picked]
        held = np.frombuffer(p.pos, dtype=np.uint32)

        def slices() -> Iterator[np.ndarray]:
            step = 1 << 18
            for s in range(0, len(picked), step):
                chunk = picked[s : s + step]
                n = counts[s : s + step].astype(np.int64)
                owner = np.repeat(np.arange(len(chunk), dtype=np.int64), n)
                local = np.cumsum(n) - n  # each posting's first place in this slice
                src = starts[chunk].astype(np.int64)[owner] + (
                    np.arange(len(owner), dtype=np.int64) - local[owner]
                )
                yield held[src]

        docs = np.frombuffer(p.doc, dtype=np.uint32)[picked]
        top = int(held.max()) if len(held) else 0
        write_word_positions(self._files.file_path, name, terms, docs, counts, slices(), top)

    def _write_positional(self, writer: wa.PostingSink, name: str, field: Any, p: Postings) -> None:
        length_of = self._length_of(name)
        encode = wa.position_encoder(field)
        texts = sorted((t.encode("utf-8"), t) for t in p.terms)  # the order terms are written in
        rank = np.empty(len(texts), np.int64)
        rank[[p.terms[t] for _, t in texts]] = np.arange(len(texts))
        tids = rank[np.frombuffer(p.tid, dtype=np.uint32)]  # each posting's term's place
        # stable: within a term, postings stay in document order
        order = np.argsort(tids, kind="stable").astype(np.uint32)
        bounds = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(tids, minlength=len(texts)), out=bounds[1:])
        del tids, rank
        npos = np.frombuffer(p.npos, dtype=np.uint32)
        if len(p.pos) >= 2**32:
            raise ValueError("too many positions for one segment")
        starts = np.zeros(len(npos), dtype=np.uint32)
        np.cumsum(npos[:-1], out=starts[1:])
        docs = np.frombuffer(p.doc, dtype=np.uint32)
        positions = np.frombuffer(p.pos, dtype=np.uint32)
        boosted = p.weights
        common = self._side_words.get(name)
        if common and not boosted:
            self._save_positions(name, p, texts, common, order, bounds, starts, npos)
        single = _Encoded(encode)
        ends = bounds.tolist()
        at: int | None = None  # where the postings file ends
        for k, q in _runs(ends, self.WRITE_RUN):  # a run of terms' postings made lists at once
            lo = ends[k]
            picked = order[lo : ends[q]]
            held = npos[picked]
            firsts = starts[picked]
            docnums = docs[picked]
            doclist = docnums.tolist()
            weights = held.astype(np.float64).tolist()
            if boosted:
                weights = [boosted.get(j, w) for j, w in zip(picked.tolist(), weights, strict=True)]
            # most postings hold one position, a few hundred distinct ones: encoded once
            values = list(map(single.__getitem__, positions[firsts].tolist()))
            many = np.flatnonzero(held > 1)
            if len(many):  # the others' positions, all made one list
                n = held[many].astype(np.int64)
                where = np.repeat(firsts[many] - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))
                flat = positions[where].tolist()
                end = 0
                for j, m in zip(many.tolist(), n.tolist(), strict=True):
                    values[j] = encode(flat[end : end + m])
                    end += m
            lengths = None if length_of is None else length_of[docnums].tolist()
            for t in range(k, q):
                a, b = ends[t] - lo, ends[t + 1] - lo
                at = wa.write_term(
                    writer,
                    texts[t][0],
                    doclist[a:b],
                    weights[a:b],
                    values[a:b],
                    None if lengths is None else lengths[a:b],
                    at,
                )
                self._written_some(b - a)


def _runs(ends: list[int], size: int) -> Iterator[tuple[int, int]]:
    """Runs ``k, q`` of terms (term ``t``'s postings ``ends[t]`` to ``ends[t + 1]``)
    holding about ``size`` postings, at least one term each."""
    k = 0
    while k + 1 < len(ends):
        q = max(k + 1, bisect.bisect_right(ends, ends[k] + size) - 1)
        yield k, q
        k = q


def _pair_stats(big: dict[int, tuple[int, int, int]], code: int) -> tuple[int, int, int]:
    """A pair posting's (pair count, first word's count, second's) from its code."""
    return big[code - BIG_CODE] if code >= BIG_CODE else (code >> 16, (code >> 8) & 255, code & 255)


class _PairValues(dict[int, bytes]):
    """A pair posting's code: its encoded value."""

    def __init__(self, big: dict[int, tuple[int, int, int]]) -> None:
        super().__init__()
        self.big = big

    def __missing__(self, code: int) -> bytes:
        value = self[code] = encode_pair(*_pair_stats(self.big, code))
        return value


class _PairWeights(dict[int, float]):
    """A pair posting's code: its weight (the pair's count)."""

    def __init__(self, big: dict[int, tuple[int, int, int]]) -> None:
        super().__init__()
        self.big = big

    def __missing__(self, code: int) -> float:
        weight = self[code] = float(_pair_stats(self.big, code)[0])
        return weight


class _Encoded(dict[int, bytes]):
    """A position's encoded posting value (of a posting holding that one position)."""

    def __init__(self, encode: Callable[[list[int]], bytes]) -> None:
        super().__init__()
        self.encode = encode

    def __missing__(self, position: int) -> bytes:
        value = self[position] = self.encode([position])
        return value
