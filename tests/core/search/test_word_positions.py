"""The common words' positions and the word pairs' postings a rebuild saves as arrays
beside each segment: phrases and postings read from them are what Whoosh's own phrase
query and matcher give (the slow path), deletions included; a segment without them
falls back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema

from desktop_app.core.search.phrase import Phrase
from desktop_app.core.search.postings import pair_arrays, read, word_positions
from desktop_app.core.search.schema import pair_field, stem_analyzer
from desktop_app.core.search.segment_builder import SegmentBuilder
from desktop_app.core.search.whoosh_adapter import index_location, publish_segments

WORDS = ["child", "care", "policy", "online", "the", "rare"]
COMMON = frozenset({"child", "care", "polici", "onlin"})  # "rare" is not: no arrays
EXAMPLES = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def schema() -> Schema:
    return Schema(
        key=ID(stored=True, unique=True),
        body=TEXT(analyzer=stem_analyzer(), phrase=True),
        body_pairs=pair_field("body", COMMON),
    )


def built(folder: Path, texts: list[str], deleted: list[int]) -> Any:
    """An index written as a rebuild writes it (one segment), some documents deleted."""
    folder.mkdir(exist_ok=True)
    ix = whoosh_index.create_in(str(folder), schema())
    builder = SegmentBuilder(*index_location(ix), ix.schema)
    for i, text in enumerate(texts):
        builder.add({"key": str(i), "body": text, "body_pairs": text})
    publish_segments(ix, ix.schema, [builder.finish()])
    if deleted:
        writer = ix.writer()
        for i in deleted:
            writer.delete_by_term("key", str(i))
        writer.commit(merge=False)
    return ix


def texts_of(seed: int, n: int) -> list[str]:
    rng = np.random.default_rng(seed)
    p = [0.3, 0.2, 0.2, 0.15, 0.1, 0.05]
    return [" ".join(rng.choice(WORDS, size=int(rng.integers(0, 16)), p=p)) for _ in range(n)]


def hits(searcher: Any, query: Any) -> list[tuple[str, float]]:
    return sorted((h["key"], round(h.score, 9)) for h in searcher.search(query, limit=None))


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    n=st.sampled_from([5, 300]),
    phrase=st.lists(st.sampled_from(sorted(COMMON | {"rare"})), min_size=2, max_size=4),
    deleted=st.lists(st.integers(0, 299), max_size=20),
)
def test_phrases_and_postings_from_the_arrays_are_whooshs(
    tmp_path_factory: pytest.TempPathFactory,
    seed: int,
    n: int,
    phrase: list[str],
    deleted: list[int],
) -> None:
    ix = built(tmp_path_factory.mktemp("ix"), texts_of(seed, n), [d for d in deleted if d < n])
    with ix.searcher() as searcher:
        assert hits(searcher, Phrase("body", phrase)) == hits(searcher, wq.Phrase("body", phrase))
        for leaf, _ in searcher.reader().leaf_readers():
            side = word_positions(leaf, "body")
            assert side is not None and set(side.terms) <= {w.encode() for w in COMMON}
            assert n < 10 or pair_arrays(leaf, "body_pairs") is not None
            for word in COMMON | {"rare"}:
                term = word.encode()
                if ("body", term) not in leaf:
                    continue
                m = leaf.postings("body", term)
                expected = []
                while m.is_active():
                    expected.append((m.id(), m.weight()))
                    m.next()
                found = read(leaf, "body", term)
                assert list(zip(found.ids.tolist(), found.weights.tolist(), strict=True)) == (
                    expected
                )


def test_a_phrase_of_common_words_is_read_from_the_arrays(tmp_path: Path) -> None:
    """An index written by Whoosh's writer (as edits are) has no arrays and finds the
    same: the answer never depends on them, only the speed."""
    texts = ["online child care policy", "child care online", "policy child care online"]
    words = ["child", "care", "onlin"]
    ix = built(tmp_path / "rebuilt", texts, [])
    with ix.searcher() as searcher:
        leaf = next(iter(searcher.reader().leaf_readers()))[0]
        assert word_positions(leaf, "body") is not None
        assert [k for k, _ in hits(searcher, Phrase("body", words))] == ["1", "2"]
    (tmp_path / "written").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "written"), schema())
    writer = ix.writer()
    for i, text in enumerate(texts):
        writer.add_document(key=str(i), body=text, body_pairs=text)
    writer.commit()
    with ix.searcher() as searcher:
        leaf = next(iter(searcher.reader().leaf_readers()))[0]
        assert word_positions(leaf, "body") is None
        assert [k for k, _ in hits(searcher, Phrase("body", words))] == ["1", "2"]


def test_the_arrays_go_with_their_segment(tmp_path: Path) -> None:
    """Named as the segment's own files, Whoosh removes them with the segment."""
    ix = built(tmp_path, ["online child care", "child care"], [])
    assert list(tmp_path.glob("*.cwpos.json")) and list(tmp_path.glob("*.pairs.json"))
    publish_segments(ix, ix.schema, [])
    assert not list(tmp_path.glob("*.cwpos.*")) and not list(tmp_path.glob("*.pairs.*"))
