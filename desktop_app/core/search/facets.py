"""Facet counts from per-resource arrays (numpy), not from Whoosh's ``groupedby``.

For each facet, two parallel arrays hold every (resource id, value index) pair.
A match set is a boolean mask over resource ids; counting a facet is one
``bincount`` over the pairs whose resource is in the mask. Selections combine
with OR within a facet and AND across facets; any value may be excluded; a
facet's own selection is left out when counting it, so the alternatives show.

Topics form a hierarchy where the vocabulary gives a topic a parent (broader
term): the topic pairs are the closure of the tagged pairs, each resource paired
with its topics and all their ancestors once, so a parent's count is the resources
with it or any descendant, counted once, and selecting a parent keeps its
children's resources. A year facet value may be a range, ``2015..2020``,
``2015..`` or ``..2020`` (as in the query language): it selects every year in it.
"""

from __future__ import annotations

import itertools
import threading
from array import array
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import aliased

from desktop_app.core.library.collation import sort_key
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import (
    TERM_LINKS,
    TYPE_LABELS,
    Country,
    CountryRegion,
    Region,
    Resource,
    ResourceCountry,
    ResourceType,
    Status,
    Topic,
)
from desktop_app.core.search.facet_counts import _Pairs, count_facet
from desktop_app.core.search.results import FACETS as FACETS
from desktop_app.core.search.results import Facet
from desktop_app.core.search.year_ranges import year_range

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ru": "Russian",
    "th": "Thai",
    "ar": "Arabic",
    "zh": "Chinese",
    "de": "German",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "und": "Unknown",
}
STATUS_CODES = {s.value: i for i, s in enumerate(Status)}
Selection = Mapping[str, Iterable[str]]
MAX_DEPTH = 32  # topic levels followed up; a cycle (a hand-edited file) stops here


class _PairBuffer:
    """(resource id, value index) pairs collected row by row into compact arrays."""

    def __init__(self) -> None:
        self.rids = array("q")
        self.vals = array("i")

    def add(
        self, rid: int, pairs: _Pairs, value: str, label: Callable[[str], str] | None = None
    ) -> None:
        idx = pairs.index.get(value)
        if idx is None:
            idx = pairs.intern(value, label(value) if label else value)
        self.rids.append(rid)
        self.vals.append(idx)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        return np.array(self.rids, np.int64), np.array(self.vals, np.int32)


def _language_label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _type_label(value: str) -> str:
    try:
        return TYPE_LABELS[ResourceType(value)]
    except ValueError:
        return value


