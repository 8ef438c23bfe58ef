"""A rebuild's segments read exactly as Whoosh's own writer's would, term by term."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

from desktop_app.core.library.db import Library
from desktop_app.core.search.build import VocabExtras, split_ids
from desktop_app.core.search.index import SearchIndex
from desktop_app.core.search.schema import STEM, build_schema, common_words
from desktop_app.core.search.segment_builder import SegmentBuilder
from desktop_app.core.search.whoosh_adapter import (
    WRITER_OPTIONS,
    index_location,
    publish_segments,
)
from desktop_app.core.service import Catalogue


def with_whoosh(folder: Path, docs: list[dict[str, Any]], schema: Any = None) -> Any:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), schema or build_schema())
    writer = ix.writer(**WRITER_OPTIONS)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    return ix


def with_builder(folder: Path, docs: list[dict[str, Any]], schema: Any = None) -> Any:
    folder.mkdir()
    schema = schema or build_schema()
    ix = whoosh_index.create_in(str(folder), schema)
    builder = SegmentBuilder(*index_location(ix), schema)
    for doc in docs:
        builder.add(doc)
    publish_segments(ix, schema, [builder.finish()])
    return ix


def contents(ix: Any) -> dict[str, Any]:
    """Everything a search can read from an index, in comparable form."""
    out: dict[str, Any] = {}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        out["docs"] = reader.doc_count_all()
        for name in sorted(ix.schema.names()):
            field = ix.schema[name]
            if field.column_type:
                out[f"column {name}"] = list(reader.column_reader(name))
            out[f"stored {name}"] = [reader.stored_fields(d).get(name) for d in range(out["docs"])]
            if not field.indexed:
                continue
            out[f"length {name}"] = (
                reader.field_length(name),
                [reader.doc_field_length(d, name) for d in range(out["docs"])],
            )
            for term in reader.lexicon(name):
                info = reader.term_info(name, term)
                stats = (
                    info.weight(),
                    info.doc_frequency(),
                    info.min_length(),
                    info.max_length(),
                    info.max_weight(),
                    info.min_id(),
                    info.max_id(),
                )
                postings = []
                matcher = reader.postings(name, term)
                while matcher.is_active():
                    postings.append((matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
                out[f"{name}:{term!r}"] = (stats, postings)
    return out


def test_the_seed_collection_indexes_the_same_both_ways(seeded: Library, tmp_path: Path) -> None:
    extras = VocabExtras(seeded)
    docs = [extras.doc(view) for view in Catalogue(seeded).iter_views()]
    schema = build_schema(common_words([d["body"] for d in docs]))
    ours = contents(with_builder(tmp_path / "ours", docs, schema))
    theirs = contents(with_whoosh(tmp_path / "whoosh", docs, schema))
    assert ours.keys() == theirs.keys()
    assert ours == theirs
    assert ours["docs"] == 30 and any(key.startswith("body:") for key in ours)
    assert any(key.startswith("body_pairs:b'child protect'") for key in ours)


WORDS = st.sampled_from(
    ["the", "of", "child", "children", "protection", "Protecting", "CSAM", "école", "U.S.", "it's"]
)
# pairs of these words' stems are indexed (some of WORDS, and some of any text)
PAIRING = build_schema(
    frozenset(
        t.text for w in ["child", "children", "protection", "CSAM", "école", "a1"] for t in STEM(w)
    )
)
TEXT = st.one_of(st.text(max_size=30), st.lists(WORDS, max_size=25).map(" ".join))
DOC = st.fixed_dictionaries(
    {"uuid": st.uuids().map(str), "rid": st.integers(1, 10**6), "body": TEXT},
    optional={
        "title": TEXT,
        "topics": TEXT,
        "type": st.sampled_from(["report", "guide web page", ""]),
        "year": st.integers(1900, 2100),
        "lang": st.sampled_from(["en", "pt", "und"]),
        "notes": TEXT,
    },
)


# most documents also carry body's word pairs, as the library's documents all do
PAIRED = st.tuples(DOC, st.booleans()).map(
    lambda d: {**d[0], "body_pairs": d[0]["body"]} if d[1] else d[0]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(docs=st.lists(PAIRED, min_size=1, max_size=12))
def test_any_documents_index_the_same_both_ways(
    docs: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("bulk")
    assert contents(with_builder(folder / "ours", docs, PAIRING)) == contents(
        with_whoosh(folder / "whoosh", docs, PAIRING)
    )


def test_document_boosts_are_refused_rather_than_ignored(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    builder = SegmentBuilder(*index_location(ix), build_schema())
    with pytest.raises(ValueError, match="boost"):
        builder.add({"uuid": "a", "body": "x", "_boost": 2.0})


def test_ids_split_into_even_parts_that_cover_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.core.search import build as index_mod

    assert split_ids([], 2) == [(1, None)]
    assert split_ids([4, 5, 9], 1) == [(4, None)]
    assert split_ids([1, 2, 3, 10, 11, 12], 2) == [(1, 9), (10, None)]
    monkeypatch.setattr(index_mod, "SEGMENT_DOCS", 2)
    parts = split_ids(list(range(1, 8)), 2)  # 7 ids, at most 2 a part: 4 parts
    assert len(parts) == 4 and parts[0][0] == 1 and parts[-1][1] is None
    assert all(a[1] is not None and a[1] + 1 == b[0] for a, b in itertools.pairwise(parts))


def rids(searcher: Any, query: Any) -> list[int]:
    column = searcher.reader().column_reader("rid")
    return sorted(column[d] for d in searcher.docs_for_query(query))


def test_a_build_in_several_processes_finds_what_one_process_finds(
    seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.search import build as index_mod

    cat = Catalogue(seeded)
    one = SearchIndex(cat, tmp_path / "one")
    assert one.rebuild() == 30
    monkeypatch.setattr(index_mod, "MP_THRESHOLD", 1)
    monkeypatch.setattr(index_mod, "SEGMENT_DOCS", 8)  # 4 segments from 2 processes
    seen: list[tuple[int, int]] = []
    many = SearchIndex(cat, tmp_path / "many")
    assert many.rebuild(lambda done, total, _: seen.append((done, total))) == 30
    # a step per document read, one more as its postings are written, then "ready"
    assert seen[-2:] == [(60, 60), (30, 30)]
    shares = [done / total for done, total in seen]
    assert shares == sorted(shares)
    with one.ix.searcher() as a, many.ix.searcher() as b:
        assert len(b.reader().leaf_readers()) == 4
        assert b.doc_count() == a.doc_count() == cat.count()
        assert many.words.words == one.words.words
        for word in ["online", "trafficking", "ASEAN", "Philippines", "grooming"]:
            q = QueryParser("body", a.schema).parse(word)
            assert rids(a, q) == rids(b, q) != [], word
    one.close()
    many.close()


def test_words_and_pairs_counted_many_times_index_the_same_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts too big for a pair key (here: over 3) are looked up, and counts over 254
    take the long value form; both must still read as Whoosh writes them."""
    from desktop_app.core.search import segment_postings

    monkeypatch.setattr(segment_postings.PairPostings, "TF_BITS", 2)
    texts = [
        "child protection " * 300,
        "child child child protection child",
        "protection child . protection child . protection",
        "school",
    ]
    docs = [{"uuid": str(i), "rid": i + 1, "body": t, "body_pairs": t} for i, t in enumerate(texts)]
    ours = contents(with_builder(tmp_path / "ours", docs, PAIRING))
    assert ours == contents(with_whoosh(tmp_path / "whoosh", docs, PAIRING))
    assert ours["body_pairs:b'child protect'"][1][0][1] == 300.0  # document 0, weight 300


