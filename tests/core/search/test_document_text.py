"""Searching the text of local copies (issue 15): the ``text`` field, ``text:``, page
snippets, where a result matched, ranking below the details, reader mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Status
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search.document_text import folded, may_show, needles, phrase_patterns
from desktop_app.core.search.schema import SCHEMA_VERSION, STEM
from desktop_app.core.search.snippets import Highlight
from desktop_app.core.service import Catalogue
from tests.core.search.document_helpers import store_pages

PAGES = [
    "Introduction. This handbook is for teachers and school leaders.",
    "Chapter one describes how children disclose harm to adults they trust.",
    "Every teacher has a duty of zanzibarite mandatory reporting of suspected abuse "
    "to the child protection services within one day.",
    "Annex: contacts of the helplines in each province.",
]


@pytest.fixture
def library(empty: Library) -> Iterator[tuple[Catalogue, SearchEngine, dict[str, int]]]:
    cat = Catalogue(empty)
    ids = {}
    ids["handbook"] = cat.create(
        ResourceData(
            title="Safeguarding handbook for schools",
            summary="What teachers do when they worry about a pupil.",
            local_file="handbook.pdf",
        )
    ).id
    ids["titled"] = cat.create(
        ResourceData(
            title="Mandatory reporting explained",
            summary="A short guide to the duty to report.",
        )
    ).id
    ids["staff"] = cat.create(
        ResourceData(
            title="Internal case review",
            summary="Lessons from a serious case.",
            local_file="review.pdf",
            audience="staff",
        )
    ).id
    ids["plain"] = cat.create(
        ResourceData(title="Helpline directory", summary="Numbers to call: quokkaline.")
    ).id
    store_pages(cat, "handbook.pdf", PAGES)
    store_pages(cat, "review.pdf", ["Page one.", "The quixotry of the review panel."])
    engine = SearchEngine(cat)
    engine.open()
    yield cat, engine, ids
    engine.close()


def found(engine: SearchEngine, query: str, **kw: object) -> list[int]:
    return engine.search(SearchRequest(query=query, **kw)).ids  # type: ignore[arg-type]


def test_a_word_on_page_3_finds_the_resource_and_the_snippet_names_page_3(library) -> None:  # type: ignore[no-untyped-def]
    _cat, engine, ids = library
    assert found(engine, "zanzibarite") == [ids["handbook"]]
    snip = engine.snippets([ids["handbook"]], "zanzibarite")[ids["handbook"]]
    assert snip.page == 3 and snip.from_document and snip.in_document
    assert not snip.metadata_match
    assert snip.located().startswith("p. 3: ")
    assert "[zanzibarite]" in snip.marked()
    # stemmed and folded like any text: "Reporting" finds "reporting" on page 3
    assert ids["handbook"] in found(engine, "ZANZIBARITE reported")


def test_text_field_searches_only_inside_documents(library) -> None:  # type: ignore[no-untyped-def]
    _cat, engine, ids = library
    # "mandatory reporting" is in one title and in one document
    assert set(found(engine, '"mandatory reporting"')) == {ids["handbook"], ids["titled"]}
    assert found(engine, 'text:"mandatory reporting"') == [ids["handbook"]]
    assert found(engine, "text:zanzib*") == [ids["handbook"]]
    assert found(engine, "text:quokkaline") == []  # only in a summary
    assert found(engine, "text:safeguarding") == []  # only in a title
    snip = engine.snippets([ids["handbook"]], 'text:"mandatory reporting"')[ids["handbook"]]
    assert snip.page == 3 and "[mandatory] [reporting]" in snip.marked()


def test_a_metadata_word_is_not_marked_in_the_document(library) -> None:  # type: ignore[no-untyped-def]
    _cat, engine, ids = library
    assert found(engine, "quokkaline") == [ids["plain"]]
    snip = engine.snippets([ids["plain"]], "quokkaline")[ids["plain"]]
    assert snip.metadata_match and not snip.in_document
    assert snip.page is None and not snip.from_document
    assert "[quokkaline]" in snip.marked()
    # a word in the handbook's summary, not its pages: the details, not the document
    snip = engine.snippets([ids["handbook"]], "worry")[ids["handbook"]]
    assert snip.metadata_match and not snip.in_document and snip.page is None


def test_found_in_both_keeps_the_summary_and_names_the_page(library) -> None:  # type: ignore[no-untyped-def]
    _cat, engine, ids = library
    snip = engine.snippets([ids["handbook"]], "teachers")[ids["handbook"]]
    assert snip.metadata_match and snip.in_document
    assert not snip.from_document and snip.text.startswith("What teachers")
    assert snip.page == 1  # the first page that says it best


def test_words_split_between_title_and_document_count_as_in_the_document(library) -> None:  # type: ignore[no-untyped-def]
    _cat, engine, ids = library
    assert found(engine, "handbook zanzibarite") == [ids["handbook"]]
    snip = engine.snippets([ids["handbook"]], "handbook zanzibarite")[ids["handbook"]]
    assert snip.in_document and not snip.metadata_match and snip.page == 3


def test_best_page_holds_the_whole_phrase(library) -> None:  # type: ignore[no-untyped-def]
    cat, engine, ids = library
    store_pages(
        cat,
        "handbook.pdf",
        [
            "child safety and the protection of data",  # both words, not as the phrase
            "a page about something else",
            "child protection services answer every call",
        ],
    )
    snip = engine.snippets([ids["handbook"]], 'text:"child protection"')[ids["handbook"]]
    assert snip.page == 3
    assert snip.marked().startswith("[child] [protection] services")


def test_title_hits_outrank_text_only_hits(library) -> None:  # type: ignore[no-untyped-def]
    cat, engine, ids = library
    # the document says "reporting" many times; the other resource only in its title
    store_pages(cat, "handbook.pdf", ["reporting " * 40, "mandatory reporting " * 30])
    ranked = found(engine, "reporting")
    assert ranked.index(ids["titled"]) < ranked.index(ids["handbook"])
    ranked = found(engine, "mandatory")
    assert ranked.index(ids["titled"]) < ranked.index(ids["handbook"])


def test_a_new_extraction_is_reindexed(library) -> None:  # type: ignore[no-untyped-def]
    cat, engine, ids = library
    assert found(engine, "wombatique") == []
    store_pages(cat, "handbook.pdf", ["nothing here", "wombatique on page two"])
    assert found(engine, "wombatique") == [ids["handbook"]]
    assert found(engine, "zanzibarite") == []  # the old text is gone from the index
    assert engine.snippets([ids["handbook"]], "wombatique")[ids["handbook"]].page == 2
    # a rebuild reads the same text from the database
    engine.rebuild()
    assert found(engine, "wombatique") == [ids["handbook"]]


def test_text_that_could_not_be_extracted_is_not_searched(library) -> None:  # type: ignore[no-untyped-def]
    cat, engine, ids = library
    store_pages(cat, "handbook.pdf", ["okapiform words"], status="failed")
    assert found(engine, "okapiform") == []
    assert found(engine, "safeguarding") == [ids["handbook"]]  # the details still are


def test_staff_only_document_text_is_never_searched_by_readers(library) -> None:  # type: ignore[no-untyped-def]
    _cat, engine, ids = library
    assert found(engine, "quixotry", curator=True) == [ids["staff"]]
    assert found(engine, "text:quixotry", curator=True) == [ids["staff"]]
    assert found(engine, "quixotry") == []
    # not even when the library lets readers see staff-only resources
    assert found(engine, "quixotry", hide_staff=False) == []
    assert found(engine, "text:quixotry", hide_staff=False) == []
    assert found(engine, "quixot*", hide_staff=False) == []
    assert found(engine, "internal", hide_staff=False) == [ids["staff"]]  # its details are
    snip = engine.snippets([ids["staff"]], "review")[ids["staff"]]
    assert not snip.in_document and snip.page is None
    snip = engine.snippets([ids["staff"]], "quixotry", curator=True)[ids["staff"]]
    assert snip.in_document and snip.page == 2


def test_drafts_document_text_is_not_searched_by_readers(library) -> None:  # type: ignore[no-untyped-def]
    cat, engine, ids = library
    cat.set_status([ids["handbook"]], Status.DRAFT)
    assert found(engine, "zanzibarite") == []
    assert found(engine, "zanzibarite", curator=True) == [ids["handbook"]]


def test_schema_version_bumped_for_the_text_field() -> None:
    assert SCHEMA_VERSION >= 10


def test_the_quick_look_at_a_page_never_misses_a_word(engine: SearchEngine) -> None:
    """A page is stemmed only if its folded text holds a stem's head (all of it but
    the last two letters): true of every word the bundled library holds, and of their
    usual endings (Porter changes at most a stem's last two letters)."""
    endings = ("", "s", "ed", "ing", "ly", "ity", "ities", "ation", "ization", "ability", "ness")
    words = sorted(engine.index.words.words)
    assert len(words) > 500
    for word in words:
        for form in {word + end for end in endings if word.isalpha()} | {word}:
            stems = STEM.stems(form)
            if stems:
                heads = needles(Highlight(frozenset(stems)))
                assert may_show(f"Some text. {form.upper()}!", heads), form
    assert may_show("La Protección", needles(Highlight(frozenset(STEM.stems("proteccion")))))
    assert not may_show("nothing to see", needles(Highlight(frozenset(["report"]))))


@pytest.mark.parametrize(
    "text",
    ["The children's O'Brien reports: protección, 3.5 and U.S. policies — a to of", "", "a an"],
)
def test_stem_spans_are_what_the_analyzer_yields(text: str) -> None:
    assert STEM.stem_spans(text) == [
        (t.text, t.startchar, t.endchar) for t in STEM(text, chars=True)
    ]


def test_the_best_page_is_found_behind_pages_that_only_look_alike(library) -> None:  # type: ignore[no-untyped-def]
    cat, engine, ids = library
    decoys = ["childhood childhood childhood memories"] * 6  # "chi…", but not "child"
    store_pages(cat, "handbook.pdf", [*decoys, "a child at page seven", *decoys])
    snip = engine.snippets([ids["handbook"]], "text:child")[ids["handbook"]]
    assert snip.page == 7 and snip.marked() == "a [child] at page seven"


def test_a_phrase_is_looked_for_with_only_stop_words_between_its_words() -> None:
    [pattern] = phrase_patterns(Highlight(phrases=(("child", "protect"),)))
    assert pattern.search(folded("The CHILD, and the Protection services"))
    assert pattern.search("a children protective order")  # heads only: a guess
    assert not pattern.search("child safety and protection")
    assert not pattern.search("protection of the child")
