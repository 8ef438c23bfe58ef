"""What the search package relies on in Whoosh beyond its documented API, one test a
behaviour (numbered as in ``whoosh_adapter``'s docstring). After a Whoosh upgrade:
run this file; a failure names the adapter function to change."""

from __future__ import annotations

import pickle
import random
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.analysis import (
    CharsetFilter,
    DelimitedAttributeFilter,
    RegexTokenizer,
    StandardAnalyzer,
    StemFilter,
)
from whoosh.fields import COLUMN, ID, TEXT, FieldType, Schema

from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.whoosh_adapter import blocks as wa_blocks

SCHEMA = Schema(key=ID(stored=True), body=TEXT(phrase=True))
BM25 = scoring.BM25F(B=0.75, K1=1.6)


def index_of(folder: Path, *segments: list[str], schema: Schema = SCHEMA) -> Any:
    """One segment per list of texts; document keys number the texts from 0."""
    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), schema)
    key = 0
    for texts in segments:
        writer = ix.writer()
        for text in texts:
            writer.add_document(key=str(key), body=text)
            key += 1
        writer.commit(merge=False)
    return ix


def delete(ix: Any, *keys: int) -> None:
    writer = ix.writer()
    for key in keys:
        writer.delete_by_term("key", str(key))
    writer.commit(merge=False)


def scores(searcher: Any, query: Any) -> dict[int, float]:
    return {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}


def stepped(leaf: Any, word: bytes) -> list[tuple[int, float]]:
    """(document, weight) of each of ``word``'s live postings, stepping Whoosh's matcher."""
    m = leaf.postings("body", word)
    found = []
    while m.is_active():
        found.append((m.id(), m.weight()))
        m.next()
    return found


def visible(searcher: Any, *words: str) -> list[list[int]]:
    return [sorted(searcher.docs_for_query(wq.Term("body", w))) for w in words]


# 1 ------------------------------------------------------------------------------------------------
def test_the_table_of_contents_counts_the_live_documents(tmp_path: Path) -> None:
    ix = index_of(tmp_path, ["aa bb", "aa"], ["bb", "cc", "aa cc"])
    assert wa.live_doc_count(ix) == 5
    delete(ix, 1, 3)
    with ix.searcher() as searcher:
        assert wa.live_doc_count(ix) == searcher.doc_count() == 3


# 2 ------------------------------------------------------------------------------------------------
def test_a_segment_keeps_its_id_through_deletions_and_an_empty_index_has_none(
    tmp_path: Path,
) -> None:
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    with ix.searcher() as searcher:
        assert [wa.segment_id(leaf) for leaf, _ in searcher.reader().leaf_readers()] == [None]
    ix = index_of(tmp_path / "full", ["aa", "bb"], ["cc"])
    with ix.searcher() as searcher:
        before = [wa.segment_id(leaf) for leaf, _ in searcher.reader().leaf_readers()]
    assert len(set(before)) == 2 and all(isinstance(i, str) for i in before)
    delete(ix, 0)
    with ix.searcher() as searcher:
        after = [wa.segment_id(leaf) for leaf, _ in searcher.reader().leaf_readers()]
        assert searcher.doc_count() == 2
    assert after == before


