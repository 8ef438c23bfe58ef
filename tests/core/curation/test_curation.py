from __future__ import annotations

import time

import pytest

from desktop_app.core.curation import auth
from desktop_app.core.curation.check import check_library
from desktop_app.core.curation.history import History
from desktop_app.core.curation.vocab_admin import VocabularyAdmin
from desktop_app.core.errors import ConflictError, LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData, ResourceView
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue
from tests import backends

# every test here runs on a library file and on a PostgreSQL catalogue (issue 16)
seeded = backends.seeded


def facet_counts(engine: SearchEngine, name: str) -> dict[str, int]:
    return {v.value: v.count for v in engine.search(SearchRequest()).facets[name].values}


def test_password_is_hashed_and_wrong_ones_slow_down(
    seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(auth, "N", 2**10)  # the parameters themselves: tests/core/test_auth.py
    assert not auth.has_password(seeded)
    auth.require_curator(seeded, None)  # no password yet: writes allowed
    auth.set_password(seeded, "correct horse")
    stored = auth.get_setting(seeded, auth.KEY)
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert auth.verify(seeded, "correct horse")
    with pytest.raises(auth.AuthError):
        auth.require_curator(seeded, None)
    assert not auth.verify(seeded, "wrong")
    with pytest.raises(auth.AuthError, match="try again"):
        auth.verify(seeded, "correct horse")  # too soon after a failure
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 100)
    assert auth.verify(seeded, "correct horse")
    with pytest.raises(auth.AuthError):
        auth.set_password(seeded, "new password", current="nope")


def test_undo_reverses_create_edit_trash_and_purge(engine: SearchEngine) -> None:
    cat = engine.catalogue
    history = History(cat)
    view = cat.create(ResourceData(title="Wombat safety poster", topics=["Schools"]))
    assert engine.search(SearchRequest(query="wombat")).total == 1
    data = view.editable()
    data.title = "Koala safety poster"
    cat.update(view.id, data, expected_version=view.version)
    cat.trash([view.id])
    assert engine.search(SearchRequest(query="koala")).total == 0
    info, _ = history.undo()
    assert info.action == "move to trash"
    assert engine.search(SearchRequest(query="koala")).total == 1
    history.undo()
    assert cat.get(view.id).title == "Wombat safety poster"
    assert engine.search(SearchRequest(query="wombat")).total == 1
    history.undo()  # the creation
    assert engine.search(SearchRequest(query="wombat")).total == 0
    assert cat.count() == 30


def test_undo_removes_the_vocabulary_an_action_created(engine: SearchEngine) -> None:
    cat = engine.catalogue
    history = History(cat)
    before = check_library(cat.library)
    view = cat.create(
        ResourceData(
            title="Wombat safety poster",
            topics=["Wombat Studies", "Schools"],
            organisations=["Wombat Trust"],
            authors=["Wom Bat"],
        )
    )
    other = cat.create(ResourceData(title="Second wombat poster", topics=["Wombat Studies"]))
    assert "Wombat Studies" in facet_counts(engine, "topic")
    history.undo()  # the second poster: the topic is still used by the first
    assert cat.get(view.id).topics[0] == "Wombat Studies"
    assert other.id not in {v.id for v in cat.iter_views()}
    history.undo()  # the first poster, which created all three terms
    after = check_library(cat.library)
    assert not [w for w in after.warnings if "unused" in w]
    counts = [f for f in after.facts if not f.startswith("change counter")]
    assert counts == [f for f in before.facts if not f.startswith("change counter")]
    assert "Wombat Studies" not in facet_counts(engine, "topic")
    assert "Wombat Trust" not in [t.name for t in VocabularyAdmin(cat).terms("organisation")]


def test_undo_works_after_a_restart(seeded_path: object) -> None:
    with Library.open(seeded_path) as lib:  # type: ignore[arg-type]
        Catalogue(lib).trash([1, 2, 3])
    with Library.open(seeded_path) as lib:  # type: ignore[arg-type]
        cat = Catalogue(lib)
        assert cat.count() == 27
        History(cat).undo()
        assert cat.count() == 30


