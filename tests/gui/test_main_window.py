from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.facet_model import FacetModel, FacetRole, KindRole, ValueRole
from desktop_app.gui.models.results_model import ResultsModel
from desktop_app.gui.panes.detail_pane import facet_url

from .conftest import TIMEOUT, open_window


def type_query(qtbot: Any, w: MainWindow, text: str) -> Any:
    w.search_box.clear()
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(w.search_box, text)
    return blocker.args[0]


def titles(w: MainWindow) -> list[str]:
    return [v.title for v in w.catalogue.get_many(w.results.model.ids)]


def find_value(
    model: FacetModel, facet: str, value: str, parent: QModelIndex | None = None
) -> QModelIndex:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        idx = model.index(row, 0, parent)
        if (
            idx.data(KindRole) == "value"
            and idx.data(FacetRole) == facet
            and idx.data(ValueRole) == value
        ):
            return idx
        found = find_value(model, facet, value, idx)
        if found.isValid():
            return found
    return QModelIndex()


def click_value(
    qtbot: Any,
    w: MainWindow,
    facet: str,
    value: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> Any:
    idx = find_value(w.sidebar.model, facet, value)
    assert idx.isValid(), f"{facet}={value} not in the sidebar"
    w.sidebar.tree.expand(idx.parent())
    w.sidebar.tree.scrollTo(idx)
    rect = w.sidebar.tree.visualRect(idx)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(
            w.sidebar.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center()
        )
    return blocker.args[0]


def test_key_widgets_have_object_and_accessible_names(window: MainWindow) -> None:
    for name in (
        "searchBox",
        "facetTree",
        "activeFilters",
        "resultsView",
        "detailPane",
        "statusLabel",
    ):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_typing_sexting_shows_the_ukccis_guidance(qtbot: Any, window: MainWindow) -> None:
    result = type_query(qtbot, window, "sexting")
    assert result.total == 1
    assert titles(window) == [
        "Sexting in Schools: Responding to incidents and safeguarding young people"
    ]
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    assert "UK Council for Child Internet Safety" in window.detail.browser.toPlainText()
    assert window.results.count_label.text() == "1 resource"


def test_thesaurus_expansion_is_shown(qtbot: Any, window: MainWindow) -> None:
    result = type_query(qtbot, window, "child sexual abuse material")
    assert "child pornography" in result.expansions
    assert "Child Online Protection in India" in titles(window)  # tagged only Child Pornography
    assert "Also searched: child pornography" in window.search_bar.info.text()


def test_selecting_a_country_filters_and_updates_counts(qtbot: Any, window: MainWindow) -> None:
    before = window.last_result
    assert before is not None
    result = click_value(qtbot, window, "country", "Cambodia")
    assert result.total == 3
    assert all(
        "Cambodia" in v.countries for v in window.catalogue.get_many(window.results.model.ids)
    )
    types = {v.value: v.count for v in result.facets["type"].values}
    assert sum(types.values()) == 3
    assert types != {v.value: v.count for v in before.facets["type"].values}
    assert window.filters_bar.isVisible() or window.filters_bar.chips
    assert any("Cambodia" in c.text() for c in window.filters_bar.chips)
    # the chip removes the filter again
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.filters_bar.chips[0], Qt.MouseButton.LeftButton)
    assert blocker.args[0].total == 30


def test_a_facet_with_no_values_says_so(qtbot: Any, window: MainWindow) -> None:
    year = window.sidebar.model.group_index("decade")
    assert window.sidebar.model.rowCount(year) > 0
    type_query(qtbot, window, 'title:"Child Online Protection in India"')
    year = window.sidebar.model.group_index("decade")
    assert window.sidebar.model.rowCount(year) == 0
    assert year.data() == "Year: none in these results"


