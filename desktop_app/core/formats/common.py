"""Turning a foreign record into a resource to add, noting every problem with where it was.

A record never fails the whole import for a fixable flaw: a missing title gets a
placeholder and a review flag, an invalid date or link is set aside in the
curator notes (not lost) and reported.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.core.models import ResourceType
from desktop_app.core.records import ResourceData, parse_date, url_problem
from desktop_app.core.service import NewResource
from desktop_app.core.text import clean
from desktop_app.core.vocabulary import match_country

_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")


@dataclass(slots=True)
class Draft:
    """A record's fields as read, before normalising."""

    title: str = ""
    type: str = ResourceType.OTHER.value
    organisations: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: str = ""
    url: str = ""
    doi: str = ""
    language: str = ""
    summary: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ReadResult:
    items: list[NewResource] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def iso_date(text: str) -> str | None:
    """The best ISO date in free text ("2014", "2014/05/23/", "2014-05"), else None."""
    text = text.strip()
    m = re.match(r"^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?", text)
    if m:
        parts = [m.group(1)] + [f"{int(p):02d}" for p in m.groups()[1:] if p]
        for n in range(len(parts), 0, -1):
            candidate = "-".join(parts[:n])
            try:
                parse_date(candidate)
                return candidate
            except ValueError:
                continue
    m = _YEAR.search(text)
    return m.group(1) if m else None


def to_item(
    draft: Draft, *, fmt: str, where: str, problems: list[str], source: str = ""
) -> NewResource:
    notes = list(draft.notes)
    data = ResourceData(
        title=clean(draft.title),
        type=draft.type,
        organisations=_unique(draft.organisations),
        authors=_unique(draft.authors),
        topics=_unique(draft.topics),
        summary=draft.summary.strip(),
        language=(draft.language or "en").strip()[:20].lower() or "en",
    )
    unknown_places = []
    for place in draft.places:
        country = match_country(place.strip().rstrip("."))
        if country is not None:
            if country.name not in data.countries:
                data.countries.append(country.name)
        elif clean(place):
            unknown_places.append(clean(place))
    if unknown_places:
        notes.append("Places: " + "; ".join(unknown_places))
    if draft.date:
        date = iso_date(draft.date)
        if date is None:
            problems.append(f"{where}: date '{draft.date}' not understood; kept in the notes")
            notes.append(f"Date as given: {draft.date}")
        data.date = date
    url = draft.url.strip() or (f"https://doi.org/{draft.doi.strip()}" if draft.doi else "")
    if url:
        why = url_problem(url)
        if why:
            problems.append(f"{where}: link {why}; kept in the notes")
            notes.append(f"Link as given: {url}")
        else:
            data.url = url
    if not data.title:
        data.title = f"Untitled {fmt} record ({where})"
        data.needs_review = True
        data.review_reason = "The imported record has no title; a placeholder was given."
        problems.append(f"{where}: no title; a placeholder was given and it is flagged for review")
    data.curator_notes = "\n".join(notes)
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16] if source else ""
    return NewResource(
        data,
        provenance=f"{fmt}:{where}" + (f" #{digest}" if digest else ""),
        source_record=source[:20000],
    )


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        c = clean(v).strip(" ,;.")
        if c and c.casefold() not in seen:
            seen.add(c.casefold())
            out.append(c)
    return out
