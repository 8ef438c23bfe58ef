"""Boolean structure on id arrays finds exactly what Whoosh's matchers find."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from whoosh import query as wq

from desktop_app.core.search.compile import Expanded
from desktop_app.core.search.matching import match_docs
from desktop_app.core.search.phrase import Phrase

from .test_phrase import DELETED, INDEX_EXAMPLES, TEXTS, WORDS, index_of

LEAVES = st.one_of(
    st.sampled_from(WORDS).map(lambda w: wq.Term("body", w)),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(lambda ws: Phrase("body", ws)),
    st.just(wq.Term("body", "absent")),
    st.just(wq.Prefix("body", "ch")),
)


NO_BOOST = st.just(1.0)


def trees(
    leaves: Any, boosts: Any = NO_BOOST, *, bare_not: bool = True, expanded: bool = False
) -> Any:
    """Query trees over ``leaves``: AND, OR (with ``boosts``), NOT inside an AND and,
    with ``bare_not``, NOT on its own; with ``expanded``, thesaurus expansions (an OR
    whose first part is the words as typed)."""

    def branches(kids: Any) -> Any:
        made = [
            st.tuples(st.lists(kids, min_size=1, max_size=3), boosts).map(
                lambda t: wq.And(t[0], boost=t[1])
            ),
            st.tuples(st.lists(kids, min_size=1, max_size=3), boosts).map(
                lambda t: wq.Or(t[0], boost=t[1])
            ),
            st.tuples(kids, kids).map(lambda ab: wq.And([ab[0], wq.Not(ab[1])])),
        ]
        if bare_not:
            made.append(kids.map(wq.Not))
        if expanded:
            made.append(st.lists(kids, min_size=2, max_size=3).map(Expanded))
        return st.one_of(*made)

    return st.recursive(leaves, branches, max_leaves=6)


@INDEX_EXAMPLES
@given(
    texts=TEXTS,
    deleted=DELETED,
    query=trees(LEAVES),
)
@example(  # Whoosh's own answer here includes the deleted last document, 11
    texts=[""] * 10 + ["child", ""], deleted={11}, query=wq.Not(wq.Term("body", "child"))
)
def test_same_documents_as_docs_for_query(
    texts: list[str], deleted: set[int], query: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    ix = index_of(tmp_path_factory.mktemp("match"), texts, deleted)
    with ix.searcher() as searcher:
        ours = match_docs(searcher, query).tolist()
        # Whoosh's NOT matcher can yield a deleted document (the last of a segment)
        live = [d for d in searcher.docs_for_query(query) if not searcher.reader().is_deleted(d)]
        assert ours == sorted(live), query
