"""Ranking quality: the benchmark's metrics and collection parser, the BM25F weighting,
and (slow) ours at or above SQLite FTS5 bm25 on Cranfield and CACM."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from whoosh import fields
from whoosh.filedb.filestore import RamStorage

from benchmarks.ir_collections import (
    average_precision,
    load_cacm,
    ndcg,
    read_binary_qrels,
    read_records,
)
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search.results import SearchRequest
from desktop_app.core.search.weighting import Weighting
from desktop_app.core.service import Catalogue
from tests.conftest import SHARED_DATA


# -- metrics on hand-computed cases --------------------------------------------------------------
def test_average_precision_by_hand() -> None:
    # relevant 1, 3 and 9 (never retrieved): precision 1/1 at rank 1, 2/4 at rank 4
    assert average_precision([1, 2, 4, 3], {1: 1, 3: 1, 9: 1}) == pytest.approx((1 + 0.5) / 3)
    assert average_precision([5, 6], {1: 1}) == 0.0
    assert average_precision([1, 1, 2], {1: 1, 2: 1}) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([1], {}) == 0.0


def test_ndcg_by_hand() -> None:
    rel = {1: 3, 2: 2, 3: 1}
    assert ndcg([1, 2, 3], rel, 10) == pytest.approx(1.0)
    dcg = 1 / math.log2(2) + 3 / math.log2(3) + 2 / math.log2(4)  # order 3, 1, 2
    idcg = 3 / math.log2(2) + 2 / math.log2(3) + 1 / math.log2(4)
    assert ndcg([3, 1, 2], rel, 10) == pytest.approx(dcg / idcg)
    # only the first k count: the relevant document at rank 3 is outside k = 2
    assert ndcg([7, 8, 1], {1: 1}, 2) == 0.0
    assert ndcg([1], {}, 10) == 0.0


# -- the SMART-format parser ---------------------------------------------------------------------
CACM_DOCS = """.I 1
.T
Preliminary Report-International Algebraic Language
.B
CACM December, 1958
.A
Perlis, A. J.
Samelson,K.
.N
CA581203 JB March 22, 1978  8:28 PM
.X
100\t5\t1
.I 2
.T
Extraction of Roots by Repeated Subtractions
.W
A method of extracting roots
 by subtraction.
.A
Sugai, I.
.I 3
.T
Title only, no authors\r
"""
CACM_QUERIES = """.I 1
.W
 What articles exist which deal with TSS?
.N
 1. Richard Alexander
.I 2
.W
 Roots and subtractions
.I 3
.W
 A query nobody judged
