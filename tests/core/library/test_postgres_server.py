"""The tests' own PostgreSQL server (tests/postgres.py, issue 16).

Each test gets a fresh, empty database of its own; without a server binary the tests
are skipped with the reason, except in CI, where that is a failure.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from tests import postgres


def test_each_test_gets_a_fresh_empty_database(postgres_url: URL) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar() == (
                postgres_url.database
            )
            assert inspect(conn).get_table_names() == []
            assert conn.execute(text("SHOW server_encoding")).scalar() == "UTF8"
    finally:
        engine.dispose()


def test_databases_are_distinct_and_dropped_after_use(postgres_server: URL) -> None:
    names = []
    for _ in range(2):
        with postgres.fresh_database(postgres_server) as url:
            names.append(url.database)
            with postgres.admin(postgres_server) as conn:
                found = conn.execute(
                    "SELECT count(*) FROM pg_database WHERE datname = %s", (names[-1],)
                ).fetchone()
            assert found == (1,)
    assert names[0] != names[1]
    with postgres.admin(postgres_server) as conn:
        left = conn.execute(
            "SELECT count(*) FROM pg_database WHERE datname = ANY(%s)", (names,)
        ).fetchone()
    assert left == (0,)


def test_a_wrong_password_is_refused(postgres_server: URL) -> None:
    import psycopg

    wrong = postgres_server.set(password="not-the-password")
    with (
        pytest.raises(psycopg.OperationalError, match="password authentication failed"),
        postgres.admin(wrong),
    ):
        pass


@pytest.mark.parametrize(
    ("ci", "outcome"), [("", pytest.skip.Exception), ("true", pytest.fail.Exception)]
)
def test_no_server_binary_skips_except_in_ci(
    monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setattr(postgres, "find_bindir", lambda: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="initdb"):
        postgres.start_server()
