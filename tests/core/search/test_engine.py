from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Status
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search.index import SearchIndex
from desktop_app.core.search.querylang import parse, render
from desktop_app.core.service import Catalogue


def titles(engine: SearchEngine, query: str = "", **kw: object) -> list[str]:
    result = engine.search(SearchRequest(query=query, limit=100, **kw))  # type: ignore[arg-type]
    return [v.title for v in engine.catalogue.get_many(result.ids)]


def total(engine: SearchEngine, query: str = "", **kw: object) -> int:
    return engine.search(SearchRequest(query=query, **kw)).total  # type: ignore[arg-type]


def test_plain_words_stemming_and_accents(engine: SearchEngine) -> None:
    assert titles(engine, "sexting")[0].startswith("Sexting in Schools")
    assert total(engine, "protect") == total(engine, "protection") > 5
    assert any("Latin America" in t for t in titles(engine, "Associacao"))
    assert total(engine, "missing children") >= 5
    assert total(engine, "missing children grooming cambodia") < total(engine, "missing children")


def test_phrases_fields_and_booleans(engine: SearchEngine) -> None:
    assert len(titles(engine, 'title:"missing children"')) == 2
    assert total(engine, "org:ICMEC") == total(engine, 'org:"International Centre"') >= 8
    assert titles(engine, "author:lanning") == [
        "Acquaintance Molestation and Youth-Serving Organizations"
    ]
    assert total(engine, "country:russia") == 1
    assert total(engine, "country:laos") == total(engine, 'country:"Lao PDR"') == 3
    assert total(engine, "region:asean") == 3
    assert titles(engine, "type:infographic") == ["Be Safer Online (Infographic)"]
    assert total(engine, "cambodia OR russia") == 4
    assert total(engine, "cambodia -legislation") == total(engine, "cambodia NOT legislation") == 1
    assert total(engine, "(cambodia OR russia) legislation") == 3


def test_years(engine: SearchEngine) -> None:
    assert total(engine, "year:2014") == 1
    in_range = total(engine, "year:2015..2017")
    assert in_range == total(engine, "year:2015") + total(engine, "year:2016") + total(
        engine, "year:2017"
    )
    assert total(engine, "year:>2017") == total(engine, "year:2018..2030") == 2


def test_prefix_and_fuzzy(engine: SearchEngine) -> None:
    assert total(engine, "protect*") >= total(engine, "protection")
    result = engine.search(SearchRequest(query="pr*"))
    assert any("at least 3" in n for n in result.notes)
    fuzzy = titles(engine, "protecton~")
    assert "Child Protection" in fuzzy


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "(missing children",
        "missing children)",
        "OR",
        "AND AND",
        "NOT",
        "foo:bar",
        "year:soon",
        "-",
        "*",
        "~",
        '""',
        "((()))",
        "title:",
        "=",
        "a*",
    ],
)
def test_malformed_queries_fall_back(engine: SearchEngine, query: str) -> None:
    result = engine.search(SearchRequest(query=query))
    assert result.total >= 0
    if query in ('"unbalanced', "(missing children", "missing children)", "foo:bar"):
        assert result.notes


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                *list('abcxyz019 "()-=*~:.'),
                "OR ",
                "NOT ",
                "AND ",
                "year:",
                "org:",
                "protect",
                "child ",
            ]
        ),
        max_size=15,
    ).map("".join)
)
def test_arbitrary_queries_never_raise(engine: SearchEngine, text: str) -> None:
    parsed = parse(text)
    render(parsed.node)
    engine.search(SearchRequest(query=text, limit=5))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_parser_never_raises_on_any_text(text: str) -> None:
    render(parse(text).node)