# 3, 4 ---------------------------------------------------------------------------------------------
def test_a_refreshed_searcher_sees_deletions_and_keeps_unchanged_term_readers(
    tmp_path: Path,
) -> None:
    ix = index_of(tmp_path, ["aa bb", "aa"], ["bb", "cc"])
    old = ix.searcher(weighting=BM25)
    old_terms = {wa.segment_id(leaf): leaf._terms for leaf, _ in old.reader().leaf_readers()}
    delete(ix, 0, 2)  # one document in each segment
    writer = ix.writer()
    writer.add_document(key="4", body="aa dd")
    writer.commit(merge=False)
    new = wa.refreshed_searcher(old, ix, BM25)
    with ix.searcher(weighting=BM25) as fresh:
        assert new.doc_count() == fresh.doc_count() == 3
        assert visible(new, "aa", "bb", "cc", "dd") == visible(fresh, "aa", "bb", "cc", "dd")
        assert scores(new, wq.Term("body", "aa")) == scores(fresh, wq.Term("body", "aa"))
    leaves = new.reader().leaf_readers()
    assert len(leaves) == 3
    kept = [leaf for leaf, _ in leaves if wa.segment_id(leaf) in old_terms]
    assert len(kept) == 2
    assert all(leaf._terms is old_terms[wa.segment_id(leaf)] for leaf in kept)
    assert all(leaf.generation() == ix.latest_generation() for leaf in kept)
    # segments merged away are closed and their documents read from the new one
    writer = ix.writer()
    writer.commit(optimize=True)
    merged = wa.refreshed_searcher(new, ix, BM25)
    assert all(leaf.is_closed for leaf in kept)
    with ix.searcher() as fresh:
        assert visible(merged, "aa", "bb", "dd") == visible(fresh, "aa", "bb", "dd")
    empty = index_of(tmp_path / "empty")
    assert wa.refreshed_searcher(None, empty, BM25).doc_count() == 0


# 5 ------------------------------------------------------------------------------------------------
def test_a_searcher_knows_the_index_object_it_was_opened_from(tmp_path: Path) -> None:
    ix = index_of(tmp_path, ["aa"])
    again = whoosh_index.open_dir(str(tmp_path))
    with ix.searcher() as searcher:
        assert wa.opened_from(searcher, ix)
        assert not wa.opened_from(searcher, again)


# 6 ------------------------------------------------------------------------------------------------
def test_a_segment_written_through_the_codec_is_read_by_whoosh(tmp_path: Path) -> None:
    schema = Schema(key=ID(stored=True), body=TEXT(phrase=True), n=COLUMN(wa.uint_column()))
    ix = whoosh_index.create_in(str(tmp_path), schema)
    files = wa.NewSegment(*wa.index_location(ix))
    docs = [("a", 7), ("b", 9)]  # body: "aa bb aa", "bb"
    for docnum, (key, n) in enumerate(docs):
        files.documents.start_doc(docnum)
        files.documents.add_field("body", schema["body"], None, 3 - 2 * docnum)
        files.documents.add_field("key", schema["key"], key, 0)
        files.documents.add_field("n", schema["n"], None, 0)
        files.documents.add_column_value("n", schema["n"].column_type, n)
        files.documents.finish_doc()
    postings = files.postings(len(docs))
    encode = wa.position_encoder(schema["body"])
    postings.start_field("body", schema["body"])
    for term, found in ((b"aa", [(0, [0, 2])]), (b"bb", [(0, [1]), (1, [0])])):
        postings.start_term(term)
        for docnum, positions in found:
            length = wa.stored_length(3 - 2 * docnum)
            postings.add(docnum, float(len(positions)), encode(positions), length)
        postings.finish_term()
    postings.finish_field()
    postings.start_field("key", schema["key"])
    for docnum, term in enumerate((b"a", b"b")):
        postings.start_term(term)
        postings.add(docnum, 1.0, b"", 0)
        postings.finish_term()
    postings.finish_field()
    postings.close()
    wa.publish_segments(ix, schema, [files.segment])
    reopened = whoosh_index.open_dir(str(tmp_path))
    with reopened.searcher() as searcher:
        assert searcher.doc_count() == 2
        assert [hit["key"] for hit in searcher.search(wq.Term("body", "bb"))] == ["b", "a"]
        assert list(searcher.docs_for_query(wq.Phrase("body", ["aa", "bb"]))) == [0]
        assert list(searcher.document_numbers(key="b")) == [1]
        reader = searcher.reader()
        assert list(reader.column_reader("n")) == [7, 9]
        assert [reader.doc_field_length(d, "body") for d in (0, 1)] == [3, 1]
        assert reader.stored_fields(0) == {"key": "a"}


