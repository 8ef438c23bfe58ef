"""Finding more in the window: similar resources, saved searches, recent searches."""

from __future__ import annotations

import threading
import unicodedata
from configparser import RawConfigParser
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QKeySequence

from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import similar
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.recent_searches import KEEP, RecentSearch, RecentSearches

from .conftest import TIMEOUT, enter_curator_mode

MISSING = "Model Missing Child Framework"


def search(qtbot: Any, w: MainWindow, text: str) -> Any:
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.search_bar.set_text(text)
        w.search_now()
    return blocker.args[0]


def rid_of(w: MainWindow, title: str) -> int:
    found = [v.id for v in w.catalogue.iter_views() if v.title == title]
    assert len(found) == 1
    return found[0]


def select_row(qtbot: Any, w: MainWindow, rid: int) -> None:
    row = w.results.model.ids.index(rid)
    w.results.view.setCurrentIndex(w.results.model.index(row, 0))
    qtbot.waitUntil(lambda: w.detail.view is not None and w.detail.view.id == rid, timeout=TIMEOUT)


def similar_shown(qtbot: Any, w: MainWindow, rid: int) -> list[int]:
    pane = w.finding.similar.pane
    qtbot.waitUntil(lambda: pane.seed == rid and bool(pane.ids()), timeout=TIMEOUT)
    return pane.ids()


