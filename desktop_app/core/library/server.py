"""A catalogue on a PostgreSQL server (issue 16): URLs, the engine, clear errors.

The first slice of a shared catalogue: what :class:`~desktop_app.core.library.db.Library`
will need to open ``postgresql+psycopg://user@host/dbname`` instead of a file. Nothing
here writes; it makes the engine, connects, checks the schema, and turns the
driver's errors into one line naming the server (host and port) and the database,
never the password.

- :func:`is_server_url` tells a URL from a file path (``--library`` takes either).
- :func:`redact` renders a URL for messages and titles with the password hidden.
- :func:`server_engine` makes the engine: psycopg 3, sessions pinned to UTC (the
  models store naive UTC times; in the server's own zone an aware time would be
  stored shifted), a connect timeout, ``pool_pre_ping`` so a dropped connection is
  replaced rather than failing the next action. A password may come from the URL,
  ``PGPASSWORD`` or ``~/.pgpass``: libpq reads those itself.
- :func:`connect_check` connects once and says what is wrong, or returns the
  catalogue's schema revision (None for an empty database).
- :func:`open_server` opens (migrating, or with ``create`` making) a catalogue, for
  :meth:`~desktop_app.core.library.db.Library.open` to make a ``Library`` of.

Writers take one transaction-scoped advisory lock (:data:`WRITE_LOCK`) as their first
statement, as SQLite's ``BEGIN IMMEDIATE`` takes its write lock: a unit of work reads
the change counter and the rows' versions and then writes them, and two machines doing
that at once under READ COMMITTED would both read counter N and both write N + 1 (a
lost change), or both pass a version check. With the lock, writers run one after
another, each statement seeing what the one before committed: the version check of
optimistic locking holds across machines, and no serialization failure can happen
(readers never wait). Migrations run in one transaction (PostgreSQL's DDL is
transactional), so a failed one leaves the catalogue as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop_app.core.errors import LibraryOpenError
from desktop_app.core.library.paths import is_server_url as is_server_url

if TYPE_CHECKING:
    from sqlalchemy import Engine

CONNECT_TIMEOUT = 10  # seconds
# pg_advisory_xact_lock's key for "writing this catalogue" (any fixed number will do;
# it is per database): "RLib" in ASCII
WRITE_LOCK = 0x524C6962


def parse(value: str | URL) -> URL:
    """The URL with psycopg as its driver; a one-line error for anything else."""
    if isinstance(value, URL):
        url = value
    else:
        raw = value.strip()
        if raw.lower().startswith("postgres://"):
            raw = "postgresql://" + raw[len("postgres://") :]
        try:
            url = make_url(raw)
        except (ArgumentError, ValueError):
            raise LibraryOpenError(
                "not a valid database URL (expected postgresql+psycopg://user@host/dbname)"
            ) from None
    if url.get_backend_name() != "postgresql":
        raise LibraryOpenError(f"{redact(url)}: only PostgreSQL servers are supported")
    if not url.database:
        raise LibraryOpenError(f"{redact(url)}: the URL names no database (…/dbname)")
    return url.set(drivername="postgresql+psycopg")


def redact(url: URL) -> str:
    """The URL as shown to people: the password replaced by ``***``."""
    return url.render_as_string(hide_password=True)


def where(url: URL) -> str:
    """``host:port`` of the server (libpq's defaults when the URL leaves them out)."""
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def server_engine(value: str | URL) -> Engine:
    """An engine on the catalogue's database; nothing is connected yet."""
    url = parse(value)
    return create_engine(
        url,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            "options": "-c TimeZone=UTC",
            "application_name": "Resource Librarian",
        },
        pool_pre_ping=True,
    )


