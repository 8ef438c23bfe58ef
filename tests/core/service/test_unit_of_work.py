"""The unit of work: one transaction, one change-log action, one counter bump, listeners
told after the commit; and nothing outside the service writes the change log itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

import desktop_app
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ChangeLog, Resource
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue, ChangeSet
from tests import backends

# every test here runs on a library file and on a PostgreSQL catalogue (issue 16)
seeded = backends.seeded

PACKAGE = Path(desktop_app.__file__).parent
SERVICE = PACKAGE / "core" / "service"


def rows_of(lib: Library, action_id: int) -> list[ChangeLog]:
    with lib.read() as s:
        return list(s.scalars(select(ChangeLog).where(ChangeLog.action_id == action_id)))


def test_an_action_commits_once_then_tells_the_listeners(catalogue: Catalogue) -> None:
    seen_by_others: list[str] = []

    def listener(changes: ChangeSet) -> None:
        # another connection sees the change: the listener runs after the commit
        with Library.open(catalogue.library.target) as other:
            seen_by_others.append(Catalogue(other).get(1).title)

    catalogue.subscribe(listener)
    before = catalogue.change_counter()
    with catalogue.action("retitle") as act:
        res = act.session.get(Resource, 1)
        assert res is not None
        act.label = "retitle resource 1"  # refined inside, before the first record
        data = catalogue.get(1).editable()
        data.title = "A new title"
        data.topics = [*data.topics, "A brand new topic"]
        assert act.edit(res, data)
        assert not seen_by_others  # nobody is told before the commit
    assert act.committed
    assert catalogue.change_counter() == before + 1 == act.changes.counter
    assert act.changes.updated == {1} and act.changes.vocabulary  # the new topic
    assert seen_by_others == ["A new title"]
    rows = rows_of(catalogue.library, act.changes.action_id)
    assert {(r.entity, r.field) for r in rows} == {
        ("resource", "title"),
        ("resource", "topics"),
        ("topic", "*"),
    }
    assert {r.action for r in rows} == {"retitle resource 1"}
    assert {r.counter for r in rows} == {before + 1}


def test_an_action_that_fails_changes_nothing_and_tells_no_one(catalogue: Catalogue) -> None:
    heard: list[ChangeSet] = []
    catalogue.subscribe(heard.append)
    before = catalogue.change_counter()
    title = catalogue.get(2).title
    with pytest.raises(ZeroDivisionError), catalogue.action("doomed") as act:
        res = act.session.get(Resource, 2)
        assert res is not None
        data = catalogue.get(2).editable()
        data.title = "never saved"
        act.edit(res, data)
        act.delete(act.session.get(Resource, 3))  # type: ignore[arg-type]
        _ = 1 / 0
    assert not act.committed and not heard
    assert catalogue.change_counter() == before
    assert catalogue.get(2).title == title and catalogue.count() == 30
    assert rows_of(catalogue.library, before + 1) == []


def test_a_dry_run_computes_everything_then_rolls_back(catalogue: Catalogue) -> None:
    heard: list[ChangeSet] = []
    catalogue.subscribe(heard.append)
    before = catalogue.change_counter()
    data = ResourceData.from_dict({"title": "Only a preview", "topics": ["Preview topic"]})
    with catalogue.action("preview", dry_run=True) as act:
        act.add(data)
        assert act.pending == 1
        [res] = act.flush()
        assert res.id is not None and act.changes.added == {res.id}
    assert act.resolver.created == [("topic", "Preview topic")]  # what it would create
    assert not act.changes and act.changes.counter == 0 and not act.committed
    assert not heard and catalogue.change_counter() == before
    assert catalogue.count() == 30


def test_a_listener_that_fails_never_fails_the_saved_change(
    catalogue: Catalogue, caplog: pytest.LogCaptureFixture
) -> None:
    heard: list[int] = []

    def broken(changes: ChangeSet) -> None:
        raise RuntimeError("index gone")

    catalogue.subscribe(broken)
    catalogue.subscribe(lambda changes: heard.append(changes.counter))
    with catalogue.action("trash one") as act:
        res = act.session.get(Resource, 4)
        assert res is not None
        act.delete(res)
    assert act.committed and heard == [act.changes.counter]
    assert catalogue.count(include_trashed=True) == 29
    assert "a listener failed after a saved change" in caplog.text


def test_added_resources_are_recorded_even_without_a_flush(catalogue: Catalogue) -> None:
    with catalogue.action("add two") as act:
        act.add(ResourceData.from_dict({"title": "First"}))
        act.add(ResourceData.from_dict({"title": "Second"}), uuid="u-2", provenance="test")
    assert len(act.changes.added) == 2 and catalogue.count() == 32
    assert catalogue.find_by_uuid("u-2") is not None
    rows = rows_of(catalogue.library, act.changes.action_id)
    assert sorted(r.field for r in rows) == ["*", "*"]


def test_an_action_is_closed_after_its_block(catalogue: Catalogue) -> None:
    with catalogue.action("nothing") as act:
        pass
    with pytest.raises(RuntimeError, match="is over"):
        act.record(None, "terms", None, ["x"], entity="thesaurus")


# -- the rule: one way to change a library ------------------------------------------------------
def _private_names() -> set[str]:
    """Private methods and attributes of the service's classes (Catalogue, Action)."""
    names: set[str] = set()
    for path in SERVICE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def test_nothing_outside_the_service_writes_the_change_log_or_its_private_steps() -> None:
    private = _private_names()
    assert {"_notify", "_listeners", "_finish"} <= private
    wrong: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if SERVICE in path.parents or "migrations" in path.parts:
            continue
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and (
                getattr(node.func, "id", None) == "ChangeLog"
                or getattr(node.func, "attr", None) == "ChangeLog"
            ):
                wrong.append(f"{where}:{node.lineno}: writes a change-log row")
            elif isinstance(node, ast.Attribute):
                if node.attr in {"change_counter", "changed_at_counter"} and isinstance(
                    node.ctx, ast.Store
                ):
                    wrong.append(f"{where}:{node.lineno}: sets {node.attr}")
                elif node.attr in private and not (
                    isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
                ):
                    wrong.append(f"{where}:{node.lineno}: uses the service's {node.attr}")
    assert wrong == []
