"""Copying a whole library between backends (issue 16, core.shared.copy): a file to a
real PostgreSQL server and back gives every table's rows exactly; a destination that
is not empty is refused and left alone; a failure mid-copy leaves no tables and no
file; the copied catalogue takes new rows and searches as the original does."""

from __future__ import annotations

import secrets
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from desktop_app.core.curation import auth
from desktop_app.core.fulltext.extract import Extraction
from desktop_app.core.fulltext.store import document_pages, save_extraction
from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.core.library.models import (
    Base,
    ExchangeBase,
    Resource,
    Setting,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.library.records import ResourceData
from desktop_app.core.library.saved_searches import SavedSearches
from desktop_app.core.service import Catalogue
from desktop_app.core.shared import copy as copy_mod
from desktop_app.core.shared.copy import CopyError, checksums, copied_tables, copy_catalogue

ODD_TIME = datetime(2021, 6, 30, 23, 59, 59, 123456)  # a day's end, microseconds
LONG_PAGE = "Mandatory reporting — obligación de denunciar; การคุ้มครองเด็ก. " * 2000


def as_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def raw(url: URL, sql: str) -> list[tuple[object, ...]]:
    """Rows of ``sql`` read with psycopg itself (no SQLAlchemy type processing)."""
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password,
        dbname=url.database, connect_timeout=10,
    ) as conn:  # fmt: skip
        return list(conn.execute(sql).fetchall())


