"""Exact phrases found from a word-pair field, or from each word's postings read once.

Whoosh checks a phrase by stepping an intersection of its words' matchers and, for
every document holding all of them, building a ``Span`` object per position and
joining spans: "social worker" at 100,000 resources walks 29,000 such documents to
find 640. ``Phrase`` here finds the same documents, with the same scores (the sum
over the intersection of the words' term matchers), two ways:

- When the phrase's field has a word-pair field beside it (``schema.PairAnalyzer``)
  and the phrase holds two neighbouring common words: from the pair terms' postings,
  which also carry each word's count, so "social worker" is one list of 640 postings;
  a longer phrase has its positions checked in the few documents holding its pairs.
- Otherwise (a rarer word: short postings) from the words' postings directly: the
  rarest word's documents first, the others' positions fetched only for those
  (skipping when a word is much more common), positions decoded once per distinct
  encoded value.

- From arrays a rebuild saves beside each segment (``postings.WordPositions``, the
  frequent words' documents and positions; ``postings.PairArrays``, the pairs'
  postings): a phrase of three or more common words, or a very common pair, is
  found with numpy set operations on them, its candidates from its rarest pair.
  Segments written by Whoosh's writer (edits) have none and use the ways above.

Either way a phrase is scored as it is found, so ranking it reads nothing again.
Phrases with a slop other than 1 are left to Whoosh.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from whoosh import query as wq

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.postings import (
    FieldLengths,
    Postings,
    WordPositions,
    pair_arrays,
    word_positions,
)
from desktop_app.core.search.postings import read as read_postings
from desktop_app.core.search.schema import PAIR_SEPARATOR, decode_pair, pairs_field


class Phrase(wq.Phrase):  # type: ignore[misc]
    """``whoosh.query.Phrase`` with the same matches and scores, found faster.

    A query object remembers its documents per segment reader, so matching and then
    ranking within one search read the postings once; a new search compiles a new
    query and reads them again.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._found: dict[int, tuple[Any, _Found]] = {}

    def __deepcopy__(self, memo: dict[int, Any]) -> Phrase:
        return Phrase(self.fieldname, list(self.words), self.slop, self.boost, self.char_ranges)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_found"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._found = {}

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        found = self._find(searcher, context)
        if found is None:
            return super().matcher(searcher, context)
        return wa.hits_matcher(found.ids, found.scores, found.weights, self.boost)

    def scored_in(
        self, searcher: Any, lengths: FieldLengths | None = None
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """(documents, scores) of one segment's ``searcher``, boost applied; None for
        a phrase this class leaves to Whoosh. ``lengths`` keeps field lengths between
        searches."""
        found = self._find(searcher, None, lengths)
        if found is None:
            return None
        docs = np.array(found.ids, np.int64)
        scores = np.array(found.scores, np.float64)
        return docs, scores * self.boost if self.boost != 1.0 else scores

    def _find(
        self, searcher: Any, context: Any, lengths: FieldLengths | None = None
    ) -> _Found | None:
        """This phrase's matches in ``searcher``'s segment (remembered per reader), or
        None when Whoosh's own matcher must answer (another slop, no positions)."""
        fieldname = self.fieldname
        schema = searcher.schema
        if self.slop != 1 or fieldname not in schema:
            return None
        field = schema[fieldname]
        if not wa.has_positions(field):
            return None  # Whoosh's matcher raises its QueryError
        reader = searcher.reader()
        words: list[bytes] = []
        for word in self.words:
            try:
                btext = field.to_bytes(word)
            except ValueError:
                return _Found()
            if (fieldname, btext) not in reader:
                return _Found()
            words.append(btext)
        weighting = wa.weighting_for(searcher, context)
        key = id(reader)
        cached = self._found.get(key)
        if cached is not None and cached[0] is reader and cached[1].weighting is weighting:
            found = cached[1]
        else:
            decode = wa.position_decoder(field)
            # the scorers Whoosh's Term queries would use in this searcher
            scorers = [weighting.scorer(searcher, fieldname, w) for w in words]
            pairs = pairs_field(schema, fieldname)
            found = None
            side = word_positions(reader, fieldname)
            if side is not None and not all(w in side.terms for w in words):
                side = None
            if side is not None and (
                len(words) > 2 or pairs is None or _common_pair(searcher, pairs, words)
            ):
                # common words only: their positions were saved as arrays at build;
                # the rarest of the phrase's word pairs, if indexed, gives the candidates
                within = rarest_pair_docs(searcher, pairs, words) if pairs else None
                found = find_in_arrays(reader, side, fieldname, words, scorers, lengths, within)
            elif pairs is not None:
                found = find_by_pairs(searcher, fieldname, pairs, words, decode, scorers, lengths)
            if found is None:
                found = find_phrase(reader, fieldname, words, decode, scorers, None, lengths)
            found.weighting = weighting
            self._found[key] = (reader, found)  # the reader is held so its id stays its own
        return found


class _Found:
    """A phrase's documents in one segment, with their scores and weights."""

    __slots__ = ("ids", "scores", "weighting", "weights")

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.scores: list[float] = []
        self.weights: list[float] = []
        self.weighting: Any = None


def find_by_pairs(
    searcher: Any,
    fieldname: str,
    pairs: str,
    words: Sequence[bytes],
    decode: Callable[[bytes], list[int]],
    scorers: Sequence[Any],
    lengths: FieldLengths | None,
) -> _Found | None:
    """The documents of one segment's ``searcher`` holding ``words`` at consecutive
    positions in ``fieldname``, found through the pair terms in field ``pairs``, each
    scored as Whoosh scores the intersection of the words' term matchers; None when
    none of the phrase's pairs is indexed (no two neighbouring common words)."""
    reader = searcher.reader()
    common = searcher.schema[pairs].analyzer.common
    texts = [w.decode("utf-8") for w in words]
    covered = [k for k in range(len(words) - 1) if texts[k] in common and texts[k + 1] in common]
    if not covered:
        return None
    field = searcher.schema[pairs]
    # where each word's count comes from: a pair holding it, or its own postings
    counted: dict[int, tuple[bytes, int]] = {}
    source: dict[bytes, str] = {}  # each term read, and its field
    for k in covered:
        term = field.to_bytes(PAIR_SEPARATOR.join(texts[k : k + 2]))
        counted.setdefault(k, (term, 1))
        counted.setdefault(k + 1, (term, 2))
        source[term] = pairs
    for k in range(len(words)):
        if k not in counted:  # a rarer word: its postings are short
            counted[k] = (words[k], 0)
            source[words[k]] = fieldname
    if any((f, term) not in reader for term, f in source.items()):
        return _Found()
    # the rarest first; the others only where it is, when that skips much
    read: dict[bytes, Postings] = {}
    saved: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}  # a pair's (docs, counts)
    arrays = pair_arrays(reader, pairs)
    deleted = wa.deleted_docs(reader) if arrays is not None else None
    docs: np.ndarray | None = None
    for term in sorted(source, key=lambda t: reader.doc_frequency(source[t], t)):
        if arrays is not None and deleted is not None and term in arrays.terms:
            saved[term] = arrays.run(term, deleted, docs)  # saved at build: no blocks
            ids = saved[term][0]
        else:
            read[term] = run = read_postings(reader, source[term], term, docs, values=True)
            ids = run.ids
        docs = ids if docs is None else sorted_intersection(docs, ids)
        if not len(docs):
            return _Found()
    assert docs is not None
    # each pair's (count, first word's count, second's) in each of docs, decoded once
    stats = {
        term: (
            saved[term][1][np.searchsorted(saved[term][0], docs)]
            if term in saved
            else _pair_stats(
                [read[term].values[i] for i in np.searchsorted(read[term].ids, docs).tolist()]
            )
        )
        for term, f in source.items()
        if f == pairs
    }
    tfs: list[np.ndarray] = []
    for key, which in (counted[k] for k in range(len(words))):
        if which:
            tfs.append(stats[key][:, which])
        else:
            at = np.searchsorted(read[key].ids, docs)
            tfs.append(read[key].weights[at])
    if len(words) > 2:
        # Its pairs are each somewhere; where they are sure to line up the phrase is
        # there, elsewhere its positions are checked.
        sure = np.zeros(len(docs), bool)
        if len(covered) == len(words) - 1:
            # each inner word once: the pairs share it
            sure = np.logical_and.reduce([tf == 1 for tf in tfs[1:-1]])
            if len(words) == 3:
                # more (a b) and (b c) pairs than b's: some b has both, "a b c"
                first, second = stats[counted[0][0]], stats[counted[2][0]]
                sure |= first[:, 0] + second[:, 0] > tfs[1]
        unsure = docs[~sure]
        checked = (
            find_phrase(reader, fieldname, words, decode, None, unsure).ids if len(unsure) else []
        )
        keep = sure | np.isin(docs, checked)
        if not keep.any():
            return _Found()
        docs, tfs = docs[keep], [tf[keep] for tf in tfs]
    return _scored(reader, fieldname, docs, tfs, scorers, lengths)


