"""The search index on a new, empty library, after a failed catch-up and with huge fields."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from desktop_app.cli import main
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Resource
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search import index as index_mod
from desktop_app.core.search.build import VocabExtras
from desktop_app.core.search.index import IndexState, SearchIndex
from desktop_app.core.search.lock import IndexBusyError, ProcessLock
from desktop_app.core.search.schema import FIELD_CHARS
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.importing import import_file
from desktop_app.core.transfer.packs import export_pack, import_pack


@pytest.fixture
def engine_on_empty(empty: Library) -> Iterator[SearchEngine]:
    eng = SearchEngine(Catalogue(empty))
    eng.open()
    yield eng
    eng.close()


def search(engine: SearchEngine, query: str = "", **kw: Any) -> Any:
    return engine.search(SearchRequest(query=query, **kw))


# -- a new, empty library ----------------------------------------------------------------
def test_an_empty_library_opens_with_an_empty_index(engine_on_empty: SearchEngine) -> None:
    for query in ("", "child", '"child protection"', "year:2010..2020", "protect*", "chld~"):
        result = search(engine_on_empty, query, curator=True)
        assert result.total == 0 and result.ids == []
        assert result.library_total == 0  # what tells the window the library is empty
        assert all(not facet.values for facet in result.facets.values())
    for sort in ("newest", "title"):
        assert search(engine_on_empty, sort=sort).total == 0
    assert engine_on_empty.snippets([], "child") == {}


def test_reopening_an_empty_index_trusts_it(empty: Library) -> None:
    first = SearchEngine(Catalogue(empty))
    assert first.open().startswith("rebuilt")
    first.close()
    again = SearchEngine(Catalogue(empty))
    assert again.open() == "up to date"
    again.close()


def test_an_empty_library_is_searchable_after_its_first_resource(
    engine_on_empty: SearchEngine,
) -> None:
    cat = engine_on_empty.catalogue
    view = cat.create(ResourceData(title="Okapi safeguarding poster", countries=["Kenya"]))
    result = search(engine_on_empty, "okapi")
    assert result.ids == [view.id] and result.library_total == 1
    assert [v.value for v in result.facets["country"].values] == ["Kenya"]


def test_an_empty_library_takes_a_file_import(
    engine_on_empty: SearchEngine, tmp_path: Path
) -> None:
    ris = tmp_path / "two.ris"
    ris.write_text(
        "TY  - RPRT\nTI  - Quokka report on online grooming\nPY  - 2019\nER  - \n"
        "TY  - RPRT\nTI  - Wombat guide for school counsellors\nPY  - 2020\nER  - \n",
        "utf-8",
    )
    report = import_file(engine_on_empty.catalogue, ris)
    assert report.added == 2
    assert search(engine_on_empty, "quokka").total == 1
    assert search(engine_on_empty, "wombat counsellors").total == 1


def test_an_empty_library_takes_a_pack_too_big_to_catch_up(
    engine_on_empty: SearchEngine, seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large import is indexed by a rebuild, not one document at a time."""
    monkeypatch.setattr(index_mod, "CATCH_UP_MAX", 5)
    pack = tmp_path / "seed.librarypack"
    export_pack(Catalogue(seeded), pack)
    build_before = engine_on_empty.index.state.build  # type: ignore[union-attr]
    import_pack(engine_on_empty.catalogue, pack)
    assert engine_on_empty.index.state.build != build_before  # type: ignore[union-attr]
    assert search(engine_on_empty, "sexting").total == 1
    assert search(engine_on_empty).total == Catalogue(seeded).count()
    assert search(engine_on_empty).facets["country"].values