def test_excluding_a_topic_removes_its_resources(qtbot: Any, window: MainWindow) -> None:
    counts = {v.value: v.count for v in window.last_result.facets["topic"].values}  # type: ignore[union-attr]
    result = click_value(qtbot, window, "topic", "Cybercrime", Qt.KeyboardModifier.ControlModifier)
    assert result.total == 30 - counts["Cybercrime"]
    assert not any(
        "Cybercrime" in v.topics for v in window.catalogue.get_many(window.results.model.ids)
    )
    assert any(c.text().startswith("NOT Topic: Cybercrime") for c in window.filters_bar.chips)
    idx = find_value(window.sidebar.model, "topic", "Cybercrime")
    assert idx.data(Qt.ItemDataRole.FontRole).strikeOut()


def test_space_toggles_a_facet_value(qtbot: Any, window: MainWindow) -> None:
    idx = find_value(window.sidebar.model, "type", "infographic")
    window.sidebar.tree.setFocus()
    window.sidebar.tree.setCurrentIndex(idx)
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Space)
    assert blocker.args[0].total == 1


def test_topic_link_in_detail_pane_adds_the_filter(qtbot: Any, window: MainWindow) -> None:
    type_query(qtbot, window, "sexting")
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    assert "Peer-Peer Abuse" in window.detail.browser.toHtml()
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.detail.browser.anchorClicked.emit(QUrl(facet_url("topic", "Peer-Peer Abuse")))
    assert window.include == {"topic": {"Peer-Peer Abuse"}}


def test_detail_text_is_never_html(qtbot: Any, window: MainWindow) -> None:
    from desktop_app.core.library.records import ResourceData

    view = window.catalogue.create(
        ResourceData(
            title="<b>bold</b> & <script>x</script>", summary="<img src=x onerror=alert(1)>"
        )
    )
    window.detail.show_resource(window.catalogue.get(view.id))
    text = window.detail.browser.toPlainText()
    assert "<b>bold</b> & <script>x</script>" in text
    assert "<img src=x onerror=alert(1)>" in text


def test_unsafe_links_are_refused(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert window.open_link(QUrl("file:///etc/passwd")) is False
    assert window.open_link(QUrl("javascript:alert(1)")) is False
    assert len(warned) == 2 and "cannot be opened" in warned[0]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    assert window.open_link(QUrl("https://example.org")) is False
    assert asked and "leaves the offline library" in asked[0]


def test_empty_state_offers_the_suggestion(qtbot: Any, window: MainWindow) -> None:
    corrected = type_query(qtbot, window, "missng childrn")
    assert corrected.corrected_from == "missng childrn"  # answered for the correction
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        window.results.correction.linkActivated.emit("literal")  # "Search instead for …"
    result = blocker.args[0]
    assert result.total == 0 and result.suggestion == "missing children"
    assert window.results.stack.currentWidget() is window.results.empty
    assert "missing children" in window.results.empty_suggest.text()
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.results.empty_suggest, Qt.MouseButton.LeftButton)
    assert blocker.args[0].total > 0
    assert window.search_box.text() == "missing children"


def test_escape_clears_and_shortcuts_move_focus(qtbot: Any, window: MainWindow) -> None:
    type_query(qtbot, window, "sexting")
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and blocker.args[0].total == 30
    window.focus_list()
    assert window.results.view.hasFocus() or window.focusWidget() is window.results.view


