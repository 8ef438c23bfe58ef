"""Run a test module on both backends (issue 16): a library file and a catalogue on
PostgreSQL. In the module::

    from tests.backends import empty, seeded  # noqa: F401  (both backends)

and every test there asking for ``seeded`` (or ``catalogue`` / ``engine``, made from
it) or ``empty`` runs twice, ``[sqlite]`` and ``[postgresql]``; the PostgreSQL runs
are marked slow (CI's ``uv run pytest -m slow`` step runs them; see tests/conftest.py).
"""

from __future__ import annotations

import pytest

from desktop_app.core.library.db import Library


@pytest.fixture
def seeded(any_seeded: Library) -> Library:
    """The bundled library, on each backend in turn."""
    return any_seeded


@pytest.fixture
def empty(any_empty: Library) -> Library:
    """A new, empty library, on each backend in turn."""
    return any_empty
