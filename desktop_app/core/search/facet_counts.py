"""Counting one facet's values for a match set, and ordering them for the sidebar.

A facet's pairs (resource id, value index) are kept ordered by resource
(``facets._by_resource``). A match set much smaller than the pairs is counted from
its own resources' runs of pairs, found in ``_Pairs.starts`` (where each resource's
run begins, as in a compressed sparse row matrix, made on first use after a change);
a larger one by one pass over every pair. Values are ordered by count, then by label
in the reader's language: each facet keeps its labels' order (``_Pairs.ranks``) so
that ordering is one ``numpy.lexsort``, not a sort key made per value per search.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.library.collation import current_language, sort_key
from desktop_app.core.search.results import FACETS, Facet, FacetValue, facet_value
from desktop_app.core.search.year_ranges import year_range

# A match set this many times smaller than a facet's pairs is counted from its own
# resources' runs of pairs, not by a pass over all the pairs.
SPARSE_RATIO = 16
DESCENDING_BY_VALUE = ("year", "decade")  # newest first, whatever the counts


@dataclass(slots=True)
class _Pairs:
    """One facet's (resource id, value index) pairs and its values' names and labels."""

    rids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    vals: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    index: dict[str, int] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    _starts: np.ndarray | None = None
    _starts_of: np.ndarray | None = None  # the ``rids`` array ``_starts`` was made from
    _ranks: np.ndarray | None = None
    _ranks_key: tuple[str, int] = ("", -1)

    def intern(self, value: str, label: str) -> int:
        idx = self.index.get(value)
        if idx is None:
            idx = len(self.values)
            self.index[value] = idx
            self.values.append(value)
            self.labels.append(label)
        return idx

    def starts(self) -> np.ndarray:
        """Where each resource's run of pairs begins (one past the last resource id:
        the end), made again whenever the pairs were replaced."""
        if self._starts is None or self._starts_of is not self.rids:
            top = int(self.rids[-1]) if len(self.rids) else -1
            runs = np.bincount(self.rids, minlength=top + 2) if len(self.rids) else np.zeros(1)
            starts = np.zeros(top + 3, np.int64)
            np.cumsum(runs, out=starts[1 : top + 3])
            self._starts, self._starts_of = starts, self.rids
        return self._starts

    def ranks(self) -> np.ndarray:
        """Each value's place when the labels are sorted for the reader's language."""
        key = (current_language(), len(self.values))
        if self._ranks is None or self._ranks_key != key:
            order = sorted(range(len(self.labels)), key=lambda i: sort_key(self.labels[i]))
            ranks = np.empty(len(order), np.int64)
            ranks[order] = np.arange(len(order))
            self._ranks, self._ranks_key = ranks, key
        return self._ranks


def value_counts(p: _Pairs, mask: np.ndarray, rids: np.ndarray | None = None) -> np.ndarray:
    """How many resources of ``mask`` (whose ids are ``rids``, if known) have each of
    the facet's values."""
    if not len(p.rids):
        return np.zeros(len(p.values), np.int64)
    if rids is None:
        rids = np.flatnonzero(mask)
    if len(rids) * SPARSE_RATIO < len(p.rids):
        starts = p.starts()
        at_most = len(starts) - 2  # past the last resource with pairs: an empty run
        r = np.minimum(rids, at_most) if len(rids) and rids[-1] > at_most else rids
        lo = starts[r]
        n = starts[r + 1] - lo
        at = np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(int(n.sum()), dtype=np.int64)
        return np.bincount(p.vals[at], minlength=len(p.values))
    return np.bincount(p.vals[mask[p.rids]], minlength=len(p.values))


def count_facet(
    name: str,
    p: _Pairs,
    mask: np.ndarray,
    inc: set[str],
    exc: set[str],
    limit: int,
    parents: dict[str, str],
    rids: np.ndarray | None = None,
) -> Facet:
    """Facet ``name``'s values with their counts in ``mask``: most found first, then
    by label (years and decades newest first); selected and excluded values always
    listed; ``limit`` keeps the first N (0: all)."""
    counts = value_counts(p, mask, rids)
    marked = [p.index[v] for v in inc | exc if v in p.index]
    chosen = np.flatnonzero(counts)
    if marked:
        chosen = np.union1d(chosen, np.asarray(marked, np.int64))
    if name in DESCENDING_BY_VALUE:
        order = sorted(chosen.tolist(), key=p.values.__getitem__, reverse=True)
    else:
        order = chosen[np.lexsort((p.ranks()[chosen], -counts[chosen]))].tolist()
    values, labels, n = p.values, p.labels, counts.tolist()
    if not (inc or exc or parents):
        out = [facet_value(values[i], labels[i], n[i], False, False, "") for i in order]
    else:
        out = [
            facet_value(
                values[i],
                labels[i],
                n[i],
                values[i] in inc,
                values[i] in exc,
                parents.get(values[i], ""),
            )
            for i in order
        ]
    unknown = []  # selected values no resource has (yet): listed with a count of 0
    for v in sorted(v for v in inc | exc if v not in p.index):
        if name == "year" and year_range(v) is not None:
            continue  # a range is no year of its own; its years are counted
        unknown.append(FacetValue(v, v, 0, v in inc, v in exc, parents.get(v, "")))
    if unknown:
        out = _merge_unknown(name, out, unknown)
    total = len(out)
    truncated = bool(limit) and total > limit
    if truncated:
        out = out[:limit] + [fv for fv in out[limit:] if fv.selected or fv.excluded]
    return Facet(name, FACETS[name], tuple(out), truncated, total)


def _merge_unknown(name: str, out: list[FacetValue], unknown: list[FacetValue]) -> list[FacetValue]:
    """``out`` with the values of count 0 put where the sidebar's order puts them."""
    merged = out + unknown
    if name in DESCENDING_BY_VALUE:
        merged.sort(key=lambda fv: fv.value, reverse=True)
    else:
        merged.sort(key=lambda fv: (-fv.count, sort_key(fv.label)))
    return merged
