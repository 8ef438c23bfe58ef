"""A term's postings as arrays, and each segment's field lengths kept as arrays.

Shared by the numpy ranking (``ranking.py``) and the phrase query (``phrase.py``):
read a term's postings once through Whoosh's matcher and look field lengths up in a
per-segment array, for ``whoosh_adapter.bm25_scores`` to score them all at once.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.matching import SKIP_RATIO, positioned


class FieldLengths:
    """Each segment's per-document field lengths as arrays, kept while the segment
    lives (a segment's lengths never change; deletions only hide documents)."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[str | None, str], np.ndarray] = {}

    def of(self, reader: Any, fieldname: str) -> np.ndarray:
        key = (wa.segment_id(reader), fieldname)
        found = self._arrays.get(key)
        if found is None:
            found = wa.field_lengths(reader, fieldname, range(reader.doc_count_all()))
            self._arrays[key] = found
        return found

    def keep_only(self, segment_ids: set[str]) -> None:
        for key in [k for k in self._arrays if k[0] not in segment_ids]:
            del self._arrays[key]


class Postings:
    """One term's postings in a segment: documents (ascending), weights and, when
    asked for, encoded values, side by side."""

    __slots__ = ("ids", "values", "weights")

    def __init__(
        self, ids: list[int] | np.ndarray, weights: list[float] | np.ndarray, values: list[bytes]
    ) -> None:
        self.ids = np.asarray(ids, np.int64)
        self.weights = np.asarray(weights, np.float64)
        self.values = values


def read(
    reader: Any,
    fieldname: str,
    text: bytes,
    within: np.ndarray | None = None,
    *,
    values: bool = False,
) -> Postings:
    """One term's postings in one segment ``reader``: all of them, or those of
    ``within`` (ascending), skipping the blocks of postings that hold none of them;
    with their encoded ``values`` if asked."""
    ids: list[int] = []
    weights: list[float] = []
    found: list[bytes] = []
    if (fieldname, text) not in reader:
        return Postings(ids, weights, found)
    block = wa.block_postings(reader, fieldname, text, values, within)
    if block is not None:  # the usual case: a block of postings at a time
        return Postings(block[0], block[1], block[2] if block[2] is not None else [])
    m = reader.postings(fieldname, text)
    if within is not None and len(within) * SKIP_RATIO < reader.doc_frequency(fieldname, text):
        for doc in positioned(m, within.tolist()):
            ids.append(doc)
            weights.append(m.weight())
            if values:
                found.append(m.value())
        return Postings(ids, weights, found)
    is_active, id_, weight, step = m.is_active, m.id, m.weight, m.next
    if values:
        value = m.value
        while is_active():
            ids.append(id_())
            weights.append(weight())
            found.append(value())
            step()
    else:  # the common case (a plain term), kept free of the test per posting
        while is_active():
            ids.append(id_())
            weights.append(weight())
            step()
    return Postings(ids, weights, found)
