"""``librarian lists …``: every operation, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from tests.cli.running import run


def lists(capsys: pytest.CaptureFixture[str], lib: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "lists", *args, "--library", str(lib))


def test_the_whole_round(capsys: pytest.CaptureFixture[str], seeded_path: Path) -> None:
    code, out, _ = run(capsys, "lists", "--library", str(seeded_path))
    assert code == 0 and "no reading lists" in out
    assert lists(capsys, seeded_path, "create", "Year 9 online safety")[0] == 0
    code, out, _ = lists(capsys, seeded_path, "add", "year 9 online safety", "3", "1", "2")
    assert code == 0 and out.strip() == "3 added to 'Year 9 online safety'; it has 3"
    uuid = json.loads(run(capsys, "show", "5", "--json", "--library", str(seeded_path))[1])["uuid"]
    code, out, _ = lists(capsys, seeded_path, "add", "Year 9 online safety", uuid, "3")
    assert out.strip() == "1 added to 'Year 9 online safety' (1 already in it); it has 4"
    assert lists(capsys, seeded_path, "note", "Year 9 online safety", "1", "Pages 3–5")[0] == 0
    assert lists(capsys, seeded_path, "move", "Year 9 online safety", "5", "1")[0] == 0
    code, out, _ = lists(capsys, seeded_path, "show", "Year 9 online safety", "--json")
    data = json.loads(out)
    assert code == 0 and data["name"] == "Year 9 online safety" and len(data["uuid"]) == 36
    assert [i["id"] for i in data["items"]] == [5, 3, 1, 2]
    assert [i["note"] for i in data["items"]] == ["", "", "Pages 3–5", ""]
    code, out, _ = lists(capsys, seeded_path, "show", "Year 9 online safety")
    lines = out.splitlines()
    assert lines[0] == "Year 9 online safety (4)"
    assert lines[1].startswith("   1. [5] ") and "Note: Pages 3–5" in lines[4]
    assert lists(capsys, seeded_path, "remove", "Year 9 online safety", "3")[1].startswith(
        "1 removed"
    )
    assert lists(capsys, seeded_path, "rename", "Year 9 online safety", "Year 9")[0] == 0
    code, out, _ = run(capsys, "lists", "--json", "--library", str(seeded_path))
    assert json.loads(out) == [{"name": "Year 9", "count": 3}]
    code, out, _ = run(capsys, "lists", "--library", str(seeded_path))
    assert out.split() == ["3", "Year", "9"]
    code, out, _ = lists(capsys, seeded_path, "delete", "year 9")
    assert code == 0 and "deleted reading list 'Year 9'" in out
    assert json.loads(run(capsys, "lists", "--json", "--library", str(seeded_path))[1]) == []


def test_library_given_before_the_operation_is_used(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    assert run(capsys, "lists", "--library", str(seeded_path), "create", "Mine")[0] == 0
    _, out, _ = run(capsys, "lists", "--library", str(seeded_path), "--json")
    assert json.loads(out) == [{"name": "Mine", "count": 0}]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "Nope"), "no reading list named 'Nope'"),
        (("add", "Nope", "1"), "make it first: librarian lists create 'Nope'"),
        (("add", "Staff", "1", "99999"), "no resource with id or UUID '99999'; nothing was"),
        (("create", "staff"), "a reading list named 'Staff' already exists"),
        (("rename", "Staff", "Other"), "a reading list named 'Other' already exists"),
        (("create", "x" * 201), "too long (201 characters, at most 200)"),
        (("note", "Staff", "1", "n" * 1001), "note is too long"),
        (("note", "Staff", "2", "hi"), "resource 2 is not in reading list 'Staff'"),
        (("delete", "Nope"), "no reading list named 'Nope'"),
    ],
)
def test_errors_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, args: tuple[str, ...], message: str
) -> None:
    lists(capsys, seeded_path, "create", "Staff")
    lists(capsys, seeded_path, "add", "Staff", "1")
    lists(capsys, seeded_path, "create", "Other")
    before = lists(capsys, seeded_path, "show", "Staff", "--json")[1]
    code, out, err = lists(capsys, seeded_path, *args)
    assert code == 1 and out == ""
    assert err.startswith("librarian: ") and message in err and err.count("\n") == 1
    assert lists(capsys, seeded_path, "show", "Staff", "--json")[1] == before
    names = [i["name"] for i in json.loads(lists(capsys, seeded_path, "--json")[1])]
    assert names == ["Other", "Staff"]


def test_the_bundled_library_is_never_written(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "lists", "create", "X", "--library", str(BUNDLED_LIBRARY))
    assert code == 1 and "read-only" in err


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str], seeded_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["lists", "add", "Staff", "--library", str(seeded_path)])
    assert exc.value.code == 2
