"""How a word scores: BM25F as Whoosh has it, with BM25's own idf, each field's
average length over the documents that hold it, and ``body``'s title scored apart
(``title_apart``, ``Weighting``). Why each, with its effect on Cranfield and CACM
against SQLite FTS5 bm25: the docstring of ``ranking.py``, which scores with it.
"""

from __future__ import annotations

import math
import threading
import weakref
from typing import Any

import numpy as np
from whoosh.scoring import BM25F

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.postings import SKIP_RATIO, FieldLengths, read
from desktop_app.core.search.schema import BODY_WEIGHTS

BODY = "body"  # the field plain words are ranked on
TITLE = "title"  # body's part scored apart (``title_apart``)
K1 = 1.6  # term-frequency saturation (see ranking.py's docstring)
B = 0.75  # length normalisation, every field and part alike (see ranking.py's docstring)
EVERY_DOCUMENT = frozenset({"body"})  # fields every resource has words in (its title)


class Weighting(BM25F):  # type: ignore[misc]
    """Whoosh's BM25F with BM25's own idf and each field's average length taken over
    the documents that hold the field (see ranking.py's docstring). Whoosh's collector
    and the numpy scoring (``ranking.py``) read what its scorers hold, so they agree."""

    def __init__(self, B: float = B, K1: float = K1) -> None:
        super().__init__(B=B, K1=K1)
        self._held: dict[tuple[str | None, str], tuple[int, float]] = {}
        self._lock = threading.Lock()
        # idf by (field, term) for each live searcher (dropped with it)
        self._idfs: weakref.WeakKeyDictionary[Any, dict[tuple[str, bytes], float]] = (
            weakref.WeakKeyDictionary()
        )

    def idf(self, searcher: Any, fieldname: str, text: bytes) -> float:
        """Robertson-Sparck Jones idf as BM25 has it, kept positive (Lucene's form):
        log(1 + (N - n + 0.5) / (n + 0.5)) for a term in n of N documents."""
        parent = searcher.get_parent()
        # one search asks for a term's idf once per segment and field (its scorers),
        # each a lookup in every segment: kept per searcher, whose counts never change
        with self._lock:
            known = self._idfs.get(parent)
            if known is None or len(known) > 50_000:
                known = self._idfs[parent] = {}
            idf = known.get((fieldname, text))
        if idf is None:
            n = parent.doc_frequency(fieldname, text)
            total = parent.doc_count_all()
            idf = math.log(1.0 + (total - n + 0.5) / (n + 0.5))
            with self._lock:
                known[(fieldname, text)] = idf
        return idf

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        found = super().scorer(searcher, fieldname, text, qf=qf)
        if wa.is_bm25(found):
            if searcher.weighting is not self:
                # Whoosh's scorer asks the searcher's weighting for the idf: this
                # one's holds even where the searcher's is another
                found.idf = self.idf(searcher, fieldname, text)
            found.avgfl = self.average_length(searcher.get_parent(), fieldname)
            if fieldname == BODY and TITLE in searcher.schema:
                # Whoosh's term matchers score as ``title_apart`` does; a phrase
                # (``phrase.py``) still reads idf, avgfl, B and K1 and scores by repetition
                apart = _TitleApartScorer(found, searcher, text)
                found.score = apart.score
                found.supports_block_quality = _no
        return found

    def average_length(self, searcher: Any, fieldname: str) -> float:
        """The field's mean length over the documents whose field is not empty (1 when
        none is): document text that one resource in ten has is compared with the
        texts of the others, not with a mean that counts nine empty fields. ``body``
        holds every resource's title, so its holders are all documents, uncounted;
        another field's holders are counted once per segment (about 0.4 s a field
        for 100,000 documents, like the engine's own ``FieldLengths``)."""
        if fieldname in EVERY_DOCUMENT:
            return float(searcher.avg_field_length(fieldname) or 1.0)
        holders, total = 0, 0.0
        for leaf, _base in searcher.reader().leaf_readers():
            key = (wa.segment_id(leaf), fieldname)
            with self._lock:
                known = self._held.get(key)
            if known is None or key[0] is None:
                lengths = wa.field_lengths(leaf, fieldname, range(leaf.doc_count_all()))
                known = (int(np.count_nonzero(lengths)), float(leaf.field_length(fieldname)))
                with self._lock:
                    if len(self._held) > 4096:  # segments come and go: forget old ones
                        self._held.clear()
                    self._held[key] = known
            holders += known[0]
            total += known[1]
        return total / holders if holders else 1.0