def find_in_arrays(
    reader: Any,
    side: WordPositions,
    fieldname: str,
    words: Sequence[bytes],
    scorers: Sequence[Any] | None,
    lengths: FieldLengths | None = None,
    within: np.ndarray | None = None,
) -> _Found:
    """``find_phrase`` for words whose postings and positions were saved as arrays
    (``postings.WordPositions``): documents holding all the words (of ``within``
    only, if given), then their positions checked at once; nothing read from
    Whoosh's postings."""
    saved = {w: side.term(w) for w in set(words)}
    order = sorted(range(len(words)), key=lambda k: len(saved[words[k]].docs))
    candidates = within
    for k in order:
        docs = saved[words[k]].docs
        candidates = docs if candidates is None else sorted_intersection(candidates, docs)
        if not len(candidates):
            return _Found()
    assert candidates is not None
    deleted = wa.deleted_docs(reader)
    if len(deleted):
        candidates = candidates[~np.isin(candidates, deleted, assume_unique=True)]
    ats = []
    keys: np.ndarray | None = None
    shift = len(words)
    for k, word in enumerate(words):
        at = np.searchsorted(saved[word].docs, candidates)
        ats.append(at)
        if keys is not None and not len(keys):
            continue
        owner, flat = saved[word].owned_positions(at)
        key = (owner << 32) | (flat + (shift - k))  # ascending: by owner, then position
        keys = key if keys is None else sorted_intersection(keys, key)
    hit = np.zeros(len(candidates), bool)
    if keys is not None and len(keys):
        hit[keys >> 32] = True
    docs = candidates[hit]
    if scorers is None:
        out = _Found()
        out.ids = docs.tolist()
        return out
    tfs = [saved[word].counts(at[hit]) for word, at in zip(words, ats, strict=True)]
    return _scored(reader, fieldname, docs, tfs, scorers, lengths)


