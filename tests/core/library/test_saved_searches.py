"""Saved searches: save, list, rename, delete and restore; bad input is refused with
one clear line and changes nothing; a saved search runs as the search it stands for."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.saved_searches import SavedSearches
from desktop_app.core.search import SearchEngine
from desktop_app.core.service import Catalogue


def test_save_list_rename_delete_restore(seeded: Library) -> None:
    saved = SavedSearches(seeded)
    assert saved.all() == []
    first = saved.save(
        "  Year 9   online safety ",
        "grooming",
        {"topic": ["Cybercrime", "Sexting", "Sexting"]},
        {"type": {"legislation_review"}},
        "newest",
    )
    assert first.name == "Year 9 online safety"
    assert first.include == {"topic": ["Cybercrime", "Sexting"]}
    assert first.exclude == {"type": ["legislation_review"]}
    assert (first.query, first.sort) == ("grooming", "newest")
    saved.save("abuse", "abuse")
    assert [s.name for s in saved.all()] == ["abuse", "Year 9 online safety"]  # A-Z, any case
    assert saved.get("YEAR 9 ONLINE SAFETY") == first

    with pytest.raises(LibraryError, match="a saved search named 'abuse' already exists"):
        saved.save("Abuse", "other")
    replaced = saved.save("Abuse", "other", replace=True)
    assert (replaced.uuid, replaced.query, replaced.name) == (
        saved.get("abuse").uuid,
        "other",
        "Abuse",
    )

    renamed = saved.rename("year 9 online safety", "Year 10")
    assert renamed.uuid == first.uuid and renamed.include == first.include
    with pytest.raises(LibraryError, match="already exists"):
        saved.rename("Year 10", "ABUSE")
    assert saved.rename("Year 10", "YEAR 10").name == "YEAR 10"  # case alone may change

    gone = saved.delete("year 10")
    assert [s.name for s in saved.all()] == ["Abuse"]
    with pytest.raises(NotFoundError, match="no saved search named 'year 10'"):
        saved.delete("year 10")
    back = saved.restore(gone)
    assert (back.uuid, back.name, back.query, back.include) == (
        gone.uuid,
        "YEAR 10",
        "grooming",
        gone.include,
    )
    with pytest.raises(LibraryError, match="already back"):
        saved.restore(gone)
    # a deleted search whose name was taken meanwhile comes back as "NAME (2)"
    gone = saved.delete("Abuse")
    saved.save("abuse", "x")
    assert saved.restore(gone).name == "Abuse (2)"


@pytest.mark.parametrize(
    ("name", "query", "include", "sort", "message"),
    [
        ("", "q", {}, "relevance", "a saved search needs a name"),
        ("x" * 201, "q", {}, "relevance", "name is too long (201 characters, at most 200)"),
        ("n", "q" * 10_001, {}, "relevance", "query is too long"),
        ("n", "q", {"colour": ["red"]}, "relevance", "unknown facet 'colour'"),
        ("n", "q", {"topic": ["t" * 501]}, "relevance", "longer than 500 characters"),
        ("n", "q", {}, "random", "sort must be one of relevance, newest, oldest, title"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_kept(
    seeded: Library, name: str, query: str, include: dict[str, list[str]], sort: str, message: str
) -> None:
    saved = SavedSearches(seeded)
    with pytest.raises(LibraryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        saved.save(name, query, include, {}, sort)
    assert saved.all() == []


def test_a_saved_search_runs_as_the_search_it_stands_for(seeded: Library) -> None:
    saved = SavedSearches(seeded)
    info = saved.save("cyber", "children", {"topic": ["Cybercrime"]}, {"country": ["Russia"]})
    engine = SearchEngine(Catalogue(seeded))
    try:
        result = engine.search(info.request())
        views = engine.catalogue.get_many(result.ids)
        assert result.total == len(views) > 0
        assert all("Cybercrime" in v.topics and "Russia" not in v.countries for v in views)
        plain = engine.search(info.request().__class__(query="children"))
        assert plain.total > result.total
    finally:
        engine.close()
