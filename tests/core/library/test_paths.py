"""Portable mode: with a ``portable`` file beside the program, all it writes stays beside it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop_app.core.library import paths


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A portable build's folder: the frozen executable is ``folder/resource-librarian``."""
    folder = tmp_path / "stick" / "ResourceLibrarian"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "resource-librarian"))
    return folder


def test_without_the_marker_the_user_data_folder_is_used(program: Path) -> None:
    assert not paths.portable()
    assert paths.settings_file() is None
    assert paths.data_dir() == Path(os.environ["XDG_DATA_HOME"]) / "resource-librarian"


def test_with_the_marker_everything_lives_beside_the_program(program: Path) -> None:
    (program / "portable").write_text("")
    assert paths.portable()
    library = paths.resolve_library()
    assert library == program / "data" / "library.db" and library.exists()
    assert paths.settings_file() == program / "data" / "settings.ini"
    home = Path(os.environ["XDG_DATA_HOME"])
    assert not home.exists() or not any(home.rglob("*"))  # nothing on the host
