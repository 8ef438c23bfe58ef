"""Similar resources: the few closest to one resource, by what they share.

Two measures, each between 0 and 1, averaged:

- **Shared links**: topics, organisations and countries. Per facet, the cosine of
  the two resources' values, each weighted by its rarity (``log(1 + N / holders)``:
  sharing a small organisation says more than sharing "Child Protection"), so a
  resource tagged with everything is not close to everything; the facets the seed
  has values in are averaged by ``FACET_WEIGHTS`` (a resource with no countries
  is not pushed down by another's long list of them). Read from the engine's facet
  arrays (numpy over every (resource, value) pair), no SQL.
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
from desktop_app.core.search.ranking import score_all_typed

LIMIT = 5
# how much each shared facet value counts, times its rarity
FACET_WEIGHTS = {"topic": 1.0, "organisation": 0.8, "country": 0.6}
TEXT_SHARE = 0.5  # the text measure's part of the score; shared links have the rest
KEY_TERMS = 12
# the key terms' postings read at most (best terms first; a term that would go past it
# is skipped): the text measure costs the same in a library of any size
POSTINGS_BUDGET = 10_000


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


@dataclass(slots=True)
class _Weights:
    """Per facet: each value's rarity weight (idf), and each resource's vector length."""

    generation: int
    value_weight: dict[str, np.ndarray]
    length: dict[str, np.ndarray]


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
    """Value weights and per-resource lengths for the facet arrays as they are now."""
    known = _WEIGHTS.get(facets)
    if known is not None and known.generation == facets.generation:
        return known
    holders = max(1, int((facets.status >= 0).sum()))
    value_weight: dict[str, np.ndarray] = {}
    length: dict[str, np.ndarray] = {}
    for name in FACET_WEIGHTS:
        p = facets.pairs[name]
        held = np.bincount(p.vals, minlength=len(p.values)).astype(np.float64)
        idf = np.log1p(holders / np.maximum(held, 1.0))
        value_weight[name] = idf
        squares = np.bincount(p.rids, weights=idf[p.vals] ** 2, minlength=facets.size)
        length[name] = np.sqrt(squares[: facets.size])
    found = _Weights(facets.generation, value_weight, length)
    _WEIGHTS[facets] = found
    return found


def _link_scores(facets: FacetData, rid: int) -> np.ndarray:
    """Per resource id: how much of its topics, organisations and countries it shares
    with ``rid``, 0 to 1: per facet the cosine of the two resources' value vectors
    (each value weighted by its rarity), averaged by ``FACET_WEIGHTS`` over the
    facets ``rid`` has values in."""
    w = _weights(facets)
    total = np.zeros(facets.size, np.float64)
    weights = 0.0
    for name, weight in FACET_WEIGHTS.items():
        p = facets.pairs[name]
        mine = np.unique(p.vals[p.rids == rid])
        length = w.length[name]
        if not len(mine) or length[rid] <= 0:
            continue
        weights += weight
        hit = np.isin(p.vals, mine)
        idf = w.value_weight[name]
        dot = np.bincount(p.rids[hit], weights=idf[p.vals[hit]] ** 2, minlength=facets.size)
        denominator = length * length[rid]
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
    scored = score_all_typed(searcher, wq.Or(terms), index.lengths)
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
    out: dict[str, dict[int, list[str]]] = {}
    for name in FACET_WEIGHTS:
        p = facets.pairs[name]
        mine = p.vals[p.rids == rid]
        per: dict[int, list[str]] = {int(r): [] for r in chosen}
        if len(mine) and len(chosen):
            hit = np.isin(p.rids, chosen) & np.isin(p.vals, mine)
            order = {int(v): k for k, v in enumerate(mine)}
            for r, v in sorted(
                zip(p.rids[hit].tolist(), p.vals[hit].tolist(), strict=True),
                key=lambda rv: order.get(rv[1], 0),
            ):
                if p.values[v] not in per[r]:
                    per[r].append(p.values[v])
        out[name] = per
    return out
