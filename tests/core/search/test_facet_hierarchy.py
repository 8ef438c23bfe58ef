"""Topic hierarchy in facets (a parent counts and selects its children) and year ranges."""

from __future__ import annotations

import pytest

from desktop_app.core.curation.history import History
from desktop_app.core.curation.vocab_admin import VocabularyAdmin
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search.year_ranges import range_value, year_range


def counts(engine: SearchEngine, **kw: object) -> dict[str, int]:
    result = engine.search(SearchRequest(**kw))  # type: ignore[arg-type]
    return {v.value: v.count for v in result.facets["topic"].values}


def with_any(engine: SearchEngine, *topics: str) -> set[int]:
    """Ids of published resources tagged with any of ``topics`` (the truth, from records)."""
    return {
        v.id
        for v in engine.catalogue.iter_views()
        if v.status == "published" and set(v.topics) & set(topics)
    }


def parent(engine: SearchEngine, child: str, up: str | None) -> None:
    admin = VocabularyAdmin(engine.catalogue)
    target = admin.find("topic", up).id if up else None
    admin.set_parent(admin.find("topic", child).id, target)


def test_a_parent_counts_its_children_once_and_selecting_it_finds_them(
    engine: SearchEngine,
) -> None:
    before = counts(engine)
    parent(engine, "Child Pornography", "Child Abuse/Exploitation")
    parent(engine, "Child Trafficking", "Child Abuse/Exploitation")
    family = with_any(engine, "Child Abuse/Exploitation", "Child Pornography", "Child Trafficking")
    # some resources carry the parent and a child: counted once
    assert len(family) < before["Child Abuse/Exploitation"] + before["Child Pornography"] + 2
    after = counts(engine)
    assert after["Child Abuse/Exploitation"] == len(family)
    assert after["Child Pornography"] == before["Child Pornography"]  # children keep theirs
    found = engine.search(SearchRequest(include={"topic": ["Child Abuse/Exploitation"]}, limit=99))
    assert set(found.ids) == family
    excluded = engine.search(
        SearchRequest(exclude={"topic": ["Child Abuse/Exploitation"]}, limit=99)
    )
    assert not set(excluded.ids) & family
    values = {v.value: v for v in found.facets["topic"].values}
    assert values["Child Pornography"].parent == "Child Abuse/Exploitation"
    assert values["Child Abuse/Exploitation"].parent == ""


def test_moving_a_topic_reaches_the_resources_of_its_descendants(engine: SearchEngine) -> None:
    # International Schools under Schools, then Schools under Training: the second change
    # touches only Schools' resources, yet Training must count International Schools' too
    parent(engine, "International Schools", "Schools")
    parent(engine, "Schools", "Training")
    family = with_any(engine, "Training", "Schools", "International Schools")
    assert counts(engine)["Training"] == len(family)
    assert len(family) > len(with_any(engine, "Training", "Schools"))
    History(engine.catalogue).undo()  # Schools back at the top
    assert counts(engine)["Training"] == len(with_any(engine, "Training"))
    assert counts(engine)["Schools"] == len(with_any(engine, "Schools", "International Schools"))


def test_a_cycle_is_refused_with_a_clear_message(engine: SearchEngine) -> None:
    parent(engine, "International Schools", "Schools")
    parent(engine, "Schools", "Teachers")
    with pytest.raises(LibraryError, match="'Teachers' cannot go under 'International Schools'"):
        parent(engine, "Teachers", "International Schools")
    with pytest.raises(LibraryError, match="its own broader topic"):
        parent(engine, "Teachers", "Teachers")
    admin = VocabularyAdmin(engine.catalogue)
    assert admin.find("topic", "Teachers").extra["broader"] == ""
    assert admin.find("topic", "Schools").extra["broader"] == "Teachers"


def test_year_ranges_select_every_year_in_them_whatever_the_date_precision(
    engine: SearchEngine,
) -> None:
    cat = engine.catalogue
    for date in ("2016", "2016-05", "2016-05-02", "2019-11"):
        cat.create(ResourceData(title=f"Dated {date}", date=date))
    cat.create(ResourceData(title="Undated"))
    views = [v for v in cat.iter_views() if v.status == "published"]

    def truth(lo: int | None, hi: int | None) -> set[int]:
        return {
            v.id
            for v in views
            if v.year is not None and (lo is None or v.year >= lo) and (hi is None or v.year <= hi)
        }

    for value, (lo, hi) in (
        ("2016..2016", (2016, 2016)),
        ("2015..2017", (2015, 2017)),
        ("2017..", (2017, None)),
        ("..2015", (None, 2015)),
    ):
        result = engine.search(SearchRequest(include={"year": [value]}, limit=999))
        assert set(result.ids) == truth(lo, hi), value
        # a range is not listed as a year of its own; the years stay countable
        assert all(".." not in v.value for v in result.facets["year"].values)
    titles = {
        v.title
        for v in cat.get_many(engine.search(SearchRequest(include={"year": ["2016..2016"]})).ids)
    }
    assert {"Dated 2016", "Dated 2016-05", "Dated 2016-05-02"} <= titles
    # a range ORs with single years of the same facet and narrows other facets' counts
    both = engine.search(SearchRequest(include={"year": ["2016..2016", "2019"]}, limit=999))
    assert set(both.ids) == truth(2016, 2016) | truth(2019, 2019)
    narrowed = engine.search(SearchRequest(include={"year": ["2020.."]}))
    assert sum(v.count for v in narrowed.facets["type"].values) == len(truth(2020, None))


def test_year_range_values() -> None:
    assert year_range("2015..2020") == (2015, 2020)
    assert year_range("2020..2015") == (2015, 2020)
    assert year_range("2015..") == (2015, None)
    assert year_range("..2020") == (None, 2020)
    assert year_range("..") is None
    assert year_range("2015") is None
    assert year_range("ab..cd") is None
    assert range_value(2015, 2020) == "2015..2020"
    assert range_value(2020, 2015) == "2015..2020"
    assert range_value(None, 2020) == "..2020"
    assert range_value(2015, None) == "2015.."
    assert range_value(None, None) is None
