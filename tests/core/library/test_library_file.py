from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from desktop_app.cli import build_bundled
from desktop_app.core.errors import LibraryOpenError
from desktop_app.core.library.db import Library, alembic_config
from desktop_app.core.library.models import Base, ExchangeBase
from desktop_app.core.library.paths import BUNDLED_LIBRARY, SEED_FILE
from desktop_app.core.service import Catalogue


def head_revision() -> str | None:
    """The newest schema revision the app's migrations know."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Table contents without values that differ between builds (times, library id)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    skip = {"added_at", "modified_at", "created_at", "at"}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in cols if c not in skip and not (table == "library_info" and c == "uuid")]
        rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY 1").fetchall()
        out[table] = rows
    conn.close()
    return out


def test_bundled_library_matches_a_fresh_build(tmp_path: Path) -> None:
    out = tmp_path / "rebuilt.db"
    assert build_bundled(SEED_FILE, out) == 30
    assert content(out) == content(BUNDLED_LIBRARY)


def test_bundled_library_is_single_file_and_at_head() -> None:
    conn = sqlite3.connect(f"file:{BUNDLED_LIBRARY}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    with Library.open(BUNDLED_LIBRARY, read_only=True) as lib:
        assert lib.current_revision() == head_revision()


def test_migrations_produce_the_models_schema(empty: Library) -> None:
    with empty.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_new_library_uses_wal_and_foreign_keys(empty: Library) -> None:
    with empty.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_older_library_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Library.open(path, create=True) as lib:
        Catalogue(lib).count()
        with lib.engine.begin() as conn:  # as a library made by the first release
            command.downgrade(alembic_config(conn), "0001")
    with Library.open(path) as lib:
        assert lib.current_revision() == head_revision()
        with lib.read() as s:
            assert s.scalars(select(ExchangeBase)).all() == []
    assert list(tmp_path.glob(f"old.db.before-{head_revision()}*.bak"))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"hello, not a database"), "not a library"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)").connection.commit(),
            "not a Resource Librarian library",
        ),
        (lambda p: p.mkdir(), "folder"),
    ],
)
def test_unopenable_files_give_clear_errors(tmp_path: Path, make: object, message: str) -> None:
    path = tmp_path / "bad.db"
    make(path)  # type: ignore[operator]
    with pytest.raises(LibraryOpenError, match=message):
        Library.open(path)


def test_newer_schema_is_refused(seeded_path: Path) -> None:
    conn = sqlite3.connect(seeded_path)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryOpenError, match="newer version"):
        Library.open(seeded_path)


def test_missing_library_needs_create(tmp_path: Path) -> None:
    with pytest.raises(LibraryOpenError, match="--create"):
        Library.open(tmp_path / "none.db")


def test_the_head_revision_constant_is_alembics_head() -> None:
    """Up-to-date libraries open without importing Alembic, by comparing with this constant."""
    from alembic.script import ScriptDirectory

    from desktop_app.core.library.db import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
