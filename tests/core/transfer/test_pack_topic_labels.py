"""Topic labels in collection packs (issue 14): carried, checked as hostile input, and
merged without ever replacing a curator's own label."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.curation.vocab_admin import VocabularyAdmin
from desktop_app.core.library.labels import LABEL_LIMIT
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import export_pack, import_pack
from tests.core.transfer.test_hostile_packs import (  # noqa: F401 (fixtures)
    lib,
    line,
    members,
    refused,
    seal,
    template,
)
from tests.core.transfer.test_packs import two  # noqa: F401 (fixture)


def labels_of(cat: Catalogue, topic: str) -> dict[str, str]:
    return dict(VocabularyAdmin(cat).find("topic", topic).extra["labels"])


def test_labels_travel_and_merge_adds_only_missing_languages(
    two: tuple[Catalogue, Catalogue],  # noqa: F811
    tmp_path: Path,
) -> None:
    a, b = two
    assert labels_of(b, "Cybercrime") == labels_of(a, "Cybercrime")
    assert labels_of(b, "Cybercrime")["es"] == "Ciberdelincuencia"
    theirs = VocabularyAdmin(b)
    sexting = theirs.find("topic", "Sexting")
    theirs.set_labels(sexting.id, {**labels_of(b, "Sexting"), "es": "Sexteo", "de": "Sexting (DE)"})
    export_pack(b, tmp_path / "theirs.librarypack")
    import_pack(a, tmp_path / "theirs.librarypack")
    mine = labels_of(a, "Sexting")
    assert mine["es"] == "Sexting"  # the curator's label here is kept
    assert mine["de"] == "Sexting (DE)"  # a language missing here is added


def vocab_with(labels: object) -> bytes:
    return json.dumps({"topics": [{"name": "Grooming", "labels": labels}]}).encode()


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ({"EN-gb": "x"}, r"topics\[1\]\.labels: 'EN-gb' is not a language code"),
        ({"../../etc": "x"}, r"topics\[1\]\.labels: '\.\./\.\./etc' is not a language code"),
        ({"es": "x" * (LABEL_LIMIT + 1)}, r"topics\[1\]\.labels\.es: longer than"),
        ({"es": ["a"]}, r"topics\[1\]\.labels\.es: a label must be text"),
        (["es", "x"], r"topics\[1\]\.labels: must be a mapping"),
        ({f"a{chr(97 + i)}{chr(97 + j)}": "x" for i in range(8) for j in range(8)}, "languages"),
    ],
)
def test_hostile_labels_in_a_sealed_pack_are_refused(
    labels: object,
    message: str,
    lib: Catalogue,  # noqa: F811
    tmp_path: Path,
) -> None:
    content = {**members([line(3)]), "vocabularies.json": vocab_with(labels)}
    refused(lib, seal(tmp_path / "bad.librarypack", content), message)


def test_control_characters_in_a_packs_labels_are_removed(
    lib: Catalogue,  # noqa: F811
    tmp_path: Path,
) -> None:
    labels = {"es": "Grooming\u0000 en\u001b línea\u2028", "fr": ""}
    content = {**members([line(3)]), "vocabularies.json": vocab_with(labels)}
    import_pack(lib, seal(tmp_path / "labels.librarypack", content))
    assert labels_of(lib, "Grooming") == {"es": "Grooming en línea"}


def test_labels_a_pack_brings_are_searched_at_once(
    two: tuple[Catalogue, Catalogue],  # noqa: F811
    tmp_path: Path,
) -> None:
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.search.results import SearchRequest

    a, b = two
    theirs = VocabularyAdmin(b)
    topic = theirs.find("topic", "Cybercrime")
    theirs.set_labels(topic.id, {**labels_of(b, "Cybercrime"), "de": "Internetkriminalität"})
    export_pack(b, tmp_path / "theirs.librarypack")
    engine = SearchEngine(a)
    engine.open()
    try:
        request = SearchRequest(query="internetkriminalität", curator=True, correct=False)
        assert engine.search(request).total == 0
        import_pack(a, tmp_path / "theirs.librarypack")
        tagged = {v.id for v in a.iter_views() if "Cybercrime" in v.topics}
        assert set(engine.search(request).ids) == tagged
    finally:
        engine.close()