# 7 ------------------------------------------------------------------------------------------------
def test_publishing_segments_makes_them_the_next_generation_and_clears_the_rest(
    tmp_path: Path,
) -> None:
    ix = index_of(tmp_path, ["aa"], ["bb"])
    before = set(wa.folder_storage(tmp_path))
    generation = ix.latest_generation()
    with ix.searcher() as searcher:
        keep = [leaf.segment() for leaf, _ in searcher.reader().leaf_readers()][1]
    wa.publish_segments(ix, ix.schema, [keep])
    assert ix.latest_generation() == generation + 1
    after = set(wa.folder_storage(tmp_path))
    assert after < before | {f"_MAIN_{generation + 1}.toc"}
    assert f"_MAIN_{generation}.toc" not in after
    assert wa.index_location(ix)[1] == "MAIN"
    with whoosh_index.open_dir(str(tmp_path)).searcher() as searcher:
        assert visible(searcher, "aa", "bb") == [[], [0]]


# 8 ------------------------------------------------------------------------------------------------
def test_the_writer_option_keeps_a_segments_files_separate(tmp_path: Path) -> None:
    for folder, options in ((tmp_path / "plain", wa.WRITER_OPTIONS), (tmp_path / "compound", {})):
        folder.mkdir()
        ix = whoosh_index.create_in(str(folder), SCHEMA)
        writer = ix.writer(**options)
        writer.add_document(key="0", body="aa bb")
        writer.commit()
        compound = [name for name in wa.folder_storage(folder) if name.endswith(".seg")]
        assert bool(compound) == (options is not wa.WRITER_OPTIONS)


# 9 ------------------------------------------------------------------------------------------------
def test_a_field_length_is_kept_as_one_byte(tmp_path: Path) -> None:
    lengths = [1, 2, 3, 9, 10, 11, 100, 1000, 5000, 70_000]
    ix = index_of(tmp_path, [" ".join(["wd"] * n) for n in lengths])
    with ix.searcher() as searcher:
        read = [searcher.reader().doc_field_length(d, "body") for d in range(len(lengths))]
    assert read == [wa.stored_length(n) for n in lengths]
    assert read[:4] == lengths[:4] and read[-3:] != lengths[-3:]  # rounded when long


# 10 -----------------------------------------------------------------------------------------------
TEXTS = [
    "aa bb cc",
    "aa aa bb dd ee ff gg",
    "bb cc cc cc",
    "aa " * 7 + "zz",
    "cc dd",
    "aa bb bb " + "ff " * 30,
]


def test_bm25_over_arrays_gives_whooshs_scores_to_the_last_bit(tmp_path: Path) -> None:
    ix = index_of(tmp_path, TEXTS[:3], TEXTS[3:])
    with ix.searcher(weighting=BM25) as searcher:
        for word in ("aa", "bb", "cc", "ff"):
            theirs = scores(searcher, wq.Term("body", word))
            ours: dict[int, float] = {}
            for sub, offset in searcher.leaf_searchers():
                scorer = searcher.weighting.scorer(sub, "body", word.encode())
                assert wa.is_bm25(scorer)
                m = sub.reader().postings("body", word.encode())
                docs, tf = [], []
                while m.is_active():
                    docs.append(m.id())
                    tf.append(m.weight())
                    m.next()
                fl = wa.field_lengths(sub.reader(), "body", docs)
                found = wa.bm25_scores(scorer, np.array(tf), fl)
                assert found is not None
                ours.update({d + offset: s for d, s in zip(docs, found.tolist(), strict=True)})
                # 20: the whole index's scorer, detached from its searcher, scores alike
                whole = wa.detached(searcher.weighting.scorer(searcher, "body", word.encode()))
                again = wa.bm25_scores(whole, np.array(tf), fl)
                assert again is not None and again.tolist() == found.tolist()
            assert ours == theirs, word  # equal, not close
        other = scoring.TF_IDF().scorer(searcher, "body", b"aa")
        assert not wa.is_bm25(other)
        assert wa.bm25_scores(other, np.ones(1), np.ones(1)) is None
        assert wa.detached(other) is None