def test_the_cli_searches_an_empty_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "empty.db"
    Library.open(path, create=True).close()
    assert main(["search", "child", "--library", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("0 resources for: child")
    assert "library is empty" in out and "Traceback" not in out + err
    assert main(["search", "child", "--library", str(path), "--json"]) == 0
    assert '"total": 0' in capsys.readouterr().out


# -- a saved change is never reported as failed -----------------------------------------
def fail_once(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(SearchIndex, name)

    def failing(self: SearchIndex, *args: Any, **kw: Any) -> Any:
        if not calls:
            calls.append(name)
            raise OSError(28, "No space left on device")
        return real(self, *args, **kw)

    monkeypatch.setattr(SearchIndex, name, failing)
    return calls


@pytest.mark.parametrize("write", ["create", "update", "trash"])
def test_a_saved_change_survives_a_failed_index_catch_up(
    seeded: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    write: str,
) -> None:
    cat = Catalogue(seeded)
    eng = SearchEngine(cat)
    eng.open()
    target = cat.get(cat.ids()[0])
    calls = fail_once(monkeypatch, "catch_up")
    with caplog.at_level(logging.ERROR):
        if write == "create":
            rid = cat.create(ResourceData(title="Pangolin awareness leaflet")).id
        elif write == "update":
            data = target.editable()
            data.title = "Pangolin awareness leaflet"
            rid = cat.update(target.id, data, expected_version=target.version)[0].id
        else:
            rid = target.id
            cat.trash([rid])
    assert calls == ["catch_up"]  # the index did fail ...
    assert "could not follow a saved change" in caplog.text  # ... said so in the log ...
    expected = [] if write == "trash" else [rid]
    assert cat.get(rid).status == ("trashed" if write == "trash" else "published")
    # ... and the next search heals
    query = target.title.split()[0] if write == "trash" else "pangolin"
    assert [r for r in search(eng, f'title:"{query}"', limit=100).ids if r == rid] == expected
    eng.close()


def test_a_failing_listener_does_not_stop_the_others(catalogue: Catalogue) -> None:
    heard: list[int] = []

    def broken(changes: Any) -> None:
        raise RuntimeError("listener bug")

    catalogue.subscribe(broken)
    catalogue.subscribe(lambda changes: heard.append(changes.counter))
    view = catalogue.create(ResourceData(title="Tapir toolkit"))
    assert heard and catalogue.get(view.id).title == "Tapir toolkit"


# -- huge fields are indexed in bounded memory -------------------------------------------
@pytest.mark.slow  # a 4 MB field indexed: about 4 s
def test_only_the_start_of_a_huge_field_is_indexed(seeded: Library) -> None:
    cat = Catalogue(seeded)
    rid = cat.ids()[0]
    # a field past any import limit (an old library, a direct edit): 6 MB of words
    huge = "aardvark " + " ".join(f"w{i}" for i in range(700_000)) + " zebrafinch"
    with seeded.write() as s:
        s.execute(
            update(Resource)
            .where(Resource.id == rid)
            .values(title=huge, summary=huge, curator_notes=huge)
        )
    doc = VocabExtras(seeded).doc(cat.get(rid))
    assert len(doc["title"]) <= FIELD_CHARS and len(doc["notes"]) <= FIELD_CHARS
    assert len(doc["body"]) <= 12 * FIELD_CHARS  # every part capped, however often repeated
    index = SearchIndex(cat)
    assert index.rebuild() == 30
    with index.ix.searcher() as s:
        assert s.doc_frequency("title", "aardvark") == 1
        assert s.doc_frequency("title", "zebrafinch") == 0  # past the cap: not analysed
    index.close()


def test_the_index_state_names_its_build(seeded: Library) -> None:
    index = SearchIndex(Catalogue(seeded))
    index.rebuild()
    first = IndexState.load(index.folder)
    index.rebuild()
    second = IndexState.load(index.folder)
    assert first is not None and second is not None and first.build != second.build
    index.close()


# -- the index lock ------------------------------------------------------------------------
def test_the_index_lock_excludes_other_holders_and_gives_up_in_time(tmp_path: Path) -> None:
    first, second = ProcessLock(tmp_path / "x.lock"), ProcessLock(tmp_path / "x.lock")
    first.acquire(1)
    waited: list[float] = []
    with pytest.raises(IndexBusyError, match=r"busy: another program .* over 2 s"):
        second.acquire(2, waited.append)
    assert waited and waited[0] >= 0.5  # told once it had waited half a second, not before
    assert not second.held
    first.release()
    second.acquire(0)  # free again, at once
    assert second.held
    second.release()
