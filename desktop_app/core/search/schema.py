"""The Whoosh schema and analyzers (Whoosh 2.7 API only).

Text fields are stemmed (English) and case- and accent-folded, so "protect" finds
"protection" and "Associacao" finds "Associação". ``raw`` is an unstemmed, folded
copy of all the text, used for prefix and fuzzy terms ("protecton~" must reach
"protection", which the stemmed fields only hold as "protect").
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

SCHEMA_VERSION = 4
# How many times each part is repeated in ``body``, the field plain words are ranked
# on: one BM25 saturation over all of a resource's text (BM25F by repetition).
BODY_WEIGHTS = {"title": 2, "topics": 2, "organisations": 1, "authors": 1, "countries": 1,
                "summary": 1, "excerpt": 1, "regions": 1}
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

# field -> BM25F boost
TEXT_FIELDS: dict[str, float] = {
    "title": 4.0,
    "topics": 2.0,
    "organisations": 1.5,
    "countries": 1.2,
    "authors": 1.5,
    "summary": 1.0,
    "excerpt": 1.0,
    "regions": 0.5,
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
        raw=TEXT(analyzer=plain_analyzer(), phrase=False),
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
        "summary": view.summary,
        "excerpt": view.excerpt,
        "organisations": orgs,
        "authors": " ; ".join(view.authors),
        "topics": topics,
        "countries": countries,
        "regions": " ; ".join(view.regions),
        "notes": view.curator_notes,
        "type": type_words(view.type),
        "lang": view.language or "und",
        "status": view.status,
        "raw": " ".join(
            [
                view.title,
                view.summary,
                view.excerpt,
                orgs,
                " ".join(view.authors),
                topics,
                countries,
            ]
        ),
    }
    doc["body"] = " . ".join(
        " . ".join([doc[name]] * times) for name, times in BODY_WEIGHTS.items() if doc[name])
    if view.year is not None:
        doc["year"] = view.year
    return doc
