"""A term's postings as arrays, scored with BM25 as Whoosh's ``BM25FScorer`` scores them.

Shared by the numpy ranking (``ranking.py``) and the phrase query (``phrase.py``):
read a term's postings once through Whoosh's matcher, look field lengths up in a
per-segment array, and evaluate ``whoosh.scoring.bm25`` over whole arrays in the
same operation order, so each score is Whoosh's to the last bit.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop_app.core.search.matching import SKIP_RATIO, positioned


class FieldLengths:
    """Each segment's per-document field lengths as arrays, kept while the segment
    lives (a segment's lengths never change; deletions only hide documents)."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[str, str], np.ndarray] = {}

    def of(self, reader: Any, fieldname: str) -> np.ndarray:
        key = (reader.segment().segment_id(), fieldname)
        found = self._arrays.get(key)
        if found is None:
            found = lengths_of(reader, fieldname, range(reader.doc_count_all()))
            self._arrays[key] = found
        return found

    def keep_only(self, segment_ids: set[str]) -> None:
        for key in [k for k in self._arrays if k[0] not in segment_ids]:
            del self._arrays[key]


def lengths_of(reader: Any, fieldname: str, docs: Any) -> np.ndarray:
    """The field lengths of ``docs`` as the BM25F scorer reads them."""
    length = reader.doc_field_length
    return np.fromiter((length(d, fieldname, 1) or 0 for d in docs), np.float64)


def read_weights(
    reader: Any, fieldname: str, text: bytes, within: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(documents ascending, weights) of one term in one segment ``reader``: all of
    them, or at least those of ``within`` (ascending), skipping between them when
    they are few next to the term's documents."""
    if (fieldname, text) not in reader:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    m = reader.postings(fieldname, text)
    ids: list[int] = []
    weights: list[float] = []
    if within is not None and len(within) * SKIP_RATIO < reader.doc_frequency(fieldname, text):
        for doc in positioned(m, within.tolist()):
            ids.append(doc)
            weights.append(m.weight())
        return np.array(ids, np.int64), np.array(weights, np.float64)
    is_active, id_, weight, step = m.is_active, m.id, m.weight, m.next
    while is_active():
        ids.append(id_())
        weights.append(weight())
        step()
    return np.array(ids, np.int64), np.array(weights, np.float64)


def bm25(scorer: Any, tf: np.ndarray, fl: np.ndarray) -> np.ndarray:
    """``whoosh.scoring.bm25`` with ``scorer``'s idf, average length, B and K1, term
    for term, over arrays of term frequencies and field lengths."""
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))  # type: ignore[no-any-return]
