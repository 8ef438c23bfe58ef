"""Scoring as Whoosh scores, and matchers of our own (10-13, 20).

Part of the Whoosh adapter: see the package's docstring (``__init__``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from whoosh.matching import ListMatcher, NullMatcher, WrappingMatcher
from whoosh.scoring import BM25FScorer

# 12. What an AND's NOT adds to each score (Whoosh intersects an inverse matcher).
AND_NOT_SCORE = 1.0


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
