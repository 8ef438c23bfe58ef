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
pointing where it did. Links (foreign keys) are checked once all rows are in, as a
topic's broader topic may come after it.

The destination is written all or nothing:

- a **file** is built as a hidden temporary file in the destination's folder (the
  schema by Alembic's migrations, no reference data: everything comes from the
  source), checked, and only then linked into place under its name; on any failure
  the temporary file is removed and no file appears;
- a **server** database is written in ONE transaction (after taking the catalogue's
  write lock): the schema by the migrations (PostgreSQL's DDL is transactional), the
  rows, the id sequences moved past the copied ids (``setval``: a resource created
  after the copy must not collide with a copied id), the check; on any failure the
  transaction is rolled back and the database is as it was (empty). Rows go by COPY,
  the foreign keys and plain indexes are set aside for the load and made again at the
  end, checking every link at once (:mod:`~desktop_app.core.shared.copy_server`).

The check at the end (:mod:`~desktop_app.core.shared.copy_checks`) reads the
destination back: per table, its row count and a
checksum must equal the source's. The checksum is SHA-256 over each row's values as
text, made the same way on both backends (the ``repr`` of the values the models'
types read: naive datetimes, booleans, parsed JSON, NULL distinct from ""), the rows'
digests added modulo 2**256: it does not depend on the order the rows come in (a
server's collation sorts text keys differently from SQLite), yet any row missing,
added or changed shows. A difference undoes the copy and names the table.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.exc import DBAPIError

from desktop_app.core.library.db import Library, alembic_config
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
from desktop_app.core.shared.copy_checks import (
    BATCH,
    Checksum,
    CopyError,
    TableCopy,
    copied_tables,
    snapshot,
    table_checksum,
)
from desktop_app.core.shared.copy_checks import checksums as checksums
from desktop_app.core.shared.copy_server import (
    copy_rows,
    prepare_database,
    reset_sequences,
    restore_links_and_indexes,
    set_aside_links_and_indexes,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, Table
    from sqlalchemy.engine import URL

__all__ = [
    "BATCH",
    "CopyError",
    "CopyReport",
    "ProgressCallback",
    "TableCopy",
    "checksums",
    "copied_tables",
    "copy_catalogue",
    "table_checksum",
]

ProgressCallback = Callable[[str, int, int], None]
"""Called as a copy goes: ``(table, rows copied, rows in the table)``."""


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


def copy_catalogue(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    batch: int = BATCH,
) -> CopyReport:
    """Copy the library at ``source`` to ``destination`` (a new file, or an empty
    server database), check it and return what was done; CopyError (one line, the
    destination untouched or left empty) otherwise. See the module's docstring.

    ``progress(table, rows copied, rows in the table)`` is called as each batch goes
    in; an exception it raises (a Cancel) stops the copy the same way: nothing is left.
    """
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
        with snapshot(lib) as src:
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
    """Stream one table's rows from the source to the destination, batch by batch.

    The destination checks foreign keys once all tables are in (a topic's broader
    topic may come after it), so rows go in the source's order as they are.
    """
    digest = Checksum(table)
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    result = src.execution_options(yield_per=batch).execute(select(*table.columns))
    try:
        for part in result.partitions():
            digest.add_rows(part)
            _insert_batch(dst, table, part)
            done += len(part)
            if progress is not None:
                progress(table.name, done, total)
    finally:
        result.close()
    return TableCopy(table.name, digest.rows, digest.hexdigest)


def _insert_batch(conn: Connection, table: Table, rows: Sequence[Sequence[Any]]) -> None:
    """Write one batch of rows (each its values in the table's column order): one
    executemany, or on PostgreSQL one COPY (several times faster than even pipelined
    INSERTs)."""
    if not rows:
        return
    columns = list(table.columns)
    if conn.dialect.name == "postgresql":
        copy_rows(conn, table, rows)
        return
    keys = [c.key for c in columns]
    conn.execute(table.insert(), [dict(zip(keys, r, strict=True)) for r in rows])


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
                    prepare_database(conn, url)
                    later = set_aside_links_and_indexes(conn)
                    copied = _copy_tables(src, conn, shown, progress, batch)
                    restore_links_and_indexes(conn, later, shown)
                    reset_sequences(conn)
                    _verify(conn, copied, shown, batch)
            except DBAPIError as exc:
                raise CopyError(f"{describe_server_error(url, exc)}; the copy was undone") from None
        return copied
    finally:
        engine.dispose()


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
    """An engine on a new SQLite file, set for loading it fast: no fsync per commit
    and the rollback journal in memory (a failed copy deletes the file anyway; a
    finished one is synced once before it gets its name), foreign keys checked all at
    once at the end (``PRAGMA foreign_key_check``), not row by row."""
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")
        dbapi_conn.execute("PRAGMA journal_mode=MEMORY")
        dbapi_conn.execute("PRAGMA synchronous=OFF")

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
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise CopyError(
                        f"{target}: table '{broken[0]}' holds links that lead nowhere (to "
                        f"'{broken[2]}'); the copy was undone"
                    )
            with engine.connect() as conn, conn.begin():  # read back what was committed
                _verify(conn, copied, str(target), batch)
        except DBAPIError as exc:
            orig = getattr(exc, "orig", exc)
            raise CopyError(f"{target}: {orig}; nothing was copied") from None
        finally:
            engine.dispose()
        with tmp.open("rb+") as fh:  # on the disk before it gets its name
            os.fsync(fh.fileno())
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