WEIGHTING = Weighting()
# Similar resources (``similar.py``) score the seed's key terms with Whoosh's BM25F as
# it was (its idf, the title not apart): the key terms' weights (Bo1) already measure
# how rare each term is, and BM25's sharper idf on top counts rarity twice
# (test_similar: 63 of 75 similar resources on the seed's topic with it, 64 without).


class _WhooshBM25F(BM25F):  # type: ignore[misc]
    """Whoosh's BM25F with its own idf whatever the searcher's weighting."""

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        found = super().scorer(searcher, fieldname, text, qf=qf)
        if wa.is_bm25(found):
            found.idf = self.idf(searcher, fieldname, text)
        return found


SIMILAR_WEIGHTING = _WhooshBM25F(B=B, K1=K1)


def title_apart(
    searcher: Any, scorer: Any, word: str, docs: np.ndarray, tf: np.ndarray, lengths: FieldLengths
) -> np.ndarray:
    """BM25F of a ``body`` term at ``docs`` (its counts ``tf`` there) with the title
    apart: body holds the title ``BODY_WEIGHTS["title"]`` times, each part is
    normalised by its own length against its own average (the title by titles, the
    rest by the rest of the records that have one), then the weighted, normalised
    counts are saturated once (Robertson, Zaragoza and Taylor 2004)."""
    parts = title_parts(searcher, word, docs, lengths)
    return title_apart_scores(searcher.get_parent(), scorer, tf, parts, lengths)


def title_parts(
    searcher: Any, word: str, docs: np.ndarray, lengths: FieldLengths
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What ``title_apart`` reads of one segment's ``searcher`` at ``docs``: body
    lengths, title lengths and the word's count in the title, per document (the
    parts of several segments, each concatenated, score as each alone would)."""
    reader = searcher.reader()
    body_len = lengths.of(reader, BODY)[docs]
    title_len = lengths.of(reader, TITLE)[docs]
    in_title = np.zeros(len(docs), np.float64)
    try:
        title_text = searcher.schema[TITLE].to_bytes(word)
    except ValueError:
        title_text = None
    info = wa.term_info(reader, TITLE, title_text) if title_text is not None and len(docs) else None
    if info is not None and title_text is not None:
        # a title's words are in body: read them all, or only at docs when docs are
        # few (a rarer word's matches in an AND), as postings.read skips to them
        held = info.doc_frequency()
        within = docs if len(docs) * SKIP_RATIO < held else None
        found = read(reader, TITLE, title_text, within, info=info)
        at = np.minimum(np.searchsorted(docs, found.ids), len(docs) - 1)
        hit = docs[at] == found.ids
        in_title[at[hit]] = np.asarray(found.weights, np.float64)[hit]
    return body_len, title_len, in_title


def title_apart_scores(
    parent: Any,
    scorer: Any,
    tf: np.ndarray,
    parts: tuple[np.ndarray, np.ndarray, np.ndarray],
    lengths: FieldLengths,
) -> np.ndarray:
    """``title_apart``'s scores from counts ``tf`` and ``title_parts``, in the
    segments of the searcher ``parent``."""
    body_len, title_len, in_title = parts
    weight = float(BODY_WEIGHTS["title"])
    rest_tf = np.maximum(tf - weight * in_title, 0.0)
    rest_len = np.maximum(body_len - weight * title_len, 0.0)
    avg_title, avg_rest = _part_averages(parent, lengths, weight)
    b, k1 = scorer.B, scorer.K1
    norm_title = (1 - b) + b * title_len / avg_title
    norm_rest = (1 - b) + b * rest_len / avg_rest
    counts = weight * in_title / norm_title + rest_tf / norm_rest
    return scorer.idf * (counts * (k1 + 1)) / (counts + k1)  # type: ignore[no-any-return]


_AVERAGES: dict[tuple[Any, ...], tuple[float, float]] = {}
# the same, found without naming each segment: a searcher's segments never change
_SEARCHER_AVERAGES: weakref.WeakKeyDictionary[Any, tuple[float, tuple[float, float]]] = (
    weakref.WeakKeyDictionary()
)


def _part_averages(parent: Any, lengths: FieldLengths, weight: float) -> tuple[float, float]:
    """The average title length and the average length of the rest of ``body`` over
    the records that have a rest (a summary, authors, ...), in ``parent``'s segments."""
    mine = _SEARCHER_AVERAGES.get(parent)
    if mine is not None and mine[0] == weight:
        return mine[1]
    leaves = [leaf for leaf, _base in parent.reader().leaf_readers()]
    key = (weight, *(wa.segment_id(leaf) for leaf in leaves))
    known = _AVERAGES.get(key) if None not in key else None
    if known is not None:
        _SEARCHER_AVERAGES[parent] = (weight, known)
        return known
    titles = rests = 0.0
    holders = rest_holders = 0
    for leaf in leaves:
        title_len = lengths.of(leaf, TITLE)
        rest_len = np.maximum(lengths.of(leaf, BODY) - weight * title_len, 0.0)
        titles += float(title_len.sum())
        rests += float(rest_len.sum())
        holders += int(np.count_nonzero(title_len))
        rest_holders += int(np.count_nonzero(rest_len))
    known = (titles / holders if holders else 1.0, rests / rest_holders if rest_holders else 1.0)
    if len(_AVERAGES) > 64:  # segments come and go: forget old ones
        _AVERAGES.clear()
    _AVERAGES[key] = known
    if None not in key:
        _SEARCHER_AVERAGES[parent] = (weight, known)
    return known


