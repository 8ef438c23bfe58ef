"""exchange base for collection packs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_base",
        sa.Column("peer_uuid", sa.String(length=36), nullable=False),
        sa.Column("resource_uuid", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("exchanged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("peer_uuid", "resource_uuid", name=op.f("pk_exchange_base")),
    )


def downgrade() -> None:
    op.drop_table("exchange_base")
