"""The PDF handout as a Qt-free document model: a cover, an optional table of
contents, then one entry per resource. Rendering to PDF lives in the GUI layer
(``desktop_app.gui.pdf``), which the CLI runs on the offscreen platform."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.library.records import ResourceView
from desktop_app.core.library.values import TYPE_LABELS, ResourceType


@dataclass(frozen=True, slots=True)
class HandoutEntry:
    title: str
    who: str
    year: str
    type: str
    topics: str
    countries: str
    text: str
    url: str
    note: str = ""  # the teacher's note on a reading list's item


@dataclass(slots=True)
class Handout:
    title: str
    description: str
    count: int
    made_on: str = field(default_factory=lambda: date.today().isoformat())
    toc: bool = True
    qr: bool = False
    page_size: str = "A4"  # or "Letter"


def entry_of(
    view: ResourceView, note: str = "", topic_labels: Mapping[str, str] | None = None
) -> HandoutEntry:
    """What a handout shows of one resource (and the teacher's note on it); topics by
    ``topic_labels`` ({name: label in the handout's language}) where they have one."""
    try:
        type_label = TYPE_LABELS[ResourceType(view.type)]
    except ValueError:
        type_label = view.type
    orgs = [
        f"{o} ({a})" if a and a != o else o
        for o, a in zip(view.organisations, view.organisation_acronyms, strict=False)
    ]
    return HandoutEntry(
        title=view.title,
        who="; ".join(orgs + view.authors),
        year=str(view.year) if view.year else "",
        type=type_label,
        topics=", ".join((topic_labels or {}).get(t, t) for t in view.topics),
        countries=", ".join(view.countries),
        text=view.summary or view.excerpt,
        url=view.url,
        note=note,
    )


def entries(
    views: Iterable[ResourceView],
    notes: Mapping[int, str] | None = None,
    topic_labels: Mapping[str, str] | None = None,
) -> Iterator[HandoutEntry]:
    """The handout's entries; ``notes`` (by resource id) go under their entries, and
    topics are named by ``topic_labels`` where they have one."""
    for view in views:
        yield entry_of(view, (notes or {}).get(view.id, ""), topic_labels)
