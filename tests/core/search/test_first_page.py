"""The start-up page: kept after a start search, shown only while it is still true."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.curation import auth
from desktop_app.core.library.db import Library
from desktop_app.core.open_library import OpenLibrary
from desktop_app.core.search import first_page
from desktop_app.core.search.results import SearchRequest


def _opened(path: Path) -> OpenLibrary:
    lib = OpenLibrary(path)
    lib.keep_first_page(SearchRequest())
    lib.open_catalogue(lambda changes: None)
    lib.open_index(lambda done, total, message: None)
    return lib


def test_the_start_search_is_kept_and_read_back_whole(seeded_path: Path) -> None:
    lib = _opened(seeded_path)
    live = lib.search(SearchRequest())
    views = {v.id: v for v in lib.catalogue.get_many(live.ids)}
    lib.close()
    kept = first_page.load(seeded_path, SearchRequest())
    assert kept is not None
    result, kept_views = kept
    assert (result.total, result.ids, result.library_total) == (
        live.total,
        live.ids,
        live.library_total,
    )
    assert result.facets == live.facets and result.country_regions == live.country_regions
    assert kept_views == {i: views[i] for i in live.ids[: first_page.ROWS]}


def test_other_searches_are_not_kept(seeded_path: Path) -> None:
    lib = _opened(seeded_path)
    lib.search(SearchRequest(query="online"))
    lib.search(SearchRequest(offset=50))
    lib.close()
    assert not first_page.page_file(seeded_path).exists()


def test_a_page_for_another_request_is_not_shown(seeded_path: Path) -> None:
    lib = _opened(seeded_path)
    lib.search(SearchRequest())
    lib.close()
    assert first_page.load(seeded_path, SearchRequest(sort="title")) is None
    assert first_page.load(seeded_path, SearchRequest(curator=True, hide_staff=False)) is None


def test_a_write_since_makes_the_page_untrue(seeded_path: Path) -> None:
    lib = _opened(seeded_path)
    lib.search(SearchRequest())
    view = lib.catalogue.get(lib.search(SearchRequest()).ids[0])
    data = view.editable()
    data.title = "Renamed after the page was kept"
    lib.catalogue.update(view.id, data, expected_version=view.version)
    lib.close()
    assert first_page.load(seeded_path, SearchRequest()) is None


def test_a_settings_change_makes_the_page_untrue(seeded_path: Path) -> None:
    lib = _opened(seeded_path)
    lib.search(SearchRequest())
    lib.close()
    with Library.open(seeded_path) as library:
        auth.set_settings(library, {auth.HIDE_STAFF: "0"})
    assert first_page.load(seeded_path, SearchRequest()) is None


def test_a_broken_or_hostile_page_is_no_page(seeded_path: Path) -> None:
    lib = _opened(seeded_path)
    lib.search(SearchRequest())
    lib.close()
    page = first_page.page_file(seeded_path)
    good = page.read_text(encoding="utf-8")
    assert first_page.load(seeded_path, SearchRequest()) is not None
    data = json.loads(good)
    data["result"]["facets"]["topic"]["values"][0]["count"] = {"not": "a count"}
    data["views"][0]["unknown_field"] = 1
    for text in (good[: len(good) // 2], "[]", "null", json.dumps(data), "\x00" * 10):
        page.write_text(text, encoding="utf-8")
        assert first_page.load(seeded_path, SearchRequest()) is None
    page.write_bytes(b"{" + b" " * (first_page.MAX_BYTES + 1) + b"}")
    assert first_page.load(seeded_path, SearchRequest()) is None


def test_no_library_file_no_key(tmp_path: Path) -> None:
    assert first_page.library_key(tmp_path / "missing.db") is None
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 10)
    assert first_page.library_key(tmp_path / "junk.db") is None