def test_a_scorer_reads_only_the_document_and_weight_of_a_posting(tmp_path: Path) -> None:
    ix = index_of(tmp_path, TEXTS)
    for weighting in (BM25, scoring.TF_IDF(), scoring.PL2()):
        with ix.searcher(weighting=weighting) as searcher:
            scorer = weighting.scorer(searcher, "body", b"bb")
            m = searcher.reader().postings("body", b"bb")
            theirs = scores(searcher, wq.Term("body", "bb"))
            while m.is_active():
                assert wa.score_one(scorer, m.id(), m.weight()) == theirs[m.id()]
                m.next()


# 11 -----------------------------------------------------------------------------------------------
def test_a_term_matcher_scores_with_the_contexts_weighting_else_the_searchers(
    tmp_path: Path,
) -> None:
    ix = index_of(tmp_path, TEXTS)
    with ix.searcher(weighting=BM25) as searcher:
        term = wq.Term("body", "aa")
        for context in (None, searcher.context(weighting=scoring.TF_IDF())):
            weighting = wa.weighting_for(searcher, context)
            scorer = weighting.scorer(searcher, "body", b"aa")
            m = term.matcher(searcher, context)
            while m.is_active():
                assert m.score() == wa.score_one(scorer, m.id(), m.weight())
                m.next()
        assert type(wa.weighting_for(searcher, None)) is scoring.BM25F
        unscored = searcher.context(weighting=None)
        assert type(wa.weighting_for(searcher, unscored)) is scoring.BM25F
        assert type(wa.weighting_for(searcher, searcher.context())) is scoring.BM25F


# 12 -----------------------------------------------------------------------------------------------
def phrase_texts(words: list[str]) -> Iterator[str]:
    rng = random.Random(11)
    for _ in range(80):
        filler = ["zz"] * rng.randint(0, 40)
        yield " ".join(words + [rng.choice(words) for _ in range(rng.randint(0, 9))] + filler)


def test_a_phrase_sums_its_words_scores_as_a_binary_tree(tmp_path: Path) -> None:
    words = ["aa", "bb", "cc", "dd", "ee"]
    ix = index_of(tmp_path, list(phrase_texts(words)))
    differs = False
    with ix.searcher(weighting=BM25) as searcher:
        for n in (2, 3, 4, 5):
            phrase = wq.Phrase("body", words[:n])
            per_word = [scores(searcher, wq.Term("body", w)) for w in words[:n]]
            m = phrase.matcher(searcher)
            while m.is_active():
                doc = m.id()
                parts = [found[doc] for found in per_word]
                weights = [searcher.reader().postings("body", w.encode()) for w in words[:n]]
                for wm in weights:
                    wm.skip_to(doc)
                assert m.score() == wa.intersection_sum(parts)
                assert m.weight() == wa.intersection_sum([wm.weight() for wm in weights])
                left_to_right = 0.0
                for part in parts:
                    left_to_right += part
                differs |= left_to_right != m.score()
                m.next()
    assert differs  # the order of the sum shows in the last bit for these documents


def test_an_ands_not_adds_one_to_each_score(tmp_path: Path) -> None:
    ix = index_of(tmp_path, TEXTS)
    with ix.searcher(weighting=BM25) as searcher:
        alone = scores(searcher, wq.Term("body", "aa"))
        without = scores(searcher, wq.And([wq.Term("body", "aa"), wq.Not(wq.Term("body", "ff"))]))
        assert without and without.keys() < alone.keys()
        assert without == {doc: alone[doc] + wa.AND_NOT_SCORE for doc in without}


def test_an_and_or_or_of_one_subquery_is_that_subquery_without_its_boost(
    tmp_path: Path,
) -> None:
    ix = index_of(tmp_path, TEXTS)
    term = wq.Term("body", "bb", boost=1.5)
    with ix.searcher(weighting=BM25) as searcher:
        for kind in (wq.And, wq.Or):
            one = kind([term], boost=3.0)
            assert wa.lone_subquery(one) is term
            assert scores(searcher, one) == scores(searcher, term)
    assert wa.lone_subquery(wq.And([term, wq.Term("body", "aa")])) is None
    assert wa.lone_subquery(term) is None


