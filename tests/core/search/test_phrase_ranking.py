"""Exact-phrase matches rank first: a query of plain words puts the resources that hold
those words next to each other, in order, above those that only hold them apart."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search import querylang as ql
from desktop_app.core.search.ranking import plain_phrase, tiers, top
from desktop_app.core.service import Catalogue


@pytest.fixture
def seeded_engine(seeded: Library) -> Iterator[SearchEngine]:
    eng = SearchEngine(Catalogue(seeded))
    eng.open()
    yield eng
    eng.close()


@pytest.fixture
def engine(empty: Library) -> Iterator[SearchEngine]:
    eng = SearchEngine(Catalogue(empty))
    eng.open()
    yield eng
    eng.close()


def ids(engine: SearchEngine, query: str, **kw: object) -> list[int]:
    return engine.search(SearchRequest(query=query, limit=100, **kw)).ids  # type: ignore[arg-type]


def test_the_bundled_entries_holding_the_phrase_rank_first(seeded_engine: SearchEngine) -> None:
    """Four entries hold "child sexual abuse material" (one in its summary, three as their
    topic); before, "Sexting in Schools", which holds the words apart, ranked second and
    the summary's entry fourth."""
    holders = set(ids(seeded_engine, '="child sexual abuse material"'))
    assert len(holders) == 4
    ranked = ids(seeded_engine, "child sexual abuse material")
    assert set(ranked[: len(holders)]) == holders
    assert len(ranked) > len(holders)  # the words apart and the synonyms still follow
    sexting = next(v.id for v in seeded_engine.catalogue.get_many(ranked) if "Sexting" in v.title)
    assert ranked.index(sexting) >= len(holders)


def add(engine: SearchEngine, title: str, summary: str, topic: str = "Schools") -> int:
    return engine.catalogue.create(
        ResourceData(title=title, summary=summary, type="report", topics=[topic])
    ).id


def test_a_phrase_outranks_a_higher_score_with_the_words_apart(engine: SearchEngine) -> None:
    apart = add(
        engine,
        "Material on sexual health for child carers",
        "Abuse of material, sexual material, child material, abuse material; material.",
    )
    phrase = add(
        engine,
        "Annual review of a national hotline",
        "Among much else, the hotline removed child sexual abuse material reported by the "
        "public, trained staff, published statistics, met partners and planned next year.",
    )
    neither = add(engine, "Unrelated", "Nothing about it at all.")
    match = engine._match("child sexual abuse material", False)
    assert match.scores is not None and match.docs is not None
    by_rid = dict(zip(engine._rid_by_doc[match.docs].tolist(), match.scores.tolist(), strict=True))
    assert by_rid[apart] > by_rid[phrase]  # by score alone the phrase would come second
    assert ids(engine, "child sexual abuse material") == [phrase, apart]
    assert ids(engine, "sexual abuse") == [phrase, apart]
    # the tier holds after a facet click (ranking within the filtered set) and NOT parts
    assert ids(engine, "child sexual abuse material", include={"topic": ["Schools"]}) == [
        phrase,
        apart,
    ]
    assert ids(engine, "child sexual abuse material -unrelated") == [phrase, apart]
    # words in another order are no phrase: score order
    assert ids(engine, "material abuse sexual child") == [apart, phrase]
    assert neither not in ids(engine, "child material")


def test_only_a_query_of_plain_words_is_a_phrase() -> None:
    def phrase(text: str) -> str | None:
        return plain_phrase(ql.parse(text).node)

    assert phrase("child sexual abuse material") == "child sexual abuse material"
    assert phrase("online safety -cambodia") == "online safety"
    assert phrase("online") is None
    assert phrase("online OR safety") is None
    assert phrase("online title:safety") is None
    assert phrase('online "safety plan"') is None
    assert phrase("online safe*") is None


def test_tiers_order_phrase_then_typed_then_synonyms() -> None:
    docs = np.arange(6, dtype=np.int64)
    scores = np.array([9.0, 8.0, 7.0, 6.0, 5.0, 4.0])
    exact = np.array([False, True, False, True, True, False])
    phrase = np.array([False, False, False, False, True, True])
    assert tiers(exact, None) is exact
    order = top((docs, scores), 6, tiers(exact, phrase))
    assert order == [4, 5, 1, 3, 0, 2]
    assert top((docs, scores), 3, tiers(None, phrase)) == [4, 5, 0]
    assert top((docs, scores), 0, tiers(exact, phrase)) == []
