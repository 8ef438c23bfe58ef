"""Every migration runs on PostgreSQL too (issue 16), and gives the models' schema.

The same checks the SQLite tests make (test_library_file, test_migration_0003/0004),
on a fresh database of a real server: upgrade to head, Alembic's comparison with the
models finds nothing, everything downgrades to nothing and back, and a catalogue
upgraded with data in it keeps that data.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.engine import URL

from desktop_app.core.library.db import HEAD_REVISION, alembic_config
from desktop_app.core.library.models import (
    Base,
    ReadingList,
    ReadingListItem,
    Resource,
    Topic,
    utcnow,
)

# The app's times are naive UTC (models.utcnow() is aware, the columns are naive). The
# test server runs in UTC+5:45, where an aware time would be stored as local time: an
# engine on PostgreSQL must pin its sessions to UTC (the app's engine, when it opens
# PostgreSQL, must do the same; test_times_shift_when_the_session_is_not_utc shows why).
UTC_SESSIONS = {"options": "-c TimeZone=UTC"}


@pytest.fixture
def pg(postgres_url: URL) -> Iterator[Engine]:
    engine = create_engine(postgres_url, connect_args=UTC_SESSIONS)
    yield engine
    engine.dispose()


def migrate(engine: Engine, how: str, revision: str) -> None:
    with engine.begin() as conn:
        getattr(command, how)(alembic_config(conn), revision)


def revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_migrations_produce_the_models_schema_on_postgres(pg: Engine) -> None:
    migrate(pg, "upgrade", "head")
    assert revision(pg) == HEAD_REVISION
    with pg.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        # server defaults (Alembic cannot compare a JSON default on PostgreSQL)
        cols = {c["name"]: c for c in inspect(conn).get_columns("topic")}
        assert cols["labels"]["default"] == "'{}'::json"
        cols = {c["name"]: c for c in inspect(conn).get_columns("reading_list_item")}
        assert cols["note"]["default"] == "''::text"


def test_downgrade_to_nothing_and_back(pg: Engine) -> None:
    migrate(pg, "upgrade", "head")
    migrate(pg, "downgrade", "base")
    with pg.connect() as conn:
        assert inspect(conn).get_table_names() == ["alembic_version"]
    migrate(pg, "upgrade", "head")
    with pg.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert set(inspect(conn).get_table_names()) == set(Base.metadata.tables) | {
            "alembic_version"
        }


def fill_0002(engine: Engine) -> None:
    """Two resources, a topic and two reading lists with items, as 0002 left them."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO resource (id, uuid, title, type, summary, excerpt, url, language, "
                "audience, status, needs_review, review_reason, curator_notes, local_file, "
                "added_at, modified_at, version, provenance, source_record, "
                "changed_at_counter) VALUES "
                "(1, 'u1','One','report','','','','en','','published',false,'','','',"
                "'2024-01-01','2024-01-01',1,'','',0), "
                "(2, 'u2','Two','report','','','','en','','published',false,'','','',"
                "'2024-01-01','2024-01-01',1,'','',0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO topic (id, name, norm, alt_labels) "
                "VALUES (1, 'Schools', 'schools', '[]')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO reading_list (id, name, norm, created_at) VALUES "
                "(1, 'Year 9', 'year 9', '2024-02-01 10:00:00'), "
                "(2, 'Staff', 'staff', '2024-02-02 10:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO reading_list_item (list_id, resource_id, position) VALUES "
                "(1, 2, 0), (1, 1, 1), (2, 1, 0)"
            )
        )


def items(engine: Engine) -> list[tuple[int, int, int]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT list_id, resource_id, position FROM reading_list_item ORDER BY 1, 3")
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_catalogue_with_data_upgrades_and_downgrades_keeping_it(pg: Engine) -> None:
    migrate(pg, "upgrade", "0002")
    fill_0002(pg)
    before = items(pg)
    migrate(pg, "upgrade", "head")
    assert items(pg) == before
    with pg.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    from sqlalchemy.orm import Session

    with Session(pg) as s:
        lists = s.scalars(select(ReadingList).order_by(ReadingList.id)).all()
        assert [x.name for x in lists] == ["Year 9", "Staff"]
        assert len({x.uuid for x in lists}) == 2
        assert lists[0].modified_at == datetime(2024, 2, 1, 10, 0)
        assert {i.note for i in s.scalars(select(ReadingListItem))} == {""}
        assert s.scalars(select(Topic)).one().labels == {}
    migrate(pg, "downgrade", "0002")
    assert items(pg) == before
    migrate(pg, "upgrade", "head")
    assert items(pg) == before


def test_model_types_round_trip_on_postgres(pg: Engine) -> None:
    """Booleans, JSON with non-Latin text, long Text and times read back as written."""
    from sqlalchemy.orm import Session

    migrate(pg, "upgrade", "head")
    when = utcnow()
    with Session(pg) as s, s.begin():
        s.add(Topic(name="Écoles", norm="ecoles", alt_labels=["Schulen"], labels={"th": "โรงเรียน"}))
        s.add(
            Resource(
                title="Защита детей " * 2000,
                needs_review=True,
                added_at=when,
                modified_at=when,
                date="2019-05",
                date_precision="month",
            )
        )
    with Session(pg) as s:
        topic = s.scalars(select(Topic)).one()
        assert (topic.alt_labels, topic.labels) == (["Schulen"], {"th": "โรงเรียน"})
        res = s.scalars(select(Resource)).one()
        assert res.needs_review is True
        assert res.title == "Защита детей " * 2000
        # DateTime columns hold naive UTC wall time, as SQLite does
        assert res.added_at.replace(tzinfo=UTC) == when


def test_times_shift_when_the_session_is_not_utc(postgres_url: URL) -> None:
    """Why engines pin UTC: in the server's own zone an aware UTC time is stored as
    local wall time, 5 h 45 min off what SQLite stores."""
    from sqlalchemy.orm import Session

    nepal = {"options": "-c TimeZone=Asia/Kathmandu"}  # as our server; a given one may be UTC
    engine = create_engine(postgres_url, connect_args=nepal)
    try:
        migrate(engine, "upgrade", "head")
        when = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
        with Session(engine) as s, s.begin():
            s.add(Resource(title="t", added_at=when, modified_at=when))
        with Session(engine) as s:
            stored = s.scalars(select(Resource.added_at)).one()
        assert stored == datetime(2024, 1, 1, 17, 45)
    finally:
        engine.dispose()