# 13 -----------------------------------------------------------------------------------------------
def test_a_hits_matcher_walks_skips_copies_and_boosts(tmp_path: Path) -> None:
    m = wa.hits_matcher([1, 4, 7], [0.5, 1.5, 2.5], [1.0, 2.0, 3.0])
    walked = []
    while m.is_active():
        walked.append((m.id(), m.score(), m.weight()))
        m.next()
    assert walked == [(1, 0.5, 1.0), (4, 1.5, 2.0), (7, 2.5, 3.0)]
    m = wa.hits_matcher([1, 4, 7], [0.5, 1.5, 2.5], [1.0, 2.0, 3.0])
    m.skip_to(3)
    copy = m.copy()
    assert (m.id(), copy.id(), copy.score(), copy.weight()) == (4, 4, 1.5, 2.0)
    rest = []
    while copy.is_active():
        rest.append(copy.id())
        copy.next()
    assert rest == [4, 7] and m.id() == 4
    boosted = wa.hits_matcher([2], [1.25], [1.0], boost=2.0)
    assert (boosted.id(), boosted.score()) == (2, 2.5)
    assert not wa.hits_matcher([], [], []).is_active()


# 14 -----------------------------------------------------------------------------------------------
def test_a_positional_fields_format_encodes_what_whoosh_stores(tmp_path: Path) -> None:
    schema = Schema(
        key=ID(stored=True),
        body=TEXT(phrase=True),
        boosted=TEXT(phrase=True, field_boost=2.0),
        plain=TEXT(phrase=False),
    )
    assert wa.plain_positions(schema["body"]) and wa.has_positions(schema["body"])
    assert not wa.plain_positions(schema["boosted"]) and wa.has_positions(schema["boosted"])
    assert wa.field_boost(schema["boosted"]) == 2.0
    assert not wa.plain_positions(schema["plain"]) and not wa.has_positions(schema["plain"])
    assert not wa.plain_positions(schema["key"]) and not wa.has_positions(schema["key"])
    ix = index_of(tmp_path, ["aa bb aa cc aa"], schema=schema)
    with ix.searcher() as searcher:
        value = searcher.reader().postings("body", b"aa").value()
    assert value == wa.position_encoder(schema["body"])([0, 2, 4])
    assert wa.position_decoder(schema["body"])(value) == [0, 2, 4]


def test_term_positions_are_what_the_writer_indexes(tmp_path: Path) -> None:
    boosting = RegexTokenizer(r"\S+") | DelimitedAttributeFilter(attribute="boost", type=float)
    for analyzer, text in (
        (StandardAnalyzer(), "The cat and the other cat of a Cat: the end"),
        (boosting, "aa^2.0 bb aa^0.5 cc aa bb^3.0"),
    ):
        schema = Schema(key=ID(stored=True), body=TEXT(analyzer=analyzer, phrase=True))
        ix = index_of(tmp_path / str(id(analyzer)), [text], schema=schema)
        poses, boosts = wa.term_positions(analyzer, text)
        decode = wa.position_decoder(schema["body"])
        with ix.searcher() as searcher:
            reader = searcher.reader()
            assert sorted(poses) == [t.decode() for t in reader.lexicon("body")]
            for term, positions in poses.items():
                m = reader.postings("body", term.encode())
                assert decode(m.value()) == positions
                assert m.weight() == boosts[term]


class DoubledCounts(wa.CountedValues):
    """A format of our own: each posting's value is its count, twice."""

    def postings(self, value: str, analyzer: Any) -> Iterator[tuple[str, int, bytes]]:
        counts: dict[str, int] = {}
        for t in analyzer(value):
            counts[t.text] = counts.get(t.text, 0) + 1
        for term, n in counts.items():
            yield term, n, bytes((n, n))

    def count(self, valuestring: bytes) -> int:
        return valuestring[0]


