"""Opening a catalogue on a PostgreSQL server (core/library/server.py, issue 16):
URLs, the engine, and one clear line for each way it can fail, never the password."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryOpenError
from desktop_app.core.library.db import HEAD_REVISION, alembic_config
from desktop_app.core.library.models import Resource
from desktop_app.core.library.server import (
    connect_check,
    is_server_url,
    parse,
    redact,
    server_engine,
)

KNOWN = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check(url: URL | str) -> str | None:
    engine = server_engine(url)
    try:
        return connect_check(engine, KNOWN, HEAD_REVISION)
    finally:
        engine.dispose()


def failure(url: URL) -> str:
    with pytest.raises(LibraryOpenError) as info:
        check(url)
    message = str(info.value)
    assert "\n" not in message
    if url.password:
        assert url.password not in message
    return message


@pytest.mark.parametrize(
    ("value", "server"),
    [
        ("postgresql+psycopg://ana@db.example.org/library", True),
        ("postgresql://ana@db.example.org:5433/library", True),
        ("postgres://db/library", True),
        ("library.db", False),
        ("/home/ana/postgresql/library.db", False),
        ("C:\\Users\\ana\\library.db", False),
    ],
)
def test_a_url_is_told_from_a_file_path(value: str, server: bool) -> None:
    assert is_server_url(value) is server


def test_the_password_never_shows_and_psycopg_is_the_driver() -> None:
    url = parse("postgres://ana:s3cret@db.example.org:5433/library")
    assert url.drivername == "postgresql+psycopg"
    assert url.password == "s3cret"
    assert redact(url) == "postgresql+psycopg://ana:***@db.example.org:5433/library"


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("mysql://ana@db/library", "only PostgreSQL"),
        ("postgresql+psycopg://ana@db.example.org", "names no database"),
        ("postgresql+psycopg://ana:pw@db:notaport/x", "not a valid database URL"),
    ],
)
def test_a_bad_url_is_one_clear_line(value: str, says: str) -> None:
    with pytest.raises(LibraryOpenError, match=says) as info:
        parse(value)
    assert "pw" not in str(info.value)


def test_an_empty_database_has_no_schema_yet(postgres_url: URL) -> None:
    assert check(postgres_url) is None


def test_a_catalogue_at_head_is_recognised(postgres_url: URL) -> None:
    engine = server_engine(postgres_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        assert connect_check(engine, KNOWN, HEAD_REVISION) == HEAD_REVISION
    finally:
        engine.dispose()


def test_a_newer_schema_says_update_the_app(postgres_url: URL) -> None:
    engine = server_engine(postgres_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    message = failure(postgres_url)
    assert "newer version of Resource Librarian (schema 9999)" in message
    assert f"{postgres_url.host}:{postgres_url.port}" in message


def test_a_database_of_something_else_is_not_a_catalogue(postgres_url: URL) -> None:
    engine = server_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    assert "is not a Resource Librarian catalogue" in failure(postgres_url)


def test_wrong_password(postgres_url: URL) -> None:
    url = postgres_url.set(password="not-the-password-123")
    assert failure(url) == (
        f"{url.host}:{url.port}: wrong password for user 'postgres' (database '{url.database}')"
    )


def test_missing_database(postgres_server: URL) -> None:
    url = postgres_server.set(database="no_such_catalogue")
    assert failure(url) == (
        f"{url.host}:{url.port}: database 'no_such_catalogue' does not exist on this server"
    )


def test_missing_user(postgres_url: URL) -> None:
    url = postgres_url.set(username="nobody_here", password="x-pass-x")
    message = failure(url)
    # the server does not tell a missing user from a wrong password (SCRAM)
    assert message.startswith(f"{url.host}:{url.port}: ")
    assert "nobody_here" in message


def test_server_unreachable_names_host_and_port() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = make_url(f"postgresql+psycopg://ana:s3cret@127.0.0.1:{port}/library")
    assert failure(url) == f"127.0.0.1:{port}: the PostgreSQL server cannot be reached"


def test_sessions_store_times_in_utc_whatever_the_server_zone(postgres_url: URL) -> None:
    """The test server runs in UTC+5:45: the engine pins UTC, so times read back as
    SQLite stores them (naive UTC)."""
    engine = server_engine(postgres_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            assert conn.execute(text("SHOW TimeZone")).scalar() == "UTC"
        when = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
        with Session(engine) as s, s.begin():
            s.add(Resource(title="t", added_at=when, modified_at=when))
        with Session(engine) as s:
            assert s.scalars(select(Resource.added_at)).one() == datetime(2024, 1, 1, 12, 0)
    finally:
        engine.dispose()


def test_no_password_says_where_one_may_come_from(
    postgres_url: URL, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = postgres_url._replace(password=None)
    assert failure(url) == (
        f"{url.host}:{url.port}: the server asks for a password for user 'postgres'; "
        "give it in PGPASSWORD or ~/.pgpass"
    )


def test_a_password_from_pgpassword_is_used(
    postgres_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert postgres_url.password
    monkeypatch.setenv("PGPASSWORD", postgres_url.password)
    assert check(postgres_url._replace(password=None)) is None
