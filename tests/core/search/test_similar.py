"""Similar resources: on-topic for the bundled library, by links and by text, and only
what the asker may see."""

from __future__ import annotations

import dataclasses

from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine
from desktop_app.core.search.similar import LIMIT, find_similar


def rid_of(engine: SearchEngine, title: str) -> int:
    found = [v.id for v in engine.catalogue.iter_views() if v.title == title]
    assert len(found) == 1, title
    return found[0]


def titles(engine: SearchEngine, rid: int, **kw: bool) -> list[str]:
    return [
        v.title for v in engine.catalogue.get_many([s.id for s in find_similar(engine, rid, **kw)])
    ]


def test_similar_resources_of_seed_entries_share_their_topics(engine: SearchEngine) -> None:
    cat = engine.catalogue
    seeds = [v for v in cat.iter_views() if v.topics]
    assert len(seeds) >= 15
    on_topic = offered = 0
    for seed in seeds:
        found = find_similar(engine, seed.id)
        assert 0 < len(found) <= LIMIT
        assert seed.id not in [s.id for s in found]
        assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
        for s, view in zip(found, cat.get_many([s.id for s in found]), strict=True):
            offered += 1
            shared = set(view.topics) & set(seed.topics)
            assert set(s.topics) == shared  # what it says they share is what they share
            on_topic += bool(shared)
        # the closest shares a topic, or (ASEAN reviews) most of the seed's countries
        best = cat.get(found[0].id)
        assert set(best.topics) & set(seed.topics) or len(found[0].countries) >= 5
    assert on_topic >= 0.85 * offered


def test_missing_children_guides_find_each_other(engine: SearchEngine) -> None:
    seed = rid_of(engine, "Model Missing Child Framework")
    top = titles(engine, seed)[:3]
    assert "Missing Children in Southeast Asia: Model Framework & Regional Review" in top
    assert "Missing Children Assessment and Recommendations Best Practices Guide" in top


def test_text_alone_finds_a_resource_with_no_shared_links(engine: SearchEngine) -> None:
    cat = engine.catalogue
    a = cat.create(
        ResourceData(
            title="Mangrove nurseries and tidal aquaculture",
            summary="Mangrove seedlings, tidal channels and aquaculture ponds in the delta.",
        )
    )
    b = cat.create(
        ResourceData(
            title="Tidal aquaculture ponds",
            summary="Ponds behind the mangrove belt: seedlings and tidal channels.",
        )
    )
    found = find_similar(engine, a.id)
    assert found[0].id == b.id
    assert found[0].shared == ()


def test_readers_never_see_drafts_or_staff_only_resources(engine: SearchEngine) -> None:
    cat = engine.catalogue
    seed = rid_of(engine, "Missing Children Assessment and Recommendations Best Practices Guide")
    close = rid_of(engine, "Model Missing Child Framework")
    assert close in [s.id for s in find_similar(engine, seed)]
    view = cat.get(close)
    staff = dataclasses.replace(view.editable(), audience="staff")
    cat.update(close, staff, expected_version=view.version)
    assert close not in [s.id for s in find_similar(engine, seed)]
    assert close in [s.id for s in find_similar(engine, seed, hide_staff=False)]
    assert close in [s.id for s in find_similar(engine, seed, curator=True)]
    view = cat.get(close)
    draft = dataclasses.replace(view.editable(), audience="", status="draft")
    cat.update(close, draft, expected_version=view.version)
    assert close not in [s.id for s in find_similar(engine, seed, hide_staff=False)]
    assert close in [s.id for s in find_similar(engine, seed, curator=True)]
    # a draft seed has no similar resources for a reader (it is not theirs to see)
    assert find_similar(engine, close) == []
    assert find_similar(engine, close, curator=True)
    cat.trash([close])
    assert close not in [s.id for s in find_similar(engine, seed, curator=True)]


def test_an_unknown_resource_has_none(engine: SearchEngine) -> None:
    assert find_similar(engine, 10_000) == []
    assert find_similar(engine, -1) == []
