"""Migration 0003: reading lists get UUIDs and item notes; saved searches get a table.

A library upgraded from 0002 (with lists in it) must end up with exactly the schema
of a library made fresh, and its lists keep their names, items and order.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from desktop_app.core.library.db import HEAD_REVISION, Library, alembic_config
from desktop_app.core.library.models import Base, ReadingList, ReadingListItem, SavedSearch


def schema(path: Path) -> dict[str, str]:
    """Every table's and index's CREATE statement, by name."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return {name: " ".join(sql.split()) for name, sql in rows}


def make_0002_library_with_lists(path: Path) -> None:
    """A library as version 0002 left it, with two reading lists in it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO resource (uuid, title, type, summary, excerpt, url, language, "
            "audience, status, needs_review, review_reason, curator_notes, local_file, "
            "added_at, modified_at, version, provenance, source_record, "
            "changed_at_counter) VALUES "
            "('u1','One','report','','','','en','','published',0,'','','',"
            "'2024-01-01','2024-01-01',1,'','',0), "
            "('u2','Two','report','','','','en','','published',0,'','','',"
            "'2024-01-01','2024-01-01',1,'','',0)"
        )
        conn.execute(
            "INSERT INTO reading_list (id, name, norm, created_at) VALUES "
            "(1, 'Year 9', 'year 9', '2024-02-01 10:00:00'), "
            "(2, 'Staff', 'staff', '2024-02-02 10:00:00')"
        )
        conn.execute(
            "INSERT INTO reading_list_item (list_id, resource_id, position) VALUES "
            "(1, 2, 0), (1, 1, 1), (2, 1, 0)"
        )
    conn.close()


def test_a_0002_library_upgrades_to_the_fresh_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    make_0002_library_with_lists(old)
    assert "saved_search" not in schema(old)
    fresh = tmp_path / "fresh.db"
    with Library.open(fresh, create=True) as lib:
        assert lib.current_revision() == HEAD_REVISION
    with Library.open(old) as lib:
        assert lib.current_revision() == HEAD_REVISION
        with lib.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        with lib.read() as s:
            lists = s.scalars(select(ReadingList).order_by(ReadingList.id)).all()
            assert [rl.name for rl in lists] == ["Year 9", "Staff"]
            uuids = {rl.uuid for rl in lists}
            assert len(uuids) == 2 and all(len(u) == 36 for u in uuids)
            assert [rl.modified_at for rl in lists] == [rl.created_at for rl in lists]
            items = s.execute(
                select(ReadingListItem.resource_id, ReadingListItem.note)
                .where(ReadingListItem.list_id == 1)
                .order_by(ReadingListItem.position)
            ).all()
            assert [tuple(i) for i in items] == [(2, ""), (1, "")]
            assert s.scalars(select(SavedSearch)).all() == []
    assert schema(old) == schema(fresh)
    assert list(tmp_path.glob(f"old.db.before-{HEAD_REVISION}*.bak"))


def test_0003_downgrades_keeping_the_lists_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    make_0002_library_with_lists(path)
    with Library.open(path) as lib:
        with lib.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0002")
        with lib.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT count(*) FROM reading_list_item").scalar()
        assert rows == 3
        with lib.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with lib.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            rows = conn.exec_driver_sql("SELECT count(*) FROM reading_list_item").scalar()
        assert rows == 3