# -- similar resources -----------------------------------------------------------------------
def test_similar_resources_are_on_topic_and_found_off_the_gui_thread(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = similar.find_similar

    def spy(*args: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(similar, "find_similar", spy)
    w = window
    search(qtbot, w, "missing children")
    seed = rid_of(w, MISSING)
    select_row(qtbot, w, seed)
    shown = similar_shown(qtbot, w, seed)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert seed not in shown and 3 <= len(shown) <= 5
    topics = set(w.catalogue.get(seed).topics)
    views = w.catalogue.get_many(shown)
    assert sum(bool(set(v.topics) & topics) for v in views) >= len(views) - 1
    assert {v.title for v in views[:2]} == {
        "Missing Children in Southeast Asia: Model Framework & Regional Review",
        "Missing Children Assessment and Recommendations Best Practices Guide",
    }
    text = w.finding.similar.pane.browser.toPlainText()
    assert "Missing Children/Child Abduction" in text  # what they share is said


def test_only_the_newest_selections_neighbours_are_shown(qtbot: Any, window: MainWindow) -> None:
    w = window
    search(qtbot, w, "")
    part = w.finding.similar
    shown_for: list[int] = []
    real = part.pane.show_similar
    part.pane.show_similar = lambda seed, found, views: (  # type: ignore[method-assign]
        shown_for.append(seed),
        real(seed, found, views),
    )
    qtbot.waitUntil(lambda: len(w.results.model.views) >= 4, timeout=TIMEOUT)
    ids = w.results.model.ids[:4]
    for row in range(4):  # a walk down the results asks once, where it stops
        w.results.view.setCurrentIndex(w.results.model.index(row, 0))
    asked: list[int] = []
    real_ask = part.ask
    part.ask = lambda rid: (asked.append(rid), real_ask(rid))  # type: ignore[method-assign]
    similar_shown(qtbot, w, ids[3])
    assert asked == [ids[3]]
    shown_for.clear()
    for rid in ids:  # asked quicker than the worker answers: only the newest is shown
        real_ask(rid)
    expected = [s.id for s in similar.find_similar(w.worker.engine, ids[3])]
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=TIMEOUT)  # every answer is in
    assert shown_for == [ids[3]] and part.pane.ids() == expected


def test_choosing_a_similar_resource_shows_it(qtbot: Any, window: MainWindow) -> None:
    w = window
    search(qtbot, w, "missing children")
    seed = rid_of(w, MISSING)
    select_row(qtbot, w, seed)
    shown = similar_shown(qtbot, w, seed)
    first = shown[0]
    assert first in w.results.model.ids
    w.finding.similar.pane.choose(first)  # in the results: its row becomes current
    qtbot.waitUntil(
        lambda: w.detail.view is not None and w.detail.view.id == first, timeout=TIMEOUT
    )
    assert w.results.current_view() is not None and w.results.current_view().id == first
    similar_shown(qtbot, w, first)
    # one that is not in the results is shown on its own, no result row current
    search(qtbot, w, f'"{MISSING}"')
    assert w.results.model.ids == [seed]
    select_row(qtbot, w, seed)
    shown = similar_shown(qtbot, w, seed)
    w.finding.similar.pane.choose(shown[-1])
    qtbot.waitUntil(
        lambda: w.detail.view is not None and w.detail.view.id == shown[-1], timeout=TIMEOUT
    )
    assert not w.results.has_current()
    similar_shown(qtbot, w, shown[-1])


def test_readers_are_never_offered_staff_only_resources(qtbot: Any, window: MainWindow) -> None:
    w = window
    search(qtbot, w, "missing children")
    seed = rid_of(w, MISSING)
    select_row(qtbot, w, seed)
    close = similar_shown(qtbot, w, seed)[0]
    view = w.catalogue.get(close)
    data = view.editable()
    data.audience = "staff"
    w.catalogue.update(close, data, expected_version=view.version)  # the change is heard
    qtbot.waitUntil(
        lambda: bool(w.finding.similar.pane.ids()) and close not in w.finding.similar.pane.ids(),
        timeout=TIMEOUT,
    )


def test_show_similar_from_the_results(qtbot: Any, window: MainWindow) -> None:
    wanted = getattr(window.results, "similarRequested", None)
    if wanted is None:
        pytest.skip("the results pane has no Show similar yet")
    search(qtbot, window, "missing children")
    seed = rid_of(window, MISSING)
    wanted.emit(seed)
    similar_shown(qtbot, window, seed)


# -- saved searches --------------------------------------------------------------------------
def test_save_a_search_and_run_it_again(qtbot: Any, window: MainWindow) -> None:
    w = window
    saved = w.finding.saved
    assert not saved.pane.isVisible()
    assert w.finding.act_save.shortcut() == QKeySequence("Ctrl+S")
    assert w.finding.act_save in w.menus["searches"].actions()
    w.state.include = {"topic": {"Cybercrime"}}
    w.state.exclude = {"country": {"Russia"}}
    w.results.sort_box.setCurrentIndex(w.results.sort_box.findData("title"))  # searches
    result = search(qtbot, w, "children")
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.save_current("Cyber, not Russia")
    assert saved.pane.isVisible()
    assert saved.pane.names() == ["Cyber, not Russia"]
    assert saved.pane.counts == {"Cyber, not Russia": result.total}
    assert "Saved the search" in w.status.label.text()

    w.clear_filters()
    w.results.sort_box.setCurrentIndex(w.results.sort_box.findData("newest"))
    search(qtbot, w, "grooming")
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        saved.run("Cyber, not Russia")
    again = blocker.args[0]
    assert w.search_bar.query() == "children"
    assert w.state.include == {"topic": {"Cybercrime"}}
    assert w.state.exclude == {"country": {"Russia"}}
    assert w.state.sort == "title" == w.results.sort_box.currentData()
    assert again.total == result.total and again.ids == result.ids


def test_counts_follow_the_library_and_the_reader(qtbot: Any, window: MainWindow) -> None:
    w = window
    saved = w.finding.saved
    search(qtbot, w, "mangrove")
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.save_current("Mangroves")
    assert saved.pane.counts == {"Mangroves": 0}
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        w.worker.call(lambda cat=w.catalogue: cat.create(ResourceData(title="Mangrove schools")))
    assert saved.pane.counts == {"Mangroves": 1}
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        w.worker.call(
            lambda cat=w.catalogue: cat.create(
                ResourceData(title="Mangrove drafts", status="draft")
            )
        )
    assert saved.pane.counts == {"Mangroves": 1}  # a reader never sees drafts
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        enter_curator_mode(qtbot, w)
    assert saved.pane.counts == {"Mangroves": 2}


def test_rename_delete_and_a_taken_name(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, message_boxes: list[str]
) -> None:
    w = window
    saved = w.finding.saved
    search(qtbot, w, "sexting")
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.save_current("Sexting")
    search(qtbot, w, "grooming")
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.save_current("SEXTING")  # taken: the user is asked, and says Yes
    assert any("Replace the saved search “Sexting”" in m for m in message_boxes)
    assert saved.pane.names() == ["SEXTING"]
    assert saved.pane.searches["SEXTING"].query == "grooming"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Online grooming", True)
    )
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.rename("SEXTING")
    assert saved.pane.names() == ["Online grooming"]
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.delete("Online grooming")
    assert saved.pane.names() == [] and not saved.pane.isVisible()


