"""Facet counts of a small match set, from its own resources' runs of pairs, are the
counts of the pass over every pair; pairs stay ordered by resource as edits merge in."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.search.facet_counts import _Pairs, count_facet
from desktop_app.core.search.facet_counts import value_counts as _value_counts
from desktop_app.core.search.facets import _by_resource, _merged
from desktop_app.core.search.results import FacetValue, facet_value

PAIRS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 9)), max_size=200)


def pairs_of(rows: list[tuple[int, int]]) -> _Pairs:
    p = _Pairs()
    for v in range(10):
        p.intern(str(v), str(v))
    rids = np.array([r for r, _ in rows], np.int64)
    vals = np.array([v for _, v in rows], np.int32)
    p.rids, p.vals = _by_resource(rids, vals)
    return p


@settings(max_examples=200, deadline=None)
@given(rows=PAIRS, chosen=st.sets(st.integers(0, 60)))
def test_sparse_counts_are_the_full_pass_counts(
    rows: list[tuple[int, int]], chosen: set[int]
) -> None:
    p = pairs_of(rows)
    mask = np.zeros(61, bool)
    mask[list(chosen)] = True
    full = np.bincount(p.vals[mask[p.rids]], minlength=10) if len(p.rids) else np.zeros(10)
    assert _value_counts(p, mask).tolist() == full.tolist()
    expected = np.zeros(10, np.int64)
    for r, v in rows:
        expected[v] += r in chosen
    assert _value_counts(p, mask).tolist() == expected.tolist()


@settings(max_examples=200, deadline=None)
@given(old=PAIRS, new=PAIRS)
def test_merged_pairs_stay_ordered_and_complete(
    old: list[tuple[int, int]], new: list[tuple[int, int]]
) -> None:
    p = pairs_of(old)
    r = np.array([a for a, _ in new], np.int64)
    v = np.array([b for _, b in new], np.int32)
    rids, vals = _merged(p.rids, p.vals, r, v)
    assert bool(np.all(rids[1:] >= rids[:-1]))
    assert sorted(zip(rids.tolist(), vals.tolist(), strict=True)) == sorted(old + new)


def test_a_small_match_set_takes_the_sparse_path() -> None:
    """One resource of many is counted from its run of pairs: a mask too short for
    the pass over every pair (which would index past its end) still counts."""
    p = pairs_of([(r, r % 10) for r in range(1000)])
    mask = np.zeros(8, bool)
    mask[7] = True
    assert _value_counts(p, mask, np.array([7])).tolist() == [0] * 7 + [1] + [0] * 2


def test_runs_follow_the_pairs_when_they_are_replaced() -> None:
    """A facet's runs of pairs are made again when an edit replaces its pairs: counts
    after the edit are the new pairs', not the ones the runs were first made from."""
    p = pairs_of([(r, r % 10) for r in range(1000)])
    mask = np.zeros(1000, bool)
    mask[5] = True
    assert _value_counts(p, mask, np.array([5])).tolist()[5] == 1
    p.rids, p.vals = _merged(p.rids[p.rids != 5], p.vals[p.rids != 5], np.array([5]), np.array([2]))
    assert _value_counts(p, mask, np.array([5])).tolist() == [0, 0, 1] + [0] * 7


def test_fast_facet_values_are_facet_values() -> None:
    made = facet_value("a", "A", 3, True, False, "p")
    assert made == FacetValue("a", "A", 3, True, False, "p")
    assert hash(made) == hash(FacetValue("a", "A", 3, True, False, "p"))
    assert type(made) is FacetValue
    assert pickle.loads(pickle.dumps(made)) == made  # the worker hands results on
    with pytest.raises(FrozenInstanceError):
        made.count = 4  # type: ignore[misc]


def test_values_sort_by_count_then_label_in_the_readers_language() -> None:
    p = _Pairs()
    for name in ("Zona", "Ética", "Educação", "abc"):
        p.intern(name, name)
    p.rids = np.array([1, 1, 1, 1, 2, 2], np.int64)
    p.vals = np.array([0, 1, 2, 3, 0, 3], np.int32)
    mask = np.ones(3, bool)
    facet = count_facet("organisation", p, mask, set(), {"Nowhere"}, 0, {})
    assert [(v.value, v.count) for v in facet.values] == [
        ("abc", 2),
        ("Zona", 2),
        ("Educação", 1),
        ("Ética", 1),
        ("Nowhere", 0),
    ]
    assert facet.values[-1].excluded
