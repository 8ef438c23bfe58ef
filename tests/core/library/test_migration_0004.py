"""Migration 0004: topics get labels in other languages ({} to begin with).

A library upgraded from 0003 ends up with exactly the schema of a fresh one, keeps
its topics and every resource's links to them, and goes back down and up again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from desktop_app.core.library.db import HEAD_REVISION, Library, alembic_config
from desktop_app.core.library.models import Base, Topic
from tests.core.library.test_migration_0003 import schema


def make_0003_library_with_topics(path: Path) -> None:
    """A library as version 0003 left it: one resource with two topics."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO resource (id, uuid, title, type, summary, excerpt, url, language, "
            "audience, status, needs_review, review_reason, curator_notes, local_file, "
            "added_at, modified_at, version, provenance, source_record, "
            "changed_at_counter) VALUES "
            "(1, 'u1','One','report','','','','en','','published',0,'','','',"
            "'2024-01-01','2024-01-01',1,'','',0)"
        )
        conn.execute(
            "INSERT INTO topic (id, name, norm, parent_id, alt_labels) VALUES "
            "(1, 'Sexting', 'sexting', NULL, '[]'), (2, 'Schools', 'schools', NULL, '[\"x\"]')"
        )
        conn.execute(
            "INSERT INTO resource_topic (resource_id, topic_id, position) "
            "VALUES (1, 1, 0), (1, 2, 1)"
        )
    conn.close()


def links(path: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(path)
    try:
        sql = "SELECT resource_id, topic_id FROM resource_topic ORDER BY 2"
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_0003_library_upgrades_to_the_fresh_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    make_0003_library_with_topics(old)
    fresh = tmp_path / "fresh.db"
    with Library.open(fresh, create=True) as lib:
        assert lib.current_revision() == HEAD_REVISION
    with Library.open(old) as lib:
        assert lib.current_revision() == HEAD_REVISION
        with lib.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        with lib.read() as s:
            topics = s.scalars(select(Topic).order_by(Topic.id)).all()
            assert [(t.name, t.labels, t.alt_labels) for t in topics] == [
                ("Sexting", {}, []),
                ("Schools", {}, ["x"]),
            ]
    assert schema(old) == schema(fresh)
    assert links(old) == [(1, 1), (1, 2)]


def test_0004_downgrades_keeping_the_topic_links_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    make_0003_library_with_topics(path)
    with Library.open(path) as lib:
        with lib.write() as s:
            s.get(Topic, 1).labels = {"es": "Sexteo"}  # type: ignore[union-attr]
        with lib.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
        assert links(path) == [(1, 1), (1, 2)]
        with lib.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with lib.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert links(path) == [(1, 1), (1, 2)]