def table_names(url: URL) -> list[str]:
    return [
        str(r[0]) for r in raw(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    ]


@pytest.fixture
def rich(seeded_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled library with something in every table: reading lists with notes, a
    saved search, a document with pages, a thesaurus entry, a topic hierarchy whose
    parent comes after its child, trashed resources, a curator password, a peer."""
    monkeypatch.setattr(auth, "N", 2**10)  # cheap scrypt: the hash is not tested here
    with Library.open(seeded_path) as lib:
        cat = Catalogue(lib)
        ids = cat.ids()
        lists = ReadingLists(lib)
        lists.add("Year 9 online safety", ids[:3])
        lists.set_note("Year 9 online safety", ids[1], "Read pages 4–9 first.\nThen discuss.")
        lists.add("Staff: ใหม่", ids[3:5])
        SavedSearches(lib).save(
            "Grooming in ASEAN", "grooming -sexting", {"region": ["ASEAN"]}, {"type": ["Video"]}
        )
        cat.trash(ids[-2:])
        cat.create(ResourceData(title="A draft with no links", type="report"))
        with lib.write() as s:
            res = s.get(Resource, ids[5])
            assert res is not None
            res.local_file = "ab12cd34-Guide.pdf"
            res.added_at = ODD_TIME
            res.needs_review = True
            topics = s.scalars(select(Topic).order_by(Topic.id)).all()
            topics[0].parent_id = topics[-1].id  # the parent is written after its child
            s.add(ThesaurusGroup(terms=["sextortion", "sexual extortion", "ñandú"]))
            s.add(
                ExchangeBase(
                    peer_uuid="0" * 8 + "-peer", resource_uuid=res.uuid, content_hash="f" * 64,
                    exchanged_at=datetime(2024, 2, 29, 18, 30),
                )
            )  # fmt: skip
            s.add(Setting(key="hide_staff", value="true"))
        save_extraction(
            cat,
            "ab12cd34-Guide.pdf",
            Extraction(
                pages=("First page: grooming and mandatory reporting.", LONG_PAGE, ""),
                status="ok", note="", sha256="a" * 64, extractor="pypdfium2 4.30.0",
            ),
        )  # fmt: skip
        auth.set_password(lib, "curator secret")
    return seeded_path


def test_a_library_goes_to_the_server_and_back_with_every_row(
    rich: Path, postgres_url: URL, tmp_path: Path
) -> None:
    with Library.open(rich) as lib:
        original = checksums(lib)
        counter = Catalogue(lib).change_counter()
    seen: list[tuple[str, int, int]] = []
    report = copy_catalogue(
        str(rich), as_text(postgres_url), progress=lambda *a: seen.append(a), batch=50
    )
    # every table of the models is copied and compared, each holding rows here
    assert [t.name for t in report.tables] == [t.name for t in copied_tables()]
    assert {t.name for t in report.tables} == set(Base.metadata.tables)
    empty = [t.name for t in report.tables if not t.rows]
    assert not empty, f"give these tables rows in the fixture so their copy is checked: {empty}"
    assert {t.name: (t.rows, t.checksum) for t in report.tables} == original
    assert postgres_url.password and postgres_url.password not in report.destination
    assert ("country_region", 398, 398) in seen and ("document_page", 3, 3) in seen
    assert ("country_region", 50, 398) in seen  # in batches

    with Library.open(as_text(postgres_url)) as pg:
        assert checksums(pg) == original
        cat = Catalogue(pg)
        assert cat.change_counter() == counter
        assert auth.verify(pg, "curator secret")  # (a wrong one would be counted: a write)
        assert ReadingLists(pg).contents("Year 9 online safety").notes
        with pg.read() as s:
            assert document_pages(s, "ab12cd34-Guide.pdf")[1] == (2, LONG_PAGE)
    # the server stores the naive UTC time as it is, whatever its own zone (the test
    # server's is UTC+5:45)
    assert (ODD_TIME,) in raw(postgres_url, "SELECT added_at FROM resource")
    # JSON as the same text as in the file (SQLAlchemy's serialiser on both)
    json_sql = "SELECT terms::text FROM thesaurus_group ORDER BY id"
    with closing(sqlite3.connect(rich)) as conn:
        in_file = conn.execute(json_sql.replace("::text", "")).fetchall()
    assert raw(postgres_url, json_sql) == in_file

    back = tmp_path / "back" / "library.db"
    back.parent.mkdir()
    report = copy_catalogue(as_text(postgres_url), back)
    assert report.destination == str(back)
    with Library.open(back) as lib:
        assert checksums(lib) == original
        cat = Catalogue(lib)
        assert cat.library_uuid() == Catalogue(Library.open(rich)).library_uuid()
        view = next(v for v in cat.iter_views(include_trashed=True) if v.added_at == ODD_TIME)
        assert view.needs_review and view.local_file == "ab12cd34-Guide.pdf"
        saved = SavedSearches(lib).get("Grooming in ASEAN")
        assert (saved.query, saved.include, saved.exclude) == (
            "grooming -sexting", {"region": ["ASEAN"]}, {"type": ["Video"]},
        )  # fmt: skip
        assert cat.count(include_trashed=True) - cat.count() == 2
    assert sorted(p.name for p in back.parent.iterdir()) == ["library.db"]  # no leftovers


def test_new_rows_after_a_copy_do_not_collide_with_copied_ids(
    rich: Path, postgres_url: URL
) -> None:
    copy_catalogue(str(rich), as_text(postgres_url))
    with Library.open(as_text(postgres_url)) as pg:
        cat = Catalogue(pg)
        top = max(cat.ids(include_trashed=True))
        made = cat.create(ResourceData(title="Written after the copy", topics=["New topic"]))
        assert made.id == top + 1
        assert ReadingLists(pg).create("After the copy").id > 2
        SavedSearches(pg).save("After the copy", "reporting")
        with pg.write() as s:
            s.add(ThesaurusGroup(terms=["a", "b"]))


def test_a_destination_that_is_not_empty_is_refused_and_left_alone(
    rich: Path, postgres_url: URL, tmp_path: Path
) -> None:
    target = as_text(postgres_url)
    with Library.open(target, create=True) as pg:
        Catalogue(pg).create(ResourceData(title="Already here"))
        before = checksums(pg)
    with pytest.raises(CopyError, match=r"already holds a catalogue \(1 resources\)") as err:
        copy_catalogue(str(rich), target)
    assert postgres_url.password not in str(err.value)
    with Library.open(target) as pg:
        assert checksums(pg) == before

    existing = tmp_path / "taken.db"
    existing.write_bytes(b"someone's file")
    with pytest.raises(CopyError, match=r"taken\.db: already exists"):
        copy_catalogue(str(rich), existing)
    assert existing.read_bytes() == b"someone's file"
    with pytest.raises(CopyError, match="no library here"):
        copy_catalogue(tmp_path / "missing.db", tmp_path / "new.db")
    with pytest.raises(CopyError, match="folder does not exist"):
        copy_catalogue(str(rich), tmp_path / "nowhere" / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_a_database_of_something_else_is_refused(rich: Path, postgres_url: URL) -> None:
    raw_url = postgres_url
    with psycopg.connect(
        host=raw_url.host, port=raw_url.port, user=raw_url.username,
        password=raw_url.password, dbname=raw_url.database, autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute("CREATE TABLE invoices (id serial PRIMARY KEY)")
    with pytest.raises(CopyError, match="is not empty"):
        copy_catalogue(str(rich), as_text(postgres_url))
    assert table_names(postgres_url) == ["invoices"]


def test_an_empty_new_catalogue_takes_the_copy(rich: Path, postgres_url: URL) -> None:
    with Library.open(as_text(postgres_url), create=True):
        pass
    with Library.open(rich) as lib:
        original = checksums(lib)
    copy_catalogue(str(rich), as_text(postgres_url))
    with Library.open(as_text(postgres_url)) as pg:
        assert checksums(pg) == original  # its reference data replaced, not added to


def failing_on_third_table(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the batch insert raise (as a lost connection does) on the 3rd table."""
    real = copy_mod._insert_batch
    tables: list[str] = []

    def insert(conn: object, table: object, rows: list[tuple[object, ...]]) -> None:
        name = str(getattr(table, "name", ""))
        if name not in tables:
            tables.append(name)
        if len(tables) == 3:
            raise OperationalError("INSERT", {}, Exception("server closed the connection"))
        real(conn, table, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(copy_mod, "_insert_batch", insert)
    return tables


def test_a_failure_mid_copy_leaves_no_tables_on_the_server(
    rich: Path, postgres_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = failing_on_third_table(monkeypatch)
    with pytest.raises(CopyError, match=r"copying table '\w+' failed .*the copy was undone") as err:
        copy_catalogue(str(rich), as_text(postgres_url))
    assert f"'{tables[2]}'" in str(err.value)
    assert table_names(postgres_url) == []


def test_a_failure_mid_copy_leaves_no_file(
    rich: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing_on_third_table(monkeypatch)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CopyError, match="the copy was undone"):
        copy_catalogue(str(rich), folder / "copy.db")
    assert list(folder.iterdir()) == []


def test_a_checksum_that_differs_undoes_the_copy_and_names_the_table(
    rich: Path, postgres_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = copy_mod.table_checksum

    def damaged(conn: object, table: object, batch: int = 2000) -> tuple[int, str]:
        rows, digest = real(conn, table, batch)  # type: ignore[arg-type]
        return (rows, "0" * 64) if getattr(table, "name", "") == "reading_list_item" else (
            rows, digest,
        )  # fmt: skip

    monkeypatch.setattr(copy_mod, "table_checksum", damaged)
    with pytest.raises(CopyError, match="'reading_list_item' differs from the source"):
        copy_catalogue(str(rich), as_text(postgres_url))
    assert table_names(postgres_url) == []
    with pytest.raises(CopyError, match="'reading_list_item' differs from the source"):
        copy_catalogue(str(rich), tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_rows_changed_on_the_way_are_caught(
    rich: Path, postgres_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backend that changed a value (here a time shifted by the server's zone) is
    caught by the check, not copied quietly."""
    real = copy_mod._insert_batch

    def shifted(conn: object, table: object, rows: list[tuple[object, ...]]) -> None:
        if getattr(table, "name", "") == "exchange_base":
            at = [c.name for c in ExchangeBase.__table__.columns].index("exchanged_at")
            rows = [(*r[:at], datetime(2024, 3, 1, 0, 15), *r[at + 1 :]) for r in rows]
        real(conn, table, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(copy_mod, "_insert_batch", shifted)
    with pytest.raises(CopyError, match="'exchange_base' differs from the source"):
        copy_catalogue(str(rich), as_text(postgres_url))
    assert table_names(postgres_url) == []


@pytest.mark.slow  # two index builds: about 2.5 s
def test_the_copied_catalogue_searches_as_the_original(rich: Path, postgres_url: URL) -> None:
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.search.results import SearchRequest

    copy_catalogue(str(rich), as_text(postgres_url))
    found: list[list[list[int]]] = []
    for target in (str(rich), as_text(postgres_url)):
        with Library.open(target) as lib:
            engine = SearchEngine(Catalogue(lib))
            engine.open()
            try:
                found.append(
                    [
                        engine.search(SearchRequest(query=q, limit=20, curator=True)).ids
                        for q in ("grooming", "child sexual abuse material", "mandatory reporting")
                    ]
                )
            finally:
                engine.close()
    assert found[0] == found[1]
    assert all(found[0])


def test_a_wrong_password_or_no_server_is_one_line(rich: Path, postgres_url: URL) -> None:
    wrong = postgres_url.set(password="not-the-password")
    with pytest.raises(CopyError, match="wrong password for user 'postgres'") as err:
        copy_catalogue(str(rich), as_text(wrong))
    assert "not-the-password" not in str(err.value)
    assert "\n" not in str(err.value)
    with Library.open(rich) as lib, lib.read() as s:
        assert s.execute(text("SELECT count(*) FROM resource")).scalar_one() > 0


def test_links_that_lead_nowhere_undo_the_copy_and_name_the_table(
    seeded_path: Path, postgres_url: URL, tmp_path: Path
) -> None:
    """A file written without its foreign keys checked (an old tool, a hand edit) holds
    a link to a topic that is gone: both backends refuse it, naming the table."""
    with closing(sqlite3.connect(seeded_path)) as conn, conn:
        conn.execute("INSERT INTO resource_topic VALUES (1, 9999, 5)")
    with pytest.raises(CopyError, match="table 'resource_topic' holds links that lead nowhere"):
        copy_catalogue(str(seeded_path), as_text(postgres_url))
    assert table_names(postgres_url) == []
    with pytest.raises(CopyError, match="table 'resource_topic' holds links that lead nowhere"):
        copy_catalogue(str(seeded_path), tmp_path / "copy.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]


def test_an_ordinary_user_copies_into_a_database_they_own(
    seeded_path: Path, postgres_server: URL
) -> None:
    """As the README sets it up: CREATE USER …; CREATE DATABASE … OWNER …; no superuser."""
    from tests.postgres import admin

    tag = secrets.token_hex(4)
    user, db, password = f"curator_{tag}", f"library_{tag}", secrets.token_urlsafe(12)
    with admin(postgres_server) as conn:
        conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        conn.execute(f"CREATE DATABASE {db} OWNER {user} TEMPLATE template0")
    url = postgres_server.set(username=user, password=password, database=db)
    try:
        report = copy_catalogue(str(seeded_path), as_text(url))
        assert report.count("resource") == 30
        with Library.open(as_text(url)) as lib:
            Catalogue(lib).create(ResourceData(title="Written by the owner"))
    finally:
        with admin(postgres_server) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
            conn.execute(f"DROP ROLE IF EXISTS {user}")


@pytest.mark.slow  # two copies: about 3 s
def test_a_server_catalogue_copies_to_another_server_database(
    seeded_path: Path, postgres_url: URL, postgres_server: URL
) -> None:
    from tests.postgres import fresh_database

    copy_catalogue(str(seeded_path), as_text(postgres_url))
    with fresh_database(postgres_server) as other:
        report = copy_catalogue(as_text(postgres_url), as_text(other))
        assert str(other.password) not in report.source + report.destination
        with Library.open(as_text(postgres_url)) as a, Library.open(as_text(other)) as b:
            assert checksums(a) == checksums(b)


def test_an_interrupted_copy_leaves_nothing_behind(
    seeded_path: Path, postgres_url: URL, tmp_path: Path
) -> None:
    """Ctrl+C (or a progress callback that raises, as a Cancel button may) stops the
    copy: the database is left empty, no file appears."""

    def interrupt(table: str, done: int, total: int) -> None:
        if table == "resource" and done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_catalogue(str(seeded_path), as_text(postgres_url), progress=interrupt)
    assert table_names(postgres_url) == []
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        copy_catalogue(str(seeded_path), folder / "copy.db", progress=interrupt)
    assert list(folder.iterdir()) == []
