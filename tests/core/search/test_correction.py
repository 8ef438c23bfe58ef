"""A search that finds nothing, with a confident spelling correction, is answered for
the correction at once and says so; ``correct=False`` searches the words as typed."""

from __future__ import annotations

from desktop_app.core.search import SearchEngine, SearchRequest


def test_a_misspelling_is_answered_for_its_correction(engine: SearchEngine) -> None:
    right = engine.search(SearchRequest(query="protection"))
    wrong = engine.search(SearchRequest(query="protecton"))
    assert right.total > 5 and right.corrected_from is None
    assert wrong.corrected_from == "protecton"
    assert wrong.request.query == "protection" and wrong.understood == "protection"
    assert wrong.ids == right.ids and wrong.total == right.total
    assert wrong.facets == right.facets
    # the snippets of the corrected search mark the corrected word
    snips = engine.snippets(wrong.ids, wrong.request.query)
    assert any("[protection]" in s.marked().lower() for s in snips.values())


def test_the_words_as_typed_on_request(engine: SearchEngine) -> None:
    literal = engine.search(SearchRequest(query="protecton", correct=False))
    assert literal.total == 0 and literal.corrected_from is None
    assert literal.suggestion == "protection"  # still offered, as "Did you mean"


def test_two_misspelt_words_and_a_later_page(engine: SearchEngine) -> None:
    first = engine.search(SearchRequest(query="missng childrn", limit=3))
    assert first.corrected_from == "missng childrn"
    assert first.request.query == "missing children" and first.total > 3
    more = engine.search(SearchRequest(query="missng childrn", offset=3, limit=3))
    assert more.corrected_from == "missng childrn"
    assert more.ids == engine.search(SearchRequest(query="missing children", offset=3, limit=3)).ids


def test_no_correction_without_confidence_or_results(engine: SearchEngine) -> None:
    # "sxe" is two edits from its nearest word in three letters: only a suggestion
    guess = engine.search(SearchRequest(query="sxe"))
    assert guess.total == 0 and guess.corrected_from is None
    # a correction that finds nothing with the chosen filters is no answer either
    filtered = engine.search(SearchRequest(query="protecton", include={"country": ["Russia"]}))
    assert filtered.corrected_from is None and filtered.total == 0
    # a word the library has is never corrected, even when nothing matches all words
    none = engine.search(SearchRequest(query="protection quokka"))
    assert none.corrected_from is None
