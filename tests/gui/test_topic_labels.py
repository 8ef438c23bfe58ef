"""Topic labels in the window (issue 14): the sidebar and the detail pane show a topic
by its label in the interface's language; filters keep its name; the vocabulary
manager edits the labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui import topic_labels
from desktop_app.gui.dialogs.topic_labels_dialog import TopicLabelsDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.facet_model import LabelRole
from tests.gui.conftest import TIMEOUT, enter_curator_mode, open_window
from tests.gui.test_main_window import find_value


@pytest.fixture
def portuguese(
    qtbot: Any, seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window on the bundled library, its topic labels asked for in pt_BR."""
    monkeypatch.setattr(topic_labels, "current_language", lambda: "pt_BR")
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: w.topic_labels.loads >= 1, timeout=TIMEOUT)
    yield w
    w.close()


def shown(w: MainWindow, value: str) -> str:
    return str(find_value(w.sidebar.model, "topic", value).data(LabelRole))


def test_the_sidebar_and_details_show_topics_in_the_interface_language(
    qtbot: Any, portuguese: MainWindow
) -> None:
    w = portuguese
    index = find_value(w.sidebar.model, "topic", "Child Protection")
    assert index.data(LabelRole) == "Proteção infantil"
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Proteção infantil (11)"
    # the filter box finds a topic by its label and by its name
    w.sidebar.filter_box.setText("cibernét")
    assert shown(w, "Cybercrime") == "Crimes cibernéticos"
    w.sidebar.filter_box.setText("cybercri")
    assert shown(w, "Cybercrime") == "Crimes cibernéticos"
    w.sidebar.filter_box.setText("")
    view = next(v for v in w.catalogue.iter_views() if "Cybercrime" in v.topics)
    w.detail.show_resource(view)
    text, html = w.detail.browser.toPlainText(), w.detail.browser.toHtml()
    assert "Crimes cibernéticos" in text and "Cybercrime" not in text
    assert "facet:topic/Cybercrime" in html  # the link still filters by the name


def test_english_shows_the_names(qtbot: Any, seeded_path: Path, tmp_path: Path) -> None:
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    try:
        qtbot.waitUntil(lambda: w.topic_labels.loads >= 1, timeout=TIMEOUT)
        assert shown(w, "Child Protection") == "Child Protection"
    finally:
        w.close()


def test_the_vocabulary_manager_edits_a_topics_translations(
    qtbot: Any, portuguese: MainWindow
) -> None:
    from desktop_app.gui.dialogs.vocabulary_dialog import VocabularyDialog

    w = portuguese
    enter_curator_mode(qtbot, w)
    dialog = VocabularyDialog(w.curation, w.catalogue, w)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.model.keys), timeout=TIMEOUT)
    row = next(i for i, k in enumerate(dialog.model.keys) if k[1] == "Sexting")
    dialog.view.selectRow(row)
    qtbot.mouseClick(dialog.labels_button, Qt.MouseButton.LeftButton)
    editor = dialog.findChild(TopicLabelsDialog)
    assert editor is not None and editor.isVisible()
    assert editor.edits["es"].text() == "Sexting"
    assert list(editor.edits) == ["pt_BR", "es", "fr", "th"]
    editor.edits["pt_BR"].setText("Sexting (troca de nudes)")
    editor.edits["fr"].setText("")
    loads = w.topic_labels.loads
    editor.accept()
    qtbot.waitUntil(lambda: w.topic_labels.loads > loads, timeout=TIMEOUT)
    w.sidebar.filter_box.setText("nudes")  # beyond the first eight topics; found by its label
    assert shown(w, "Sexting") == "Sexting (troca de nudes)"
    labels = dialog.admin.find("topic", "Sexting").extra["labels"]
    assert "fr" not in labels and labels["es"] == "Sexting"
    qtbot.waitUntil(lambda: "fr" not in dialog.labels_of.get(dialog.model.keys[row][0], {"fr": 1}))
    # a search in the new label's words finds the topic's resources
    w.search_box.setText("troca de nudes")
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.run_search()
    assert blocker.args[0].total >= 1
    dialog.close()


def test_the_more_dialog_lists_topics_by_their_labels(qtbot: Any, portuguese: MainWindow) -> None:
    from desktop_app.gui.models.facet_values_model import VALUE
    from tests.gui.test_facets import open_dialog

    dialog = open_dialog(qtbot, portuguese, "topic")
    model = dialog.model
    shown = {model.rows[r].value: model.index(r, VALUE).data() for r in range(model.rowCount())}
    assert shown["Cybercrime"] == "Crimes cibernéticos"
    assert shown["Teachers"] == "Professores"
    dialog.reject()


def test_a_topic_filters_chip_shows_its_label(qtbot: Any, portuguese: MainWindow) -> None:
    w = portuguese
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.add_facet("topic", "Cybercrime")
    assert w.state.include["topic"] == {"Cybercrime"}  # the filter is the topic's name
    texts = [chip.text() for chip in w.filters_bar.chips]
    assert any("Crimes cibernéticos" in t for t in texts), texts


def test_similar_resources_name_shared_topics_by_their_labels(
    qtbot: Any, portuguese: MainWindow
) -> None:
    from desktop_app.core.search.similar import Similar

    w = portuguese
    pane = w.finding.similar.pane
    seed, other = list(w.catalogue.iter_views())[:2]
    pane.show_pending(seed.id)
    pane.show_similar(seed.id, [Similar(other.id, 0.5, topics=("Cybercrime",))], [other])
    assert "Crimes cibernéticos" in pane.browser.toPlainText()
