"""Phrases over postings that span several blocks, words repeated within documents:
the vectorised position check and the pair shortcut find and score what Whoosh's own
phrase query does (its slow path, a span per position)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.phrase import Phrase, phrase_hits
from desktop_app.core.search.postings import read
from desktop_app.core.search.schema import pair_field, stem_analyzer

WORDS = ["child", "care", "policy", "online", "the"]
STEMS = ["child", "care", "polici", "onlin"]
EXAMPLES = settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def build(folder: Any, seed: int, common: set[str], deleted: int) -> Any:
    """Two segments of 160 short texts over a few words, some documents deleted."""
    rng = np.random.default_rng(seed)
    schema = Schema(
        key=ID(stored=True),
        body=TEXT(analyzer=stem_analyzer(), phrase=True),
        body_pairs=pair_field("body", frozenset(common)),
    )
    ix = whoosh_index.create_in(str(folder), schema)
    key = 0
    for _ in range(2):
        writer = ix.writer()
        for _ in range(160):
            text = " ".join(rng.choice(WORDS, size=int(rng.integers(0, 14))))
            writer.add_document(key=str(key), body=text, body_pairs=text)
            key += 1
        writer.commit(merge=False)
    if deleted:
        writer = ix.writer()
        for k in rng.choice(320, size=deleted, replace=False).tolist():
            writer.delete_by_term("key", str(k))
        writer.commit(merge=False)
    return ix


def hits(searcher: Any, query: Any) -> list[tuple[str, float]]:
    return sorted((h["key"], round(h.score, 9)) for h in searcher.search(query, limit=None))


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    phrase=st.lists(st.sampled_from(STEMS), min_size=2, max_size=4),
    common=st.one_of(st.just(set(STEMS)), st.sets(st.sampled_from(STEMS))),
    deleted=st.sampled_from([0, 25]),
)
def test_long_postings_find_and_score_as_whoosh(
    tmp_path_factory: pytest.TempPathFactory,
    seed: int,
    phrase: list[str],
    common: set[str],
    deleted: int,
) -> None:
    ix = build(tmp_path_factory.mktemp("ix"), seed, common, deleted)
    with ix.searcher() as searcher:
        assert hits(searcher, Phrase("body", phrase)) == hits(searcher, wq.Phrase("body", phrase))
        # the position check alone, against a document-by-document check
        decode = wa.position_decoder(searcher.schema["body"])
        for leaf, _ in searcher.reader().leaf_readers():
            words = [w.encode() for w in phrase]
            if any(("body", w) not in leaf for w in words):
                continue
            runs = [read(leaf, "body", w, values=True) for w in words]
            candidates = runs[0].ids
            for run in runs[1:]:
                candidates = np.intersect1d(candidates, run.ids)
            expected = []
            for doc in candidates.tolist():
                poses = [
                    set(decode(run.values[int(np.searchsorted(run.ids, doc))])) for run in runs
                ]
                expected.append(
                    any(all(p + k in poses[k] for k in range(len(runs))) for p in poses[0])
                )
            assert phrase_hits(candidates, runs, decode).tolist() == expected
