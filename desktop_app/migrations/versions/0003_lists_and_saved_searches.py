"""reading lists that travel (uuid, modified_at, item notes) and saved searches

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10 09:00:00

Existing reading lists get a new UUID each and their items an empty note. The
steps are the same for a new library (whose tables are empty here), so a library
made fresh and one upgraded from 0002 end up with the same schema.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _items() -> list[tuple[int, int, int]]:
    """The lists' items, kept aside: SQLite's batch mode drops and recreates
    ``reading_list``, and with foreign keys on that deletes its items (CASCADE).
    Other databases (PostgreSQL) alter the table in place: nothing to keep aside."""
    if op.get_bind().dialect.name != "sqlite":
        return []
    rows = op.get_bind().execute(
        sa.text("SELECT list_id, resource_id, position FROM reading_list_item")
    )
    return [(int(a), int(b), int(c)) for a, b, c in rows]


def _put_back(items: list[tuple[int, int, int]]) -> None:
    conn = op.get_bind()
    for list_id, resource_id, position in items:
        conn.execute(
            sa.text(
                "INSERT OR IGNORE INTO reading_list_item (list_id, resource_id, position) "
                "VALUES (:l, :r, :p)"
            ),
            {"l": list_id, "r": resource_id, "p": position},
        )


def upgrade() -> None:
    items = _items()
    with op.batch_alter_table("reading_list", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("modified_at", sa.DateTime(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, created_at FROM reading_list")).all()
    for list_id, created_at in rows:
        conn.execute(
            sa.text("UPDATE reading_list SET uuid = :u, modified_at = :m WHERE id = :i"),
            {"u": str(uuid.uuid4()), "m": created_at, "i": list_id},
        )
    with op.batch_alter_table("reading_list", schema=None) as batch_op:
        batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column("modified_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_reading_list_uuid"), ["uuid"])

    with op.batch_alter_table("reading_list_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), server_default="", nullable=False))
    _put_back(items)

    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("norm", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("include", sa.JSON(), nullable=False),
        sa.Column("exclude", sa.JSON(), nullable=False),
        sa.Column("sort", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint("norm", name=op.f("uq_saved_search_norm")),
        sa.UniqueConstraint("uuid", name=op.f("uq_saved_search_uuid")),
    )


def downgrade() -> None:
    items = _items()
    op.drop_table("saved_search")
    with op.batch_alter_table("reading_list_item", schema=None) as batch_op:
        batch_op.drop_column("note")
    with op.batch_alter_table("reading_list", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_reading_list_uuid"), type_="unique")
        batch_op.drop_column("modified_at")
        batch_op.drop_column("uuid")
    _put_back(items)
