"""Every ``librarian`` command on a catalogue on a PostgreSQL server (issue 16):
``--library URL`` and ``$LIBRARIAN_LIBRARY=URL`` work as a file does; what cannot go
wrong quietly says so in one line (server unreachable, wrong password, no such
database, an empty one, a newer schema); the password never appears in any output
or in the log."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from desktop_app.cli_errors import log_path
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from tests.cli.running import as_text, run


def shared_catalogue(url: URL, n: int = 3) -> str:
    """A catalogue on the server with ``n`` resources; its URL as text (with password)."""
    target = as_text(url)
    with Library.open(target, create=True) as lib:
        cat = Catalogue(lib)
        for i in range(n):
            cat.create(ResourceData(title=f"Shared safeguarding report {i}", type="report"))
    return target


def closed_port() -> int:
    """A port of 127.0.0.1 nothing listens on (bound, then let go)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def assert_no_password(password: str, *outputs: str) -> None:
    for out in outputs:
        assert password not in out


def test_commands_work_on_a_server_catalogue(
    postgres_url: URL, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = shared_catalogue(postgres_url)
    password = str(postgres_url.password)
    code, out, err = run(capsys, "list", "--library", target)
    assert code == 0 and "Shared safeguarding report 2" in out
    code, out, err = run(capsys, "search", "--library", target, "safeguarding")
    assert code == 0 and out.startswith("3 resources for: safeguarding"), err
    code, out, err = run(capsys, "check", "--library", target)
    assert code == 0, err
    assert "library is consistent" in out
    assert f"server catalogue: {postgres_url.render_as_string(hide_password=True)}" in out
    code, out, err = run(capsys, "lists", "create", "--library", target, "Reading")
    assert code == 0 and "created reading list 'Reading'" in out
    code, out, err = run(capsys, "build-db", "-o", target)
    assert code == 1 and "build-db writes a library file" in err
    assert not any(tmp_path.iterdir())
    assert_no_password(password, out, err)


def test_the_environment_names_the_server_catalogue(
    postgres_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = shared_catalogue(postgres_url, 2)
    monkeypatch.setenv("LIBRARIAN_LIBRARY", target)
    code, out, err = run(capsys, "stats")
    assert code == 0, err
    assert "resources: 2 (2 published)" in out


def test_the_password_may_come_from_pgpassword_or_pgpass(
    postgres_url: URL,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    shared_catalogue(postgres_url, 1)
    u = postgres_url
    bare = f"postgresql+psycopg://{u.username}@{u.host}:{u.port}/{u.database}"
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)  # no ~/.pgpass of the machine's either
    code, out, err = run(capsys, "list", "--library", bare)
    assert code == 1
    assert err.startswith("librarian: 127.0.0.1:") and "asks for a password" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("PGPASSWORD", str(postgres_url.password))
    code, out, err = run(capsys, "list", "--library", bare)
    assert code == 0 and "Shared safeguarding report 0" in out
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"  # libpq's password file, as ~/.pgpass would be
    pgpass.write_text(f"{u.host}:{u.port}:{u.database}:{u.username}:{u.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, out, err = run(capsys, "list", "--library", bare)
    assert code == 0 and "Shared safeguarding report 0" in out


def test_a_wrong_password_is_one_line_and_never_shown(
    postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    shared_catalogue(postgres_url, 1)
    wrong = "Wr0ng-Secret-Pass"
    code, out, err = run(
        capsys, "list", "--library", as_text(postgres_url.set(password=wrong)), "--debug"
    )
    assert code == 1
    assert err == (
        f"librarian: {postgres_url.host}:{postgres_url.port}: wrong password for user "
        f"'{postgres_url.username}' (database '{postgres_url.database}')\n"
    )
    assert_no_password(wrong, out, err)
    assert_no_password(str(postgres_url.password), out, err)


@pytest.mark.parametrize("scheme", ["postgresql+psycopg", "postgresql", "postgres"])
def test_an_unreachable_server_names_host_and_port(
    scheme: str, capsys: pytest.CaptureFixture[str]
) -> None:
    port = closed_port()
    url = f"{scheme}://librarian:Sekr1t-Word@127.0.0.1:{port}/shared"
    code, out, err = run(capsys, "search", "--library", url, "anything")
    assert code == 1
    assert err == f"librarian: 127.0.0.1:{port}: the PostgreSQL server cannot be reached\n"
    assert_no_password("Sekr1t-Word", out, err)


def test_a_missing_database_an_empty_one_and_a_newer_one_say_so(
    postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    where = f"{postgres_url.host}:{postgres_url.port}"
    missing = as_text(postgres_url.set(database="no_such_catalogue"))
    code, _, err = run(capsys, "list", "--library", missing)
    assert code == 1
    assert err == (
        f"librarian: {where}: database 'no_such_catalogue' does not exist on this server\n"
    )
    empty = as_text(postgres_url)
    code, _, err = run(capsys, "list", "--library", empty)
    assert code == 1
    assert err.startswith(f"librarian: {where}: database '{postgres_url.database}' holds no")
    with Library.open(empty, create=True) as lib, lib.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    code, _, err = run(capsys, "list", "--library", empty)
    assert code == 1
    assert "was made by a newer version of Resource Librarian (schema 9999_from_the_future)" in err
    assert len(err.splitlines()) == 1


def test_an_unexpected_error_logs_no_password(
    postgres_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = shared_catalogue(postgres_url, 1)

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError(f"the driver said something about {target}")

    monkeypatch.setattr("desktop_app.cli.check_library", broken)
    code, out, err = run(capsys, "check", "--library", target)
    assert code == 1 and "unexpected error" in err
    logged = log_path().read_text(encoding="utf-8")
    assert "librarian check --library postgresql+psycopg://" in logged
    assert_no_password(str(postgres_url.password), out, err, logged)


@pytest.mark.slow
def test_a_search_builds_the_index_in_processes_from_the_server(
    postgres_url: URL, tmp_path: Path
) -> None:
    target = shared_catalogue(postgres_url, 60)
    env = {**os.environ, "LIBRARIAN_INDEX_MP_THRESHOLD": "50", "LIBRARIAN_LIBRARY": target}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "search", "safeguarding report", "--limit", "100"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("60 resources for: safeguarding report")
    assert "Shared safeguarding report 59" in proc.stdout
    assert "building in one" not in proc.stderr  # the build processes did not fail
    assert_no_password(str(postgres_url.password), proc.stdout, proc.stderr)