class FacetData:
    """Per-resource arrays for facets, visibility and sorting, patched on every change."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.lock = threading.RLock()
        self.size = 1
        self.pairs: dict[str, _Pairs] = {name: _Pairs() for name in FACETS}
        self.status = np.full(1, -1, np.int8)  # -1: no such resource
        self.staff = np.zeros(1, bool)
        self.date_key = np.full(1, -1, np.int64)
        self.titles: dict[int, str] = {}
        self._title_rank: np.ndarray | None = None
        self.country_regions: dict[str, list[str]] = {}
        self.topic_parent: dict[str, str] = {}  # topic -> its broader topic
        self._topic_direct = (np.zeros(0, np.int64), np.zeros(0, np.int32))
        self._mask_cache: dict[tuple[str, frozenset[str]], np.ndarray] = {}
        self.generation = 0
        self.load()

    # -- loading ---------------------------------------------------------------------------
    def load(self, rids: list[int] | None = None) -> None:
        """(Re)load everything, or only the given resources.

        Pairs are read as integer ids in chunks straight into arrays, so loading
        100,000 resources never holds a Python object per pair.
        """
        # Long on purpose: one pass over each narrow table fills every facet array;
        # splitting it would walk the tables again.
        with self.lock, self.library.read() as s:
            top = int(s.scalar(select(func.max(Resource.id))) or 0)
            self._grow(top + 1)

            def where(col: Any) -> ColumnElement[bool]:
                return col.in_(rids) if rids is not None else true()

            fresh: dict[str, tuple[np.ndarray, np.ndarray]] = {
                name: self._vocabulary_pairs(
                    s,
                    name,
                    select(table.resource_id, vid_col).where(where(table.resource_id)),
                    select(vocabulary.id, vocabulary.name),
                )
                for name in ("topic", "organisation", "country")
                for vocabulary, table, vid_col in [TERM_LINKS[name]]
            }
            fresh["region"] = self._vocabulary_pairs(
                s,
                "region",
                select(ResourceCountry.resource_id, CountryRegion.region_id)
                .join(CountryRegion, CountryRegion.country_id == ResourceCountry.country_id)
                .where(where(ResourceCountry.resource_id))
                .distinct(),
                select(Region.id, Region.name),
            )
            scalar_rows = {name: _PairBuffer() for name in ("type", "year", "decade", "language")}
            seen: list[int] = []
            scalars = s.execute(
                select(
                    Resource.id,
                    Resource.type,
                    Resource.year,
                    Resource.language,
                    Resource.status,
                    Resource.audience,
                    Resource.date,
                    Resource.title,
                ).where(where(Resource.id))
            )
            for rid, rtype, year, lang, status, audience, date, title in scalars:
                seen.append(rid)
                scalar_rows["type"].add(rid, self.pairs["type"], rtype, _type_label)
                if year is not None:
                    scalar_rows["year"].add(rid, self.pairs["year"], str(year))
                    scalar_rows["decade"].add(rid, self.pairs["decade"], f"{year // 10 * 10}s")
                lang = lang or "und"
                scalar_rows["language"].add(rid, self.pairs["language"], lang, _language_label)
                self.status[rid] = STATUS_CODES.get(status, -1)
                self.staff[rid] = audience == "staff"
                self.date_key[rid] = _date_key(date)
                self.titles[rid] = title
            for name, buf in scalar_rows.items():
                fresh[name] = buf.arrays()
            if rids is not None:
                gone = set(rids) - set(seen)
                for rid in gone:  # purged
                    self.status[rid] = -1
                    self.titles.pop(rid, None)
            if rids is None or not self.country_regions:
                self.country_regions = {}
                for cname, rname in s.execute(
                    select(Country.name, Region.name)
                    .join(CountryRegion, CountryRegion.country_id == Country.id)
                    .join(Region, Region.id == CountryRegion.region_id)
                ):
                    self.country_regions.setdefault(cname, []).append(rname)
            self.topic_parent = _topic_parents(s)
            touched = np.asarray(rids if rids is not None else [], np.int64)
            for name, (new_r, new_v) in fresh.items():
                p = self.pairs[name]
                old = self._topic_direct if name == "topic" else (p.rids, p.vals)
                if rids is None:
                    merged = new_r, new_v
                else:
                    keep = ~np.isin(old[0], touched) if len(touched) else slice(None)
                    merged = _merged(old[0][keep], old[1][keep], new_r, new_v)
                if name == "topic":
                    self._topic_direct = merged
                    merged = self._with_ancestors(*merged)
                p.rids, p.vals = _by_resource(*merged)
            self._title_rank = None
            self._mask_cache.clear()
            self.generation += 1

    def _vocabulary_pairs(
        self, s: Any, facet: str, pairs: Any, names: Any
    ) -> tuple[np.ndarray, np.ndarray]:
        """(resource id, value index) arrays for a vocabulary facet.

        ``pairs`` selects (resource id, vocabulary id); ``names`` (vocabulary id,
        name). Only names that occur are interned.
        """
        rid_chunks, vid_chunks = [], []
        for part in s.execute(pairs).partitions(50_000):
            flat = np.fromiter(itertools.chain.from_iterable(part), np.int64, 2 * len(part))
            rid_chunks.append(flat[0::2])
            vid_chunks.append(flat[1::2])
        if not rid_chunks:
            return np.zeros(0, np.int64), np.zeros(0, np.int32)
        rids, vids = np.concatenate(rid_chunks), np.concatenate(vid_chunks)
        used = set(np.unique(vids).tolist())
        lut = np.full(int(vids.max()) + 1, -1, np.int32)
        p = self.pairs[facet]
        for vid, name in s.execute(names):
            if vid in used:
                lut[vid] = p.intern(name, name)
        vals = lut[vids]
        known = vals >= 0  # a vocabulary row deleted under us: drop its pairs
        return rids[known], vals[known]

    def _with_ancestors(self, rids: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The topic pairs plus each resource's ancestor topics, every pair once.

        The parents are re-read at every load, so a moved topic reaches every
        resource under it, not only the ones the change touched.
        """
        if not self.topic_parent:
            return rids, vals
        p = self.pairs["topic"]
        up_of: list[int] = []
        i = 0
        while i < len(p.values):  # interning a parent appends it: it gets its own turn
            parent = self.topic_parent.get(p.values[i])
            up_of.append(p.intern(parent, parent) if parent else -1)
            i += 1
        up = np.asarray(up_of, np.int32)
        all_r, all_v = [rids], [vals]
        cur_r, cur_v = rids, vals
        for _ in range(MAX_DEPTH):
            parent_v = up[cur_v]
            has = parent_v >= 0
            if not has.any():
                break
            cur_r, cur_v = cur_r[has], parent_v[has]
            all_r.append(cur_r)
            all_v.append(cur_v)
        if len(all_r) == 1:
            return rids, vals
        width = len(p.values)
        keys = np.unique(np.concatenate(all_r) * width + np.concatenate(all_v))
        return keys // width, (keys % width).astype(np.int32)

    def _grow(self, size: int) -> None:
        if size <= self.size:
            return
        extra = size - self.size
        self.status = np.concatenate([self.status, np.full(extra, -1, np.int8)])
        self.staff = np.concatenate([self.staff, np.zeros(extra, bool)])
        self.date_key = np.concatenate([self.date_key, np.full(extra, -1, np.int64)])
        self.size = size

    # -- masks -------------------------------------------------------------------------------
    def visible(self, *, curator: bool, hide_staff: bool = False) -> np.ndarray:
        """Resources a reader (or a curator) may see; never trashed ones."""
        mask: np.ndarray
        if curator:
            mask = (self.status >= 0) & (self.status != STATUS_CODES[Status.TRASHED.value])
        else:
            mask = self.status == STATUS_CODES[Status.PUBLISHED.value]
            if hide_staff:
                mask &= ~self.staff
        return mask

    def has_any(self, facet: str, values: Iterable[str]) -> np.ndarray:
        """Mask of resources with at least one of ``values`` in ``facet``."""
        key = (facet, frozenset(values))
        cached: np.ndarray | None = self._mask_cache.get(key)
        if cached is not None:
            return cached
        p = self.pairs[facet]
        idx = [p.index[v] for v in key[1] if v in p.index]
        if facet == "year":
            idx += self._years_in_ranges(key[1])
        mask = np.zeros(self.size, bool)
        if idx:
            mask[p.rids[np.isin(p.vals, idx)]] = True
        if len(self._mask_cache) > 256:
            self._mask_cache.clear()
        self._mask_cache[key] = mask
        return mask

    def _years_in_ranges(self, values: Iterable[str]) -> list[int]:
        """Value indexes of the years that the range values among ``values`` hold."""
        ranges = [r for r in map(year_range, values) if r is not None]
        if not ranges:
            return []
        out = []
        for i, year in enumerate(self.pairs["year"].values):
            y = int(year)
            if any((lo is None or y >= lo) and (hi is None or y <= hi) for lo, hi in ranges):
                out.append(i)
        return out

    def selection_mask(
        self, facet: str, include: Iterable[str], exclude: Iterable[str]
    ) -> np.ndarray | None:
        inc, exc = list(include), list(exclude)
        mask: np.ndarray | None = None
        if inc:
            mask = self.has_any(facet, inc).copy()
        if exc:
            not_exc = ~self.has_any(facet, exc)
            mask = not_exc if mask is None else mask & not_exc
        return mask

    # -- counting ------------------------------------------------------------------------------
    def facets(
        self,
        base: np.ndarray,
        include: Selection,
        exclude: Selection,
        *,
        limit: int = 0,
        names: Iterable[str] = FACETS,
    ) -> dict[str, Facet]:
        """Counts per facet for the match set ``base`` with the selections applied.

        A facet's own selection is removed when counting it; the others apply.
        ``limit`` keeps the top N values of each facet (selected ones always kept).
        """
        masks = {f: self.selection_mask(f, include.get(f, ()), exclude.get(f, ())) for f in FACETS}
        active = {f: m for f, m in masks.items() if m is not None}
        out: dict[str, Facet] = {}
        seen: dict[frozenset[str], tuple[np.ndarray, np.ndarray]] = {}
        for name in names:
            applied = frozenset(f for f in active if f != name)
            if applied not in seen:  # the facets that share a mask share its work
                mask = base.copy()
                for other in applied:
                    mask &= active[other]
                seen[applied] = (mask, np.flatnonzero(mask))
            mask, rids = seen[applied]
            out[name] = count_facet(
                name,
                self.pairs[name],
                mask,
                set(include.get(name, ())),
                set(exclude.get(name, ())),
                limit,
                self.topic_parent if name == "topic" else {},
                rids,
            )
        return out

    # -- sorting ---------------------------------------------------------------------------------
    def title_rank(self) -> np.ndarray:
        with self.lock:
            if self._title_rank is None:
                rank = np.zeros(self.size, np.int64)
                ordered = sorted(self.titles.items(), key=lambda kv: (sort_key(kv[1]), kv[0]))
                for pos, (rid, _) in enumerate(ordered):
                    rank[rid] = pos
                self._title_rank = rank
            return self._title_rank

    def order(self, rids: np.ndarray, sort: str) -> np.ndarray:
        """``rids`` sorted by newest, oldest or title (missing dates last)."""
        if sort == "title":
            return rids[np.argsort(self.title_rank()[rids], kind="stable")]
        keys = self.date_key[rids]
        big = np.iinfo(np.int64).max
        primary = np.where(keys < 0, big, -keys if sort == "newest" else keys)
        return rids[np.lexsort((self.title_rank()[rids], primary))]


