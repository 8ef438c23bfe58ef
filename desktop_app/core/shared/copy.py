"""Copy a whole library between backends (issue 16): ``librarian copy SOURCE DEST``.

SOURCE is a library file or a catalogue's URL (``postgresql+psycopg://…``), opened
with :meth:`Library.open` (so migrated to this version's schema); DEST is a file that
does not exist yet, or a database on a PostgreSQL server that is empty (no tables)
or holds an empty catalogue (one just made with ``--create``: reference data only).
Nothing is ever overwritten.

Every table of the models (``Base.metadata.sorted_tables``: parents before children,
so a table added later is copied without anyone remembering to) is copied row for
row with SQLAlchemy Core, the source streamed in batches (``yield_per``) and the
rows written with ``executemany``, so a library of 100,000 resources is never held
in memory whole. The source is read in one snapshot (a read transaction; REPEATABLE
READ on a server), so a curator saving meanwhile cannot make the copy inconsistent.
Ids are copied as they are: every link, reading list item and document page keeps
pointing where it did. A table's link to itself (a topic's broader topic) is written
after the table's rows, as an update, since a parent may come after its child.

The destination is written all or nothing:

- a **file** is built as a hidden temporary file in the destination's folder (the
  schema by Alembic's migrations, no reference data: everything comes from the
  source), checked, and only then linked into place under its name; on any failure
  the temporary file is removed and no file appears;
- a **server** database is written in ONE transaction (after taking the catalogue's
  write lock): the schema by the migrations (PostgreSQL's DDL is transactional), the
  rows, the id sequences moved past the copied ids (``setval``: a resource created
  after the copy must not collide with a copied id), the check; on any failure the
  transaction is rolled back and the database is as it was (empty).

The check at the end reads the destination back: per table, its row count and a
checksum must equal the source's. The checksum is SHA-256 over each row's values as
text, made the same way on both backends (the ``repr`` of the values the models'
types read: naive datetimes, booleans, parsed JSON, NULL distinct from ""), the rows'
digests added modulo 2**256: it does not depend on the order the rows come in (a
server's collation sorts text keys differently from SQLite), yet any row missing,
added or changed shows. A difference undoes the copy and names the table.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    and_,
    bindparam,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import HEAD_REVISION, Library, alembic_config
from desktop_app.core.library.models import Base
from desktop_app.core.library.paths import BUNDLED_LIBRARY, is_server_url
from desktop_app.core.library.server import (
    WRITE_LOCK,
    describe_server_error,
    parse,
    redact,
    server_engine,
    where,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, Table
    from sqlalchemy.engine import URL

BATCH = 2000  # rows a batch: read with yield_per, written with one executemany
MODULUS = 2**256
# A new catalogue (--create) holds only these, filled with reference data (countries,
# regions, the default thesaurus) and an untouched change counter: "empty".
REFERENCE_TABLES = frozenset(
    {"library_info", "country", "region", "country_region", "thesaurus_group"}
)

ProgressCallback = Callable[[str, int, int], None]
"""Called as a copy goes: ``(table, rows copied, rows in the table)``."""


class CopyError(LibraryError):
    """A copy that could not be made, or was undone; the message is one line."""


@dataclass(frozen=True)
class TableCopy:
    """One table copied: its name, rows and checksum (equal on both sides)."""

    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    """What a copy did: from where to where (passwords hidden), per table, how long."""

    source: str
    destination: str
    tables: tuple[TableCopy, ...]
    seconds: float
    # the source's local copies (files) are not copied: how many, and where they stay
    files: int = 0
    files_folder: str = ""

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def count(self, table: str) -> int:
        """The rows copied of ``table`` (0 for a table not copied)."""
        return next((t.rows for t in self.tables if t.name == table), 0)

    def summary(self) -> str:
        """One line: what was copied where, how much and how long it took."""
        return (
            f"copied {self.source} to {self.destination}: {self.count('resource'):,} "
            f"resources, {self.rows:,} rows in {len(self.tables)} tables, "
            f"{self.seconds:.1f} s; counts and checksums match"
        )


def copied_tables() -> list[Table]:
    """Every table of the library's models, parents before children."""
    return list(Base.metadata.sorted_tables)


# -- checksums ---------------------------------------------------------------------
class Checksum:
    """The order-independent checksum of a table's rows (see the module's docstring).

    A row is hashed as the ``repr`` of its values as SQLAlchemy reads them through the
    models' types, which is the same on both backends for equal data: datetimes naive
    ``datetime`` (an aware one, or one shifted by a zone, differs), booleans ``bool``
    (not SQLite's 0/1), JSON parsed to lists and dicts (keys in their stored order),
    NULL as ``None`` (not ""). ``repr`` of a tuple of these is unambiguous, and C-fast.
    """

    def __init__(self, table: Table) -> None:
        self.rows = 0
        self._sum = 0

    def add(self, values: Sequence[Any]) -> None:
        """Add one row, its values in the table's column order."""
        self.add_rows([values])

    def add_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Add rows, each its values in the table's column order."""
        sha256, from_bytes, total, count = hashlib.sha256, int.from_bytes, self._sum, 0
        for values in rows:
            text = repr(tuple(values)).encode("utf-8", "backslashreplace")
            total += from_bytes(sha256(text).digest(), "big")
            count += 1
        self._sum = total % MODULUS
        self.rows += count

    @property
    def hexdigest(self) -> str:
        return f"{self._sum:064x}"


