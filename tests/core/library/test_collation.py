"""Titles and facet values sort as readers expect in Portuguese, Spanish, French and Thai."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.library import collation
from desktop_app.core.library.collation import sort_key
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search.results import SearchRequest
from desktop_app.core.service import Catalogue

PORTUGUESE = ["Zona segura", "Ética digital", "Educação sexual", "abuso online", "Criança"]
THAI = ["แม่และเด็ก", "การคุ้มครองเด็ก", "ไฟฉาย", "เด็กกับอินเทอร์เน็ต", "ตำรวจ", "กฎหมาย"]


@pytest.fixture
def default_language() -> Iterator[None]:
    yield
    collation.set_language("")


def test_portuguese_accents_sort_with_their_letter() -> None:
    assert sorted(PORTUGUESE, key=sort_key) == [
        "abuso online",
        "Criança",
        "Educação sexual",
        "Ética digital",  # not after "Zona" (code point order puts É after every ASCII letter)
        "Zona segura",
    ]
    assert sorted(PORTUGUESE) != sorted(PORTUGUESE, key=sort_key)  # the key matters


def test_thai_pre_posed_vowels_sort_under_their_consonant() -> None:
    """เด็ก is read ด + เ: with the ด words, before ต; แม่ with ม, after ไฟ (ฟ)."""
    assert sorted(THAI, key=lambda t: sort_key(t, "th")) == [
        "กฎหมาย",
        "การคุ้มครองเด็ก",
        "เด็กกับอินเทอร์เน็ต",
        "ตำรวจ",
        "ไฟฉาย",
        "แม่และเด็ก",
    ]


def test_thai_script_first_in_thai_latin_first_elsewhere() -> None:
    words = ["Online safety", "เด็ก", "2019 report"]
    assert sorted(words, key=lambda t: sort_key(t, "th")) == ["2019 report", "เด็ก", "Online safety"]
    assert sorted(words, key=lambda t: sort_key(t, "en")) == ["2019 report", "Online safety", "เด็ก"]


def test_spanish_n_tilde_is_a_letter_of_its_own() -> None:
    words = ["oso", "ñandú", "nube"]
    assert sorted(words, key=lambda t: sort_key(t, "es")) == ["nube", "ñandú", "oso"]
    assert sorted(words, key=lambda t: sort_key(t, "pt_BR")) == ["ñandú", "nube", "oso"]


def test_ties_break_on_accents_and_case_the_same_way_every_time() -> None:
    words = ["Educacao", "educação", "Educação", "educacao"]
    once = sorted(words, key=sort_key)
    assert sorted(reversed(words), key=sort_key) == once
    assert len({sort_key(w) for w in words}) == 4


def test_title_order_of_a_search_follows_the_language(
    empty: Library, default_language: None
) -> None:
    """The engine's "Title A–Z" uses the key: Thai and Portuguese titles in reading order."""
    from desktop_app.core.search.engine import SearchEngine

    cat = Catalogue(empty)
    for title in PORTUGUESE + THAI:
        cat.create(ResourceData(title=title, type="report", status="published"))
    collation.set_language("th")
    engine = SearchEngine(cat)
    engine.open()
    try:
        result = engine.search(SearchRequest(sort="title", limit=50))
        titles = [cat.get(i).title for i in result.ids]
    finally:
        engine.close()
    assert titles == [
        "กฎหมาย",
        "การคุ้มครองเด็ก",
        "เด็กกับอินเทอร์เน็ต",
        "ตำรวจ",
        "ไฟฉาย",
        "แม่และเด็ก",
        "abuso online",
        "Criança",
        "Educação sexual",
        "Ética digital",
        "Zona segura",
    ]
