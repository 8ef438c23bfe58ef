"""The library's schema version: Alembic's migrations, and the newest of them.

Apart from ``db.py`` so that ``server.py`` (a catalogue on PostgreSQL) can migrate a
catalogue without importing the module that imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"

# The newest migration. Opening an up-to-date library compares with this and never
# imports Alembic (a second of start-up); a test holds it equal to Alembic's head.
HEAD_REVISION = "0006"


def alembic_config(connection: Any | None = None) -> Config:
    """Alembic's configuration for our migrations (imports Alembic: only when migrating)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    """Every schema revision this version's migrations know (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
