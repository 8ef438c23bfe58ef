"""Where libraries live: the bundled template and the user's own copy."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from desktop_app.core.db import copy_library

ENV_LIBRARY = "LIBRARIAN_LIBRARY"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_LIBRARY = PROJECT_ROOT / "resources.db"
ASSETS = PROJECT_ROOT / "assets"
SEED_FILE = ASSETS / "seed_search_results.txt"


def user_library_path() -> Path:
    return user_data_path("resource-librarian", appauthor=False) / "library.db"


def resolve_library(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library to open: ``explicit``, else $LIBRARIAN_LIBRARY, else the user's copy.

    On first use the user's copy is made from the bundled template; the bundled
    file itself is never written to.
    """
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_LIBRARY)
    if env:
        return Path(env).expanduser()
    target = user_library_path()
    if not target.exists() and BUNDLED_LIBRARY.exists():
        copy_library(BUNDLED_LIBRARY, target)
    return target
