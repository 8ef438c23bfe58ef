"""Turning a foreign record into a resource to add, noting every problem with where it was.

A record never fails the whole import for a fixable flaw: a missing title gets a
placeholder and a review flag, an invalid date or link is set aside in the
curator notes (not lost) and reported, a year later than next year is set aside
and flagged for review. A field over its size limit refuses the file, naming the
record (:func:`desktop_app.core.library.records.checked`); control characters are stripped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as date_cls

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.records import (
    LONGEST_FIELD,
    SOURCE_RECORD_LIMIT,
    ResourceData,
    checked,
    clean_control,
    parse_date,
    too_long,
    url_problem,
)
from desktop_app.core.library.text import clean
from desktop_app.core.library.values import ResourceType
from desktop_app.core.library.vocabulary import match_country
from desktop_app.core.service import NewResource

_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
# ISBD punctuation a catalogue leaves at the end of a title, a name or a subject
_ISBD_TAIL = " /:;=,"
# words whose closing dot belongs to them, not to the ISBD ("Inc.", "Jr.", "etc.")
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\w+",
        "inc co corp ltd jr sr st dr mr mrs ms messrs prof rev etc bros dept esq univ assn govt "
        "no nos vol vols ed eds pp cf vs al fig",
    )
)
# era markers in a date ("2543 B.E.", "พ.ศ. 2543", "2056 V.S.", "vi. saṃ. 2056")
_BUDDHIST = re.compile(r"(?i)(?:\bB\.\s?E\b\.?|\bBE\b|พ\.\s?ศ|buddhist era|\bph[ǭōo]\.\s?s[ǭōo]\.)")
_VIKRAM = re.compile(
    r"(?i)(?:\bV\.\s?S\b\.?|\bVS\b|vikram|sa[mṃṁ]vat|वि\.?\s?सं|\bvi\.\s?sa[mṃṁ]\.)"
)
ERA_OFFSETS = {"buddhist": 543, "vikram": 57}  # years to subtract for the Gregorian year


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
    review: list[str] = field(default_factory=list)  # why a curator should look at it


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


def trim_isbd(text: str) -> str:
    """``text`` without the ISBD punctuation a catalogue ends it with.

    "Carlo Crivelli," -> "Carlo Crivelli"; "Public education :" -> "Public education";
    "A manual of medicine." -> "A manual of medicine"; but "Why?", "Smith, John A.",
    "Acme Inc." and "..." keep their ending.
    """
    text = clean(text)
    while True:
        before = text
        text = text.rstrip(_ISBD_TAIL)
        if text.endswith(".") and not text.endswith("..") and not _dot_belongs(text):
            text = text[:-1].rstrip()
        if text == before:
            return text


def _dot_belongs(text: str) -> bool:
    """Whether the final dot of ``text`` ends an initial or an abbreviation."""
    word = re.split(r"[\s(\[]", text[:-1])[-1]
    if word[-1:] in ")]\"'”’»":  # "(Hrsg.)." ends a sentence after a bracket or a quote
        return False
    return (
        (len(word) == 1 and word.isalpha())
        or "." in word  # "U.S.", "Ph.D."
        or word.casefold() in _ABBREVIATIONS
    )


def era_year(text: str, hint: str = "") -> int | None:
    """The Gregorian year of a year in the Thai Buddhist era or Vikram Samvat.

    The era is recognised from a marker in ``text`` ("2543 B.E.", "2056 V.S.") or from
    ``hint`` ("buddhist", "vikram": the record's country or language says so) when the
    year fits that era's current range; None when ``text`` holds no such year.
    """
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", text)
    if not m:
        return None
    year = int(m.group(1))
    era = "buddhist" if _BUDDHIST.search(text) else "vikram" if _VIKRAM.search(text) else hint
    if era == "buddhist" and 2043 <= year <= 2700:
        return year - ERA_OFFSETS["buddhist"]
    if era == "vikram" and 1557 <= year <= 2200:
        return year - ERA_OFFSETS["vikram"]
    return None


def latest_year() -> int:
    """The latest year an imported record may carry without being flagged: next year."""
    return date_cls.today().year + 1


def _check_sizes(draft: Draft, where: str) -> None:
    """Refuse a draft with a value longer than any field may be, before normalising it."""
    for name in ("title", "date", "url", "doi", "language", "summary"):
        value = getattr(draft, name)
        if len(value) > LONGEST_FIELD:
            raise ImportFormatError(f"{where}: {too_long(name, len(value), LONGEST_FIELD)}")
    for name in ("organisations", "authors", "topics", "places", "notes"):
        for value in getattr(draft, name):
            if len(value) > LONGEST_FIELD:
                raise ImportFormatError(f"{where}: {too_long(name, len(value), LONGEST_FIELD)}")


def to_item(
    draft: Draft, *, fmt: str, where: str, problems: list[str], source: str = ""
) -> NewResource:
    """The resource to add for ``draft``; its flaws are added to ``problems``.

    Raises ImportFormatError naming ``where`` for a field over its size limit.
    """
    _check_sizes(draft, where)
    notes = list(draft.notes)
    review = list(draft.review)
    data = ResourceData(
        title=trim_isbd(clean_control(draft.title)),
        type=draft.type,
        organisations=_unique(draft.organisations),
        authors=_unique(draft.authors),
        topics=_unique(draft.topics),
        summary=clean_control(draft.summary, multiline=True).strip(),
        language=(draft.language or "en").strip()[:20].lower() or "en",
    )
    unknown_places = []
    for place in draft.places:
        country = match_country(place.strip().rstrip("."))
        if country is not None:
            if country.name not in data.countries:
                data.countries.append(country.name)
        elif trim_isbd(clean_control(place)):
            unknown_places.append(trim_isbd(clean_control(place)))
    if unknown_places:
        notes.append("Places: " + "; ".join(unknown_places))
    if draft.date:
        given = clean(clean_control(draft.date))
        converted = era_year(given)
        date = str(converted) if converted else iso_date(given)
        if date is None:
            problems.append(f"{where}: date '{given}' not understood; kept in the notes")
            notes.append(f"Date as given: {given}")
        elif int(date[:4]) > latest_year():
            problems.append(
                f"{where}: year {date[:4]} is in the future (another calendar?); "
                "kept in the notes and flagged for review"
            )
            notes.append(f"Date as given: {given}")
            review.append(
                f"The year {date[:4]} lies in the future: the date may be in another calendar "
                "(Thai Buddhist era, Vikram Samvat...); it is kept in the curator notes."
            )
            date = None
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
        data.title = f"Untitled {fmt} record ({where})"[:200]
        review.append("The imported record has no title; a placeholder was given.")
        problems.append(f"{where}: no title; a placeholder was given and it is flagged for review")
    if review:
        data.needs_review = True
        data.review_reason = " ".join(review)
    data.curator_notes = "\n".join(notes)
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16] if source else ""
    return NewResource(
        checked(data, where),
        provenance=f"{fmt}:{where}" + (f" #{digest}" if digest else ""),
        source_record=clean_control(source[:SOURCE_RECORD_LIMIT], multiline=True),
    )


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        c = trim_isbd(clean_control(v)).lstrip(_ISBD_TAIL)
        if c and c.casefold() not in seen:
            seen.add(c.casefold())
            out.append(c)
    return out
