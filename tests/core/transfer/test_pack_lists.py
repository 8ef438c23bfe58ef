"""Reading lists and saved searches travel in collection packs and merge by UUID.

Round trips between two libraries made from the bundled one, the three-way merge
(one side changed, both changed, deleted here), name clashes, items whose resource
is unknown, and hostile lists and saved-search members sealed with valid checksums.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from hashlib import sha256
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.core.library.models import SavedSearch
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import PackError, export_pack, import_pack
from tests.core.transfer.test_hostile_packs import jsonl, line, members, noise, seal, uid


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Catalogue, Catalogue]]:
    """Two schools' copies of the bundled library (the same resources, own library UUIDs)."""
    libs = []
    for name in ("a.db", "b.db"):
        copy_library(BUNDLED_LIBRARY, tmp_path / name)
        libs.append(Library.open(tmp_path / name))
    yield Catalogue(libs[0]), Catalogue(libs[1])
    for lib in libs:
        lib.close()


def save_search(cat: Catalogue, name: str, query: str, **kw: Any) -> None:
    from desktop_app.core.library.text import norm

    with cat.library.write() as s:
        s.add(SavedSearch(name=name, norm=norm(name), query=query, **kw))


def searches(cat: Catalogue) -> list[tuple[str, str, str, dict[str, Any], dict[str, Any], str]]:
    with cat.library.read() as s:
        return [
            (x.uuid, x.name, x.query, x.include, x.exclude, x.sort)
            for x in s.scalars(select(SavedSearch).order_by(SavedSearch.name))
        ]


def shape(cat: Catalogue, name: str) -> tuple[str, list[tuple[str, str]]]:
    c = ReadingLists(cat.library).contents(name)
    return c.uuid, [(i.uuid, i.note) for i in c.items]


def swap(src: Catalogue, dst: Catalogue, tmp: Path, name: str = "x") -> Any:
    pack = tmp / f"{name}.librarypack"
    export_pack(src, pack)
    return import_pack(dst, pack)


