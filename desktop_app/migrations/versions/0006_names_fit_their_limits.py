"""names as long as the records allow, on every backend

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 22:40:00

A record may hold organisation, author and topic names of up to
``records.NAME_LIMIT`` (500) characters and a local copy's name of up to
``FIELD_LIMITS["local_file"]`` (1,000), but the columns said 300: SQLite never
enforces a declared length, PostgreSQL does, so a catalogue on a server refused a
record a library file took. The columns now say what the records allow.

On PostgreSQL the columns are altered in place (widening a ``varchar`` rewrites
nothing). On SQLite the declared length is only text in the table's definition (every
such column is stored as TEXT whatever it says), and Alembic's batch mode would
rebuild the table, dropping the old one: with foreign keys on that deletes every
resource's links (CASCADE). So the definitions are edited in place, as SQLite's
documentation describes for changes that do not touch what is stored ("ALTER TABLE",
section 7: ``writable_schema``, then a new ``schema_version``), and the result is
checked with ``PRAGMA integrity_check`` inside the same transaction.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (table, column, before, after)
WIDENED = [
    ("organisation", "name", 300, 500),
    ("organisation", "norm", 300, 500),
    ("author", "name", 300, 500),
    ("author", "norm", 300, 500),
    ("topic", "name", 300, 500),
    ("topic", "norm", 300, 500),
    ("document", "name", 300, 1000),
    ("document_page", "name", 300, 1000),
]


def upgrade() -> None:
    _retype(after=True)


def downgrade() -> None:
    _retype(after=False)


def _retype(*, after: bool) -> None:
    bind = op.get_bind()
    changes = [(t, c, (old, new) if after else (new, old)) for t, c, old, new in WIDENED]
    if bind.dialect.name != "sqlite":
        for table, column, (old, new) in changes:
            op.alter_column(
                table,
                column,
                type_=sa.String(new),
                existing_type=sa.String(old),
                existing_nullable=False,
            )
        return
    tables: dict[str, list[tuple[str, int, int]]] = {}
    for table, column, (old, new) in changes:
        tables.setdefault(table, []).append((column, old, new))
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    try:
        for table, columns in tables.items():
            sql = bind.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar()
            if sql is None:
                raise RuntimeError(f"table {table} is missing")
            for column, old, new in columns:
                pattern = rf"(\b{column} VARCHAR\(){old}(\))"
                sql, n = re.subn(pattern, rf"\g<1>{new}\g<2>", str(sql), count=1)
                if n != 1:
                    raise RuntimeError(f"{table}.{column} is not VARCHAR({old})")
            bind.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table)
            )
        bind.exec_driver_sql(f"PRAGMA schema_version={int(version or 0) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema=OFF")
    problems = bind.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if problems != ["ok"]:
        raise RuntimeError(f"the library's schema check failed: {problems[:3]}")
