"""text extracted from local copies, page by page

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 19:20:00

Two new tables: ``document`` (one row per stored local copy whose text was read:
its checksum, status and note) and ``document_page`` (its text, page by page).
The search index is rebuilt from them. Nothing existing changes, so a library made
fresh and one upgraded from 0004 end up with the same schema.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("char_count", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=60), nullable=False),
        sa.Column("extracted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_document")),
    )
    op.create_index(op.f("ix_document_sha256"), "document", ["sha256"], unique=False)
    op.create_table(
        "document_page",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["name"],
            ["document.name"],
            name=op.f("fk_document_page_name_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("name", "page", name=op.f("pk_document_page")),
    )


def downgrade() -> None:
    op.drop_table("document_page")
    op.drop_index(op.f("ix_document_sha256"), table_name="document")
    op.drop_table("document")
