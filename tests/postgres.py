"""A real PostgreSQL server for the tests (issue 16): ``postgres_server``, ``postgres_url``.

With ``LIBRARIAN_TEST_POSTGRES`` set to a SQLAlchemy URL of a superuser on a running
server (``postgresql+psycopg://postgres:secret@db-host:5432/postgres``), the tests use
that server. Otherwise each pytest process (each xdist worker) makes its own throwaway
cluster the first time a test asks for one: ``initdb`` in a temporary folder, the
server on a free port of 127.0.0.1 (its socket in the same folder), password
(SCRAM) authentication with a random password, durability off for speed, and the
time zone of Nepal (UTC+5:45, no summer time), so that code which lets the server's
zone shift times shows up in the tests (the app's times are naive UTC); it is
stopped and the folder removed when the session ends. As root (CI containers)
``initdb`` refuses to run, so the server runs as the ``postgres`` system user that
Debian's package creates, through ``runuser``.

Each test gets a fresh, empty database of its own (``postgres_url``), dropped after
the test, so tests never see each other's data and xdist workers never race.

When no server binary can be found the tests that need one are skipped, naming
what is missing; with ``CI`` set that is a failure instead, so CI never silently
skips them (``.ci/run`` installs Debian's ``postgresql`` package).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    import psycopg

ENV_URL = "LIBRARIAN_TEST_POSTGRES"
SEARCH_DIRS = ("/usr/lib/postgresql", "/usr/local/pgsql", "/opt/homebrew/opt")


def find_bindir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``: PATH first, then
    Debian's versioned folders (``/usr/lib/postgresql/NN/bin``), newest first."""
    found = shutil.which("initdb")
    if found:
        bindir = Path(found).resolve().parent
        if (bindir / "pg_ctl").exists() and (bindir / "postgres").exists():
            return bindir
    candidates: list[Path] = []
    for root in SEARCH_DIRS:
        candidates += Path(root).glob("*/bin")
    candidates.sort(key=lambda p: _version_key(p.parent.name), reverse=True)
    for bindir in candidates:
        if all((bindir / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def _version_key(name: str) -> tuple[int, ...]:
    parts = [int(p) for p in name.replace("postgresql@", "").split(".") if p.isdigit()]
    return tuple(parts) or (0,)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def missing_server(reason: str) -> None:
    """Skip the test naming what is missing, or fail when running in CI."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests need a server: {reason}")


@dataclass
class PostgresServer:
    """A throwaway PostgreSQL cluster in a temporary folder."""

    bindir: Path
    root: Path
    user: str | None  # the system user that runs it (root cannot), or None: ourselves
    password: str
    port: int = 0

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> URL:
        """The superuser's URL to the ``postgres`` maintenance database."""
        return URL.create(
            "postgresql+psycopg",
            username="postgres",
            password=self.password,
            host="127.0.0.1",
            port=self.port,
            database="postgres",
        )

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(
            cmd, cwd=self.root, capture_output=True, text=True, timeout=120, check=False
        )

    def _log_tail(self) -> str:
        try:
            return (self.root / "server.log").read_text(errors="replace")[-1500:]
        except OSError:
            return ""

    def init(self) -> None:
        """``initdb``: SCRAM passwords over TCP, trust on the folder's own socket."""
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.user:
            shutil.chown(pwfile, self.user)
        out = self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync", "--auth-local=trust",
            "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
        )  # fmt: skip
        pwfile.unlink()
        if out.returncode != 0:
            raise RuntimeError(f"initdb failed: {(out.stderr or out.stdout).strip()[-800:]}")

    def start(self) -> None:
        """``pg_ctl start`` on a free port (a few tries: another process may take it)."""
        for _attempt in range(5):
            self.port = _free_port()
            opts = (
                f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=60 -c TimeZone=Asia/Kathmandu"
            )
            out = self._run(
                "pg_ctl", "-D", str(self.data), "-o", opts, "-l",
                str(self.root / "server.log"), "-w", "-t", "60", "start",
            )  # fmt: skip
            if out.returncode == 0:
                return
            if "already in use" not in self._log_tail():
                break
        raise RuntimeError(f"pg_ctl start failed: {out.stdout.strip()} {self._log_tail()}")

    def stop(self) -> None:
        """Stop the server (fast: nothing to keep) and remove its folder."""
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PostgresServer:
    """Make and start a cluster; skips (or fails in CI) when that is impossible."""
    bindir = find_bindir()
    if bindir is None:
        missing_server(
            "no initdb/pg_ctl/postgres found on PATH or in /usr/lib/postgresql/*/bin "
            f"(install Debian's postgresql package, or set {ENV_URL} to a server's URL)"
        )
        raise AssertionError  # unreachable: skip/fail raise
    user = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            missing_server("running as root, and no 'postgres' system user to run the server")
        if not shutil.which("runuser"):
            missing_server("running as root, and no runuser to run the server as 'postgres'")
        user = "postgres"
    # in /tmp when another user runs the server: TMPDIR may be inside a folder only we
    # can enter, and the socket's path must stay short (107 bytes)
    root = Path(tempfile.mkdtemp(prefix="librarian-pg-", dir="/tmp" if user else None))
    if user:
        shutil.chown(root, user, user)
    server = PostgresServer(bindir, root, user, secrets.token_urlsafe(16))
    try:
        server.init()
        server.start()
    except Exception:
        server.stop()
        raise
    return server


@contextlib.contextmanager
def admin(url: URL) -> Iterator[psycopg.Connection[Any]]:
    """An autocommit psycopg connection as the superuser (CREATE/DROP DATABASE)."""
    import psycopg

    conn: psycopg.Connection[Any] = psycopg.connect(
        host=url.host,
        port=url.port,
        user=url.username,
        password=url.password,
        dbname=url.database or "postgres",
        autocommit=True,
        connect_timeout=10,
    )
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[URL]:
    """The superuser URL of a running server: ``LIBRARIAN_TEST_POSTGRES``, or our own."""
    given = os.environ.get(ENV_URL)
    if given:
        url = make_url(given)
        if url.get_backend_name() != "postgresql":
            pytest.fail(f"{ENV_URL} is not a PostgreSQL URL", pytrace=False)
        yield url.set(drivername="postgresql+psycopg")
        return
    server = start_server()
    try:
        yield server.url
    finally:
        server.stop()


@contextlib.contextmanager
def fresh_database(server: URL, template: str = "template0") -> Iterator[URL]:
    """A new database on ``server`` (a random name: no races between xdist workers or
    runs sharing a server), a copy of ``template`` (empty by default), dropped at the
    end; yields its URL."""
    name = f"librarian_test_{uuid.uuid4().hex[:16]}"
    with admin(server) as conn:
        # FILE_COPY (PostgreSQL 15+) copies the tiny template faster than WAL-logging it
        fast = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{fast}')
    try:
        yield server.set(database=name)
    finally:
        with admin(server) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def own_copy(server: URL, template: str) -> Iterator[str]:
    """A copy of the catalogue in database ``template`` with a UUID of its own (two
    copies of one catalogue would share a machine's index folder), as the URL text
    ``Library.open`` takes; dropped at the end."""
    with fresh_database(server, template) as url:
        with admin(url) as conn:
            conn.execute("UPDATE library_info SET uuid = gen_random_uuid()::text")
        yield url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_catalogue_template(postgres_server: URL) -> Iterator[str]:
    """The name of a database holding a new, empty catalogue at the schema's head (the
    migrations and reference data run once per test process, not once per test)."""
    from desktop_app.core.library.db import Library

    with fresh_database(postgres_server) as url:
        with Library.open(url.render_as_string(hide_password=False), create=True):
            pass
        assert url.database is not None
        yield url.database


@pytest.fixture
def postgres_catalogue(postgres_server: URL, postgres_catalogue_template: str) -> Iterator[str]:
    """A new, empty catalogue of this test's own (a copy of the template with a UUID of
    its own), as the URL text ``Library.open`` takes; dropped after the test."""
    yield from own_copy(postgres_server, postgres_catalogue_template)


@pytest.fixture(scope="session")
def postgres_seeded_template(postgres_server: URL) -> Iterator[str]:
    """The name of a database holding the bundled library, copied there once per test
    process by ``librarian copy``'s core (the same rows and ids as the file)."""
    from desktop_app.core.library.paths import BUNDLED_LIBRARY
    from desktop_app.core.shared.copy import copy_catalogue

    with fresh_database(postgres_server) as url:
        copy_catalogue(BUNDLED_LIBRARY, url.render_as_string(hide_password=False))
        assert url.database is not None
        yield url.database


@pytest.fixture
def postgres_seeded(postgres_server: URL, postgres_seeded_template: str) -> Iterator[str]:
    """The bundled library as a catalogue of this test's own on the server (a copy of
    the template with a UUID of its own), as URL text; dropped after the test."""
    yield from own_copy(postgres_server, postgres_seeded_template)


@pytest.fixture
def postgres_url(postgres_server: URL) -> Iterator[URL]:
    """A fresh, empty database of this test's own, dropped after the test."""
    with fresh_database(postgres_server) as url:
        yield url
