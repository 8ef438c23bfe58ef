"""Running ``librarian`` in the test's own process, as the CLI tests do."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import URL

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``librarian ARGS``: (exit code, standard output, standard error)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def as_text(url: URL) -> str:
    """A server's URL as ``--library`` takes it (with its password)."""
    return url.render_as_string(hide_password=False)