.I 0
"""


def test_records_are_read_tolerantly() -> None:
    docs = read_records(CACM_DOCS.splitlines(keepends=True))
    assert [d.id for d in docs] == ["1", "2", "3"]
    assert docs[0].get("T") == "Preliminary Report-International Algebraic Language"
    assert docs[0].get("W") == ""  # title-only
    assert docs[0].lines("A") == ["Perlis, A. J.", "Samelson,K."]
    assert docs[0].get("X") == "100\t5\t1"
    assert docs[1].get("W") == "A method of extracting roots by subtraction."
    assert docs[2].get("T") == "Title only, no authors"  # a Windows line end, no last newline
    queries = read_records(CACM_QUERIES.splitlines(keepends=True))
    assert [q.id for q in queries] == ["1", "2", "3", "0"]
    assert queries[-1].sections == {}  # the stray empty ".I 0"
    # text before any ".I", or a section marker outside a record, is ignored
    assert [r.id for r in read_records(["junk\n", ".W\n", "more\n", ".I 7\n"])] == ["7"]


def test_cacm_keeps_judged_queries_and_title_only_records(tmp_path: Path) -> None:
    (tmp_path / "cacm.all").write_text(CACM_DOCS, "utf-8")
    (tmp_path / "query.text").write_text(CACM_QUERIES, "utf-8")
    (tmp_path / "qrels.text").write_text("01 2  0 0\n02 2  0 0\n02 1  0 0\n\n00 3 0 0\n", "utf-8")
    c = load_cacm(tmp_path)
    assert [d.id for d in c.docs] == [1, 2, 3]
    assert c.docs[0].abstract == "" and c.docs[0].authors == ("Perlis, A. J.", "Samelson,K.")
    assert c.docs[2].authors == ()
    assert c.queries == {1: "What articles exist which deal with TSS?", 2: "Roots and subtractions"}
    assert c.qrels == {1: {2: 1}, 2: {2: 1, 1: 1}}


def test_binary_qrels_skip_what_is_not_a_judgement() -> None:
    assert read_binary_qrels("01 1410  0 0\nx y\n7\n01 1572 0 0\n") == {1: {1410: 1, 1572: 1}}


# -- the weighting ------------------------------------------------------------------------------
def test_idf_is_bm25s_and_a_fields_average_length_counts_only_documents_holding_it() -> None:
    schema = fields.Schema(body=fields.TEXT, text=fields.TEXT)
    ix = RamStorage().create_index(schema)
    with ix.writer() as w:
        w.add_document(body="alpha beta", text="alpha beta gamma delta epsilon zeta")
        for _ in range(3):
            w.add_document(body="beta gamma delta eta", text="")
    weighting = Weighting()
    with ix.searcher(weighting=weighting) as searcher:
        # "alpha" is in 1 of 4 documents: log(1 + (4 - 1 + 0.5) / (1 + 0.5))
        assert weighting.idf(searcher, "body", b"alpha") == pytest.approx(math.log(1 + 3.5 / 1.5))
        # the text field's average is its one holder's length, not 6 / 4
        assert weighting.scorer(searcher, "text", b"alpha").avgfl == pytest.approx(6.0)
        assert weighting.scorer(searcher, "body", b"alpha").avgfl == pytest.approx(14 / 4)


def test_a_summary_does_not_cost_a_record_its_titles_weight(empty: Library) -> None:
    """The title is scored apart from the rest of body (BM25F proper): a title word
    scores the same in a record with a long summary as in a title-only record. By
    repetition alone (one length for all of body) the title-only record scored far
    higher, only for lacking a summary."""
    from desktop_app.core.search.engine import SearchEngine

    cat = Catalogue(empty)
    long = " ".join(f"unrelated{i} words about schools" for i in range(40))
    first = cat.create(ResourceData(title="Mandatory reporting duties", summary=long)).id
    second = cat.create(ResourceData(title="Mandatory reporting duties")).id
    cat.create(ResourceData(title="Other things", summary="Nothing here"))
    engine = SearchEngine(cat)
    engine.open()
    try:
        match = engine._match("reporting", False)
        assert match.docs is not None and match.scores is not None
        by_rid = dict(
            zip(engine._rid_by_doc[match.docs].tolist(), match.scores.tolist(), strict=True)
        )
        assert by_rid[first] == pytest.approx(by_rid[second])
        # Whoosh's own collector (used for queries numpy does not score) agrees
        hits = engine._searcher.search(match.compiled.query, limit=None, scored=True)
        whoosh = {int(engine._rid_by_doc[h.docnum]): h.score for h in hits}
        assert whoosh == pytest.approx(by_rid)
        # the summary's words still count: a word of the summary finds only the first
        assert engine.search(SearchRequest(query="unrelated3", limit=5)).ids == [first]
    finally:
        engine.close()


# -- quality on two test collections -------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("name", ["cranfield", "cacm"])
def test_ranking_at_or_above_fts5_bm25(name: str) -> None:
    from benchmarks import search_quality as sq

    folder, load = sq.LOADERS[name]
    if not (SHARED_DATA / folder).is_dir():
        pytest.skip(f"{SHARED_DATA / folder} is missing")
    scores = sq.evaluate(load(SHARED_DATA / folder))
    ours = scores["ours"]
    for peer, _weights in sq.FTS_PEERS:
        assert ours.map >= scores[peer].map, (name, peer, scores)
        assert ours.ndcg10 >= scores[peer].ndcg10, (name, peer, scores)
