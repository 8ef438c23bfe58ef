"""Phrases match and score exactly as Whoosh's own Phrase query does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.phrase import Phrase
from desktop_app.core.search.schema import STEM, pair_field, stem_analyzer

WORDS = ["child", "social", "worker", "online", "safety", "the", "care"]
# small two-segment indexes with some documents deleted, shared by the property tests
TEXTS = st.lists(
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1, max_size=16
)
DELETED = st.sets(st.integers(0, 15), max_size=4)
INDEX_EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SCHEMA = Schema(key=ID(stored=True), body=TEXT(phrase=True))


def paired_schema(common: set[str]) -> Schema:
    """As the library's index: stemmed ``body`` with the pairs of ``common`` stems."""
    return Schema(
        key=ID(stored=True),
        body=TEXT(analyzer=stem_analyzer(), phrase=True),
        body_pairs=pair_field("body", frozenset(common)),
    )


def index_of(folder: Path, texts: list[str], deleted: set[int], schema: Any = SCHEMA) -> Any:
    """Two segments (the second written after the first), some documents deleted; their
    files plain, as the app writes them."""
    ix = whoosh_index.create_in(str(folder), schema)
    half = len(texts) // 2
    for chunk, start in ((texts[:half], 0), (texts[half:], half)):
        writer = ix.writer(**wa.WRITER_OPTIONS)
        for i, text in enumerate(chunk, start):
            if "body_pairs" in schema:
                writer.add_document(key=str(i), body=text, body_pairs=text)
            else:
                writer.add_document(key=str(i), body=text)
        writer.commit(merge=False)
    if deleted:
        writer = ix.writer()
        for i in deleted:
            writer.delete_by_term("key", str(i))
        writer.commit(merge=False)
    return ix


def hits(searcher: Any, query: Any) -> list[tuple[str, float]]:
    results = searcher.search(query, limit=None)
    return sorted((hit["key"], round(hit.score, 9)) for hit in results)


def same_as_whoosh(searcher: Any, words: list[str], boost: float) -> None:
    """Our phrase of ``words`` finds and scores as Whoosh's, alone and inside an OR."""
    ours = Phrase("body", words, boost=boost)
    theirs = wq.Phrase("body", words, boost=boost)
    assert hits(searcher, ours) == hits(searcher, theirs)
    assert sorted(searcher.docs_for_query(ours)) == sorted(searcher.docs_for_query(theirs))
    inside = wq.Or([ours, wq.Term("body", "care")])
    outside = wq.Or([theirs, wq.Term("body", "care")])
    assert hits(searcher, inside) == hits(searcher, outside)


@INDEX_EXAMPLES
@given(
    texts=TEXTS,
    phrase=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4),
    deleted=DELETED,
    boost=st.sampled_from([1.0, 2.5]),
)
def test_same_documents_and_scores_as_whoosh(
    texts: list[str],
    phrase: list[str],
    deleted: set[int],
    boost: float,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ix = index_of(tmp_path_factory.mktemp("phrase"), texts, deleted)
    with ix.searcher() as searcher:
        same_as_whoosh(searcher, phrase, boost)


STEMS = sorted({t.text for t in STEM(" ".join(WORDS))})


@INDEX_EXAMPLES
@given(
    texts=TEXTS,
    phrase=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4),
    deleted=DELETED,
    common=st.one_of(st.just(set(STEMS)), st.sets(st.sampled_from(STEMS))),
    boost=st.sampled_from([1.0, 2.5]),
)
def test_found_through_word_pairs_as_whoosh_finds_and_scores_it(
    texts: list[str],
    phrase: list[str],
    deleted: set[int],
    common: set[str],
    boost: float,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    stems = [t.text for t in STEM(" ".join(phrase))]
    assume(len(stems) >= 2)
    ix = index_of(tmp_path_factory.mktemp("pairs"), texts, deleted, paired_schema(common))
    with ix.searcher() as searcher:
        same_as_whoosh(searcher, stems, boost)


def test_a_common_pair_is_read_from_the_pair_field(tmp_path: Path) -> None:
    texts = ["social worker", "worker social", "social care worker", "the social workers"]
    ix = index_of(tmp_path, texts, set(), paired_schema({"social", "worker"}))
    with ix.searcher() as searcher:
        assert list(searcher.reader().lexicon("body_pairs")) == [b"social worker", b"worker social"]
        found = {key for key, _ in hits(searcher, Phrase("body", ["social", "worker"]))}
    assert found == {"0", "3"}


def test_a_pair_scores_each_word_by_its_own_count(tmp_path: Path) -> None:
    texts = ["social worker social social", "worker social worker", "social worker", "care"]
    ix = index_of(tmp_path, texts, set(), paired_schema({"social", "worker"}))
    with ix.searcher() as searcher:
        ours = hits(searcher, Phrase("body", ["social", "worker"]))
        assert ours == hits(searcher, wq.Phrase("body", ["social", "worker"]))
        assert len({score for _, score in ours}) == 3


def test_three_words_whose_pairs_do_not_line_up_are_not_the_phrase(tmp_path: Path) -> None:
    texts = [
        "social worker care worker child",  # both pairs, one worker each: no phrase
        "social worker child",
        "social worker child worker",
        "social worker child . social worker child",
    ]
    ix = index_of(tmp_path, texts, set(), paired_schema({"social", "worker", "child"}))
    with ix.searcher() as searcher:
        words = ["social", "worker", "child"]
        ours = hits(searcher, Phrase("body", words))
        assert ours == hits(searcher, wq.Phrase("body", words))
    assert [key for key, _ in ours] == ["1", "2", "3"]


def test_a_phrase_is_found_only_with_its_words_in_order(tmp_path: Path) -> None:
    texts = ["social worker", "worker social", "social care worker", "the social worker"]
    ix = index_of(tmp_path, texts, set())
    with ix.searcher() as searcher:
        found = {key for key, _ in hits(searcher, Phrase("body", ["social", "worker"]))}
    assert found == {"0", "3"}
