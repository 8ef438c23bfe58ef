"""Similar resources: the few closest to one resource, by what they share.

Two measures, each between 0 and 1, averaged:

- **Shared links**: topics, organisations and countries. Per facet, the cosine of
  the two resources' values, each weighted by its rarity (``log(1 + N / holders)``,
  N the resources with any value in that facet: sharing a small organisation says
  more than sharing "Child Protection"), so a resource tagged with everything is
  not close to everything; the facets the seed
  has values in are averaged by ``FACET_WEIGHTS`` (a resource with no countries
  is not pushed down by another's long list of them). Read from the engine's facet
  arrays, indexed by resource and by value once per change (``_Links``), so a call
  reads only the resources that hold one of the seed's values; no SQL.
- **Text**: the seed's key terms (Whoosh's key-term model, ``Bo1``, over the
  ``body`` field: the words of its title, summary and excerpt that are frequent in
  it and rare in the library), searched as one OR query scored by BM25F with each
  term weighted by its key-term weight (``ranking.score_all_typed``), divided by the
  seed's own score. At most ``POSTINGS_BUDGET`` postings are read, best terms
  first: a term held by much of a large library says little and costs the most to
  read, so it is the one left out.

Only what the asker may see is offered: a reader never gets drafts, hidden or
trashed resources, nor staff-only ones while the library hides them (the same
mask ``SearchEngine.search`` applies for ``SearchRequest.curator``/``hide_staff``).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from whoosh import query as wq

from desktop_app.core.library.models import Resource
from desktop_app.core.search.engine import IndexView, SearchEngine
from desktop_app.core.search.facets import FacetData
from desktop_app.core.search.ranking import SIMILAR_WEIGHTING, score_all_typed

LIMIT = 5
# how much each shared facet value counts, times its rarity
FACET_WEIGHTS = {"topic": 1.0, "organisation": 0.8, "country": 0.6}
TEXT_SHARE = 0.5  # the text measure's part of the score; shared links have the rest
KEY_TERMS = 12
# the key terms' postings read at most (best terms first; a term that would go past it
# is skipped): the text measure costs the same in a library of any size
POSTINGS_BUDGET = 6_000


@dataclass(frozen=True, slots=True)
class Similar:
    """One resource close to the seed: its id, how close (0-1) and what they share."""

    id: int
    score: float
    topics: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    @property
    def shared(self) -> tuple[str, ...]:
        """What the two share, topics first."""
        return self.topics + self.organisations + self.countries


class _Links:
    """One facet's (resource, value) pairs indexed both ways, with each value's rarity
    weight (idf) and each resource's vector length: what the cosine needs."""

    def __init__(self, rids: np.ndarray, vals: np.ndarray, values: int, size: int) -> None:
        # counting, not sorting, where it can: this is redone after every change
        per_rid = np.bincount(rids, minlength=size)[:size]
        holders = max(1, int(np.count_nonzero(per_rid)))
        held = np.bincount(vals, minlength=values)[:values]
        self.idf = np.log1p(holders / np.maximum(held.astype(np.float64), 1.0))
        squares = np.bincount(rids, weights=self.idf[vals] ** 2, minlength=size)[:size]
        self.length = np.sqrt(squares)
        by_rid = np.argsort(rids, kind="stable")  # pairs come nearly in resource order
        self.rid_vals = vals[by_rid]
        self.rid_start = np.concatenate([[0], np.cumsum(per_rid)])
        narrow = vals.astype(np.int16) if values < 2**15 else vals  # radix-sorted
        self.val_rids = rids[np.argsort(narrow, kind="stable")]
        self.val_start = np.concatenate([[0], np.cumsum(held)])

    def values_of(self, rid: int) -> np.ndarray:
        """The value indexes resource ``rid`` holds, in the order it was given them."""
        if not 0 <= rid < len(self.rid_start) - 1:
            return np.zeros(0, np.int32)
        return self.rid_vals[self.rid_start[rid] : self.rid_start[rid + 1]]

    def holders(self, value: int) -> np.ndarray:
        """The resources holding value index ``value``."""
        return self.val_rids[self.val_start[value] : self.val_start[value + 1]]


@dataclass(slots=True)
class _Weights:
    generation: int
    facets: dict[str, _Links]


_WEIGHTS: weakref.WeakKeyDictionary[FacetData, _Weights] = weakref.WeakKeyDictionary()


def _seed_text(engine: SearchEngine, rid: int) -> str | None:
    """The words of resource ``rid`` its key terms are drawn from (the title twice, as
    the index weighs it); None if there is no such resource."""
    with engine.catalogue.library.read() as s:
        row = s.execute(
            select(Resource.title, Resource.summary, Resource.excerpt).where(Resource.id == rid)
        ).first()
    if row is None:
        return None
    title, summary, excerpt = row
    return " . ".join(t for t in (title, title, summary, excerpt) if t)


