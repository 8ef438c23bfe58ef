"""A rebuild's postings held in flat arrays: positional fields' (``Postings``) and the
word-pair fields' worked out from them (``PairPostings``), for ``SegmentBuilder``.

Kept apart from ``segment_builder.py`` (which orders and writes them) by size: the
pair postings are the larger half of what a rebuild computes.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator

import numpy as np

from desktop_app.core.search import postings
from desktop_app.core.search.schema import PAIR_SEPARATOR


class _TokenIds(dict[str, int]):
    """A field's word as the tokenizer found it -> its term number (-1: a stop word),
    worked out through the analyzer once per distinct word."""

    LIMIT = 500_000  # distinct words kept (as the analyzer's own cache)

    def __init__(self, stems: Callable[[str], list[str]], terms: dict[str, int]) -> None:
        super().__init__()
        self.stems = stems
        self.terms = terms

    def __missing__(self, raw: str) -> int:
        found = self.stems(raw)
        if len(found) > 1:
            raise ValueError(f"the word {raw!r} analyses as {len(found)} words")
        tid = -1
        if found:
            tid = self.terms.setdefault(found[0], len(self.terms))
        if len(self) >= self.LIMIT:
            self.clear()
        self[raw] = tid
        return tid


class Postings:
    """One positional field's postings, in the order documents were added: about
    14 bytes each (term, document, count and the positions themselves).

    Text analysed by ``FoldStemAnalyzer`` (``add_words``) is held as term numbers,
    one per word, and made into postings a batch of documents at a time with numpy
    (within a document by term number, not first seen: nothing reads that order)."""

    __slots__ = ("_buffer", "_ids", "doc", "npos", "pos", "terms", "tid", "weights")

    FLUSH_WORDS = 1 << 18  # words held before they are made into postings

    def __init__(self) -> None:
        self.terms: dict[str, int] = {}
        self.tid = array("I")  # term number of each posting
        self.doc = array("I")
        self.npos = array("I")  # how many positions each posting has, in ``pos``
        self.pos = array("I")
        # a posting's weight is its count unless tokens carried boosts: those are here
        self.weights: dict[int, float] = {}
        self._ids: _TokenIds | None = None
        # words not yet made into postings: term numbers, each document's number and size
        self._buffer: tuple[array[int], array[int], array[int]] = (
            array("i"),
            array("I"),
            array("I"),
        )

    def add_words(self, docnum: int, words: list[str], stems: Callable[[str], list[str]]) -> int:
        """Adds one document's words (as the tokenizer found them, stop words too;
        ``stems`` gives a word's stem, or none for a stop word); returns the field
        length. Positions count from the first word that is not a stop word, then
        one a word, stop words skipped: what ``FoldStemAnalyzer`` gives."""
        ids = self._ids
        if ids is None:
            ids = self._ids = _TokenIds(stems, self.terms)
        tids = list(map(ids.__getitem__, words))
        length = len(tids) - tids.count(-1)
        if length:
            held, docs, sizes = self._buffer
            held.extend(tids)
            docs.append(docnum)
            sizes.append(len(tids))
            if len(held) >= self.FLUSH_WORDS:
                self.flush()
        return length

    def held(self) -> int:
        """How many positions this field holds, those not yet made into postings too."""
        return len(self.pos) + len(self._buffer[0])

    def flush(self) -> None:
        """Makes the words held by ``add_words`` into postings."""
        held, docs, sizes = self._buffer
        if not len(held):
            return
        tids = np.frombuffer(held, dtype=np.int32)
        size = np.frombuffer(sizes, dtype=np.uint32).astype(np.int64)
        owner = np.repeat(np.arange(len(size)), size)  # each word's document (in the batch)
        keep = tids >= 0
        index = np.arange(len(tids)) - (np.cumsum(size) - size)[owner]  # within its document
        owner, index, kept = owner[keep], index[keep], tids[keep].astype(np.int64)
        counts = np.bincount(owner, minlength=len(size))  # every document holds one at least
        first = np.cumsum(counts) - counts  # each document's first kept word, in ``kept``
        pos = index[first][owner] + np.arange(len(kept)) - first[owner]
        key = owner * len(self.terms) + kept
        order = np.argsort(key, kind="stable")  # positions stay in order within a term
        key = key[order]
        starts = np.flatnonzero(np.diff(key, prepend=-1))
        self.tid.frombytes((key[starts] % len(self.terms)).astype(np.uint32).tobytes())
        doc = np.frombuffer(docs, dtype=np.uint32)[key[starts] // len(self.terms)]
        self.doc.frombytes(doc.tobytes())
        self.npos.frombytes(np.diff(starts, append=len(key)).astype(np.uint32).tobytes())
        self.pos.frombytes(pos[order].astype(np.uint32).tobytes())
        self._buffer = (array("i"), array("I"), array("I"))

    def add_document(
        self, docnum: int, poses: dict[str, list[int]], boosts: dict[str, float] | None
    ) -> int:
        """Adds one document's terms with their positions (and summed token boosts when
        not all 1.0); returns the field length (token count)."""
        self.flush()
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


BIG_CODE = postings.BIG_CODE


class PairPostings:
    """A word-pair field's postings worked out from its source field's positions with
    numpy, no Python per word: each document's words laid out in order, each two
    neighbouring common words one pair, and the (pair, document, words' counts) keys
    sorted and counted once. A few thousand documents are laid out at a time, so
    the arrays stay small; only the keys of pairs are kept.

    Pairs are numbered by their words' ranks in byte order, so numeric order is the
    byte order of the joined terms (no token holds the separator or a byte below it).
    """

    __slots__ = ("big", "code", "docs", "names", "word_bits", "words")

    CHUNK_DOCS = 2048
    TF_BITS = 12  # a word's count in a document, in a key; the largest means "look it up"

    def __init__(self, words: list[bytes]) -> None:
        self.words = words  # the common words, in byte order
        self.word_bits = max(len(words) - 1, 1).bit_length()
        empty = np.zeros(0, np.uint32)
        self.names = empty  # per posting: ranks of its two words, packed
        self.docs = empty
        # per posting: (pair count << 16 | first word's count << 8 | second's), or for
        # counts over 254, BIG_CODE + its index in ``big``
        self.code = empty
        self.big: dict[int, tuple[int, int, int]] = {}

    @classmethod
    def of(
        cls, p: Postings, doc_count: int, paired: bytearray, common: frozenset[str]
    ) -> PairPostings:
        """The pairs of ``common`` words in ``p``, in the documents flagged in ``paired``."""
        out = cls(sorted(w.encode("utf-8") for w in common))
        rank_of = {w: i for i, w in enumerate(out.words)}
        crank = np.array([rank_of.get(t.encode("utf-8"), -1) for t in p.terms], np.int64)
        doc_bits = max(doc_count - 1, 1).bit_length()
        tf_bits = cls.TF_BITS
        if 2 * out.word_bits + doc_bits + 2 * tf_bits > 63:
            raise ValueError("too many common words or documents in one segment for word pairs")
        flags = np.zeros(doc_count, bool)
        flags[: len(paired)] = np.frombuffer(paired, dtype=np.uint8).astype(bool)
        docs = np.frombuffer(p.doc, dtype=np.uint32)
        npos = np.frombuffer(p.npos, dtype=np.uint32)
        tids = np.frombuffer(p.tid, dtype=np.uint32)
        pos = np.frombuffer(p.pos, dtype=np.uint32)
        shifts = (out.word_bits + doc_bits + 2 * tf_bits, doc_bits + 2 * tf_bits, 2 * tf_bits)
        # at most one pair per position: the keys go in one array, no list of parts to join
        key = np.empty(max(len(pos) - 1, 0), np.int64)
        filled = at_pos = 0
        for d0 in range(0, doc_count, cls.CHUNK_DOCS):
            d1 = min(d0 + cls.CHUNK_DOCS, doc_count)
            s, e = np.searchsorted(docs, [d0, d1]).tolist()
            if s == e:
                continue
            held = int(npos[s:e].sum())
            found = pair_keys(
                d0,
                d1 - d0,
                docs[s:e],
                npos[s:e],
                crank[tids[s:e]],
                pos[at_pos : at_pos + held],
                flags[d0:d1],
                shifts,
                tf_bits,
            )
            key[filled : filled + len(found)] = found
            filled += len(found)
            at_pos += held
        key = key[:filled]
        if not len(key):
            return out
        key.sort()
        new = np.ones(len(key), bool)
        np.not_equal(key[1:], key[:-1], out=new[1:])
        firsts = np.flatnonzero(new)  # each distinct key's first place: its count follows
        del new
        n = len(firsts)
        out.names, out.docs, out.code = (np.empty(n, np.uint32) for _ in range(3))
        cap, doc_mask, word_mask = (1 << tf_bits) - 1, (1 << doc_bits) - 1, (1 << out.word_bits) - 1
        for s in range(0, n, 1 << 20):  # a slice at a time: int64 temporaries stay small
            at = firsts[s : s + (1 << 20)]
            k = key[at]
            counts = np.diff(at, append=firsts[s + len(at)] if s + len(at) < n else len(key))
            out.names[s : s + len(at)] = k >> shifts[1]
            out.docs[s : s + len(at)] = (k >> shifts[2]) & doc_mask
            first_n, second_n = (k >> tf_bits) & cap, k & cap
            for many, shift in ((first_n, out.word_bits), (second_n, 0)):
                for j in np.flatnonzero(many == cap).tolist():  # a word that many times
                    word = (int(k[j] >> shifts[1]) >> shift) & word_mask
                    doc = int(k[j] >> shifts[2]) & doc_mask
                    lo, hi = np.searchsorted(docs, [doc, doc + 1]).tolist()
                    many[j] = next(int(npos[i]) for i in range(lo, hi) if crank[tids[i]] == word)
            code = (counts << 16) | (first_n << 8) | second_n
            for j in np.flatnonzero((counts > 254) | (first_n > 254) | (second_n > 254)).tolist():
                out.big[s + j] = (int(counts[j]), int(first_n[j]), int(second_n[j]))
                code[j] = BIG_CODE + s + j
            out.code[s : s + len(at)] = code
        del key, firsts
        return out

    def terms(self) -> Iterator[tuple[bytes, int, int]]:
        """Each pair term (joined bytes, in byte order) with its postings' range."""
        names = self.names
        if not len(names):
            return
        firsts = np.flatnonzero(np.diff(names, prepend=names[0] + 1))
        ends = [*firsts[1:].tolist(), len(names)]
        mask = (1 << self.word_bits) - 1
        words, sep = self.words, PAIR_SEPARATOR.encode("utf-8")
        for start, end, name in zip(firsts.tolist(), ends, names[firsts].tolist(), strict=True):
            yield words[name >> self.word_bits] + sep + words[name & mask], start, end


def pair_keys(
    d0: int,
    nd: int,
    docs: np.ndarray,
    npos: np.ndarray,
    ranks: np.ndarray,
    pos: np.ndarray,
    flags: np.ndarray,
    shifts: tuple[int, int, int],
    tf_bits: int,
) -> np.ndarray:
    """The pair keys of documents ``d0`` .. ``d0 + nd - 1``, from their postings (in
    document order): ``ranks`` is each posting's word's common rank (-1: not common)."""
    doc_e = np.repeat(docs.astype(np.int64) - d0, npos)  # per position
    pos_e = pos.astype(np.int64)
    lengths = np.bincount(doc_e, minlength=nd)
    starts = np.zeros(nd + 1, np.int64)
    np.cumsum(lengths, out=starts[1:])
    # a document's positions run on from its first word's (leading stop words skipped)
    group = np.flatnonzero(np.diff(doc_e, prepend=-1))
    first = np.zeros(nd, np.int64)
    first[doc_e[group]] = np.minimum.reduceat(pos_e, group)
    pos_e -= first[doc_e]
    if np.any(pos_e >= lengths[doc_e]):
        raise ValueError("positions with gaps cannot be paired here")
    pos_e += starts[doc_e]
    seq = np.empty(len(pos_e), np.int64)
    seq[pos_e] = np.repeat(ranks, npos)
    tf = np.empty(len(pos_e), np.int64)
    tf[pos_e] = np.repeat(np.minimum(npos, (1 << tf_bits) - 1), npos)
    seq_doc = np.repeat(np.arange(nd), lengths)
    keep = seq_doc[:-1] == seq_doc[1:]
    keep &= seq[:-1] >= 0
    keep &= seq[1:] >= 0
    keep &= flags[seq_doc[:-1]]
    return (  # type: ignore[no-any-return]
        (seq[:-1][keep] << shifts[0])
        | (seq[1:][keep] << shifts[1])
        | ((seq_doc[:-1][keep] + d0) << shifts[2])
        | (tf[:-1][keep] << tf_bits)
        | tf[1:][keep]
    )
