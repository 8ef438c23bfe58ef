"""Hostile queries on a library with document text: each test fails without its fix."""

from __future__ import annotations

import time

import pytest

from desktop_app.core.search.engine import SearchEngine
from desktop_app.core.search.querylang import MAX_DEPTH, MAX_TOKENS, parse
from desktop_app.core.search.results import SearchRequest


@pytest.mark.parametrize("query", ["(" * 3000 + "child", "NOT " * 3000 + "child"])
def test_deep_nesting_is_a_note_not_a_recursion_error(engine: SearchEngine, query: str) -> None:
    # a thousand brackets or NOTs overflowed the parser's recursion: a traceback
    result = engine.search(SearchRequest(query=query))
    assert result.total >= 0
    assert f"the query is long: only its first {MAX_TOKENS} words were searched" in result.notes


def test_brackets_deeper_than_the_bound_are_ignored_with_a_note() -> None:
    parsed = parse("(" * (MAX_DEPTH + 5) + "child" + ")" * (MAX_DEPTH + 5) + " abuse")
    assert f"brackets nested more than {MAX_DEPTH} deep were ignored" in parsed.notes
    assert "an unmatched ')' was ignored" not in parsed.notes  # the closing ones went too


def test_a_pasted_page_of_ten_thousand_words_is_searched_quickly(engine: SearchEngine) -> None:
    words = " ".join(f"zq{n}x" for n in range(10_000))  # no such words: spelling looked at
    started = time.perf_counter()
    result = engine.search(SearchRequest(query="text:" + words))
    took = time.perf_counter() - started
    assert result.total == 0
    assert f"the query is long: only its first {MAX_TOKENS} words were searched" in result.notes
    assert took < 3.0, took  # 13 s before (each word expanded, scored and spell-checked)


def test_a_megabyte_query_is_tokenised_in_linear_time() -> None:
    started = time.perf_counter()
    parsed = parse("title:a " * 125_000)  # the rest of the text was copied at every word
    assert time.perf_counter() - started < 1.0
    assert len(parsed.notes) == 1