def find_similar(
    engine: SearchEngine,
    rid: int,
    *,
    curator: bool = False,
    hide_staff: bool = True,
    limit: int = LIMIT,
) -> list[Similar]:
    """The ``limit`` resources closest to resource ``rid``, closest first, among those
    a reader (or, with ``curator``, a curator) may see; none if ``rid`` is not one of
    them. Thread-safe (holds the engine's lock); meant for the worker thread."""
    text = _seed_text(engine, rid)
    if text is None:
        return []
    with engine.reading() as index:
        facets = index.facets
        visible = facets.visible(curator=curator, hide_staff=hide_staff)
        if not 0 <= rid < len(visible) or not visible[rid]:
            return []
        links = _link_scores(facets, rid)
        words = _text_scores(index, text, len(visible))
        score = (1 - TEXT_SHARE) * links
        if words is not None:
            own = words[rid] if words[rid] > 0 else words.max()
            if own > 0:
                score += TEXT_SHARE * np.minimum(words / own, 1.0)
        score[~visible] = 0
        score[rid] = 0
        candidates = np.nonzero(score > 0)[0]
        if len(candidates) > limit:
            cut = np.argpartition(-score[candidates], limit - 1)[:limit]
            candidates = candidates[cut]
        best = candidates[np.lexsort((candidates, -score[candidates]))][:limit]
        shared = _shared_values(facets, rid, best)
    return [
        Similar(
            int(r), round(float(score[r]), 4), *(tuple(shared[n][int(r)]) for n in FACET_WEIGHTS)
        )
        for r in best
    ]


def _weights(facets: FacetData) -> _Weights:
    """The facet arrays as they are now, indexed (worked out again after a change)."""
    known = _WEIGHTS.get(facets)
    if known is not None and known.generation == facets.generation:
        return known
    with facets.lock:
        links = {
            name: _Links(
                facets.pairs[name].rids,
                facets.pairs[name].vals,
                len(facets.pairs[name].values),
                facets.size,
            )
            for name in FACET_WEIGHTS
        }
        found = _Weights(facets.generation, links)
    _WEIGHTS[facets] = found
    return found


def _link_scores(facets: FacetData, rid: int) -> np.ndarray:
    """Per resource id: how much of its topics, organisations and countries it shares
    with ``rid``, 0 to 1: per facet the cosine of the two resources' value vectors
    (each value weighted by its rarity), averaged by ``FACET_WEIGHTS`` over the
    facets ``rid`` has values in. Reads only the resources holding ``rid``'s values."""
    w = _weights(facets)
    total = np.zeros(facets.size, np.float64)
    weights = 0.0
    for name, weight in FACET_WEIGHTS.items():
        links = w.facets[name]
        mine = np.unique(links.values_of(rid))
        if not len(mine) or links.length[rid] <= 0:
            continue
        weights += weight
        holders = [links.holders(int(v)) for v in mine]
        squares = np.repeat(links.idf[mine] ** 2, [len(h) for h in holders])
        dot = np.bincount(np.concatenate(holders), weights=squares, minlength=facets.size)
        denominator = links.length * links.length[rid]
        cosine = np.divide(
            dot[: facets.size], denominator, out=np.zeros(facets.size), where=denominator > 0
        )
        total += weight * cosine
    return total / weights if weights else total


def _text_scores(index: IndexView, text: str, size: int) -> np.ndarray | None:
    """Per resource id: BM25F of the seed's key terms (None when it has none)."""
    searcher = index.searcher
    reader = searcher.reader()
    documents = reader.doc_count()
    if not text.strip() or not documents:
        return None
    field = searcher.schema["body"]
    terms = []
    budget = POSTINGS_BUDGET
    for word, weight in searcher.key_terms_from_text("body", text, numterms=3 * KEY_TERMS):
        held = reader.doc_frequency("body", field.to_bytes(word))
        if held < 2 or held > budget:
            continue  # the seed's alone; or so common it says little and costs the most
        budget -= held
        terms.append(wq.Term("body", word, boost=float(weight)))
        if len(terms) == KEY_TERMS:
            break
    if not terms:
        return None
    scored = score_all_typed(searcher, wq.Or(terms), index.lengths, SIMILAR_WEIGHTING)
    if scored is None:  # not a query ranking scores itself: nothing to compare by
        return None
    docs, scores, _typed = scored
    out = np.zeros(size, np.float64)
    rids = index.rid_by_doc[docs] if len(docs) else np.zeros(0, np.int64)
    inside = rids < size
    out[rids[inside]] = scores[inside]
    return out


def _shared_values(
    facets: FacetData, rid: int, chosen: np.ndarray
) -> dict[str, dict[int, list[str]]]:
    """Per facet, per chosen resource: the values it shares with ``rid``, in the order
    the seed holds them."""
    w = _weights(facets)
    out: dict[str, dict[int, list[str]]] = {}
    for name in FACET_WEIGHTS:
        links, names = w.facets[name], facets.pairs[name].values
        mine = list(dict.fromkeys(links.values_of(rid).tolist()))
        per: dict[int, list[str]] = {}
        for other in chosen.tolist():
            theirs = set(links.values_of(other).tolist())
            per[other] = [names[v] for v in mine if v in theirs]
        out[name] = per
    return out