def _no() -> bool:
    return False


class _TitleApartScorer:
    """``title_apart`` one posting at a time, for Whoosh's term matchers on ``body``
    (the same arithmetic in the same order: the same score to the last bit). Its
    reads wait for the first score: a phrase's word scorers never ask."""

    def __init__(self, scorer: Any, searcher: Any, text: bytes) -> None:
        self.scorer = scorer
        self.searcher = searcher
        self.text = text
        self.title_tf: dict[int, float] | None = None
        self.averages: tuple[float, float] = (1.0, 1.0)

    def score(self, matcher: Any) -> float:
        reader = self.searcher.reader()
        weight = float(BODY_WEIGHTS["title"])
        if self.title_tf is None:
            found = read(reader, TITLE, self.text) if (TITLE, self.text) in reader else None
            self.title_tf = (
                {} if found is None else dict(zip(found.ids.tolist(), found.weights, strict=True))
            )
            parent = self.searcher.get_parent()
            self.averages = _part_averages(parent, _OWN_LENGTHS, weight)
            kept = {wa.segment_id(r) for r, _ in parent.reader().leaf_readers()}
            _OWN_LENGTHS.keep_only({k for k in kept if k is not None})
        doc = matcher.id()
        tf = float(matcher.weight())
        in_title = float(self.title_tf.get(doc, 0.0))
        body_len = float(reader.doc_field_length(doc, BODY, 1) or 0)
        title_len = float(reader.doc_field_length(doc, TITLE, 1) or 0)
        avg_title, avg_rest = self.averages
        rest_tf = max(tf - weight * in_title, 0.0)
        rest_len = max(body_len - weight * title_len, 0.0)
        s = self.scorer
        b, k1 = s.B, s.K1
        norm_title = (1 - b) + b * title_len / avg_title
        norm_rest = (1 - b) + b * rest_len / avg_rest
        counts = weight * in_title / norm_title + rest_tf / norm_rest
        return float(s.idf * (counts * (k1 + 1)) / (counts + k1))


_OWN_LENGTHS = FieldLengths()  # for ``_TitleApartScorer``, which has no engine's