def test_sorting_by_title(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.results.sort_box.setCurrentIndex(window.results.sort_box.findData("title"))
    got = [t.casefold() for t in titles(window)]
    assert got == sorted(got)
    assert window.settings.sort == "title"


def test_reading_list_survives_reopening(qtbot: Any, seeded_path: Path, tmp_path: Path) -> None:
    settings = tmp_path / "s.ini"
    w = open_window(qtbot, seeded_path, settings)
    type_query(qtbot, w, "missing")
    w.results.view.selectAll()
    chosen = w.selected_ids()
    assert len(chosen) >= 3
    with qtbot.waitSignal(w.listsUpdated, timeout=TIMEOUT):
        w.add_selection_to_list("Staff briefing")
    w.close()
    w2 = open_window(qtbot, seeded_path, settings)
    qtbot.waitUntil(lambda: bool(w2.lists), timeout=TIMEOUT)
    assert [i.name for i in w2.lists] == ["Staff briefing"]
    with qtbot.waitSignal(w2.searchFinished, timeout=TIMEOUT) as blocker:
        w2.open_reading_list("Staff briefing")
    assert sorted(blocker.args[0].ids) == sorted(chosen)
    assert any("Reading list" in c.text() for c in w2.filters_bar.chips)
    w2.close()


def test_text_size_and_layout_are_remembered(qtbot: Any, seeded_path: Path, tmp_path: Path) -> None:
    settings = tmp_path / "s.ini"
    w = open_window(qtbot, seeded_path, settings)
    w.change_text_size(2)
    w.close()
    w2 = open_window(qtbot, seeded_path, settings)
    assert w2.settings.text_size == 2
    w2.close()


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, window: MainWindow) -> None:
    qtmodeltester.check(window.results.model)
    qtmodeltester.check(window.sidebar.model)
    click_value(qtbot, window, "country", "Cambodia")
    qtmodeltester.check(window.sidebar.model)
    fresh = ResultsModel()
    fresh.reset([1, 2, 3], 10)
    qtmodeltester.check(fresh)


def test_unopenable_library_gives_a_dialog(tmp_path: Path) -> None:
    # the library opens behind the window, so the app runs its event loop until the
    # failure is known: in a process of its own, not in the one running the tests
    bad = tmp_path / "not-a-library.db"
    bad.write_text("hello", "utf-8")
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "from desktop_app.gui import app\n"
        "QMessageBox.critical = staticmethod(lambda *a: print('critical:', a[2]))\n"
        f"sys.exit(app.main(['--library', {str(bad)!r}]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 1, done.stderr[-2000:]
    assert "critical:" in done.stdout and "not a library" in done.stdout
    assert "Traceback" not in done.stderr


def test_second_instance_is_refused(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, seeded_path: Path
) -> None:
    from desktop_app.gui import app

    lock = app.instance_lock(seeded_path)
    assert lock.tryLock(100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    try:
        assert app.main(["--library", str(seeded_path)]) == 1
    finally:
        lock.unlock()
    assert shown and "already open" in shown[0]


def settle(qtbot: Any, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=TIMEOUT)


def retitle(w: MainWindow, rid: int, title: str) -> None:
    """Change a resource as another part of the app would (the change set reaches the window)."""
    view = w.catalogue.get(rid)
    data = view.editable()
    data.title = title
    w.catalogue.update(rid, data, expected_version=view.version)


def test_a_change_elsewhere_leaves_the_detail_pane_alone(qtbot: Any, window: MainWindow) -> None:
    """The detail pane keeps (and does not redraw) its resource unless that one changed."""
    qtbot.waitUntil(lambda: window.detail.view is not None, timeout=TIMEOUT)
    settle(qtbot, window)
    shown = window.detail.view
    assert shown is not None
    other = next(i for i in window.results.model.ids if i != shown.id)
    redrawn: list[bool] = []
    window.detail.browser.textChanged.connect(lambda: redrawn.append(True))
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        retitle(window, other, "Renamed elsewhere")  # can change the results: searched again
    settle(qtbot, window)
    assert window.detail.view is shown and not redrawn
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        retitle(window, shown.id, "Renamed here")
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.title == "Renamed here",
        timeout=TIMEOUT,
    )
    assert "Renamed here" in window.detail.browser.toPlainText()


def test_in_a_reading_list_only_its_own_changes_search_again(
    qtbot: Any, window: MainWindow
) -> None:
    ids = window.results.model.ids[:2]
    outside = window.results.model.ids[2]
    with qtbot.waitSignal(window.listsUpdated, timeout=TIMEOUT):
        window.worker.add_to_list("Two", ids)
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.open_reading_list("Two")
    settle(qtbot, window)
    token = window.state.token
    retitle(window, outside, "Not in the list")  # the window hears of it at once
    settle(qtbot, window)
    assert window.state.token == token  # no new search: the list's results cannot change
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        retitle(window, ids[0], "In the list")
    assert sorted(blocker.args[0].ids) == sorted(ids)
    assert window.catalogue.get(ids[0]).title in titles(window)