def _by_resource(rids: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs ordered by resource id (as they are already, mostly)."""
    if len(rids) < 2 or bool(np.all(rids[1:] >= rids[:-1])):
        return rids, vals
    order = np.argsort(rids, kind="stable")
    return rids[order], vals[order]


def _merged(
    old_r: np.ndarray, old_v: np.ndarray, new_r: np.ndarray, new_v: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ordered by resource (``old``) with a few more merged in, still ordered."""
    order = np.argsort(new_r, kind="stable")
    new_r, new_v = new_r[order], new_v[order]
    if len(old_r) > 1 and not bool(np.all(old_r[1:] >= old_r[:-1])):
        return np.concatenate([old_r, new_r]), np.concatenate([old_v, new_v])
    at = np.searchsorted(old_r, new_r, side="right")
    return np.insert(old_r, at, new_r), np.insert(old_v, at, new_v)


def _topic_parents(s: Any) -> dict[str, str]:
    """Each topic's broader topic, by name (topics without one are left out)."""
    parent = aliased(Topic)
    rows = s.execute(select(Topic.name, parent.name).join(parent, Topic.parent_id == parent.id))
    return {child: up for child, up in rows}


def _date_key(date: str | None) -> int:
    if not date:
        return -1
    parts = [int(x) for x in date.split("-")]
    while len(parts) < 3:
        parts.append(0)
    return parts[0] * 10000 + parts[1] * 100 + parts[2]
