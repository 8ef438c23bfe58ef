"""Shared fixtures: every test works on its own temporary library and settings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import BUNDLED_LIBRARY, PROJECT_ROOT
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from tests.postgres import (  # noqa: F401  (fixtures, issue 16)
    postgres_catalogue,
    postgres_catalogue_template,
    postgres_seeded,
    postgres_seeded_template,
    postgres_server,
    postgres_url,
)

# The window follows the system language; the tests read its English text, whatever the
# machine's language (the translation tests choose their languages themselves).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

if TYPE_CHECKING:
    from desktop_app.core.search.engine import SearchEngine

SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"

# Locally every run draws new examples and hunts for bugs; CI replays one fixed draw per test
# so that a gate never turns red on a roll of the dice (a failure still prints its blob).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real user data folder or an inherited library path."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("LIBRARIAN_LIBRARY", raising=False)
    monkeypatch.delenv("LIBRARIAN_PASSWORD", raising=False)


@pytest.fixture
def seeded_path(tmp_path: Path) -> Path:
    """A private copy of the bundled library."""
    target = tmp_path / "library.db"
    shutil.copyfile(BUNDLED_LIBRARY, target)
    return target


@pytest.fixture
def seeded(seeded_path: Path) -> Iterator[Library]:
    lib = Library.open(seeded_path)
    yield lib
    lib.close()


@pytest.fixture
def engine(seeded: Library) -> Iterator[SearchEngine]:
    """The search engine on a private copy of the bundled library, its index open."""
    from desktop_app.core.search.engine import SearchEngine

    eng = SearchEngine(Catalogue(seeded))
    eng.open()
    yield eng
    eng.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "empty.db", create=True)
    yield lib
    lib.close()


# Each test on both backends doubles its time: the PostgreSQL runs of the modules run on
# both go to the slow step (CI runs it: ``uv run pytest -m slow``), so the default suite
# stays within its few minutes; tests of the server itself (tests/core/shared, the CLI
# and window on a server) stay in the default suite.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


@pytest.fixture(params=BACKENDS)
def any_empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """A new, empty library on each backend (issue 16): a file, and a catalogue on the
    test server (tests/postgres.py; skipped only where no server binary exists)."""
    if request.param == "sqlite":
        lib = Library.open(tmp_path / "empty.db", create=True)
    else:
        lib = Library.open(request.getfixturevalue("postgres_catalogue"))
    yield lib
    lib.close()


@pytest.fixture(params=BACKENDS)
def any_seeded(request: pytest.FixtureRequest, seeded_path: Path) -> Iterator[Library]:
    """The bundled library on each backend (issue 16): a private file copy, and the
    same rows and ids as a catalogue on the test server. A test module runs on both
    by asking for its ``seeded`` to be this one (``seeded = backends.seeded``)."""
    if request.param == "sqlite":
        lib = Library.open(seeded_path)
    else:
        lib = Library.open(request.getfixturevalue("postgres_seeded"))
    yield lib
    lib.close()


@pytest.fixture
def catalogue(seeded: Library) -> Catalogue:
    return Catalogue(seeded)


@pytest.fixture
def linked(seeded_path: Path) -> Path:
    """The bundled library plus resources with links and non-Latin titles."""
    with Library.open(seeded_path) as lib:
        cat = Catalogue(lib)
        cat.create(
            ResourceData(
                title="Защита детей в интернете",
                url="https://example.org/ru",
                summary="Руководство для школ.",
                countries=["Russia"],
                organisations=["UNICEF"],
                date="2019-05",
                language="ru",
            )
        )
        cat.create(
            ResourceData(
                title="การคุ้มครองเด็กออนไลน์",
                url="https://example.org/th",
                countries=["Thailand"],
                language="th",
            )
        )
        cat.create(
            ResourceData(
                title="Proteção de crianças: guia",
                url="https://example.org/pt",
                topics=["Schools"],
                authors=["Silva, Ana"],
                date="2021",
            )
        )
    return seeded_path


def titles(lib: Path) -> list[str]:
    with Library.open(lib) as library:
        return sorted(v.title for v in Catalogue(library).iter_views())