def test_thesaurus_expansion_is_reported_and_ranked_below(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest(query="child sexual abuse material", limit=100))
    assert "child pornography" in result.expansions
    got = {v.title for v in engine.catalogue.get_many(result.ids)}
    assert "Child Online Protection in India" in got  # tagged only "Child Pornography"
    direct = engine.search(SearchRequest(query="=child =sexual =abuse =material", limit=100))
    assert direct.expansions == [] and direct.total < result.total
    # exact matches rank above synonym-only matches
    direct_ids = set(direct.ids)
    first_synonym_only = next(i for i, rid in enumerate(result.ids) if rid not in direct_ids)
    assert all(rid in direct_ids for rid in result.ids[:first_synonym_only])
    assert first_synonym_only >= min(3, len(direct_ids))
    assert engine.search(SearchRequest(query='="sextortion"')).expansions == []


def test_words_as_typed_rank_above_synonym_only_matches(engine: SearchEngine) -> None:
    """A short page found only through "online enticement" outscores the reports
    that say "grooming" (BM25 favours short texts); it must still come after them."""
    result = engine.search(SearchRequest(query="grooming", limit=100))
    assert "online enticement" in result.expansions
    direct = engine.search(SearchRequest(query="=grooming", limit=100))
    assert 0 < direct.total < result.total
    assert set(result.ids[: direct.total]) == set(direct.ids)
    titles = [v.title for v in engine.catalogue.get_many(result.ids)]
    assert titles.index("Global Hotline and Helpline Directory") == direct.total


def test_did_you_mean(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest(query="missng childrn", correct=False))
    assert result.total == 0
    assert result.suggestion == "missing children"
    # searched with correction (the default), the answer is the corrected search's
    corrected = engine.search(SearchRequest(query="missng childrn"))
    assert corrected.corrected_from == "missng childrn" and corrected.total > 0


def test_sorting(engine: SearchEngine) -> None:
    newest = engine.search(SearchRequest(sort="newest", limit=100)).ids
    oldest = engine.search(SearchRequest(sort="oldest", limit=100)).ids
    views = {v.id: v for v in engine.catalogue.get_many(newest)}
    dated = [views[i].date for i in newest if views[i].date]
    assert dated == sorted(dated, reverse=True)
    assert [views[i].date for i in oldest if views[i].date] == sorted(dated)
    by_title = [
        views[i].title.casefold() for i in engine.search(SearchRequest(sort="title", limit=100)).ids
    ]
    assert by_title == sorted(by_title)
    page = engine.search(SearchRequest(sort="title", offset=10, limit=5)).ids
    assert [views[i].title.casefold() for i in page] == by_title[10:15]


def facet(result: object, name: str) -> dict[str, int]:
    return {v.value: v.count for v in result.facets[name].values}  # type: ignore[attr-defined]


def test_facet_semantics(engine: SearchEngine) -> None:
    everything = engine.search(SearchRequest())
    assert facet(everything, "country")["Cambodia"] == 3
    cam = engine.search(SearchRequest(include={"country": ["Cambodia"]}, limit=100))
    assert cam.total == 3
    assert all("Cambodia" in v.countries for v in engine.catalogue.get_many(cam.ids))
    # own selection removed: other countries still offered with their full counts
    assert facet(cam, "country")["Russia"] == 1
    # other facets count within the selection
    assert facet(cam, "topic")["Cybercrime"] == 2
    assert sum(facet(cam, "type").values()) == 3
    # OR within a facet
    both = engine.search(SearchRequest(include={"country": ["Cambodia", "Russia"]}))
    assert both.total == 4
    # AND across facets
    and_ = engine.search(
        SearchRequest(
            include={"country": ["Cambodia"], "topic": ["Missing Children/Child Abduction"]}
        )
    )
    assert and_.total == 1
    # NOT
    without = engine.search(SearchRequest(exclude={"topic": ["Child Protection"]}))
    assert without.total == 30 - facet(everything, "topic")["Child Protection"]
    values = {v.value: v for v in without.facets["topic"].values}
    assert values["Child Protection"].excluded
    # zero counts omitted unless selected
    none = engine.search(SearchRequest(include={"country": ["Cambodia"], "type": ["checklist"]}))
    assert none.total == 0
    types = {v.value: v for v in none.facets["type"].values}
    assert types["checklist"].selected and types["checklist"].count == 0
    assert all(v.count > 0 or v.selected for v in cam.facets["topic"].values)


