"""The checks of a copy (core.shared.copy): every table of the models, and a checksum of
a table's rows that comes out the same from SQLite and from PostgreSQL for equal data.

The checksum is SHA-256 over each row's values as text, made the same way on both
backends, the rows' digests added modulo 2**256: it does not depend on the order the
rows come in (a server's collation sorts text keys differently from SQLite), yet any
row missing, added or changed shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.models import Base

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from desktop_app.core.library.db import Library

BATCH = 2000  # rows a batch: read with yield_per, written with one executemany or COPY
MODULUS = 2**256


class CopyError(LibraryError):
    """A copy that could not be made, or was undone; the message is one line."""


@dataclass(frozen=True)
class TableCopy:
    """One table copied: its name, rows and checksum (equal on both sides)."""

    name: str
    rows: int
    checksum: str


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
    with snapshot(library) as conn:
        return {t.name: table_checksum(conn, t) for t in copied_tables()}


# -- the copy ------------------------------------------------------------------------


@contextmanager
def snapshot(library: Library) -> Iterator[Connection]:
    """A connection reading ``library`` in one consistent snapshot."""
    with library.engine.connect() as conn:
        if library.is_server:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        try:
            with conn.begin():
                yield conn
        except DBAPIError as exc:
            raise CopyError(library._describe(exc)) from None
