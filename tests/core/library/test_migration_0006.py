"""Migration 0006: names as long as the records allow (issue 16).

The bundled library (made at 0005) opens, is upgraded in place and keeps every link
(the SQLite path edits the tables' definitions instead of rebuilding them, which with
foreign keys on would delete the links), ends with the fresh schema, takes a 500-
character name, and goes down and up again.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop_app.core.library.db import HEAD_REVISION, Library, alembic_config
from desktop_app.core.library.models import Base
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue

LINKS = ("resource_organisation", "resource_author", "resource_topic", "resource_country")


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in LINKS}
    finally:
        conn.close()


def make_0005(path: Path) -> None:
    shutil.copyfile(BUNDLED_LIBRARY, path)
    conn = sqlite3.connect(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    if revision != "0005":  # the bundled file was rebuilt at a newer head: go back
        with Library.open(path) as lib, lib.engine.begin() as conn2:
            command.downgrade(alembic_config(conn2), "0005")


def test_a_0005_library_upgrades_in_place_keeping_every_link(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_0005(path)
    before = counts(path)
    assert all(before.values())
    with Library.open(path) as lib:
        assert lib.current_revision() == HEAD_REVISION
        with lib.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        cat = Catalogue(lib)
        made = cat.create(ResourceData(title="Long", type="report", authors=["A" * 500]))
        assert cat.get(made.id).authors == ["A" * 500]
    after = counts(path)
    assert after["resource_author"] == before["resource_author"] + 1
    assert {t: after[t] for t in LINKS if t != "resource_author"} == {
        t: before[t] for t in LINKS if t != "resource_author"
    }


def test_0006_goes_down_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    make_0005(path)
    with Library.open(path) as lib:
        with lib.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0005")
        with lib.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with lib.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert all(counts(path).values())