def test_a_format_of_our_own_is_written_and_read_by_whoosh(tmp_path: Path) -> None:
    counted = FieldType(format=DoubledCounts(field_boost=2.0), analyzer=StandardAnalyzer())
    ix = index_of(tmp_path, ["aa bb aa", "bb"], schema=Schema(key=ID(stored=True), body=counted))
    with whoosh_index.open_dir(str(tmp_path)).searcher() as searcher:  # schema unpickled
        assert type(searcher.schema["body"].format) is DoubledCounts
        m = searcher.reader().postings("body", b"aa")
        assert (m.id(), m.value(), m.weight()) == (0, b"\x02\x02", 4.0)
        assert searcher.reader().frequency("body", b"bb") == 2.0 * 2
        assert sorted(searcher.docs_for_query(wq.Term("body", "bb"))) == [0, 1]
    assert ix.schema["body"].format == DoubledCounts(field_boost=2.0)


# 15 -----------------------------------------------------------------------------------------------
def test_a_numeric_column_holds_unsigned_32_bit_numbers(tmp_path: Path) -> None:
    schema = Schema(key=ID(stored=True), n=COLUMN(wa.uint_column()))
    ix = whoosh_index.create_in(str(tmp_path), schema)
    writer = ix.writer()
    for k, n in enumerate([0, 7, 2**32 - 1]):
        writer.add_document(key=str(k), n=n)
    writer.commit()
    with ix.searcher() as searcher:
        assert list(searcher.reader().column_reader("n", translate=False)) == [0, 7, 2**32 - 1]


@pytest.mark.parametrize("word", ["protection", "protecting", "children", "abuse", "école"])
def test_stemming_and_accent_folding_are_whooshs_filters(word: str) -> None:
    [token] = StemFilter()(RegexTokenizer()(word))
    assert token.text == wa.stem_word(word)
    [folded] = CharsetFilter(wa.ACCENT_MAP)(RegexTokenizer()("Associação"))
    assert folded.text == "Associacao" == "Associação".translate(wa.ACCENT_MAP)


# 19 -----------------------------------------------------------------------------------------------
def test_a_terms_info_looked_up_once_reads_the_postings_that_postings_reads(
    tmp_path: Path,
) -> None:
    texts = [" ".join(["alpha"] * (i % 4 + 1) + ["beta"] * (i % 2)) for i in range(300)]
    ix = index_of(tmp_path / "ix", texts[:150], texts[150:])
    delete(ix, 3, 160, 161)
    with ix.searcher() as s:
        for leaf, _base in s.reader().leaf_readers():
            for word in (b"alpha", b"beta"):
                info = wa.term_info(leaf, "body", word)
                assert info is not None
                assert info.doc_frequency() == leaf.doc_frequency("body", word)
                expected = stepped(leaf, word)
                found = wa.block_postings(leaf, "body", word, info=info)
                assert found is not None
                assert list(zip(found[0].tolist(), found[1].tolist(), strict=True)) == expected
            assert wa.term_info(leaf, "body", b"gamma") is None
            assert wa.term_info(leaf, "nowhere", b"alpha") is None


# 21 -----------------------------------------------------------------------------------------------
def plain_index_of(folder: Path, *segments: list[str]) -> Any:
    """``index_of`` with each segment's files plain, as the app writes them (8)."""
    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    key = 0
    for texts in segments:
        writer = ix.writer(**wa.WRITER_OPTIONS)
        for text in texts:
            writer.add_document(key=str(key), body=text)
            key += 1
        writer.commit(merge=False)
    return ix


def test_postings_read_from_the_file_at_once_are_the_matchers(tmp_path: Path) -> None:
    texts = [" ".join(["alpha"] * (i % 4 + 1) + ["beta"] * (i % 2)) for i in range(700)]
    ix = plain_index_of(tmp_path / "ix", texts[:300], texts[300:])
    delete(ix, 3, 160, 420)
    with ix.searcher() as s:
        for leaf, _base in s.reader().leaf_readers():
            for word in (b"alpha", b"beta"):
                info = wa.term_info(leaf, "body", word)
                assert info is not None and not info.is_inlined()
                blocks = wa_blocks._file_blocks(leaf._terms._postfile, info)
                assert blocks is not None and len(blocks) > 1
                expected = stepped(leaf, word)
                found = wa.block_postings(leaf, "body", word, info=info)
                assert found is not None
                assert list(zip(found[0].tolist(), found[1].tolist(), strict=True)) == expected