def segment_files(
    folder: Path, name: str, terms: list[tuple[bytes, list[Any]]], schema: Any
) -> dict[str, bytes]:
    """The postings and term table of ``terms`` (each with its postings: doc, weight,
    value, length) in field ``name``, written through the codec's own ``add``
    (``folder`` "whoosh") or ``write_term``."""
    from desktop_app.core.search import whoosh_adapter as wa

    folder.mkdir()
    segment = wa.NewSegment(wa.folder_storage(folder), "MAIN")
    writer = segment.postings(1000)
    writer.start_field(name, schema[name])
    for text, postings in terms:
        if folder.name == "whoosh":
            writer.start_term(text)
            for posting in postings:
                writer.add(*posting)
            writer.finish_term()
        else:
            docs, weights, values, lengths = (list(c) for c in zip(*postings, strict=True))
            wa.write_term(writer, text, docs, weights, values, lengths)
    writer.finish_field()
    writer.close()
    files = {ext: folder / segment.segment.make_filename(ext) for ext in (".pst", ".trm")}
    return {ext: path.read_bytes() for ext, path in files.items()}


@settings(max_examples=30, deadline=None)
@given(
    sizes=st.lists(st.sampled_from([1, 2, 127, 128, 129, 300]), min_size=1, max_size=4),
    weights=st.sampled_from([[1.0], [2.0], [1.0, 0.1, 3.0], [0.3]]),
    lengths=st.sampled_from([[0], [3, 0, 7], [1, 200_000]]),
    name=st.sampled_from(["body", "body_pairs", "uuid", "year"]),
)
def test_a_term_written_at_once_is_what_the_codec_writes_posting_by_posting(
    sizes: list[int],
    weights: list[float],
    lengths: list[int],
    name: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Byte for byte: blocks, their statistics and the term table's entry, whatever
    the weights (all 1.0, all the same, rounded to 32 bits), values (some empty) and
    lengths (some 0) of the postings and however they fall into blocks."""
    schema = build_schema(frozenset({"child"}))
    terms = []
    for t, size in enumerate(sizes):
        docs = sorted({(7 * j * (t + 1)) % 997 for j in range(size)})
        postings = [
            (
                d,
                weights[j % len(weights)],
                b"" if j % 5 == 4 else bytes([j % 7]) * (j % 3 + 1),
                lengths[j % len(lengths)] if name != "body_pairs" else 0,
            )
            for j, d in enumerate(docs)
        ]
        terms.append((b"term%d" % t, postings))
    folder = tmp_path_factory.mktemp("term")
    ours = segment_files(folder / "ours", name, terms, schema)
    assert ours == segment_files(folder / "whoosh", name, terms, schema)


def test_every_word_list_gets_the_words_of_the_topics_labels(seeded: Library) -> None:
    """Labels shared by many resources are read into a word list once, but into each."""
    from desktop_app.core.search.words import WordList, words_of

    extras = VocabExtras(seeded)
    views = [v for v in Catalogue(seeded).iter_views() if extras.doc(v)["labels"]]
    labels = extras.doc(views[0])["labels"]
    first, second = WordList(), WordList()
    for words in (first, second):
        for view in views:
            extras.doc(view, words)
    assert words_of(labels) <= first.words and words_of(labels) <= second.words