def test_lists_and_saved_searches_round_trip(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    la = ReadingLists(a.library)
    la.add("Year 9 online safety", [5, 2, 9])
    la.set_note("Year 9 online safety", 2, "Read pages 3–5 before class")
    la.create("Empty for now")
    save_search(
        a, "Grooming in ASEAN", "grooming", include={"region": ["ASEAN"]},
        exclude={"type": ["legislation_review"]}, sort="newest",
    )  # fmt: skip
    report = swap(a, b, tmp_path)
    assert (report.shared.lists_added, report.shared.searches_added) == (2, 1)
    assert "reading lists: did add 2" in report.summary()
    assert shape(b, "Year 9 online safety") == shape(a, "Year 9 online safety")
    assert ReadingLists(b.library).contents("Year 9 online safety").notes == {
        2: "Read pages 3–5 before class"
    }
    assert searches(b) == searches(a)
    again = swap(a, b, tmp_path)  # nothing new: nothing changes
    assert (again.shared.lists_added, again.shared.lists_updated) == (0, 0)
    assert [i.name for i in ReadingLists(b.library).all()] == [
        "Empty for now",
        "Year 9 online safety",
    ]


def test_a_change_on_one_side_is_taken_and_the_other_side_kept(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    ReadingLists(a.library).add("Staff", [1, 2, 3])
    swap(a, b, tmp_path, "first")
    lb = ReadingLists(b.library)
    lb.move("Staff", 3, 0)
    lb.set_note("Staff", 1, "optional")
    lb.rename("Staff", "Staff briefing")
    report = swap(b, a, tmp_path, "back")  # changed only in b: a takes it
    assert report.shared.lists_updated == 1
    assert shape(a, "Staff briefing") == shape(b, "Staff briefing")
    ReadingLists(a.library).remove("Staff briefing", [2])
    report = import_pack(a, tmp_path / "back.librarypack")  # b's old version: a keeps its own
    assert report.shared.lists_kept == 1
    assert ReadingLists(a.library).items("Staff briefing") == [3, 1]


def test_changed_on_both_sides_the_newer_wins_with_a_note(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    ReadingLists(a.library).add("Staff", [1, 2, 3])
    swap(a, b, tmp_path, "first")
    ReadingLists(a.library).remove("Staff", [1])
    ReadingLists(b.library).remove("Staff", [3])
    with b.library.write() as s:  # b's change is the later one
        from desktop_app.core.library.models import ReadingList

        rl = s.scalars(select(ReadingList)).one()
        rl.modified_at = rl.modified_at.replace(year=2099)
    report = swap(b, a, tmp_path, "back")
    assert report.shared.lists_updated == 1
    assert ReadingLists(a.library).items("Staff") == [1, 2]
    assert any("changed on both sides; took the pack's newer" in p for p in report.problems)


def test_a_list_deleted_here_stays_deleted(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    ReadingLists(a.library).add("Old", [1])
    swap(a, b, tmp_path, "first")
    swap(b, a, tmp_path, "back")  # a now knows b has the list as a gave it
    ReadingLists(a.library).delete("Old")
    report = import_pack(a, tmp_path / "back.librarypack")
    assert report.shared.lists_kept == 1 and ReadingLists(a.library).all() == []


def test_a_name_clash_gets_a_number_and_a_note(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    ReadingLists(a.library).add("Year 9", [1])
    ReadingLists(b.library).add("year 9", [2])
    save_search(a, "Mine", "sexting")
    save_search(b, "mine", "grooming")
    report = swap(a, b, tmp_path)
    names = sorted(i.name for i in ReadingLists(b.library).all())
    assert names == ["Year 9 (2)", "year 9"]
    assert ReadingLists(b.library).items("Year 9 (2)") == [1]
    assert any("is called 'Year 9 (2)' here" in p for p in report.problems)
    assert sorted(x[1] for x in searches(b)) == ["Mine (2)", "mine"]


def test_dry_run_changes_nothing(two: tuple[Catalogue, Catalogue], tmp_path: Path) -> None:
    a, b = two
    ReadingLists(a.library).add("Staff", [1])
    export_pack(a, tmp_path / "p.librarypack")
    report = import_pack(b, tmp_path / "p.librarypack", dry_run=True)
    assert report.shared.lists_added == 1 and "would add 1" in report.summary()
    assert ReadingLists(b.library).all() == []


# -- hostile packs ---------------------------------------------------------------------------


@pytest.fixture
def school(tmp_path: Path) -> Iterator[Catalogue]:
    """A library holding resources uid(1) and uid(2) from a first pack."""
    with Library.open(tmp_path / "school.db", create=True) as library:
        cat = Catalogue(library)
        import_pack(cat, seal(tmp_path / "first.librarypack", members()))
        yield cat


def good_list(**over: Any) -> dict[str, Any]:
    return {
        "uuid": "11111111-2222-4333-8444-555555555555",
        "name": "Year 9",
        "modified_at": "2024-05-01T10:00:00+00:00",
        "items": [{"uuid": uid(2), "note": "first"}, {"uuid": uid(1)}],
        **over,
    }


def good_search(**over: Any) -> dict[str, Any]:
    return {
        "uuid": "99999999-2222-4333-8444-555555555555",
        "name": "Grooming",
        "query": "grooming",
        "include": {"topic": ["Grooming"]},
        "sort": "newest",
        **over,
    }


def sealed(tmp: Path, lists_: list[Any], searches_: list[Any] | None = None, **counts: int) -> Path:
    content = members([line(1), line(2), line(3)])
    content["lists.jsonl"] = jsonl(lists_)
    content["saved_searches.jsonl"] = jsonl(searches_ or [])
    real = {"lists": len(lists_), "saved_searches": len(searches_ or [])}
    return seal(
        tmp / "hostile.librarypack",
        content,
        counts={**real, **counts},
        manifest={"format_version": 2},
    )


def state(cat: Catalogue) -> tuple[Any, ...]:
    lists = ReadingLists(cat.library)
    return (
        [(i.name, shape(cat, i.name)) for i in lists.all()],
        searches(cat),
        cat.count(),
        cat.change_counter(),
    )


def test_a_good_sealed_pack_is_taken_with_unknown_items_left_out(
    school: Catalogue, tmp_path: Path
) -> None:
    lst = good_list(items=[{"uuid": uid(3)}, {"uuid": uid(77), "note": "gone"}, {"uuid": uid(3)}])
    report = import_pack(school, sealed(tmp_path, [lst, good_list(uuid="l2", name="Two")]))
    assert report.shared.lists_added == 2 and report.added == 1
    assert [i[0] for i in shape(school, "Year 9")[1]] == [uid(3)]
    assert any("1 items left out" in p for p in report.problems)
    assert any("1 repeated items left out" in p for p in report.problems)
    assert shape(school, "Two")[1] == [(uid(2), "first"), (uid(1), "")]


HOSTILE: dict[str, tuple[list[Any], list[Any], str]] = {
    "a list that is not an object": ([["x"]], [], r"lists\.jsonl, line 1: the line must be"),
    "a name too long": (
        [good_list(name="n" * 201)],
        [],
        r"lists\.jsonl, line 1: reading list name is too long",
    ),
    "no name": ([good_list(name="  ")], [], "needs a name"),
    "a name that is a number": ([good_list(name=7)], [], "name must be text"),
    "a note too long": (
        [good_list(items=[{"uuid": uid(1), "note": "x" * 1001}])],
        [],
        r"items\[1\]: note is too",
    ),
    "items not a list": ([good_list(items={"a": 1})], [], "items must be a list"),
    "an item without a UUID": ([good_list(items=[{"note": "x"}])], [], r"items\[1\]\.uuid must"),
    "a path for a UUID": ([good_list(uuid="../../etc")], [], "uuid must be a resource identifier"),
    "a bad date": ([good_list(modified_at="yesterday")], [], "modified_at must be an ISO date"),
    "the same list twice": ([good_list(), good_list()], [], "appears twice"),
    "too many items": (
        [good_list(items=[{"uuid": sha256(b"%d" % i).hexdigest()[:40]} for i in range(100_001)])],
        [],
        "more than 100,000 items",
    ),
    "a search with an unknown facet": (
        [],
        [good_search(include={"password": ["x"]})],
        "include: unknown facet 'password'",
    ),
    "a search with a bad sort": ([], [good_search(sort="DROP TABLE")], "sort must be one of"),
    "a search query too long": ([], [good_search(query="q" * 10_001)], "query is too long"),
    "facet values not text": ([], [good_search(exclude={"type": [1]})], "must be a list of text"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_lists_members_are_refused_and_change_nothing(
    school: Catalogue, tmp_path: Path, case: str
) -> None:
    lists, searches_, message = HOSTILE[case]
    ReadingLists(school.library).add("Mine", [1])
    before = state(school)
    with pytest.raises(PackError, match=message) as info:
        import_pack(school, sealed(tmp_path, lists, searches_))
    assert "\n" not in str(info.value) and str(info.value).endswith("nothing was changed")
    assert state(school) == before


def test_counts_that_disagree_with_the_manifest_are_refused(
    school: Catalogue, tmp_path: Path
) -> None:
    before = state(school)
    with pytest.raises(PackError, match=r"lists\.jsonl holds 1 lists but the manifest counts 2"):
        import_pack(school, sealed(tmp_path, [good_list()], lists=2))
    assert state(school) == before


def test_an_oversized_lists_line_is_refused_before_it_is_parsed(
    school: Catalogue, tmp_path: Path
) -> None:
    huge = json.dumps(good_list(name=noise(17 << 20)))
    content = members([line(1), line(2)])
    content["lists.jsonl"] = huge.encode() + b"\n"
    content["saved_searches.jsonl"] = b""
    pack = seal(tmp_path / "big.librarypack", content, counts={"lists": 1})
    with pytest.raises(PackError, match=r"lists\.jsonl, line 1: longer than"):
        import_pack(school, pack)


def test_a_format_1_pack_without_lists_still_imports(school: Catalogue, tmp_path: Path) -> None:
    report = import_pack(school, seal(tmp_path / "old.librarypack", members([line(5)])))
    assert report.added == 1 and report.shared.lists_added == 0