def test_a_saved_search_exports_as_a_pdf_handout(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    saved = w.finding.saved
    w.state.include = {"country": {"Cambodia"}}
    result = search(qtbot, w, "")
    with qtbot.waitSignal(saved.listed, timeout=TIMEOUT):
        saved.save_current("Cambodia for Year 9")
    w.clear_filters()
    offered: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda _parent, _title, start, _filters: (offered.append(start), ("", ""))[1],
    )
    saved.export_pdf("Cambodia for Year 9")  # the dialog is cancelled: nothing happens
    assert Path(offered[0]).name == "Cambodia for Year 9.pdf"
    assert Path(offered[0]).parent != Path.cwd()  # the Documents folder, not the program's
    out = tmp_path / "handout.pdf"
    with qtbot.waitSignal(w.exported, timeout=TIMEOUT):
        saved.export_pdf("Cambodia for Year 9", out)
    reader = pypdf.PdfReader(str(out))
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    )
    assert "Cambodia for Year 9" in text
    titles = [v.title for v in w.catalogue.get_many(result.ids)]
    assert len(titles) == 3
    for title in titles:
        assert " ".join(title.split())[:40] in text


# -- recent searches -------------------------------------------------------------------------
def stored_recent(w: MainWindow) -> str:
    w.settings.sync()
    ini = RawConfigParser()
    ini.read(w.settings.qsettings.fileName())
    return ini.get("search", "recent", fallback="")


def test_a_readers_searches_never_reach_the_settings_file(qtbot: Any, window: MainWindow) -> None:
    w = window
    for text in ("grooming", "sexting", "missing children"):
        search(qtbot, w, text)
    w.toggle_facet("topic", "Cybercrime")
    qtbot.waitUntil(
        lambda: w.last_result is not None and bool(w.last_result.request.include), timeout=TIMEOUT
    )
    assert stored_recent(w) == ""
    file = Path(w.settings.qsettings.fileName())
    assert not file.exists() or "grooming" not in file.read_text("utf-8")
    assert not w.finding.recent_action.isVisible()
    assert w.finding.recent.entries == []
    enter_curator_mode(qtbot, w)  # the same searches by a curator are kept
    assert w.finding.recent_action.isVisible()
    for text in ("gro", "groom", "grooming", "sexting"):
        search(qtbot, w, text)
    labels = [e.query for e in w.finding.recent.entries]
    assert labels[:2] == ["sexting", "grooming"] and "gro" not in labels
    assert "sexting" in stored_recent(w)


def test_a_recent_search_runs_again(qtbot: Any, window: MainWindow) -> None:
    w = window
    enter_curator_mode(qtbot, w)
    w.state.include = {"topic": {"Cybercrime"}}
    first = search(qtbot, w, "children")
    w.clear_filters()
    search(qtbot, w, "sexting")
    menu = w.finding.recent_menu.menu
    entry = next(a for a in menu.actions() if a.text().startswith("children"))
    assert entry.text() == "children · Topic: Cybercrime"
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        entry.trigger()
    assert blocker.args[0].ids == first.ids
    assert w.state.include == {"topic": {"Cybercrime"}}
    clear = menu.actions()[-1]
    clear.trigger()
    assert w.finding.recent.entries == [] and stored_recent(w) == ""


def test_recent_searches_keep_ten_newest_and_collapse_typing() -> None:
    recent = RecentSearches()
    for word in ("s", "se", "sex", "sexting"):
        recent.record(RecentSearch.of(word, {}, {}))
    assert [e.query for e in recent.entries] == ["sexting"]
    recent.record(RecentSearch.of("sexting", {"topic": ["Schools"]}, {}))
    assert len(recent.entries) == 1 and recent.entries[0].include == {"topic": ["Schools"]}
    assert not recent.record(RecentSearch.of("", {}, {}))
    for n in range(15):
        recent.record(RecentSearch.of(f"word{n} x", {}, {}))
    assert len(recent.entries) == KEEP and recent.entries[0].query == "word14 x"
    recent.record(RecentSearch.of("word10 x", {}, {}))  # again: moves to the top, once
    assert [e.query for e in recent.entries].count("word10 x") == 1
    again = RecentSearches.load([*recent.dump(), "not json", '{"query": 5}', '{"include": []}'])
    assert again.entries == recent.entries
