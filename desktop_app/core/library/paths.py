"""Where things live: the bundled template, the user's own library, settings and logs.

In **portable mode** (a file named ``portable`` beside the program) everything the
app writes (the library, its index and local copies, settings, the log) lives in a
``data`` folder beside the program, say on a USB stick, and nothing is written to the
host's user folders. Without the marker it all lives in the user's data folder.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import uuid
from pathlib import Path

from platformdirs import user_data_path

ENV_LIBRARY = "LIBRARIAN_LIBRARY"
PROJECT_ROOT = Path(__file__).resolve().parents[3]
BUNDLED_LIBRARY = PROJECT_ROOT / "resources.db"
ASSETS = PROJECT_ROOT / "assets"
SEED_FILE = ASSETS / "seed_search_results.txt"


PORTABLE_MARKER = "portable"
# what names a catalogue on a PostgreSQL server instead of a library file (issue 16)
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_url(value: str | os.PathLike[str]) -> bool:
    """True when ``value`` names a PostgreSQL catalogue rather than a library file."""
    return isinstance(value, str) and value.strip().lower().startswith(SERVER_SCHEMES)


def app_dir() -> Path:
    """The folder the program runs from: the executable's in a portable build, else the project."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PROJECT_ROOT


def portable() -> bool:
    """Whether a ``portable`` marker file stands beside the program."""
    return (app_dir() / PORTABLE_MARKER).is_file()


def data_dir() -> Path:
    """Where the app keeps what it writes: ``data`` beside the program when portable."""
    if portable():
        return app_dir() / "data"
    return user_data_path("resource-librarian", appauthor=False)


def settings_file() -> Path | None:
    """The settings file in portable mode; None: the platform's usual place."""
    return data_dir() / "settings.ini" if portable() else None


def user_library_path() -> Path:
    return data_dir() / "library.db"


def resolve_library(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """The library to open: ``explicit``, else $LIBRARIAN_LIBRARY, else the user's copy.

    A file is a Path; a server's URL (:func:`is_server_url`) is returned as the text
    it is (a Path would mangle its ``//``), for ``Library.open``. On first use the
    user's copy is made from the bundled template; the bundled file itself is never
    written to.
    """
    for given in (explicit, os.environ.get(ENV_LIBRARY)):
        if given:
            if is_server_url(given):
                return str(given).strip()
            return Path(given).expanduser()
    target = user_library_path()
    if not target.exists() and BUNDLED_LIBRARY.exists():
        copy_library(BUNDLED_LIBRARY, target)
    return target


def copy_library(source: Path, target: Path) -> None:
    """Copy a library file (used to give a user their own copy of the bundled one).

    The copy is a library of its own: it gets a new library UUID, so collection
    packs can tell two schools' copies of the bundled library apart.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, tmp)
        os.chmod(tmp, 0o644)
        conn = sqlite3.connect(tmp)
        try:
            with conn:
                conn.execute("UPDATE library_info SET uuid = ?", (str(uuid.uuid4()),))
        finally:
            conn.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
