"""What a copy (core.shared.copy) does on a PostgreSQL destination, inside its one
transaction: the database made ready (the schema made in an empty one, a new
catalogue's reference data cleared; anything else refused), rows written by COPY,
the foreign keys and plain indexes set aside for the load and made again at the end,
the id sequences moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.core.library.db import HEAD_REVISION, alembic_config
from desktop_app.core.library.server import where
from desktop_app.core.shared.copy_checks import CopyError, copied_tables

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table
    from sqlalchemy.engine import URL

# A new catalogue (--create) holds only these, filled with reference data (countries,
# regions, the default thesaurus) and an untouched change counter: "empty".
REFERENCE_TABLES = frozenset(
    {"library_info", "country", "region", "country_region", "thesaurus_group"}
)


def copy_rows(conn: Connection, table: Table, rows: Sequence[Sequence[Any]]) -> None:
    """Write rows (each its values in the table's column order) with one COPY: several
    times faster than even pipelined INSERTs."""
    columns = list(table.columns)
    quote = conn.dialect.identifier_preparer.quote
    # SQLAlchemy's own conversions of the values (JSON serialised as an INSERT would)
    process = [c.type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for c in columns]
    sql = f"COPY {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) FROM STDIN"
    dbapi = conn.dialect.loaded_dbapi
    driver = conn.connection.driver_connection
    assert driver is not None
    try:
        with driver.cursor() as cur, cur.copy(sql) as copy:
            if not any(process):
                for values in rows:
                    copy.write_row(values)
                return
            for values in rows:
                copy.write_row(
                    [
                        v if f is None or v is None else f(v)
                        for f, v in zip(process, values, strict=True)
                    ]
                )
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from None


# The foreign keys and plain (not unique) indexes of the tables in this schema, with
# their definitions as PostgreSQL gives them back (so they are remade exactly).
_LINKS_AND_INDEXES = """
SELECT 'fk', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND n.nspname = current_schema()
UNION ALL
SELECT 'ix', t.oid::regclass::text, i.relname, pg_get_indexdef(i.oid)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND NOT x.indisunique AND NOT x.indisprimary
"""


def set_aside_links_and_indexes(conn: Connection) -> list[tuple[str, str, str, str]]:
    """Drop the foreign keys and plain indexes for the load (as pg_restore loads data
    before making them): checking each row's links by a trigger, and growing each
    index row by row, cost more than checking and building them once at the end.
    Inside the copy's transaction: no one else sees the tables without them."""
    quote = conn.dialect.identifier_preparer.quote
    found = [
        (str(a), str(b), str(c), str(d)) for a, b, c, d in conn.execute(text(_LINKS_AND_INDEXES))
    ]
    for kind, table, name, _definition in found:
        if kind == "fk":
            conn.execute(text(f"ALTER TABLE {table} DROP CONSTRAINT {quote(name)}"))
        else:
            conn.execute(text(f"DROP INDEX {quote(name)}"))
    return found


def restore_links_and_indexes(
    conn: Connection, found: list[tuple[str, str, str, str]], where_to: str
) -> None:
    """Make again what :func:`set_aside_links_and_indexes` dropped, checking every
    copied link at once; a link leading nowhere undoes the copy, naming its table."""
    quote = conn.dialect.identifier_preparer.quote
    for kind, table, name, definition in found:
        if kind == "ix":
            conn.execute(text(definition))
            continue
        try:
            with conn.begin_nested():
                conn.execute(text(f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}"))
        except DBAPIError as exc:
            orig = getattr(exc, "orig", exc)
            first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
            raise CopyError(
                f"{where_to}: table '{table}' holds links that lead nowhere ({first}); "
                "the copy was undone"
            ) from None


def prepare_database(conn: Connection, url: URL) -> None:
    """Make the schema in an empty database, or empty a new catalogue of its reference
    data; refuse anything else (never overwrite)."""
    from alembic import command

    here = f"{where(url)}: database '{url.database}'"
    tables = set(inspect(conn).get_table_names())
    if not tables:
        command.upgrade(alembic_config(conn), "head")
        return
    if "alembic_version" not in tables or "resource" not in tables:
        raise CopyError(
            f"{here} is not empty (it holds other tables); copy into an empty database; "
            "nothing was changed"
        )
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    resources = conn.execute(text("SELECT count(*) FROM resource")).scalar_one()
    if revision != HEAD_REVISION or not _holds_nothing(conn):
        raise CopyError(
            f"{here} already holds a catalogue ({resources:,} resources); a copy never "
            "replaces one: copy into an empty database; nothing was changed"
        )
    for table in reversed(copied_tables()):
        conn.execute(table.delete())


def _holds_nothing(conn: Connection) -> bool:
    """Whether the catalogue is as ``--create`` made it: reference data, no changes."""
    for table in copied_tables():
        if table.name in REFERENCE_TABLES:
            continue
        if conn.execute(select(1).select_from(table).limit(1)).first() is not None:
            return False
    counter = conn.execute(text("SELECT max(change_counter) FROM library_info")).scalar()
    return not counter


def reset_sequences(conn: Connection) -> None:
    """Move each id sequence past the copied ids (the next new row gets max + 1)."""
    quote = conn.dialect.identifier_preparer.quote
    for table in copied_tables():
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
        ).scalar()
        if sequence:
            top = f"(SELECT max({quote(column.name)}) FROM {quote(table.name)})"
            conn.execute(
                text(f"SELECT setval(CAST(:s AS regclass), COALESCE({top}, 1), {top} IS NOT NULL)"),
                {"s": sequence},
            )
