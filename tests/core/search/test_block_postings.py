"""Postings read a block at a time are exactly what stepping Whoosh's matcher gives."""

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

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.matching import docs_of
from desktop_app.core.search.postings import read

SCHEMA = Schema(key=ID(stored=True), body=TEXT(phrase=True))
WORDS = ["aa", "bb", "cc", "dd"]
EXAMPLES = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def build(folder: Path, seed: int, n: int, deleted: set[int], plain: bool = False) -> Any:
    """Two segments of ``n`` documents each (terms span several blocks of 128); their
    files ``plain`` as the app writes them (read with ``pread``), else compound."""
    rng = np.random.default_rng(seed)
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    key = 0
    for _ in range(2):
        writer = ix.writer(**(wa.WRITER_OPTIONS if plain else {}))
        for _ in range(n):
            words = rng.choice(WORDS, size=int(rng.integers(0, 6)), p=[0.6, 0.25, 0.1, 0.05])
            writer.add_document(key=str(key), body=" ".join(words))
            key += 1
        writer.commit(merge=False)
    if deleted:
        writer = ix.writer()
        for k in deleted:
            writer.delete_by_term("key", str(k))
        writer.commit(merge=False)
    return ix


def stepped(reader: Any, word: str) -> tuple[list[int], list[float], list[bytes]]:
    m = reader.postings("body", word.encode())
    ids, weights, values = [], [], []
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        values.append(m.value())
        m.next()
    return ids, weights, values


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    n=st.sampled_from([1, 3, 130, 400]),
    deleted=st.sets(st.integers(0, 799), max_size=40),
    within_seed=st.integers(0, 10_000),
    plain=st.booleans(),
)
def test_blocks_read_as_the_matcher_steps(
    tmp_path_factory: pytest.TempPathFactory,
    seed: int,
    n: int,
    deleted: set[int],
    within_seed: int,
    plain: bool,
) -> None:
    ix = build(tmp_path_factory.mktemp("ix"), seed, n, deleted, plain)
    rng = np.random.default_rng(within_seed)
    with ix.searcher() as searcher:
        for leaf, _ in searcher.reader().leaf_readers():
            size = leaf.doc_count_all()
            within = np.unique(rng.integers(0, max(size, 1), size=int(rng.integers(0, 20))))
            for word in WORDS:
                if ("body", word.encode()) not in leaf:
                    continue
                ids, weights, values = stepped(leaf, word)
                whole = read(leaf, "body", word.encode(), values=True)
                assert whole.ids.tolist() == ids
                assert whole.weights.tolist() == weights
                assert whole.values == values
                part = read(leaf, "body", word.encode(), within, values=True)
                wanted = [i for i, d in enumerate(ids) if d in set(within.tolist())]
                assert part.ids.tolist() == [ids[i] for i in wanted]
                assert part.weights.tolist() == [weights[i] for i in wanted]
                assert part.values == [values[i] for i in wanted]
                info = wa.term_info(leaf, "body", word.encode())
                bare = read(leaf, "body", word.encode(), info=info)  # no values: from the file
                assert (bare.ids.tolist(), bare.weights.tolist()) == (ids, weights)
                bare = read(leaf, "body", word.encode(), within, info=info)
                assert bare.ids.tolist() == [ids[i] for i in wanted]
                assert bare.weights.tolist() == [weights[i] for i in wanted]
        for sub, _ in searcher.leaf_searchers():
            for word in WORDS:
                q = wq.Term("body", word)
                assert docs_of(q, sub).tolist() == sorted(q.docs(sub))


def test_a_term_of_many_documents_is_read_in_blocks(tmp_path: Path) -> None:
    """The fast path is taken (not the fallback that steps the matcher)."""
    ix = build(tmp_path, 1, 400, {3, 200})
    with ix.searcher() as searcher:
        leaf = next(iter(searcher.reader().leaf_readers()))[0]
        block = wa.block_postings(leaf, "body", b"aa", values=True)
        assert block is not None
        assert block[0].tolist() == stepped(leaf, "aa")[0]
        assert len(block[0]) > 128