def test_facet_truncation(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest(facet_limit=3, include={"topic": ["Sexting"]}))
    topics = result.facets["topic"]
    assert topics.truncated
    assert len(topics.values) == 4 and topics.values[-1].value == "Sexting"


def test_writes_are_searchable_at_once(engine: SearchEngine) -> None:
    cat = engine.catalogue
    view = cat.create(
        ResourceData(
            title="Zebra-striped safeguarding checklist",
            type="checklist",
            topics=["Schools"],
            countries=["Kenya"],
        )
    )
    assert titles(engine, "zebra") == [view.title]
    assert facet(engine.search(SearchRequest()), "country")["Kenya"] == 1
    data = view.editable()
    data.title = "Giraffe safeguarding checklist"
    cat.update(view.id, data, expected_version=view.version)
    assert total(engine, "zebra") == 0 and total(engine, "giraffe") == 1
    cat.trash([view.id])
    assert total(engine, "giraffe") == 0
    assert "Kenya" not in facet(engine.search(SearchRequest()), "country")
    cat.restore([view.id])
    assert total(engine, "giraffe") == 1


def test_hidden_draft_and_notes_only_for_curators(engine: SearchEngine) -> None:
    cat = engine.catalogue
    v = cat.create(
        ResourceData(
            title="Draft policy on escalation",
            status="draft",
            curator_notes="check with counsellor quokka",
        )
    )
    assert total(engine, "escalation") == 0
    assert total(engine, "escalation", curator=True) == 1
    assert total(engine, "quokka", curator=True) == 1
    assert total(engine, "quokka") == 0
    cat.set_status([v.id], Status.HIDDEN)
    assert total(engine, "escalation") == 0 and total(engine, "escalation", curator=True) == 1
    cat.trash([v.id])
    assert total(engine, "escalation", curator=True) == 0


def test_snippets_mark_matches(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest(query="gap analysis"))
    snips = engine.snippets(result.ids, "gap analysis")
    for snip in snips.values():
        assert len(snip.text) <= 205
        marked = snip.marked()
        assert "[gap]" in marked and "[analysis]" in marked


def test_index_catches_up_after_writes_while_closed(seeded: Library) -> None:
    cat = Catalogue(seeded)
    eng = SearchEngine(cat)
    eng.open()
    eng.close()
    other = Catalogue(seeded)  # no engine listening: the index misses this write
    other.create(ResourceData(title="Okapi awareness poster", type="infographic"))
    eng2 = SearchEngine(cat)
    assert "caught up" in eng2.open()
    assert total(eng2, "okapi") == 1
    eng2.close()


def test_deleted_index_folder_heals(seeded: Library) -> None:
    eng = SearchEngine(Catalogue(seeded))
    eng.open()
    folder = eng.index.folder
    eng.close()
    shutil.rmtree(folder)
    eng = SearchEngine(Catalogue(seeded))
    assert eng.open().startswith("rebuilt")
    assert total(eng, "sexting") == 1
    eng.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "state"])
