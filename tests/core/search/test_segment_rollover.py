"""A build part whose documents hold many positions (the documents' text) is written
as several segments, each within the position budget, and finds what one finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.qparser import QueryParser

from desktop_app.core.library.db import Library
from desktop_app.core.search.index import SearchIndex
from desktop_app.core.service import Catalogue


def rids(searcher: Any, q: Any) -> list[int]:
    col = searcher.reader().column_reader("rid", translate=False)
    return sorted(int(col[d]) for d in searcher.docs_for_query(q))


def test_a_part_over_the_position_budget_rolls_over(
    seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.search import build as index_mod

    cat = Catalogue(seeded)
    one = SearchIndex(cat, tmp_path / "one")
    assert one.rebuild() == 30
    monkeypatch.setattr(index_mod, "SEGMENT_POSITIONS", 2_000)
    seen: list[tuple[int, int]] = []
    many = SearchIndex(cat, tmp_path / "many")
    assert many.rebuild(lambda done, total, _: seen.append((done, total))) == 30
    assert seen[-2:] == [(60, 60), (30, 30)]  # progress still adds up
    with one.ix.searcher() as a, many.ix.searcher() as b:
        assert len(a.reader().leaf_readers()) == 1
        assert len(b.reader().leaf_readers()) > 2
        assert b.doc_count() == a.doc_count() == cat.count()
        for word in ["online", "trafficking", "ASEAN", "grooming", '"child protection"']:
            q = QueryParser("body", a.schema).parse(word)
            assert rids(a, q) == rids(b, q) != [], word
    one.close()
    many.close()