def test_purge_can_be_undone_with_tags(catalogue: Catalogue) -> None:
    before = catalogue.get(2)
    catalogue.trash([2])
    catalogue.purge()
    assert catalogue.count(include_trashed=True) == 29
    History(catalogue).undo()
    back = catalogue.find_by_uuid(before.uuid)
    assert back is not None and back.topics == before.topics
    assert back.countries == before.countries


def test_history_revert_restores_exact_values(catalogue: Catalogue) -> None:
    history = History(catalogue)
    original = catalogue.get(5)
    first = original.editable()
    first.summary = "First rewrite."
    first.topics = ["Cybercrime"]
    v1, c1 = catalogue.update(5, first, expected_version=original.version)
    second = v1.editable()
    second.summary = "Second rewrite."
    second.countries = []
    catalogue.update(5, second, expected_version=v1.version)
    entries = history.entries(5)
    assert {e.field for e in entries if e.action_id > c1.action_id} == {"summary", "countries"}
    history.revert(5, c1.action_id)
    now = catalogue.get(5)
    assert now.summary == "First rewrite." and now.topics == ["Cybercrime"]
    assert now.countries == original.countries
    created = min(e.action_id for e in entries)
    history.revert(5, created)
    assert catalogue.get(5).editable() == original.editable()


def test_merge_retags_and_sums_the_facet(engine: SearchEngine) -> None:
    cat = engine.catalogue
    admin = VocabularyAdmin(cat)
    cat.create(ResourceData(title="Typo topic resource", topics=["Cybercrimes", "Schools"]))
    counts = facet_counts(engine, "topic")
    expected = counts["Cybercrime"] + counts["Cybercrimes"]
    src, dst = admin.find("topic", "Cybercrimes"), admin.find("topic", "Cybercrime")
    assert admin.merge_count("topic", src.id) == 1
    admin.merge("topic", src.id, dst.id)
    counts = facet_counts(engine, "topic")
    assert "Cybercrimes" not in counts and counts["Cybercrime"] == expected
    assert engine.search(SearchRequest(query="topic:cybercrime")).total == expected
    History(cat).undo()
    assert facet_counts(engine, "topic")["Cybercrimes"] == 1


def test_rename_and_aliases_reach_the_index(engine: SearchEngine) -> None:
    admin = VocabularyAdmin(engine.catalogue)
    topic = admin.find("topic", "Sexting")
    admin.rename("topic", topic.id, "Sexting and Nudes")
    assert "Sexting and Nudes" in facet_counts(engine, "topic")
    assert engine.search(SearchRequest(query='topic:"sexting and nudes"')).total == 1
    with pytest.raises(LibraryError, match="merge"):
        admin.rename("topic", topic.id, "cybercrime")
    admin.set("topic", topic.id, "alt_labels", ["nudes sharing"])
    assert engine.search(SearchRequest(query='topic:"nudes sharing"')).total == 1
    History(engine.catalogue).undo()
    assert engine.search(SearchRequest(query='topic:"nudes sharing"')).total == 0
    org = admin.find("organisation", "The World Bank")
    admin.set("organisation", org.id, "acronym", "WB")
    assert engine.search(SearchRequest(query="org:WB")).total == 2


def _resource_with(cat: Catalogue, field: str, name: str) -> ResourceView:
    return next(v for v in cat.iter_views() if name in getattr(v, field))


