"""What a library is called before it is open: a file, or a server's URL (issue 16).

The window and the CLI name a library before SQLAlchemy has loaded (the window's
title, the single-instance lock, the recent libraries, the open dialog), so this
module is standard library only. Once open, a :class:`~desktop_app.core.library.db.Library`
says the same through ``location`` and ``display_name``. A password in a URL is
never part of what these return, but for :func:`with_password`, whose answer is
only ever handed to ``Library.open``.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from desktop_app.core.library.paths import is_server_url

DEFAULT_PORT = 5432


def _netloc(user: str | None, password: str | None, host: str) -> str:
    if not user:
        return host
    login = quote(user, safe="")
    if password:
        login += ":" + quote(password, safe="")
    return f"{login}@{host}"


def _parts(url: str) -> tuple[str, str | None, str | None, str]:
    """scheme, user, password (both unquoted) and ``host[:port]`` of a server URL."""
    split = urlsplit(url.strip())
    login, at, host = split.netloc.rpartition("@")
    if not at:
        return split.scheme, None, None, split.netloc
    user, colon, password = login.partition(":")
    return split.scheme, unquote(user), unquote(password) if colon else None, host


def without_password(url: str) -> str:
    """The URL with any password taken out (for lists, settings and locks)."""
    scheme, user, _password, host = _parts(url)
    split = urlsplit(url.strip())
    return urlunsplit((scheme, _netloc(user, None, host), split.path, split.query, ""))


def with_password(url: str, password: str) -> str:
    """The URL holding ``password`` (an empty one leaves the URL as it is): only for
    handing to ``Library.open``, never to show or keep."""
    if not password:
        return url.strip()
    scheme, user, _old, host = _parts(url)
    split = urlsplit(url.strip())
    return urlunsplit((scheme, _netloc(user, password, host), split.path, split.query, ""))


def has_password(url: str) -> bool:
    """Whether the URL itself holds a password."""
    return bool(_parts(url)[2])


def location(value: str | os.PathLike[str]) -> str:
    """The library for people: the file's path, or the URL without its password."""
    if is_server_url(value):
        return without_password(str(value))
    return str(value)


def display_name(value: str | os.PathLike[str]) -> str:
    """A short name for a window title: the file's name, or "db on host:port"."""
    if not is_server_url(value):
        return Path(value).name
    split = urlsplit(str(value).strip())
    database = unquote(split.path.lstrip("/")) or "?"
    try:
        port = split.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    return f"{database} on {split.hostname or 'localhost'}:{port}"