def describe_server_error(url: URL, exc: BaseException) -> str:
    """One line for the user: what went wrong, with the server and database named."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    msg = str(orig)
    db = url.database or ""
    user = url.username or "(default user)"
    if state == "28P01" or "password authentication failed" in msg:
        return f"{where(url)}: wrong password for user '{user}' (database '{db}')"
    if "no password supplied" in msg:
        return (
            f"{where(url)}: the server asks for a password for user '{user}'; give it in "
            "PGPASSWORD or ~/.pgpass"
        )
    if state == "3D000" or ("database" in msg and "does not exist" in msg):
        return f"{where(url)}: database '{db}' does not exist on this server"
    if "role" in msg and "does not exist" in msg:
        return f"{where(url)}: user '{user}' does not exist on this server"
    if state == "28000" or "no pg_hba.conf entry" in msg:
        return f"{where(url)}: the server refuses this connection (user '{user}', database '{db}')"
    if (
        "Connection refused" in msg
        or "could not connect" in msg
        or "timeout expired" in msg
        or "could not translate host name" in msg
        or "Name or service not known" in msg
        or "No route to host" in msg
        or "server closed the connection" in msg
        or "terminating connection" in msg  # the server ended it (shut down, restart)
        or "not currently accepting connections" in msg  # the database is closed for now
        or state in ("57P01", "57P02", "57P03")
    ):
        return f"{where(url)}: the PostgreSQL server cannot be reached"
    first = msg.strip().splitlines()[0] if msg.strip() else type(orig).__name__
    return f"{where(url)} (database '{db}'): {first}"


def connect_check(
    engine: Engine, known: Collection[str] | Callable[[], Collection[str]], head: str
) -> str | None:
    """Connect once; the catalogue's schema revision, or None for an empty database.

    ``known`` are the revisions this app's migrations know and ``head`` the newest;
    a revision outside them means a newer app made the catalogue.
    """
    url = engine.url
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return None
            if "alembic_version" not in tables or "resource" not in tables:
                raise LibraryOpenError(
                    f"{where(url)}: database '{url.database}' is not a Resource Librarian catalogue"
                )
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError as exc:
        raise LibraryOpenError(describe_server_error(url, exc)) from None
    current = str(rows[0][0]) if len(rows) == 1 else ""
    if current != head and current not in (known() if callable(known) else known):
        raise LibraryOpenError(
            f"{where(url)}: database '{url.database}' was made by a newer version of "
            f"Resource Librarian (schema {current}); please update the app"
        )
    return current


def with_write_lock(engine: Engine) -> Engine:
    """``engine``, whose transactions begun with ``immediate=True`` (the library's
    writers) first take the catalogue's write lock (see the module's docstring)."""

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("immediate", False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    return engine


def catalogue_home(uuid: str) -> Path:
    """The folder on this machine for a catalogue's own things (its search index,
    local copies and start-up page), named by the catalogue's UUID: two machines
    each keep theirs, and two URLs of one catalogue share one."""
    from desktop_app.core.library.paths import data_dir

    safe = "".join(c for c in uuid if c.isalnum() or c == "-")[:36] or "unknown"
    return data_dir() / "catalogues" / safe


def open_server(
    value: str | URL, *, create: bool = False, read_only: bool = False
) -> tuple[Path, Engine, URL]:
    """Open the catalogue at ``value`` (migrating it to this version's schema), or,
    with ``create``, make one in an empty database; a one-line error otherwise. Gives
    what ``Library`` is made of: its stand-in path on this machine, the engine (with
    the write lock) and the URL."""
    from desktop_app.core.library.schema import HEAD_REVISION, known_revisions

    url = parse(value)
    engine = with_write_lock(server_engine(url))
    try:
        current = connect_check(engine, known_revisions, HEAD_REVISION)
        if current is None and not create:
            raise LibraryOpenError(
                f"{where(url)}: database '{url.database}' holds no catalogue yet; copy a "
                "library into it (librarian copy LIBRARY URL) or create one (--create)"
            )
        if current != HEAD_REVISION:
            if read_only:
                raise LibraryOpenError(
                    f"{where(url)}: database '{url.database}' needs upgrading to this "
                    "version's format, but was opened read-only"
                )
            _migrate(engine, new=current is None)
        with engine.connect() as conn:
            uuid = conn.execute(text("SELECT uuid FROM library_info")).scalar()
    except LibraryOpenError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise LibraryOpenError(describe_server_error(url, exc)) from None
    home = catalogue_home(str(uuid or ""))
    home.mkdir(parents=True, exist_ok=True)
    return home / "catalogue", engine, url


def _migrate(engine: Engine, *, new: bool) -> None:
    """Alembic's migrations to the head in one transaction; a new catalogue also
    gets the reference data (countries, regions, the starting vocabularies)."""
    from alembic import command
    from sqlalchemy.orm import Session

    from desktop_app.core.library.schema import alembic_config
    from desktop_app.core.library.vocabulary import install_reference_data

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        if new:
            with Session(bind=conn) as session:
                install_reference_data(session)
                session.flush()
