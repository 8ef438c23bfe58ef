"""Curating vocabularies: rename, merge, labels and aliases, regions, broader topics,
the thesaurus.

Every change is one logged action (so it can be undone) and stamps the resources
it affects, so the search index and facets catch up within the same action. A
change to what those resources show (a term's name, an acronym, a country's
regions; a merge) also bumps their version, so an editor opened before it cannot
save over it unnoticed (the save is refused as a conflict instead of bringing the
old name back).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.errors import LibraryError, NotFoundError
from desktop_app.core.library.labels import clean_labels, label_in
from desktop_app.core.library.models import (
    TERM_LINKS,
    Region,
    Resource,
    ThesaurusGroup,
    Topic,
)
from desktop_app.core.library.text import clean, norm
from desktop_app.core.service import Action, Catalogue, ChangeSet, data_of

_CURATED = {"topic": "topics", "organisation": "organisations", "country": "countries"}
MODELS: dict[str, Any] = {kind: TERM_LINKS[kind][0] for kind in _CURATED}
LINKS: dict[str, tuple[Any, Any, str]] = {
    kind: (*TERM_LINKS[kind][1:], attr) for kind, attr in _CURATED.items()
}
ATTRIBUTES = {
    "topic": ("name", "alt_labels", "parent_id", "labels"),
    "organisation": ("name", "acronym", "alt_names"),
    "country": ("aliases", "regions"),
}
# attributes a resource shows (ResourceView: topics, organisations, their acronyms, regions)
SHOWN_ATTRIBUTES = frozenset({"name", "acronym", "regions"})


@dataclass(frozen=True, slots=True)
class Term:
    id: int
    name: str
    count: int
    extra: dict[str, Any]


def set_attribute(s: Session, term: Any, field: str, value: Any) -> None:
    if field == "name":
        term.name, term.norm = clean(str(value)), norm(str(value))
    elif field == "regions":
        regions = []
        for name in value:
            region = s.scalars(select(Region).where(Region.norm == norm(name))).first()
            if region is None:
                region = Region(name=clean(name), norm=norm(name))
                s.add(region)
            regions.append(region)
        term.regions = regions
    else:
        setattr(term, field, value)
    s.flush()


def get_attribute(term: Any, field: str) -> Any:
    if field == "regions":
        return [r.name for r in term.regions]
    value = getattr(term, field)
    if isinstance(value, dict):
        return dict(value)
    return list(value) if isinstance(value, list) else value


def touch_linked(s: Session, kind: str, term_id: int, act: Action, changed: str) -> set[int]:
    """Stamp every resource linked to a term after its attribute ``changed`` changed.

    The index re-reads them; when the attribute is one they show
    (SHOWN_ATTRIBUTES), their version goes up too, so an edit based on what they
    showed before is refused as a conflict.
    """
    link, col, _ = LINKS[kind]
    ids = set(s.scalars(select(link.resource_id).where(col == term_id)))
    bump = changed in SHOWN_ATTRIBUTES
    for rid in ids:
        res = s.get(Resource, rid)
        if res is not None:
            act.stamp(res, bump=bump)
    act.changes.updated |= ids
    return ids


def _check_parent(s: Session, topic: Topic, parent_id: int) -> None:
    """Refuse a parent that does not exist or would put ``topic`` under itself."""
    parent = s.get(Topic, parent_id)
    if parent is None:
        raise LibraryError(f"no topic with id {parent_id} to put '{topic.name}' under")
    if parent.id == topic.id:
        raise LibraryError(f"'{topic.name}' cannot be its own broader topic")
    seen: set[int] = set()
    up: Topic | None = parent
    while up is not None and up.id not in seen:
        if up.parent_id == topic.id:
            raise LibraryError(
                f"'{topic.name}' cannot go under '{parent.name}': "
                f"'{parent.name}' is already under '{topic.name}'"
            )
        seen.add(up.id)
        up = s.get(Topic, up.parent_id) if up.parent_id is not None else None


class VocabularyAdmin:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.library = catalogue.library

    def _model(self, kind: str) -> Any:
        if kind not in MODELS:
            raise LibraryError(f"unknown vocabulary '{kind}' (topic, organisation, country)")
        return MODELS[kind]

    def terms(self, kind: str) -> list[Term]:
        model = self._model(kind)
        _link, col, _ = LINKS[kind]
        with self.library.read() as s:
            counts: dict[int, int] = dict(s.execute(select(col, func.count()).group_by(col)).all())
            terms = list(s.scalars(select(model).order_by(model.name)))
            names = {t.id: t.name for t in terms}
            out = []
            for t in terms:
                extra = {f: get_attribute(t, f) for f in ATTRIBUTES[kind] if f != "name"}
                if kind == "topic":  # the broader topic by name, beside its id
                    extra["broader"] = names.get(extra["parent_id"], "")
                out.append(Term(t.id, t.name, int(counts.get(t.id, 0)), extra))
            return out

    def find(self, kind: str, name: str) -> Term:
        for term in self.terms(kind):
            if norm(term.name) == norm(name):
                return term
        raise NotFoundError(f"no {kind} named '{name}'")

    def set(self, kind: str, term_id: int, field: str, value: Any) -> ChangeSet:
        """Change one attribute (rename, acronym, alternative names, aliases, regions…)."""
        model = self._model(kind)
        if field not in ATTRIBUTES[kind]:
            raise LibraryError(f"a {kind} has no '{field}' to change")
        with self.catalogue.action(f"change {kind} {field}") as act:
            s = act.session
            term = s.get(model, term_id)
            if term is None:
                raise NotFoundError(f"no {kind} with id {term_id}")
            act.label = f"change {kind} {field}: {term.name}"
            if field == "name":
                value = clean(str(value))
                if not value:
                    raise LibraryError("a name cannot be empty")
                other = s.scalars(
                    select(model).where(model.norm == norm(value), model.id != term_id)
                ).first()
                if other is not None:
                    raise LibraryError(f"'{other.name}' already exists: merge into it instead")
            if field == "parent_id" and value is not None:
                value = int(value)
                _check_parent(s, term, value)
            if field == "labels":
                value = clean_labels(value)
            old = get_attribute(term, field)
            set_attribute(s, term, field, value)
            act.record(
                None,
                field,
                {"id": term.id, "value": old},
                {"id": term.id, "value": get_attribute(term, field)},
                entity=kind,
            )
            touch_linked(s, kind, term.id, act, field)
            act.changes.vocabulary = True
        return act.changes

    def set_parent(self, topic_id: int, parent_id: int | None) -> ChangeSet:
        """Put a topic under a broader one (None: at the top); a cycle is refused.

        Searches and facet counts follow at once: selecting the broader topic finds
        the resources of the narrower ones too.
        """
        return self.set("topic", topic_id, "parent_id", parent_id)

    def set_labels(self, topic_id: int, labels: dict[str, str]) -> ChangeSet:
        """Give a topic its labels in other languages, {language code: label}, replacing
        the ones it had (an empty label removes that language).

        Labels are cleaned and checked (core.library.labels.clean_labels); the change
        is one logged action, undoable, and the topic's resources are re-indexed so
        a search in any of the languages finds them.
        """
        return self.set("topic", topic_id, "labels", labels)

    def topic_labels(self, language: str) -> dict[str, str]:
        """{topic name: its label in ``language``} for the topics that have one."""
        with self.library.read() as s:
            out: dict[str, str] = {}
            for name, labels in s.execute(select(Topic.name, Topic.labels)):
                label = label_in(labels or {}, language)
                if label:
                    out[name] = label
            return out

    def rename(self, kind: str, term_id: int, new_name: str) -> ChangeSet:
        return self.set(kind, term_id, "name", new_name)

    def merge_count(self, kind: str, source_id: int) -> int:
        link, col, _ = LINKS[kind]
        with self.library.read() as s:
            return int(
                s.scalar(select(func.count()).select_from(link).where(col == source_id)) or 0
            )

    def merge(self, kind: str, source_id: int, target_id: int) -> ChangeSet:
        """Re-tag every resource of ``source`` with ``target``, then remove ``source``."""
        if kind == "country":
            raise LibraryError("countries are a fixed list (ISO 3166) and cannot be merged")
        model = self._model(kind)
        if source_id == target_id:
            raise LibraryError("choose two different terms to merge")
        link, col, field = LINKS[kind]
        with self.catalogue.action(f"merge {kind}") as act:
            s = act.session
            source, target = s.get(model, source_id), s.get(model, target_id)
            if source is None or target is None:
                raise NotFoundError(f"no such {kind}")
            act.label = f"merge {kind} '{source.name}' into '{target.name}'"
            rids = list(s.scalars(select(link.resource_id).where(col == source_id)))
            for rid in rids:
                res = s.get(Resource, rid)
                assert res is not None
                before = getattr(data_of(res), field)
                after: list[str] = []
                for name in before:
                    name = target.name if norm(name) == norm(source.name) else name
                    if norm(name) not in {norm(a) for a in after}:
                        after.append(name)
                act.relink(res, field, before, after)
            act.record(None, "*", {"name": source.name}, None, entity=kind)
            s.delete(source)
            act.changes.vocabulary = True
        return act.changes

    def delete_unused(self, kind: str, term_id: int) -> ChangeSet:
        model = self._model(kind)
        if kind == "country":
            raise LibraryError("countries are a fixed list (ISO 3166) and cannot be deleted")
        if self.merge_count(kind, term_id):
            raise LibraryError(f"this {kind} is still used; merge it into another instead")
        with self.catalogue.action(f"delete unused {kind}") as act:
            term = act.session.get(model, term_id)
            if term is None:
                raise NotFoundError(f"no {kind} with id {term_id}")
            act.label = f"delete unused {kind} '{term.name}'"
            act.record(None, "*", {"name": term.name}, None, entity=kind)
            act.session.delete(term)
            act.changes.vocabulary = True
        return act.changes

    # -- thesaurus ----------------------------------------------------------------------------
    def thesaurus(self) -> list[tuple[int, list[str]]]:
        with self.library.read() as s:
            return [
                (g.id, list(g.terms))
                for g in s.scalars(select(ThesaurusGroup).order_by(ThesaurusGroup.id))
            ]

    def set_thesaurus_group(self, group_id: int | None, terms: Sequence[str]) -> ChangeSet:
        """Create (id None), replace, or (no terms) delete a synonym group."""
        cleaned = list(dict.fromkeys(clean(t) for t in terms if clean(t)))
        if len(cleaned) == 1:
            raise LibraryError("a synonym group needs at least two terms")
        with self.catalogue.action("edit the thesaurus") as act:
            s = act.session
            group = s.get(ThesaurusGroup, group_id) if group_id is not None else None
            if group_id is not None and group is None:
                raise NotFoundError(f"no synonym group {group_id}")
            old = list(group.terms) if group else None
            if group is None:
                group = ThesaurusGroup(terms=cleaned)
                s.add(group)
            elif not cleaned:
                s.delete(group)
            else:
                group.terms = cleaned
            s.flush()
            act.record(None, "terms", old, cleaned or None, entity="thesaurus")
            act.changes.vocabulary = True
        return act.changes
