"""A library on a PostgreSQL server opens like a file (issue 16): created in an empty
database, migrated, written through the same unit of work, its password never shown,
and writers from several connections at once never lose a change."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from desktop_app.core.errors import LibraryOpenError
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue


def text_url(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_a_catalogue_is_created_on_the_server_and_opened_again(
    postgres_url: URL, tmp_path: Path
) -> None:
    with pytest.raises(LibraryOpenError, match="holds no catalogue yet"):
        Library.open(text_url(postgres_url))
    with Library.open(text_url(postgres_url), create=True) as lib:
        assert lib.is_server
        assert postgres_url.password and postgres_url.password not in lib.location
        assert postgres_url.password not in lib.display_name
        assert postgres_url.password in lib.target
        cat = Catalogue(lib)
        made = cat.create(ResourceData(title="Shared catalogue report", type="report"))
        counter = cat.change_counter()
        home = lib.path.parent
    with Library.open(text_url(postgres_url)) as again:
        cat = Catalogue(again)
        assert cat.get(made.id).title == "Shared catalogue report"
        assert cat.change_counter() == counter
        assert again.path.parent == home  # the same catalogue: the same local folder


def test_concurrent_writers_on_the_server_lose_no_change(postgres_url: URL) -> None:
    with Library.open(text_url(postgres_url), create=True) as lib:
        start = Catalogue(lib).change_counter()
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            with Library.open(text_url(postgres_url)) as mine:
                cat = Catalogue(mine)
                for i in range(10):
                    cat.create(ResourceData(title=f"writer {k} item {i}", type="report"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Library.open(text_url(postgres_url)) as lib:
        cat = Catalogue(lib)
        assert cat.change_counter() == start + 40
        assert cat.count() >= 40
