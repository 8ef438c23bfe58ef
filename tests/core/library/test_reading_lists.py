"""Reading lists in the core: create, rename, delete and undo, order, notes, duplicate."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import NAME_MAX, NOTE_MAX, ReadingLists
from desktop_app.core.service import Catalogue


@pytest.fixture
def lists(seeded: Library) -> ReadingLists:
    return ReadingLists(seeded)


def test_create_add_and_contents_in_order(lists: ReadingLists) -> None:
    assert lists.create("Year 9 online safety").count == 0
    added = lists.add("year 9  ONLINE safety", [5, 3, 5, 9999, 7])
    assert added.info.name == "Year 9 online safety"
    assert (added.added, added.already, added.missing) == ([5, 3, 7], 0, 1)
    again = lists.add("Year 9 online safety", [3, 1])
    assert (again.added, again.already) == ([1], 1)
    contents = lists.contents("Year 9 online safety")
    assert [i.resource_id for i in contents.items] == [5, 3, 7, 1]
    assert all(i.title and len(i.uuid) == 36 for i in contents.items)
    assert [(i.name, i.count) for i in lists.all()] == [("Year 9 online safety", 4)]


def test_clear_one_line_errors(lists: ReadingLists) -> None:
    lists.create("Staff")
    with pytest.raises(LibraryError, match="already exists"):
        lists.create(" staff ")
    with pytest.raises(NotFoundError, match="no reading list named 'Nope'"):
        lists.contents("Nope")
    with pytest.raises(LibraryError, match="needs a name"):
        lists.create("   ")
    with pytest.raises(LibraryError, match="too long"):
        lists.create("x" * (NAME_MAX + 1))
    lists.add("Staff", [1])
    with pytest.raises(LibraryError, match=f"at most {NOTE_MAX}"):
        lists.set_note("Staff", 1, "n" * (NOTE_MAX + 1))
    with pytest.raises(NotFoundError, match="not in reading list 'Staff'"):
        lists.set_note("Staff", 2, "hello")
    with pytest.raises(NotFoundError):
        lists.add("Other", [1], create=False)


def test_rename(lists: ReadingLists) -> None:
    lists.add("Staff", [1, 2])
    lists.create("Pupils")
    assert lists.rename("staff", "Staff briefing").name == "Staff briefing"
    assert lists.items("Staff briefing") == [1, 2]
    with pytest.raises(NotFoundError):
        lists.items("Staff")
    with pytest.raises(LibraryError, match="'Pupils' already exists"):
        lists.rename("Staff briefing", "PUPILS")
    assert lists.rename("Staff briefing", "staff BRIEFING").name == "staff BRIEFING"


def test_delete_and_undo_restore_items_notes_and_uuid(lists: ReadingLists) -> None:
    lists.add("Staff", [4, 2, 6])
    lists.set_note("Staff", 2, "Read before Monday")
    before = lists.contents("Staff")
    deleted = lists.delete("Staff")
    assert lists.all() == []
    assert Catalogue(lists.library).count() == 30  # the resources stay
    lists.restore(deleted)
    after = lists.contents("Staff")
    assert (after.uuid, after.name) == (before.uuid, before.name)
    assert [(i.resource_id, i.note) for i in after.items] == [
        (i.resource_id, i.note) for i in before.items
    ]
    with pytest.raises(LibraryError, match="already back"):
        lists.restore(deleted)


def test_undo_after_the_name_was_taken_keeps_both(lists: ReadingLists) -> None:
    lists.add("Staff", [1])
    deleted = lists.delete("Staff")
    lists.add("Staff", [2])
    assert lists.restore(deleted).name == "Staff (2)"
    assert lists.items("Staff (2)") == [1]
    assert lists.items("Staff") == [2]


def test_move_and_reorder(lists: ReadingLists) -> None:
    lists.add("L", [1, 2, 3, 4])
    assert lists.move("L", 4, 0) == [4, 1, 2, 3]
    assert lists.move("L", 4, 99) == [1, 2, 3, 4]
    assert lists.move("L", 2, 2) == [1, 3, 2, 4]
    assert lists.items("L") == [1, 3, 2, 4]
    assert lists.reorder("L", [4, 3, 2, 1]) == [4, 3, 2, 1]
    with pytest.raises(LibraryError, match="changed meanwhile"):
        lists.reorder("L", [4, 3, 2])
    assert lists.items("L") == [4, 3, 2, 1]


def test_remove_keeps_the_order_and_new_items_go_last(lists: ReadingLists) -> None:
    lists.add("L", [1, 2, 3, 4])
    assert lists.remove("L", [2, 99]) == 1
    lists.add("L", [5])
    assert lists.items("L") == [1, 3, 4, 5]


def test_notes_are_kept_stripped_and_cleared(lists: ReadingLists) -> None:
    lists.add("L", [1, 2])
    assert lists.set_note("L", 1, "  Pages 3–5 only\n") == "Pages 3–5 only"
    assert lists.contents("L").notes == {1: "Pages 3–5 only"}
    lists.set_note("L", 1, "")
    assert lists.contents("L").notes == {}


def test_duplicate_copies_order_and_notes(lists: ReadingLists) -> None:
    lists.add("Year 9", [3, 1])
    lists.set_note("Year 9", 1, "homework")
    assert lists.duplicate("Year 9").name == "Year 9 (copy)"
    assert lists.duplicate("Year 9").name == "Year 9 (copy) (2)"
    copy = lists.contents("Year 9 (copy)")
    assert [(i.resource_id, i.note) for i in copy.items] == [(3, ""), (1, "homework")]
    assert copy.uuid != lists.contents("Year 9").uuid
    assert lists.duplicate("Year 9", "Year 10").count == 2
    with pytest.raises(LibraryError, match="already exists"):
        lists.duplicate("Year 9", "year 10")


def test_a_failed_write_changes_nothing(lists: ReadingLists) -> None:
    lists.add("L", [1, 2])
    with pytest.raises(LibraryError):
        lists.rename("L", "")
    with pytest.raises(LibraryError):
        lists.set_note("L", 1, "x" * (NOTE_MAX + 5))
    assert lists.contents("L").name == "L"
    assert lists.contents("L").notes == {}
