"""Edits are searchable at once: a catch-up writes a small segment and commits without
merging (Whoosh's merge at a commit took seconds now and then); ``tidy`` merges the
small segments later, when idle, and finds the same (issue 16: an edit elsewhere is
searchable within a second)."""

from __future__ import annotations

from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.index import SMALL_SEGMENT


def small(engine: SearchEngine) -> int:
    return sum(1 for n in wa.segment_sizes(engine.index.ix) if n < SMALL_SEGMENT)


def retitle(engine: SearchEngine, rid: int, title: str) -> None:
    cat = engine.catalogue
    view = cat.get(rid)
    data = view.editable()
    data.title = title
    cat.update(rid, data, expected_version=view.version)


def test_edits_stay_unmerged_until_tidy_merges_them(engine: SearchEngine) -> None:
    engine.catalogue.subscribe(engine.on_change)
    before = small(engine)
    for i, word in enumerate(["quokkaword", "numbatword", "bilbyword"], start=1):
        retitle(engine, i, f"Report on {word}")
    assert small(engine) >= before + 3  # one small segment a catch-up, none merged
    found = {w: engine.search(SearchRequest(query=w)).ids for w in ("quokkaword", "bilbyword")}
    assert found == {"quokkaword": [1], "bilbyword": [3]}
    assert engine.tidy()
    assert small(engine) <= 1
    again = {w: engine.search(SearchRequest(query=w)).ids for w in ("quokkaword", "bilbyword")}
    assert again == found
    assert engine.search(SearchRequest(query="numbatword")).ids == [2]
    assert not engine.tidy()  # nothing left to merge
