"""Snippets: the window around the matches, its ends between words, and only what
the query matched highlighted (phrase words only where the phrase occurs)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search.schema import FIELD_CHARS, STEM
from desktop_app.core.search.snippets import Highlight, make_snippet, matched_spans, window

OKAPI = Highlight(frozenset({"okapi"}))


def stems(text: str) -> list[str]:
    return [t.text for t in STEM(text)]


# -- the window ------------------------------------------------------------------------------
def test_snippets_look_only_at_the_indexed_start_of_a_huge_text() -> None:
    text = "filler " * (FIELD_CHARS // 7 + 10) + "okapi " * 1000
    snippet = make_snippet(text, OKAPI)
    assert snippet.spans == ()  # past the indexed part: not searched for matches either
    assert make_snippet("okapi " + text, OKAPI).spans == ((0, 5),)


def best_hit(hits: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The first hit that starts the most hits fitting in ``width`` characters (the
    window choice as first written, quadratic)."""
    counts = [
        sum(1 for s, e in hits[i:] if e <= start + width) for i, (start, _) in enumerate(hits)
    ]
    return hits[counts.index(max(counts))]


WORDS = st.sampled_from(
    [
        "okapi",
        "a",
        "protection",
        "x",
        "safeguarding",
        "okapis",
        "(okapi)",
        "Okapi,",
        "https://example.org/a-very-long-link-to-somewhere-far-away-okapi",
        "okapi-okapi",
    ]
)


def cut_word(text: str, pos: int, width: int) -> bool:
    """True when ``pos`` falls inside a word of ``text`` no longer than half ``width``."""
    if pos <= 0 or pos >= len(text) or text[pos - 1] == " " or text[pos] == " ":
        return False
    begin = text.rfind(" ", 0, pos) + 1
    finish = text.find(" ", pos)
    finish = len(text) if finish < 0 else finish
    return finish - begin <= width // 2


@given(st.lists(WORDS, max_size=80), st.integers(5, 120))
def test_the_window_never_cuts_a_word_and_keeps_the_best_matches(
    words: list[str], width: int
) -> None:
    text = " ".join(words)
    snippet = make_snippet(text, OKAPI, width)
    hits = matched_spans(text, OKAPI)
    assert hits == [(m.start(), m.end()) for m in re.finditer(r"(?i)\bokapis?\b", text)]
    body = snippet.text.removeprefix("…").removesuffix("…")
    assert len(body) <= width or len(text) <= width
    if len(text) > width:
        start, end = window(text, hits, width)
        shown = text[start:end] if end == len(text) else text[start:end].rstrip(",;:-–— ")
        assert shown == body  # a comma or dash before the "…" is left out
        assert not cut_word(text, start, width) and not cut_word(text, end, width)
        assert snippet.text.startswith("…") == (start > 0)
        assert snippet.text.endswith("…") == (end < len(text))
        if hits and max(len(w) for w in words) <= width // 2:
            # the window shows the start of the best run of hits
            first, last = best_hit(hits, width)
            assert start <= first and last <= end
    else:
        assert snippet.text == text
    previous = 0
    for s, e in snippet.spans:  # in order, apart, inside the text, on a matched word
        assert previous <= s < e <= len(snippet.text)
        assert stems(snippet.text[s:e]) == ["okapi"]
        previous = e


def test_a_window_starts_at_a_word_not_inside_the_first_one() -> None:
    text = (
        "These updated guidelines for industry on child online protection provide advice on "
        "how the information and communication technology industry can help promote safety "
        "for children using the Internet or any technologies or devices that can connect to it."
    )
    snippet = make_snippet(text, Highlight(frozenset({"child"})), 200)
    assert snippet.text.startswith("These updated")  # was "…hese updated"
    assert snippet.text.endswith("…") and not snippet.text.endswith(" …")
    assert text.startswith(snippet.text.removesuffix("…"))


@pytest.mark.parametrize("size", [20_000, 99_000])
def test_snippets_take_linear_time(size: int) -> None:
    """Every word a hit, one giant word, many phrase starts: all within a second."""
    many = ("okapi " * (size // 6))[:size]
    giant = "x" * size + " okapi"
    phrase = Highlight(frozenset(), (("okapi", "okapi", "okapi", "zebra"),))
    started = time.process_time()
    for text, marks in ((many, OKAPI), (giant, OKAPI), (many, phrase)):
        snippet = make_snippet(text, marks, 200)
        assert len(snippet.text) <= 202
    assert time.process_time() - started < 3.0


# -- what is highlighted -------------------------------------------------------------------------
PHRASE_WORDS = st.sampled_from(["online", "safety", "safe", "the", "onlines", "children"])


@given(st.lists(PHRASE_WORDS, max_size=40))
def test_phrase_words_are_marked_only_where_the_phrase_occurs(words: list[str]) -> None:
    text = " ".join(words)
    marks = Highlight(frozenset({"children"}), (tuple(stems("online safety")),))
    spans = matched_spans(text, marks)
    tokens = [(t.text, t.startchar, t.endchar) for t in STEM(text, chars=True)]
    expected = set()
    for i, (stem, s, e) in enumerate(tokens):
        if stem == "children":
            expected.add((s, e))
        if [t[0] for t in tokens[i : i + 2]] == stems("online safety"):
            expected.update({(s, e), tokens[i + 1][1:]})
    assert spans == sorted(expected)


def marked_snippets(engine: SearchEngine, query: str) -> list[str]:
    result = engine.search(SearchRequest(query=query, limit=100))
    snips = engine.snippets(result.ids, query)
    return [snips[i].marked() for i in result.ids]


def test_a_synonym_phrase_is_marked_only_whole(engine: SearchEngine) -> None:
    """ "sexting" also searches "youth produced sexual imagery": its words are marked only
    together, never "Produced by the UK Council…" alone."""
    marked = marked_snippets(engine, "sexting")
    assert any("[youth] [produced] [sexual] [imagery]" in m for m in marked)
    assert not any(re.search(r"\[produced\](?! \[sexual\])", m, re.I) for m in marked)
    assert not any(re.search(r"(?<!\[youth\] )\[produced\]", m, re.I) for m in marked)


def test_a_quoted_phrase_marks_no_lone_word(engine: SearchEngine) -> None:
    marked = marked_snippets(engine, '"online safety"')
    assert any("[Online] [Safety]" in m or "[online] [safety]" in m for m in marked)
    for m in marked:
        assert not re.search(r"\[online\](?! \[safety\])", m, re.I), m
        assert not re.search(r"(?<!\[online\] )\[safety\]", m, re.I), m


def test_words_typed_apart_are_marked_anywhere_but_not_negated_ones(
    engine: SearchEngine,
) -> None:
    marked = marked_snippets(engine, "gap analysis -cambodia")
    assert marked and all("[gap]" in m and "[analysis]" in m for m in marked)
    assert not any("[Cambodia]" in m or "[cambodia]" in m for m in marked)