@pytest.mark.parametrize(
    ("kind", "name", "attribute", "value", "field"),
    [
        ("topic", "Sexting", "name", "Sexting and Nudes", "topics"),
        ("organisation", "The World Bank", "name", "World Bank Group", "organisations"),
        ("organisation", "The World Bank", "acronym", "WB", "organisations"),
        ("country", "Thailand", "regions", ["Asia"], "countries"),
    ],
)
def test_an_editor_opened_before_a_vocabulary_change_cannot_undo_it(
    catalogue: Catalogue, kind: str, name: str, attribute: str, value: object, field: str
) -> None:
    """The editor's copy is from before the change: saving it must not bring the old back."""
    admin = VocabularyAdmin(catalogue)
    view = _resource_with(catalogue, field, name)  # the editor opens (version v)
    admin.set(kind, admin.find(kind, name).id, attribute, value)
    changed = catalogue.get(view.id)
    assert changed.version > view.version
    stale = view.editable()
    stale.summary = "edited while the vocabulary changed"
    with pytest.raises(ConflictError):
        catalogue.update(view.id, stale, expected_version=view.version)
    assert catalogue.get(view.id) == changed
    if attribute == "name":  # the old name was not re-created
        assert name not in {t.name for t in admin.terms(kind)}


def test_merge_and_undoing_a_rename_bump_versions_too(catalogue: Catalogue) -> None:
    admin = VocabularyAdmin(catalogue)
    view = _resource_with(catalogue, "topics", "Sexting")
    admin.rename("topic", admin.find("topic", "Sexting").id, "Sexting and Nudes")
    renamed = catalogue.get(view.id)
    History(catalogue).undo()
    undone = catalogue.get(view.id)
    assert "Sexting" in undone.topics and undone.version > renamed.version
    with pytest.raises(ConflictError):
        catalogue.update(view.id, renamed.editable(), expected_version=renamed.version)
    admin.merge("topic", admin.find("topic", "Sexting").id, admin.find("topic", "Schools").id)
    merged = catalogue.get(view.id)
    assert "Sexting" not in merged.topics and merged.version > undone.version


def test_changes_a_resource_does_not_show_leave_its_editor_free_to_save(
    catalogue: Catalogue,
) -> None:
    """Alternative labels are searched, not shown: an open editor still saves over them."""
    admin = VocabularyAdmin(catalogue)
    view = _resource_with(catalogue, "topics", "Sexting")
    admin.set("topic", admin.find("topic", "Sexting").id, "alt_labels", ["nudes sharing"])
    assert catalogue.get(view.id).version == view.version
    data = view.editable()
    data.summary = "a curator's new summary"
    saved, _ = catalogue.update(view.id, data, expected_version=view.version)
    assert saved.summary == "a curator's new summary"


def test_thesaurus_edits_apply_to_searches(engine: SearchEngine) -> None:
    admin = VocabularyAdmin(engine.catalogue)
    assert engine.search(SearchRequest(query="helpline")).expansions == []
    admin.set_thesaurus_group(None, ["helpline", "hotline"])
    assert engine.search(SearchRequest(query="helpline")).expansions == ["hotline"]


def test_bulk_preview_matches_what_is_applied(engine: SearchEngine) -> None:
    from desktop_app.core.curation import bulk_edit as bulk

    cat = engine.catalogue
    ids = [1, 2, 3, 4]
    op = bulk.BulkOp("topics", "add", ("Schools",))
    plan = bulk.preview(cat, ids, op)
    assert [c.id for c in plan] == [1, 2, 4]  # 3 already has Schools
    bulk.apply(cat, plan, op)
    for change in plan:
        assert cat.get(change.id).topics == change.new
    info, _ = History(cat).undo()
    assert info.resources == 3
    assert "Schools" not in cat.get(1).topics
    with pytest.raises(LibraryError):
        bulk.preview(cat, ids, bulk.BulkOp("status", "set", ("trashed",)))


def test_completeness_lists_problems(catalogue: Catalogue) -> None:
    from desktop_app.core.curation.completeness import close_names, likely_duplicates, problems

    found = {p.id: p.problems for p in problems(catalogue)}
    assert any("needs review" in t for t in found[21])
    assert "no link" in found[1]
    dup = catalogue.create(ResourceData(title="Model Missing Child Framework!"))
    found = {p.id: p.problems for p in problems(catalogue)}
    assert any("likely duplicate" in t for t in found[dup.id])
    assert likely_duplicates(catalogue, ResourceData(title="model missing child framework"))
    assert close_names("Cybercrimes", ["Cybercrime", "Schools"]) == ["Cybercrime"]
