"""The Whoosh schema and analyzers (Whoosh 2.7 API only).

Text fields are stemmed (English) and case- and accent-folded, so "protect" finds
"protection" and "Associacao" finds "Associação". The unstemmed copy of the text
that prefix and fuzzy terms are matched against is the word list in ``words.py``.
"""

from __future__ import annotations

from typing import Any

from whoosh import columns
from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.support.charset import accent_map

from desktop_app.core.models import TYPE_LABELS, ResourceType
from desktop_app.core.records import ResourceView

SCHEMA_VERSION = 6
# How many times each part is repeated in ``body``, the field plain words are ranked
# on: one BM25 saturation over all of a resource's text (BM25F by repetition).
BODY_WEIGHTS = {
    "title": 2,
    "topics": 2,
    "organisations": 1,
    "authors": 1,
    "countries": 1,
    "summary": 1,
    "excerpt": 1,
    "regions": 1,
}
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"


def stem_analyzer() -> Any:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter()
        | StemFilter()
    )


def plain_analyzer() -> Any:
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


STEM = stem_analyzer()
PLAIN = plain_analyzer()

# Short fields that field prefixes (title:, org:, ...) search; summary and excerpt
# are only searched through ``body``.
TEXT_FIELDS: dict[str, float] = {
    "title": 1.0,
    "topics": 1.0,
    "organisations": 1.0,
    "countries": 1.0,
    "authors": 1.0,
    "regions": 1.0,
}
CURATOR_FIELDS: dict[str, float] = {"notes": 1.0}


def build_schema() -> Schema:
    fields: dict[str, Any] = {
        name: TEXT(analyzer=stem_analyzer(), field_boost=boost, phrase=True)
        for name, boost in {**TEXT_FIELDS, **CURATOR_FIELDS}.items()
    }
    return Schema(
        uuid=ID(stored=True, unique=True),
        rid=NUMERIC(int, bits=32, signed=False, stored=True, sortable=columns.NumericColumn("I")),
        body=TEXT(analyzer=stem_analyzer(), phrase=True),
        type=KEYWORD(lowercase=True, commas=False, scorable=False),
        year=NUMERIC(int, bits=32),
        lang=ID,
        status=ID,
        **fields,
    )


def type_words(type_value: str) -> str:
    """Words a user may type for a type: its value and its label ("web_page web page")."""
    try:
        label = TYPE_LABELS[ResourceType(type_value)]
    except ValueError:
        label = type_value
    return f"{type_value} {label.replace('/', ' ')}".lower()


def document(
    view: ResourceView,
    org_extra: dict[str, list[str]],
    country_extra: dict[str, list[str]],
    topic_extra: dict[str, list[str]],
) -> dict[str, Any]:
    """The Whoosh document for one resource.

    ``*_extra`` map a vocabulary name to more words that should find it (acronyms,
    alternative names, aliases, alternative labels).
    """
    orgs = " ; ".join(" ".join([name, *org_extra.get(name, [])]) for name in view.organisations)
    countries = " ; ".join(
        " ".join([name, *country_extra.get(name, [])]) for name in view.countries
    )
    topics = " ; ".join(" ".join([name, *topic_extra.get(name, [])]) for name in view.topics)
    doc: dict[str, Any] = {
        "uuid": view.uuid,
        "rid": view.id,
        "title": view.title,
        "organisations": orgs,
        "authors": " ; ".join(view.authors),
        "topics": topics,
        "countries": countries,
        "regions": " ; ".join(view.regions),
        "notes": view.curator_notes,
        "type": type_words(view.type),
        "lang": view.language or "und",
        "status": view.status,
    }
    body_parts = {**doc, "summary": view.summary, "excerpt": view.excerpt}
    doc["body"] = " . ".join(
        " . ".join([body_parts[name]] * times)
        for name, times in BODY_WEIGHTS.items()
        if body_parts[name]
    )
    if view.year is not None:
        doc["year"] = view.year
    return doc
