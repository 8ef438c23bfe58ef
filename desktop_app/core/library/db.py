"""Opening a library file: SQLite in WAL mode with foreign keys on, Alembic migrations.

A :class:`Library` owns the engine. Code that works on data asks it for a
session per user action (:meth:`Library.read` / :meth:`Library.write`); nothing
holds a session longer than that, and none is shared between threads.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    pass

from desktop_app.core.errors import LibraryError, LibraryOpenError, ReadOnlyLibraryError
from desktop_app.core.library.paths import copy_library as copy_library
from desktop_app.core.library.paths import is_server_url
from desktop_app.core.library.schema import HEAD_REVISION as HEAD_REVISION
from desktop_app.core.library.schema import MIGRATIONS_DIR as MIGRATIONS_DIR
from desktop_app.core.library.schema import alembic_config as alembic_config
from desktop_app.core.library.schema import known_revisions as known_revisions
from desktop_app.core.library.vocabulary import install_reference_data

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_read_only_file(path: Path) -> bool:
    """True when the file (or its folder, needed for WAL files) cannot be written.

    A file with no write permission bits counts as read-only even for root, so a
    library marked read-only by an administrator is respected.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _describe_db_error(path: Path, exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc))
    if "locked" in text or "busy" in text:
        return f"{path}: the library is locked by another program; close it and try again"
    if "disk" in text and "full" in text:
        return f"{path}: the disk is full; nothing was changed"
    if "readonly" in text or "read-only" in text:
        return f"{path}: the library file is read-only"
    if "not a database" in text or "malformed" in text:
        return f"{path}: the file is damaged or is not a library ({text})"
    return f"{path}: database error: {text}"


class Library:
    """An open library: a file (SQLite), or a catalogue on a PostgreSQL server.

    ``path`` is the file; for a server's catalogue (``url`` set) it is a stand-in in
    this machine's data folder, named by the catalogue's UUID
    (``server.catalogue_home``), beside which its search index, local copies and
    start-up page are kept, as they are beside a file. Show ``location`` (a URL's
    password hidden), never ``target`` (what a build process is handed to reopen it).
    """

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool, url: URL | None = None
    ) -> None:
        self.path = path
        self.url = url
        self.engine = engine
        self.read_only = read_only
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(immediate=True), expire_on_commit=False
        )

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the library is, for people: the file, or the URL without its password."""
        return str(self.path) if self.url is None else self.url.render_as_string(True)

    @property
    def target(self) -> str:
        """What :meth:`open` takes to open this library again (a URL keeps its password)."""
        return str(self.path) if self.url is None else self.url.render_as_string(False)

    @property
    def display_name(self) -> str:
        """A short name for a window title: the file's name, or "db on host:port"."""
        if self.url is None:
            return self.path.name
        from desktop_app.core.library.server import where

        return f"{self.url.database} on {where(self.url)}"

    def _describe(self, exc: Exception) -> str:
        if self.url is None:
            return _describe_db_error(self.path, exc)
        from desktop_app.core.library.server import describe_server_error

        return describe_server_error(self.url, exc)

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = False, read_only: bool = False
    ) -> Library:
        """Open (migrating if needed) or create the library at ``path``: a file, or a
        ``postgresql+psycopg://user@host/dbname`` URL (``server.open_server``)."""
        if isinstance(path, str) and is_server_url(path):
            from desktop_app.core.library.server import open_server

            home, engine, url = open_server(path, create=create, read_only=read_only)
            return cls(home, engine, read_only=read_only, url=url)
        p = Path(path).expanduser().resolve()
        if not p.exists():
            if not create:
                raise LibraryOpenError(f"{p}: no library here (use --create to make a new one)")
            if not p.parent.is_dir():
                raise LibraryOpenError(f"{p.parent}: folder does not exist")
            lib = cls(p, _make_engine(p, read_only=False), read_only=False)
            lib._migrate(new=True)
            with lib.write() as session:
                install_reference_data(session)
            return lib
        if p.is_dir():
            raise LibraryOpenError(f"{p}: is a folder, not a library file")
        try:
            with p.open("rb") as fh:
                magic = fh.read(16)
        except OSError as exc:
            raise LibraryOpenError(f"{p}: cannot be read ({exc.strerror})") from exc
        if magic != SQLITE_MAGIC:
            raise LibraryOpenError(f"{p}: not a library (not an SQLite database file)")
        ro = read_only or is_read_only_file(p)
        lib = cls(p, _make_engine(p, read_only=ro), read_only=ro)
        try:
            lib._check_and_migrate()
        except LibraryError:
            lib.close()
            raise
        except (OperationalError, DatabaseError) as exc:
            lib.close()
            raise LibraryOpenError(_describe_db_error(p, exc)) from exc
        return lib

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions ----------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        with self._reader() as session:
            try:
                yield session
            except (OperationalError, DatabaseError) as exc:
                raise LibraryError(self._describe(exc)) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: a single IMMEDIATE transaction, committed or rolled back whole."""
        if self.read_only:
            raise ReadOnlyLibraryError(
                f"{self.location}: the library is read-only; nothing was changed"
            )
        with self._writer() as session:
            try:
                with session.begin():
                    yield session
            except (OperationalError, DatabaseError) as exc:
                raise LibraryError(self._describe(exc)) from exc

    # -- schema ------------------------------------------------------------------
    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        return str(rows[0][0]) if len(rows) == 1 else None

    def _migrate(self, *, new: bool = False) -> None:
        from alembic import command

        with self.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")

    def _check_and_migrate(self) -> None:
        with self.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables or "resource" not in tables:
            raise LibraryOpenError(f"{self.path}: not a Resource Librarian library")
        current = self.current_revision()
        if current == HEAD_REVISION:
            return
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        if current == head:
            return
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise LibraryOpenError(
                f"{self.path}: made by a newer version of Resource Librarian "
                f"(schema {current}); please update the app"
            )
        if self.read_only:
            raise LibraryOpenError(
                f"{self.path}: needs upgrading to this version's format but is read-only"
            )
        backup = self.path.with_name(f"{self.path.name}.before-{head}.bak")
        self._backup_to(backup)
        self._migrate()

    def _backup_to(self, target: Path) -> None:
        """Copy the library consistently (SQLite online backup) before a risky step."""
        src = sqlite3.connect(str(self.path))
        try:
            dst = sqlite3.connect(str(target))
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        uri = f"file:{quote(str(path))}?mode=ro"

        def creator() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False)

        engine = create_engine("sqlite+pysqlite://", creator=creator)
    else:
        engine = create_engine(
            f"sqlite+pysqlite:///{path}", connect_args={"check_same_thread": False}
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    return engine