# A pair in more documents than this (a few dozen blocks of postings) is found faster
# from its words' saved positions than from its own postings.
PAIR_POSTINGS_LIMIT = 4096


def _common_pair(searcher: Any, pairs: str, words: Sequence[bytes]) -> bool:
    """Whether the two ``words`` are a pair the field ``pairs`` holds in many documents."""
    field = searcher.schema[pairs]
    texts = [w.decode("utf-8") for w in words]
    if not all(t in field.analyzer.common for t in texts):
        return False
    term = field.to_bytes(PAIR_SEPARATOR.join(texts))
    reader = searcher.reader()
    arrays = pair_arrays(reader, pairs)
    if arrays is not None and term in arrays.terms:
        return False  # its postings were saved as arrays: cheap to read
    return bool(reader.doc_frequency(pairs, term) > PAIR_POSTINGS_LIMIT)


def rarest_pair_docs(searcher: Any, pairs: str, words: Sequence[bytes]) -> np.ndarray | None:
    """The documents of the rarest pair of neighbouring words of the phrase that the
    pair field ``pairs`` indexes (every document holding the phrase holds it); None
    when it indexes none of them, or even the rarest is in many documents."""
    reader = searcher.reader()
    field = searcher.schema[pairs]
    common = field.analyzer.common
    texts = [w.decode("utf-8") for w in words]
    terms = [
        field.to_bytes(PAIR_SEPARATOR.join(texts[k : k + 2]))
        for k in range(len(texts) - 1)
        if texts[k] in common and texts[k + 1] in common
    ]
    if not terms:
        return None
    if any((pairs, t) not in reader for t in terms):
        return np.zeros(0, np.int64)
    rarest = min(terms, key=lambda t: reader.doc_frequency(pairs, t))
    arrays = pair_arrays(reader, pairs)
    if arrays is not None and rarest in arrays.terms:
        return arrays.run(rarest, wa.deleted_docs(reader))[0]
    if reader.doc_frequency(pairs, rarest) > PAIR_POSTINGS_LIMIT:
        return None  # reading it would cost more than it saves
    docs: np.ndarray = read_postings(reader, pairs, rarest).ids
    return docs


def sorted_intersection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values in both ``a`` and ``b`` (each ascending, no repeats): the smaller
    one's values looked up in the larger by binary search, no sort."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return a
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    both: np.ndarray = a[b[at] == a]
    return both


def _pair_stats(values: list[bytes]) -> np.ndarray:
    """Each pair posting's (count, first word's count, second's), as floats."""
    if all(len(v) == 3 for v in values):  # every count under 255: one byte each
        return np.frombuffer(b"".join(values), np.uint8).reshape(-1, 3).astype(np.float64)
    return np.array([decode_pair(v) for v in values], np.float64).reshape(-1, 3)


