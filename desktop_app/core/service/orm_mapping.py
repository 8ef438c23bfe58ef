"""Between an ORM :class:`Resource` and the plain records: read it as a view, write data onto it.

Only the unit of work writes (through :func:`copy_fields` and :func:`set_links`);
anyone holding a loaded resource may read it with :func:`view_of`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from desktop_app.core.errors import ValidationError
from desktop_app.core.library.models import (
    Resource,
    ResourceAuthor,
    ResourceCountry,
    ResourceOrganisation,
    ResourceTopic,
)
from desktop_app.core.library.records import LIST_FIELDS, ResourceData, ResourceView, parse_date
from desktop_app.core.library.text import clean, norm
from desktop_app.core.library.vocabulary import VocabularyResolver

T = TypeVar("T")

SCALAR_FIELDS = (
    "title",
    "type",
    "date",
    "url",
    "language",
    "audience",
    "summary",
    "excerpt",
    "status",
    "needs_review",
    "review_reason",
    "curator_notes",
    "local_file",
)

# records one changed field: (resource, field, old value, new value)
FieldRecorder = Callable[[Resource, str, Any, Any], None]


def view_of(resource: Resource) -> ResourceView:
    """The plain read model of an ORM resource (links must be loaded)."""
    orgs = [link.organisation for link in resource.organisation_links]
    countries = [link.country for link in resource.country_links]
    regions = sorted({r.name for c in countries for r in c.regions})
    return ResourceView(
        id=resource.id,
        uuid=resource.uuid,
        version=resource.version,
        title=resource.title,
        type=resource.type,
        organisations=[o.name for o in orgs],
        organisation_acronyms=[o.acronym or "" for o in orgs],
        authors=[link.author.name for link in resource.author_links],
        topics=[link.topic.name for link in resource.topic_links],
        countries=[c.name for c in countries],
        regions=regions,
        date=resource.date,
        date_precision=resource.date_precision,
        year=resource.year,
        url=resource.url,
        language=resource.language,
        audience=resource.audience,
        summary=resource.summary,
        excerpt=resource.excerpt,
        status=resource.status,
        needs_review=resource.needs_review,
        review_reason=resource.review_reason,
        curator_notes=resource.curator_notes,
        local_file=resource.local_file,
        added_at=resource.added_at,
        modified_at=resource.modified_at,
        provenance=resource.provenance,
        source_record=resource.source_record,
    )


def data_of(resource: Resource) -> ResourceData:
    """The editable fields of an ORM resource."""
    return view_of(resource).editable()


def copy_fields(
    res: Resource,
    data: ResourceData,
    resolver: VocabularyResolver,
    record: FieldRecorder | None,
) -> bool:
    """Copy ``data`` onto ``res``; with ``record``, only changed fields, each recorded.

    Without ``record`` (a new resource) every field is set. True if anything changed.
    """
    old = data_of(res) if record is not None else None
    changed = False
    date, precision, year = parse_date(data.date)
    new_values: dict[str, Any] = {f: getattr(data, f) for f in SCALAR_FIELDS}
    new_values["date"] = date
    new_values["title"] = data.title.strip()
    new_values["url"] = data.url.strip()
    for name, value in new_values.items():
        if old is not None and getattr(old, name) == value:
            continue
        if record is not None and old is not None:
            record(res, name, getattr(old, name), value)
        setattr(res, name, value)
        changed = True
    res.date_precision = precision
    res.year = year
    for name in LIST_FIELDS:
        values = _dedupe(getattr(data, name))
        if old is not None and getattr(old, name) == values:
            continue
        set_links(res, name, values, resolver)
        if record is not None and old is not None:
            record(res, name, getattr(old, name), [*getattr(data_of(res), name)])
        changed = True
    return changed


def set_links(res: Resource, name: str, values: list[str], resolver: VocabularyResolver) -> None:
    """Replace the links of one list field (organisations, authors, topics, countries)."""
    if name == "organisations":
        res.organisation_links = [
            ResourceOrganisation(organisation=o, position=i)
            for i, o in enumerate(_unique_rows(resolver.organisation(v) for v in values))
        ]
    elif name == "authors":
        res.author_links = [
            ResourceAuthor(author=a, position=i)
            for i, a in enumerate(_unique_rows(resolver.author(v) for v in values))
        ]
    elif name == "topics":
        res.topic_links = [
            ResourceTopic(topic=t, position=i)
            for i, t in enumerate(_unique_rows(resolver.topic(v) for v in values))
        ]
    elif name == "countries":
        rows = []
        for v in values:
            country = resolver.country(v)
            if country is None:
                raise ValidationError({"countries": f"'{v}' is not a known country"})
            rows.append(country)
        res.country_links = [
            ResourceCountry(country=c, position=i) for i, c in enumerate(_unique_rows(rows))
        ]


def _dedupe(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        key = norm(v)
        if key and key not in seen:
            seen.add(key)
            out.append(clean(v))
    return out


def _unique_rows(rows: Iterable[T]) -> list[T]:
    seen: set[int] = set()
    out = []
    for row in rows:
        key = id(row)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
