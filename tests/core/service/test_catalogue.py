from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.core.errors import ConflictError, ValidationError
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ChangeLog, Organisation, Status, Topic
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from tests import backends

# every test here runs on a library file and on a PostgreSQL catalogue (issue 16)
empty = backends.empty
seeded = backends.seeded


def new(**kw: object) -> ResourceData:
    base: dict[str, object] = {"title": "Keeping Children Safe Online", "topics": ["Cybercrime"]}
    base.update(kw)
    return ResourceData.from_dict(base)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"title": "  "}, "title"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "ftp://example.org/x"}, "url"),
        ({"url": "https://"}, "url"),
        ({"date": "2017-02-30"}, "date"),
        ({"date": "2017-13"}, "date"),
        ({"date": "last year"}, "date"),
        ({"type": "novel"}, "type"),
        ({"countries": ["Atlantis"]}, "countries"),
    ],
)
def test_validation(catalogue: Catalogue, fields: dict[str, object], problem: str) -> None:
    before = catalogue.change_counter()
    with pytest.raises(ValidationError) as info:
        catalogue.create(new(**fields))
    assert problem in info.value.problems
    assert catalogue.change_counter() == before
    assert catalogue.count() == 30


def test_untitled_allowed_only_for_flagged_imports(empty: Library) -> None:
    cat = Catalogue(empty)
    with pytest.raises(ValidationError):
        cat.create(new(title="", needs_review=True))
    view = cat.create(new(title="", needs_review=True), imported=True)
    assert view.needs_review


def test_create_resolves_vocabulary_case_insensitively(catalogue: Catalogue) -> None:
    view = catalogue.create(
        new(
            topics=["  cybercrime ", "Sexting"],
            organisations=["icmec", "ICMEC"],
            countries=["Laos", "Viet Nam", "KHM"],
            date="2019-05",
            url="https://example.org/a",
        )
    )
    assert view.topics == ["Cybercrime", "Sexting"]
    assert view.countries == ["Laos", "Vietnam", "Cambodia"]
    assert "ASEAN" in view.regions
    assert view.date_precision == "month" and view.year == 2019
    with catalogue.library.read() as s:
        assert len(s.scalars(select(Topic).where(Topic.norm == "cybercrime")).all()) == 1
        assert s.scalars(select(Organisation.acronym)).all().count("ICMEC") == 1
    # "icmec" is not the acronym (case matters for acronyms) so it became a new organisation
    assert view.organisations[0] == "icmec" or view.organisation_acronyms[0] == "ICMEC"


def test_update_logs_each_changed_field_and_bumps_version(catalogue: Catalogue) -> None:
    view = catalogue.get(1)
    data = view.editable()
    data.title = "Child Online Protection in India (2016)"
    data.topics = [*data.topics, "Sexting"]
    updated, changes = catalogue.update(1, data, expected_version=view.version)
    assert updated.version == view.version + 1
    assert changes.updated == {1}
    with catalogue.library.read() as s:
        rows = s.scalars(select(ChangeLog).where(ChangeLog.action_id == changes.action_id)).all()
    assert {r.field for r in rows} == {"title", "topics"}


def test_conflicting_update_is_refused_and_nothing_lost(seeded_path: object) -> None:
    lib_a = Library.open(seeded_path)  # type: ignore[arg-type]
    lib_b = Library.open(seeded_path)  # type: ignore[arg-type]
    try:
        a, b = Catalogue(lib_a), Catalogue(lib_b)
        mine, theirs = a.get(2), b.get(2)
        d1 = mine.editable()
        d1.summary = "edited by A"
        a.update(2, d1, expected_version=mine.version)
        d2 = theirs.editable()
        d2.summary = "edited by B"
        with pytest.raises(ConflictError) as info:
            b.update(2, d2, expected_version=theirs.version)
        assert "changed elsewhere" in str(info.value)
        assert b.get(2).summary == "edited by A"
    finally:
        lib_a.close()
        lib_b.close()


def test_trash_restore_purge(catalogue: Catalogue) -> None:
    changes = catalogue.trash([3, 4])
    assert changes.removed == {3, 4}
    assert catalogue.count() == 28
    assert catalogue.get(3).status == Status.TRASHED.value
    assert catalogue.get(3).topics  # tags kept while in the trash
    catalogue.restore([3])
    assert catalogue.count() == 29
    purged = catalogue.purge()
    assert purged.removed == {4}
    assert catalogue.count(include_trashed=True) == 29


def test_listeners_hear_every_write(catalogue: Catalogue) -> None:
    heard = []
    catalogue.subscribe(heard.append)
    view = catalogue.create(new())
    catalogue.trash([view.id])
    assert [c.added for c in heard] == [{view.id}, set()]
    assert heard[1].removed == {view.id}
    assert heard[1].counter == heard[0].counter + 1


def test_read_only_library_refuses_writes(seeded_path: object) -> None:
    import os

    os.chmod(seeded_path, 0o444)  # type: ignore[arg-type]
    with Library.open(seeded_path) as lib:  # type: ignore[arg-type]
        assert lib.read_only
        cat = Catalogue(lib)
        assert cat.count() == 30
        with pytest.raises(Exception, match="read-only"):
            cat.create(new())


def test_reading_lists_persist(seeded_path: object) -> None:
    from desktop_app.core.library.lists import ReadingLists

    with Library.open(seeded_path) as lib:  # type: ignore[arg-type]
        lists = ReadingLists(lib)
        lists.add("Staff briefing", [3, 1, 3])
        lists.add("staff  briefing", [2])
    with Library.open(seeded_path) as lib:  # type: ignore[arg-type]
        lists = ReadingLists(lib)
        assert [(i.name, i.count) for i in lists.all()] == [("Staff briefing", 3)]
        assert lists.items("Staff Briefing") == [3, 1, 2]
        lists.remove("Staff briefing", [1])
        assert lists.items("Staff briefing") == [3, 2]


def test_fast_views_equal_the_orm_views(seeded: Library) -> None:
    """The set-query loader builds exactly what the ORM objects say, links in order."""
    from desktop_app.core.service import view_of

    cat = Catalogue(seeded)
    view = cat.get(1)
    data = view.editable()
    data.countries = ["Thailand", "Cambodia"]  # regions from two countries
    data.organisations = ["UNICEF", "ECPAT International"]
    cat.update(1, data, expected_version=view.version)
    cat.trash([2])
    with seeded.read() as s:
        from desktop_app.core.library.models import Resource

        orm = [view_of(r) for r in s.scalars(select(Resource).order_by(Resource.id))]
    assert list(cat.iter_views(include_trashed=True, batch=7)) == orm
    assert cat.get_many([5, 1, 3]) == [orm[4], orm[0], orm[2]]
    assert cat.get(1).regions and cat.get(1).organisations[1] == "ECPAT International"
