"""What every ``librarian`` command shares: opening the library, the curator password,
facet arguments. The command modules (cli, cli_search, cli_curate, cli_pack) import
this one and never each other, but for ``cli`` gathering their commands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.curation import auth
from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import BUNDLED_LIBRARY, resolve_library
from desktop_app.core.search import FACETS

if TYPE_CHECKING:
    from desktop_app.core.library.records import ResourceView
    from desktop_app.core.service import Catalogue


def open_library_path(args: argparse.Namespace, *, read_only: bool = False) -> Library:
    """The library the command names (--library, $LIBRARIAN_LIBRARY or the user's own);
    the bundled template is always opened read-only."""
    path = resolve_library(args.library)  # a file's Path, or a server's URL as text
    # the bundled library is a template: never written, not even its journal mode
    bundled = isinstance(path, Path) and path.resolve() == BUNDLED_LIBRARY.resolve()
    return Library.open(path, create=getattr(args, "create", False), read_only=read_only or bundled)


@contextmanager
def open_library(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Library]:
    """:func:`open_library_path`, closed at the end of the block."""
    lib = open_library_path(args, read_only=read_only)
    try:
        yield lib
    finally:
        lib.close()


def password_from_user(prompt: str = "Curator password: ") -> str | None:
    """The curator password from $LIBRARIAN_PASSWORD, else asked at a terminal (else None)."""
    env = os.environ.get(auth.ENV_PASSWORD)
    if env is not None:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def require_curator(library: Library) -> None:
    """Raise AuthError unless no password is set or the one given (prompt, env) is right."""
    if auth.has_password(library):
        auth.require_curator(library, password_from_user())


def facet_pairs(items: list[str], what: str) -> dict[str, list[str]]:
    """``NAME=VALUE`` arguments (``what`` names the option) as facet -> values."""
    out: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or not value.strip():
            raise LibraryError(f"{what} '{item}' is not NAME=VALUE")
        if name not in FACETS:
            raise LibraryError(f"unknown facet '{name}' (known: {', '.join(FACETS)})")
        out.setdefault(name, []).append(value.strip())
    return out


def find_resource(cat: Catalogue, ident: str) -> ResourceView:
    """The resource a command names by its id or its UUID; NotFoundError names it."""
    if ident.isdigit():
        return cat.get(int(ident))
    view = cat.find_by_uuid(ident)
    if view is None:
        raise NotFoundError(f"no resource with id or UUID '{ident}'")
    return view
