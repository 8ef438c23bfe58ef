"""topic labels in other languages

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 17:40:00

Every topic gets ``labels``, a JSON object {language code: label}, empty to begin
with. A new library runs the same step on its empty table, so a library made fresh
and one upgraded from 0003 end up with the same schema.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN (no table rebuild: the resource_topic links stay as they are); the
    # server default fills existing rows with an empty object
    op.add_column(
        "topic", sa.Column("labels", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch rebuild would drop the table, and with
    # foreign keys on that deletes every resource's topic links (CASCADE)
    op.execute("ALTER TABLE topic DROP COLUMN labels")