def table_checksum(conn: Connection, table: Table, batch: int = BATCH) -> tuple[int, str]:
    """``(rows, checksum)`` of ``table`` as ``conn`` sees it, streamed."""
    digest = Checksum(table)
    result = conn.execution_options(yield_per=batch).execute(select(*table.columns))
    try:
        for part in result.partitions():
            digest.add_rows(part)
    finally:
        result.close()
    return digest.rows, digest.hexdigest


def checksums(library: Library) -> dict[str, tuple[int, str]]:
    """Every table's ``(rows, checksum)`` in ``library``, read in one snapshot."""
    with _snapshot(library) as conn:
        return {t.name: table_checksum(conn, t) for t in copied_tables()}


# -- the copy ------------------------------------------------------------------------
def copy_catalogue(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    batch: int = BATCH,
) -> CopyReport:
    """Copy the library at ``source`` to ``destination`` (a new file, or an empty
    server database), check it and return what was done; CopyError (one line, the
    destination untouched or left empty) otherwise. See the module's docstring."""
    started = time.monotonic()
    for given in (source, destination):
        if isinstance(given, str) and "://" in given and not is_server_url(given):
            parse(given)  # a URL, but not PostgreSQL's: its one-line error
    dest_text = os.fspath(destination)
    to_server = isinstance(destination, str) and is_server_url(dest_text)
    dest_url = parse(dest_text) if to_server else None  # a bad URL: before opening the source
    if dest_url is None:
        _check_new_file(_file_target(dest_text))
    lib = _open_source(source)
    try:
        with _snapshot(lib) as src:
            if dest_url is not None:
                tables = _copy_to_server(src, dest_url, progress, batch)
                shown = redact(dest_url)
            else:
                target = _file_target(dest_text)
                tables = _copy_to_file(src, target, progress, batch)
                shown = str(target)
        folder, files = _local_files(lib)
        seconds = time.monotonic() - started
        return CopyReport(lib.location, shown, tuple(tables), seconds, files, folder)
    finally:
        lib.close()


def _open_source(source: str | os.PathLike[str]) -> Library:
    if isinstance(source, str) and is_server_url(source):
        return Library.open(source)
    path = Path(source).expanduser()
    if not path.exists():
        raise CopyError(f"{path}: no library here; nothing was copied")
    # the bundled library is a template: never written, not even its journal mode
    return Library.open(path, read_only=path.resolve() == BUNDLED_LIBRARY.resolve())


def _local_files(library: Library) -> tuple[str, int]:
    """The folder of the library's local copies on this machine and how many it holds."""
    from desktop_app.core.library.files import files_dir

    folder = files_dir(library)
    try:
        count = sum(1 for p in folder.iterdir() if p.is_file()) if folder.is_dir() else 0
    except OSError:
        count = 0
    return (str(folder), count) if count else ("", 0)


@contextmanager
def _snapshot(library: Library) -> Iterator[Connection]:
    """A connection reading ``library`` in one consistent snapshot."""
    with library.engine.connect() as conn:
        if library.is_server:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        try:
            with conn.begin():
                yield conn
        except DBAPIError as exc:
            raise CopyError(library._describe(exc)) from None


def _copy_tables(
    src: Connection,
    dst: Connection,
    where_to: str,
    progress: ProgressCallback | None,
    batch: int,
) -> list[TableCopy]:
    tables = copied_tables()
    totals = {t.name: src.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
    copied: list[TableCopy] = []
    for table in tables:
        try:
            copied.append(_copy_table(src, dst, table, totals[table.name], progress, batch))
        except DBAPIError as exc:
            orig = getattr(exc, "orig", exc)
            first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
            raise CopyError(
                f"{where_to}: copying table '{table.name}' failed ({first}); the copy was undone"
            ) from None
    return copied


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    total: int,
    progress: ProgressCallback | None,
    batch: int,
) -> TableCopy:
    columns = list(table.columns)
    # columns pointing into the table itself, set once all its rows are there
    own = [n for n, c in enumerate(columns) if any(f.column.table is table for f in c.foreign_keys)]
    kept = [n for n, c in enumerate(columns) if c.onupdate is not None] if own else []
    pkey = [columns.index(c) for c in table.primary_key.columns]
    later: list[dict[str, Any]] = []
    digest = Checksum(table)
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    result = src.execution_options(yield_per=batch).execute(select(*columns))
    try:
        for part in result.partitions():
            digest.add_rows(part)
            rows: list[Sequence[Any]] = list(part)
            if own:
                for n, values in enumerate(rows):
                    if any(values[k] is not None for k in own):
                        later.append(
                            {f"k_{k}": values[k] for k in pkey}
                            | {f"v_{k}": values[k] for k in own + kept}
                        )
                        rows[n] = tuple(None if k in own else v for k, v in enumerate(values))
            _insert_batch(dst, table, rows)
            done += len(rows)
            if progress is not None:
                progress(table.name, done, total)
    finally:
        result.close()
    if later:
        stmt = (
            table.update()
            .where(and_(*(columns[k] == bindparam(f"k_{k}") for k in pkey)))
            .values({columns[k].key: bindparam(f"v_{k}") for k in own + kept})
        )
        for start in range(0, len(later), batch):
            dst.execute(stmt, later[start : start + batch])
    return TableCopy(table.name, digest.rows, digest.hexdigest)


