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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop_app.core.errors import LibraryOpenError

if TYPE_CHECKING:
    from sqlalchemy import Engine

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
CONNECT_TIMEOUT = 10  # seconds


def is_server_url(value: str) -> bool:
    """True when ``value`` names a PostgreSQL catalogue rather than a library file."""
    return value.strip().lower().startswith(SCHEMES)


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
    ):
        return f"{where(url)}: the PostgreSQL server cannot be reached"
    first = msg.strip().splitlines()[0] if msg.strip() else type(orig).__name__
    return f"{where(url)} (database '{db}'): {first}"


def connect_check(engine: Engine, known: set[str], head: str) -> str | None:
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
    if current != head and current not in known:
        raise LibraryOpenError(
            f"{where(url)}: database '{url.database}' was made by a newer version of "
            f"Resource Librarian (schema {current}); please update the app"
        )
    return current