def test_damaged_index_heals(seeded: Library, damage: str) -> None:
    eng = SearchEngine(Catalogue(seeded))
    eng.open()
    folder: Path = eng.index.folder
    eng.close()
    if damage == "state":
        (folder / "state.json").write_text("{", "utf-8")
    else:
        biggest = max(
            (p for p in folder.iterdir() if p.suffix in (".seg", ".trm", ".pst", ".toc")),
            key=lambda p: p.stat().st_size,
        )
        data = biggest.read_bytes()
        biggest.write_bytes(data[: len(data) // 3] if damage == "truncate" else b"\x00garbage" * 50)
    eng = SearchEngine(Catalogue(seeded))
    action = eng.open()
    assert action.startswith("rebuilt"), action
    assert total(eng, "sexting") == 1
    eng.close()


def test_rebuild_count_matches_library(seeded: Library) -> None:
    cat = Catalogue(seeded)
    index = SearchIndex(cat)
    assert index.rebuild() == cat.count() == 30
    with index.ix.searcher() as s:
        assert s.doc_count() == 30
    index.close()


def test_multiprocess_build_writes_every_document(
    seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large libraries are indexed by two processes; the count must still be exact."""
    from desktop_app.core.search import build as index_mod

    monkeypatch.setattr(index_mod, "MP_THRESHOLD", 1)
    cat = Catalogue(seeded)
    idx = SearchIndex(cat)
    assert idx.rebuild() == 30
    with idx.ix.searcher() as s:
        assert s.doc_count() == cat.count() == 30
    idx.close()


def test_refreshed_searcher_sees_what_a_fresh_one_sees(engine: SearchEngine) -> None:
    """After edits, trash, restore and purge, the reused segment readers agree with
    a searcher opened from scratch: no stale deletions, no missing documents."""
    import random

    cat = engine.catalogue
    rng = random.Random(3)
    for step in range(25):
        ids = cat.ids(include_trashed=True)
        rid = rng.choice(ids)
        view = cat.get(rid)
        action = rng.choice(["edit", "edit", "trash", "restore", "create", "purge"])
        if action == "edit":
            data = view.editable()
            data.title = f"{data.title.split(' step')[0]} step{step}"
            cat.update(rid, data, expected_version=view.version)
        elif action == "trash":
            cat.trash([rid])
        elif action == "restore":
            cat.restore([rid])
        elif action == "create":
            cat.create(ResourceData(title=f"New resource step{step}", type="guide"))
        else:
            cat.trash([rid])
            cat.purge([rid])
        ours = engine._searcher
        with engine.index.ix.searcher() as fresh:
            assert ours.doc_count() == fresh.doc_count()
            for word in (f"step{step}", "child", "protection"):
                q = engine._match(word, False).compiled.query
                assert sorted(ours.docs_for_query(q)) == sorted(fresh.docs_for_query(q)), step


def docnums_for(engine: SearchEngine, rids: np.ndarray) -> set[int]:
    """The document numbers of resources ``rids`` (a resource's later document wins)."""
    by_doc = engine._rid_by_doc
    assert engine.facets is not None
    inv = np.full(max(engine.facets.size, int(by_doc.max(initial=0)) + 1), -1, np.int64)
    inv[by_doc] = np.arange(len(by_doc))
    docs = inv[rids[rids < len(inv)]]
    return set(docs[docs >= 0].tolist())


@pytest.mark.parametrize(
    "query", ["child", "online exploitation", '"sexual abuse"', "abuse OR trafficking -online"]
)
def test_ranking_a_subset_matches_a_filtered_whoosh_search(
    engine: SearchEngine, query: str
) -> None:
    """Scoring only the candidates ranks exactly as Whoosh's filtered search would,
    within each ranking tier (the words as a phrase first)."""
    for n in range(3):  # more segments, so skipping crosses segment boundaries
        engine.catalogue.create(
            ResourceData(title=f"Child abuse online {n}", type="report", topics=["Schools"])
        )
    everything = engine.search(SearchRequest(query=query, limit=1))
    topic = everything.facets["topic"].values[0].value
    request = SearchRequest(query=query, include={"topic": [topic]}, limit=500)
    ours = engine.search(request).ids

    match = engine._match(query, False)
    allowed = engine.facets.selection_mask("topic", [topic], []) & engine.facets.visible(  # type: ignore[union-attr,operator]
        curator=False
    )
    docs = docnums_for(engine, np.nonzero(allowed)[0]) & set(match.docs.tolist())  # type: ignore[union-attr]
    hits = engine._searcher.search(match.compiled.query, limit=500, scored=True, filter=docs)
    tiers = match.tiers if match.tiers is not None else np.zeros(len(match.docs), np.int8)  # type: ignore[arg-type]
    tier = dict(zip(match.docs.tolist(), tiers.tolist(), strict=True))  # type: ignore[union-attr]
    ordered = sorted(hits, key=lambda h: -tier.get(h.docnum, 0))  # stable: score order kept
    assert ours == [int(engine._rid_by_doc[h.docnum]) for h in ordered]
    assert len(ours) > 1


def test_phrases_of_common_words_are_indexed_as_pairs_and_kept_so_by_edits(
    engine: SearchEngine,
) -> None:
    """A rebuild picks the common words; later writes pair the same words."""
    from whoosh import query as wq

    analyzer = engine.index.ix.schema["body_pairs"].analyzer
    assert {"child", "protect"} <= analyzer.common
    assert {"sexual", "extort", "csam"} <= analyzer.common  # from the thesaurus
    phrase = wq.Phrase("body", ["child", "protect"])
    with engine.index.ix.searcher() as s:
        before = s.doc_frequency("body_pairs", b"child protect")
        assert before == len(list(s.docs_for_query(phrase))) > 3
    assert total(engine, '"child protection"') == before
    engine.catalogue.create(
        ResourceData(title="A plan", summary="Every school needs a child protection plan.")
    )
    assert total(engine, '"child protection"') == before + 1
    with engine.index.ix.searcher() as s:
        assert s.doc_frequency("body_pairs", b"child protect") == before + 1


def test_common_words_come_from_runs_spread_over_the_library(
    seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.search import build as index_mod

    monkeypatch.setattr(index_mod, "SAMPLE_RUNS", 3)
    monkeypatch.setattr(index_mod, "SAMPLE_RUN", 4)
    cat = Catalogue(seeded)
    ids = cat.ids()
    bodies = index_mod.sample_bodies(cat, ids)
    assert len(bodies) == 12
    # the first run, one from the middle and the last
    assert bodies[0] == index_mod.VocabExtras(seeded).doc(cat.get(ids[0]))["body"]
    assert bodies[-1] == index_mod.VocabExtras(seeded).doc(cat.get(ids[-1]))["body"]
    assert len(index_mod.sample_bodies(cat, ids[:5])) == 5


def test_common_words_are_those_of_enough_texts() -> None:
    from desktop_app.core.search.schema import common_words

    texts = ["child protection", "protection of a child", "protecting schools", "school"]
    assert common_words(texts, share=0.5) == {"child", "protect", "school"}
    assert common_words(texts, share=0.75) == {"protect"}
    assert common_words(["one text"], share=0.01) == set()  # two texts at least
    # the thesaurus's words are common whatever the sample says
    assert common_words(texts, share=0.75, also=["Online enticement"]) == {
        "protect",
        "onlin",
        "entic",
    }


def test_a_terms_idf_follows_the_index_as_it_changes(engine: SearchEngine) -> None:
    """The weighting keeps each searcher's idfs: a searcher after an edit is a new one,
    whose idf counts the new documents (a stale one would rank by old counts)."""
    from desktop_app.core.search.weighting import WEIGHTING

    cat = engine.catalogue
    cat.create(ResourceData(title="Okapi tracking in schools", type="guide"))
    before = WEIGHTING.idf(engine._searcher, "body", b"okapi")
    assert WEIGHTING.idf(engine._searcher, "body", b"okapi") == before  # kept
    for n in range(5):
        cat.create(ResourceData(title=f"Okapi census {n}", type="guide"))
    after = WEIGHTING.idf(engine._searcher, "body", b"okapi")
    assert after < before
    with engine.index.ix.searcher() as fresh:
        assert WEIGHTING.idf(fresh, "body", b"okapi") == after