def _insert_batch(conn: Connection, table: Table, rows: list[Sequence[Any]]) -> None:
    """Write one batch of rows (each its values in the table's column order): one
    executemany, or on PostgreSQL one COPY (several times faster than even pipelined
    INSERTs)."""
    if not rows:
        return
    columns = list(table.columns)
    if conn.dialect.name != "postgresql":
        keys = [c.key for c in columns]
        conn.execute(table.insert(), [dict(zip(keys, r, strict=True)) for r in rows])
        return
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


def _verify(conn: Connection, copied: list[TableCopy], where_to: str, batch: int) -> None:
    """Read the destination back: every table's count and checksum as the source's."""
    for expected in copied:
        rows, digest = table_checksum(conn, Base.metadata.tables[expected.name], batch)
        if rows != expected.rows:
            raise CopyError(
                f"{where_to}: table '{expected.name}' has {rows} rows after the copy, the "
                f"source {expected.rows}; the copy was undone"
            )
        if digest != expected.checksum:
            raise CopyError(
                f"{where_to}: table '{expected.name}' differs from the source after the copy "
                "(checksums differ); the copy was undone"
            )


# -- to a server ---------------------------------------------------------------------
def _copy_to_server(
    src: Connection, url: URL, progress: ProgressCallback | None, batch: int
) -> list[TableCopy]:
    engine = server_engine(url)
    shown = f"{where(url)} (database '{url.database}')"
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise CopyError(describe_server_error(url, exc)) from None
        with conn:
            try:
                with conn.begin():
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                    _prepare_database(conn, url)
                    later = _set_aside_links_and_indexes(conn)
                    copied = _copy_tables(src, conn, shown, progress, batch)
                    _restore_links_and_indexes(conn, later, shown)
                    _reset_sequences(conn)
                    _verify(conn, copied, shown, batch)
            except DBAPIError as exc:
                raise CopyError(f"{describe_server_error(url, exc)}; the copy was undone") from None
        return copied
    finally:
        engine.dispose()


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


def _set_aside_links_and_indexes(conn: Connection) -> list[tuple[str, str, str, str]]:
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


def _restore_links_and_indexes(
    conn: Connection, found: list[tuple[str, str, str, str]], where_to: str
) -> None:
    """Make again what :func:`_set_aside_links_and_indexes` dropped, checking every
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


def _prepare_database(conn: Connection, url: URL) -> None:
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


def _reset_sequences(conn: Connection) -> None:
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


# -- to a file -------------------------------------------------------------------------
def _file_target(value: str) -> Path:
    path = Path(value).expanduser()
    return path.parent.resolve() / path.name


def _check_new_file(target: Path) -> None:
    if target.exists() or target.is_symlink():
        raise CopyError(
            f"{target}: already exists; a copy never replaces a file: name a new one; "
            "nothing was copied"
        )
    if not target.parent.is_dir():
        raise CopyError(f"{target.parent}: folder does not exist; nothing was copied")


def _file_engine(path: Path) -> Engine:
    """An engine on a new SQLite file: foreign keys checked, transactions ours
    (rollback journal, not WAL: the file is moved when done)."""
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _copy_to_file(
    src: Connection, target: Path, progress: ProgressCallback | None, batch: int
) -> list[TableCopy]:
    from alembic import command

    _check_new_file(target)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.copying")
    engine = _file_engine(tmp)
    try:
        try:
            with engine.connect() as conn, conn.begin():
                command.upgrade(alembic_config(conn), "head")
                copied = _copy_tables(src, conn, str(target), progress, batch)
            with engine.connect() as conn, conn.begin():  # read back what was committed
                _verify(conn, copied, str(target), batch)
        except DBAPIError as exc:
            orig = getattr(exc, "orig", exc)
            raise CopyError(f"{target}: {orig}; nothing was copied") from None
        finally:
            engine.dispose()
        _move_into_place(tmp, target)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return copied


def _move_into_place(tmp: Path, target: Path) -> None:
    """Give the finished file its name, never replacing a file that appeared meanwhile."""
    try:
        os.link(tmp, target)  # fails if the name is taken: no race with another writer
    except FileExistsError:
        raise CopyError(
            f"{target}: a file of that name appeared during the copy; nothing was copied"
        ) from None
    except OSError:  # no hard links here (some network or FAT drives)
        if target.exists():
            raise CopyError(
                f"{target}: a file of that name appeared during the copy; nothing was copied"
            ) from None
        os.rename(tmp, target)