def test_the_term_table_read_with_pread_answers_as_its_get(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = [f"w{rng.randrange(10**6)}" for _ in range(400)]
    texts = [" ".join(rng.sample(words, 5)) for _ in range(300)]
    ix = plain_index_of(tmp_path / "ix", texts[:100], texts[100:])
    with ix.searcher() as s:
        for leaf, _base in s.reader().leaf_readers():
            table = leaf._terms._tindex
            assert leaf._terms._dbfile.is_real  # a file of its own, not a compound's part
            keys = [leaf._terms._keycoder("body", t) for t in leaf.lexicon("body")]
            keys += [leaf._terms._keycoder("body", f"x{w}".encode()) for w in words]
            keys += [leaf._terms._keycoder("key", b"1"), b"\x00\x00", b""]
            assert len(keys) > 500
            for key in keys:
                assert wa_blocks._table_get(table, key) == table.get(key)
            # a field with no term in the segment is looked up nowhere
            assert "nowhere" not in leaf._terms._fieldmap
            assert wa.term_info(leaf, "nowhere", b"w1") is None


def _tail_byte(value: float, last: int) -> float:
    """``value`` with its last byte (big-endian, as a pickle keeps it) set to ``last``."""
    packed = struct.pack(">d", value)
    return float(struct.unpack(">d", packed[:7] + bytes([last]))[0])


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7])
@pytest.mark.parametrize("weights", [None, 2.0, _tail_byte(3.0, 0x28), "tuple", "tuple28"], ids=str)
@pytest.mark.parametrize("compressed", [0, 3])
def test_a_blocks_values_are_cut_off_before_unpickling(
    n: int, weights: Any, compressed: int
) -> None:
    rng = random.Random(n)
    ids = tuple(rng.randrange(1, 300) for _ in range(n))
    if weights == "tuple":
        weights = tuple(float(rng.randrange(1, 5)) for _ in range(n))
    elif weights == "tuple28":
        weights = tuple(_tail_byte(float(k + 1), 0x28) for k in range(n))
    values = tuple(pickle.dumps([rng.randrange(200)], 2)[:-1] + b"(" for _ in range(n))
    data = pickle.dumps((ids, weights, values), 2)  # as the codec writes a block (18)
    assert b"c_codecs\nencode\n" in data
    if compressed:
        data = zlib.compress(data, compressed)
    assert wa_blocks._block_data(data, compressed)() == (ids, weights)


def test_the_small_segments_policy_merges_them_and_keeps_every_document(tmp_path: Path) -> None:
    ix = index_of(tmp_path / "ix", ["aa bb"] * 50, ["aa"], ["bb"], ["aa cc"])
    delete(ix, 50)
    assert sorted(wa.segment_sizes(ix)) == [1, 1, 1, 50]
    writer = ix.writer()
    writer.commit(mergetype=wa.merge_small(10))
    assert sorted(wa.segment_sizes(ix)) == [2, 50]  # the deleted one is gone
    with ix.searcher() as s:
        keys = {s.stored_fields(d)["key"] for d in s.document_numbers()}
    assert keys == {str(k) for k in range(53) if k != 50}


def test_the_small_segments_policy_keeps_to_its_budget(tmp_path: Path) -> None:
    """With a budget, only the smallest segments that together hold at most that many
    documents are merged: a catch-up never re-indexes a large segment."""
    ix = index_of(tmp_path / "ix", ["aa"] * 40, ["aa"], ["bb"], ["cc"])
    writer = ix.writer()
    writer.commit(mergetype=wa.merge_small(100, budget=2))
    assert sorted(wa.segment_sizes(ix)) == [1, 2, 40]
    with ix.searcher() as s:
        assert {s.stored_fields(d)["key"] for d in s.document_numbers()} == {
            str(k) for k in range(43)
        }
