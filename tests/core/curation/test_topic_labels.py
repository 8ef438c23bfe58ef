"""Topic labels in other languages (issue 14): set through the vocabulary admin,
checked and cleaned, undoable, searched in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.curation.history import History
from desktop_app.core.curation.topic_labels import (
    TOPIC_LABELS_FILE,
    apply_topic_labels,
    read_topic_labels,
)
from desktop_app.core.curation.vocab_admin import VocabularyAdmin
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.labels import LABEL_LANGUAGES, LABEL_LIMIT, clean_labels, label_in
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue

CSAM = "Child Sexual Abuse Material (Child Pornography)"


def ids_for(engine: SearchEngine, query: str) -> set[int]:
    request = SearchRequest(query=query, limit=100, curator=True, hide_staff=False, correct=False)
    return set(engine.search(request).ids)


def tagged(engine: SearchEngine, topic: str) -> set[int]:
    return {v.id for v in engine.catalogue.iter_views() if topic in v.topics}


def test_a_label_in_any_language_finds_the_topics_resources(engine: SearchEngine) -> None:
    admin = VocabularyAdmin(engine.catalogue)
    topic = admin.find("topic", CSAM)
    admin.set_labels(topic.id, {})  # the bundled library's labels out of the way
    assert not ids_for(engine, '"material de abuso sexual infantil"') & tagged(engine, CSAM)
    admin.set_labels(
        topic.id,
        {"es": "Material de abuso sexual infantil", "th": "สื่อการล่วงละเมิดทางเพศเด็ก"},
    )
    found = ids_for(engine, '"material de abuso sexual infantil"')
    assert found and found == tagged(engine, CSAM)
    assert admin.topic_labels("es")[CSAM] == "Material de abuso sexual infantil"
    assert admin.topic_labels("es_MX")[CSAM] == "Material de abuso sexual infantil"
    assert CSAM not in admin.topic_labels("de") and CSAM not in admin.topic_labels("pt_BR")
    # the label is searched in the topic field too, and undo takes it away again
    assert ids_for(engine, 'topic:"material de abuso sexual infantil"') == found
    History(engine.catalogue).undo()
    assert not ids_for(engine, '"material de abuso sexual infantil"') & tagged(engine, CSAM)
    assert admin.find("topic", CSAM).extra["labels"] == {}


def test_labels_are_cleaned_and_hostile_ones_refused(engine: SearchEngine) -> None:
    admin = VocabularyAdmin(engine.catalogue)
    topic = admin.find("topic", "Sexting")
    admin.set_labels(topic.id, {"fr": "  Sexting\x00 (envoi\tde  sextos) ", "pt_BR": ""})
    assert admin.find("topic", "Sexting").extra["labels"] == {"fr": "Sexting (envoi de sextos)"}
    for bad, message in (
        ({"english": "x"}, "not a language code"),
        ({"pt-br": "x"}, "not a language code"),
        ({"es": "x" * (LABEL_LIMIT + 1)}, "longer than"),
        ({"es": 5}, "must be text"),
        ({f"x{chr(97 + i)}{chr(97 + j)}": "x" for i in range(8) for j in range(8)}, "languages"),
    ):
        with pytest.raises(LibraryError, match=message):
            admin.set_labels(topic.id, bad)  # type: ignore[arg-type]
    assert admin.find("topic", "Sexting").extra["labels"] == {"fr": "Sexting (envoi de sextos)"}


def test_label_in_falls_back_from_region_to_language() -> None:
    labels = clean_labels({"pt_BR": "Proteção infantil", "es": "Protección infantil"})
    assert label_in(labels, "pt_BR") == "Proteção infantil"
    assert label_in(labels, "pt") == "Proteção infantil"
    assert label_in(labels, "es_AR") == "Protección infantil"
    assert label_in(labels, "en") is None
    assert label_in(labels, "") is None


def test_the_bundled_library_has_labels_in_four_languages_for_every_topic(
    catalogue: Catalogue,
) -> None:
    table = read_topic_labels(TOPIC_LABELS_FILE)
    admin = VocabularyAdmin(catalogue)
    for term in admin.terms("topic"):
        assert set(table[term.name]) == set(LABEL_LANGUAGES), term.name
        assert term.extra["labels"] == table[term.name]
    assert admin.topic_labels("pt_BR")["Cybercrime"] == "Crimes cibernéticos"
    assert admin.topic_labels("th")["Child Protection"] == "การคุ้มครองเด็ก"
    assert apply_topic_labels(admin, table).changed == []  # applying again changes nothing


def test_a_labels_table_adds_languages_and_names_bad_lines(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    admin = VocabularyAdmin(catalogue)
    path = tmp_path / "labels.tsv"
    path.write_text("topic\tes\tde\nSexting\t\tSexting (DE)\nNo Such Topic\tx\t\n", "utf-8")
    done = apply_topic_labels(admin, read_topic_labels(path))
    assert (done.changed, done.missing) == (["Sexting"], ["No Such Topic"])
    labels = admin.find("topic", "Sexting").extra["labels"]
    assert labels["de"] == "Sexting (DE)" and labels["es"] == "Sexting"  # es kept
    for text, message in (
        ("topic\tEnglish\n", r"labels.tsv:1: 'English' is not a language code"),
        ("topic\tes\nSexting\ta\tb\n", r"labels.tsv:2: 3 columns"),
        ("topic\tes\n\tSexteo\n", r"labels.tsv:2: no topic name"),
        (f"topic\tes\nSexting\t{'x' * (LABEL_LIMIT + 1)}\n", r"labels.tsv:2.es: longer than"),
    ):
        path.write_text(text, "utf-8")
        with pytest.raises(LibraryError, match=message):
            read_topic_labels(path)


def test_the_generic_setter_checks_labels_too(catalogue: Catalogue) -> None:
    admin = VocabularyAdmin(catalogue)
    topic = admin.find("topic", "Sexting")
    with pytest.raises(LibraryError, match="not a language code"):
        admin.set("topic", topic.id, "labels", {"<script>": "x"})
    admin.set("topic", topic.id, "labels", {"es": " Sexteo\x07 "})
    assert admin.find("topic", "Sexting").extra["labels"] == {"es": "Sexteo"}