def find_phrase(
    reader: Any,
    fieldname: str,
    words: Sequence[bytes],
    decode: Callable[[bytes], list[int]],
    scorers: Sequence[Any] | None,
    within: np.ndarray | None = None,
    lengths: FieldLengths | None = None,
) -> _Found:
    """The documents (of ``reader``; of ``within`` only, if given) holding ``words``
    at consecutive positions, each scored as Whoosh scores the intersection of the
    words' term matchers (when given their ``scorers``).

    The rarest word's documents are read first and the others' postings only in
    the blocks holding those; positions are then checked for all candidates at
    once (``phrase_hits``)."""
    order = sorted(range(len(words)), key=lambda k: reader.doc_frequency(fieldname, words[k]))
    runs: dict[int, Postings] = {}
    candidates = within
    for k in order:
        runs[k] = run = read_postings(reader, fieldname, words[k], candidates, values=True)
        if candidates is None:
            candidates = run.ids
        else:
            candidates = np.intersect1d(candidates, run.ids, assume_unique=True)
        if not len(candidates):
            return _Found()
    assert candidates is not None
    ordered = [runs[k] for k in range(len(words))]
    docs = candidates[phrase_hits(candidates, ordered, decode)]
    if scorers is None:
        out = _Found()
        out.ids = docs.tolist()
        return out
    tfs = [run.weights[np.searchsorted(run.ids, docs)] for run in ordered]
    return _scored(reader, fieldname, docs, tfs, scorers, lengths)


def phrase_hits(
    candidates: np.ndarray, runs: Sequence[Postings], decode: Callable[[bytes], list[int]]
) -> np.ndarray:
    """Per candidate document (ascending; each in every run): do the runs' words
    (in phrase order) stand at consecutive positions in it. Every position of the
    k-th word becomes the key (candidate, position - k); the phrase is where a key
    is in all words' keys: numpy set intersections, no loop per document."""
    decoded: dict[bytes, tuple[int, ...]] = {}  # most values recur: one position, same place
    keys: np.ndarray | None = None
    shift = len(runs)  # keeps position - k at 0 or more
    for k, run in enumerate(runs):
        at = np.searchsorted(run.ids, candidates).tolist()
        values = run.values
        owner, flat = _positions([values[i] for i in at], decode, decoded)
        key = (owner << 32) | (flat + (shift - k))  # ascending: by owner, then position
        keys = key if keys is None else sorted_intersection(keys, key)
        if not len(keys):
            break
    hit = np.zeros(len(candidates), bool)
    if keys is not None and len(keys):
        hit[keys >> 32] = True
    return hit


def _positions(
    values: list[bytes],
    decode: Callable[[bytes], list[int]],
    cache: dict[bytes, tuple[int, ...]],
) -> tuple[np.ndarray, np.ndarray]:
    """(owner, position) of every position in ``values`` (one encoded value per
    posting; owner is the posting's index), each distinct value decoded once."""
    n = len(values)
    index: dict[bytes, int] = {}
    which = np.fromiter((index.setdefault(v, len(index)) for v in values), np.int64, n)
    distinct = [cache.get(v) or _decode(v, decode, cache) for v in index]
    sizes = np.fromiter(map(len, distinct), np.int64, len(distinct))
    flat = np.fromiter(itertools.chain.from_iterable(distinct), np.int64, int(sizes.sum()))
    starts = np.zeros(len(distinct) + 1, np.int64)
    np.cumsum(sizes, out=starts[1:])
    counts = sizes[which]
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    # each output position: its value's start plus its place among its posting's
    firsts = np.zeros(n + 1, np.int64)
    np.cumsum(counts, out=firsts[1:])
    src = starts[which][owner] + (np.arange(len(owner), dtype=np.int64) - firsts[owner])
    return owner, flat[src]


def _scored(
    reader: Any,
    fieldname: str,
    docs: np.ndarray,
    tfs: Sequence[np.ndarray],
    scorers: Sequence[Any],
    lengths: FieldLengths | None,
) -> _Found:
    """``docs`` with each word's count ``tfs``, scored as Whoosh scores the
    intersection of the words' term matchers (``scorers``)."""
    if lengths is not None:
        fl = lengths.of(reader, fieldname)[docs]
    else:
        fl = wa.field_lengths(reader, fieldname, docs.tolist())
    scores: list[np.ndarray] = []
    for scorer, tf in zip(scorers, tfs, strict=True):
        scored = wa.bm25_scores(scorer, tf, fl)
        if scored is None:
            scored = np.array(
                [
                    wa.score_one(scorer, d, w)
                    for d, w in zip(docs.tolist(), tf.tolist(), strict=True)
                ],
                np.float64,
            )
        scores.append(scored)
    out = _Found()
    out.ids = docs.tolist()
    out.scores = wa.intersection_sum(scores).tolist()
    out.weights = wa.intersection_sum(list(tfs)).tolist()
    return out


def _decode(
    value: bytes, decode: Callable[[bytes], list[int]], cache: dict[bytes, tuple[int, ...]]
) -> tuple[int, ...]:
    found = cache[value] = tuple(decode(value))
    return found
