"""What each member of a pack must hold, checked before anything is used.

Every value read from a pack passes through here: a wrong type, a missing key or a
malformed identifier is refused with the member, the line and the key, so no
later code meets an ``int`` where it expects text. Vocabulary names and provenance
lose their control characters here; a resource's fields go through
``records.checked`` (limits and control characters) in the merge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.labels import clean_labels
from desktop_app.core.library.lists import check_name, check_note
from desktop_app.core.library.records import LIST_FIELDS, SOURCE_RECORD_LIMIT, clean_control
from desktop_app.core.search.results import FACETS, SORTS
from desktop_app.core.transfer.packs.format import PackError

# A resource's UUID as this app writes it; a little looser (any 1-64 characters of
# letters, digits and - _ . :) so that identifiers from other tools still travel.
_UUID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TEXT_FIELDS = (
    "title",
    "type",
    "url",
    "language",
    "audience",
    "summary",
    "excerpt",
    "status",
    "review_reason",
    "curator_notes",
)


class Where:
    """Where a value sits, for messages: ``resources.jsonl, line 3``."""

    def __init__(self, path: str | Path, member: str, line: int | None = None) -> None:
        self.path = path
        self.at = f"{member}, line {line}" if line is not None else member

    def fail(self, what: str) -> PackError:
        return PackError(self.path, f"{self.at}: {what}")


def _text(value: Any, key: str, where: Where, *, optional: bool = False) -> str:
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise where.fail(f"{key} must be text")
    return value


def _texts(value: Any, key: str, where: Where) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.fail(f"{key} must be a list of text")
    return list(value)


def _labels(value: Any, key: str, where: Where) -> dict[str, str]:
    """A topic's labels by language (absent: none), checked like a curator's input."""
    if value is None:
        return {}
    try:
        return clean_labels(value, key)
    except LibraryError as exc:
        raise where.fail(str(exc)) from None


def _object(value: Any, key: str, where: Where) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise where.fail(f"{key} must be an object")
    return value


def uuid(value: Any, key: str, where: Where) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise where.fail(f"{key} must be a resource identifier (a UUID)")
    return value


def sha256(value: Any, key: str, where: Where) -> str:
    if not isinstance(value, str) or not _SHA256.match(value):
        raise where.fail(f"{key} must be a SHA-256 in hex")
    return value


# -- resources.jsonl -------------------------------------------------------------------------


@dataclass(slots=True)
class PackRecord:
    """One checked line of resources.jsonl."""

    uuid: str
    fields: dict[str, Any]  # the editable fields present, of the right types
    provenance: str
    source_record: str
    local_copy: tuple[str, str] | None  # (stored name, member)


def resource(value: Any, where: Where) -> PackRecord:
    record = _object(value, "the line", where)
    fields_in = _object(record.get("fields"), "fields", where)
    fields: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        if key in fields_in:
            fields[key] = _text(fields_in[key], key, where)
    for key in LIST_FIELDS:
        if key in fields_in:
            fields[key] = _texts(fields_in[key], key, where)
    if "date" in fields_in and fields_in["date"] is not None:
        fields["date"] = _text(fields_in["date"], "date", where)
    if "needs_review" in fields_in:
        if not isinstance(fields_in["needs_review"], bool):
            raise where.fail("needs_review must be true or false")
        fields["needs_review"] = fields_in["needs_review"]
    local_copy = None
    if record.get("local_copy") is not None:
        copy = _object(record["local_copy"], "local_copy", where)
        local_copy = (
            _text(copy.get("name"), "local_copy.name", where),
            _text(copy.get("member"), "local_copy.member", where),
        )
    for key in ("added_at", "modified_at"):
        _text(record.get(key), key, where, optional=True)
    return PackRecord(
        uuid=uuid(record.get("uuid"), "uuid", where),
        fields=fields,
        provenance=clean_control(
            _text(record.get("provenance"), "provenance", where, optional=True)
        ),
        source_record=clean_control(
            _text(record.get("source_record"), "source_record", where, optional=True)[
                :SOURCE_RECORD_LIMIT
            ],
            multiline=True,
        ),
        local_copy=local_copy,
    )


# -- tombstones.jsonl and bases.jsonl -----------------------------------------------------


def tombstone(value: Any, where: Where) -> tuple[str, str | None]:
    """(uuid, content hash or None) of a resource deleted in the pack's library."""
    t = _object(value, "the line", where)
    _text(t.get("title"), "title", where, optional=True)
    _text(t.get("deleted_at"), "deleted_at", where, optional=True)
    digest = None if t.get("hash") is None else sha256(t.get("hash"), "hash", where)
    return uuid(t.get("uuid"), "uuid", where), digest


def base(value: Any, where: Where) -> tuple[str, str, str]:
    """(peer, uuid, content hash): what the pack's library last took from a peer."""
    b = _object(value, "the line", where)
    peer = uuid(b.get("peer"), "peer", where)
    return peer, uuid(b.get("uuid"), "uuid", where), sha256(b.get("hash"), "hash", where)


# -- vocabularies.json ---------------------------------------------------------------------


@dataclass(slots=True)
class Vocabularies:
    # name, parent ("" for none), alt labels, labels by language ({} when none)
    topics: list[tuple[str, str, list[str], dict[str, str]]]
    organisations: list[tuple[str, str, list[str]]]  # name, acronym, alt names
    countries: list[tuple[str, list[str]]]  # code, aliases
    thesaurus: list[list[str]]


def vocabularies(value: Any, where: Where) -> Vocabularies:
    doc = _object(value, "the whole file", where)

    def items(key: str) -> list[Any]:
        found = doc.get(key)
        if found is None:
            return []
        if not isinstance(found, list):
            raise where.fail(f"{key} must be a list")
        return found

    def names(values: list[str]) -> list[str]:
        return [clean_control(v) for v in values]

    out = Vocabularies([], [], [], [])
    for n, item in enumerate(items("topics"), 1):
        t = _object(item, f"topics[{n}]", where)
        out.topics.append(
            (
                clean_control(_text(t.get("name"), f"topics[{n}].name", where)),
                clean_control(_text(t.get("parent"), f"topics[{n}].parent", where, optional=True)),
                names(_texts(t.get("alt_labels"), f"topics[{n}].alt_labels", where)),
                _labels(t.get("labels"), f"topics[{n}].labels", where),
            )
        )
    for n, item in enumerate(items("organisations"), 1):
        o = _object(item, f"organisations[{n}]", where)
        out.organisations.append(
            (
                clean_control(_text(o.get("name"), f"organisations[{n}].name", where)),
                clean_control(
                    _text(o.get("acronym"), f"organisations[{n}].acronym", where, optional=True)
                ),
                names(_texts(o.get("alt_names"), f"organisations[{n}].alt_names", where)),
            )
        )
    for n, item in enumerate(items("countries"), 1):
        c = _object(item, f"countries[{n}]", where)
        out.countries.append(
            (
                _text(c.get("code"), f"countries[{n}].code", where),
                names(_texts(c.get("aliases"), f"countries[{n}].aliases", where)),
            )
        )
    for n, item in enumerate(items("thesaurus"), 1):
        out.thesaurus.append(names(_texts(item, f"thesaurus[{n}]", where)))
    return out


# -- lists.jsonl and saved_searches.jsonl (format 2) -----------------------------------------

MAX_LIST_ITEMS = 100_000  # items in one reading list
MAX_QUERY = 10_000  # characters in a saved search's query
MAX_FACET_VALUES = 1_000  # values of one facet in a saved search
MAX_FACET_VALUE = 500  # characters in one of them


def _when(value: Any, key: str, where: Where) -> datetime | None:
    """An ISO date-time as naive UTC (as the library keeps them), or None."""
    text = _text(value, key, where, optional=True)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text[:40])
    except ValueError:
        raise where.fail(f"{key} must be an ISO date and time") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _name(value: Any, where: Where) -> str:
    try:
        return check_name(clean_control(_text(value, "name", where)))
    except LibraryError as exc:
        raise where.fail(str(exc)) from None


@dataclass(slots=True)
class PackList:
    """One checked line of lists.jsonl: a reading list, its items by resource UUID."""

    uuid: str
    name: str
    created_at: datetime | None
    modified_at: datetime | None
    items: list[tuple[str, str]]  # (resource UUID, note) in order, no repeats
    repeated: int  # items naming a resource already named earlier in the list (dropped)


def reading_list(value: Any, where: Where) -> PackList:
    rl = _object(value, "the line", where)
    items_in = rl.get("items", [])
    if not isinstance(items_in, list):
        raise where.fail("items must be a list")
    if len(items_in) > MAX_LIST_ITEMS:
        raise where.fail(f"a reading list of more than {MAX_LIST_ITEMS:,} items")
    items: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n, item in enumerate(items_in, 1):
        obj = _object(item, f"items[{n}]", where)
        rid = uuid(obj.get("uuid"), f"items[{n}].uuid", where)
        note = clean_control(_text(obj.get("note"), f"items[{n}].note", where, optional=True))
        try:
            note = check_note(note)
        except LibraryError as exc:
            raise where.fail(f"items[{n}]: {exc}") from None
        if rid not in seen:
            seen.add(rid)
            items.append((rid, note))
    return PackList(
        uuid=uuid(rl.get("uuid"), "uuid", where),
        name=_name(rl.get("name"), where),
        created_at=_when(rl.get("created_at"), "created_at", where),
        modified_at=_when(rl.get("modified_at"), "modified_at", where),
        items=items,
        repeated=len(items_in) - len(items),
    )


@dataclass(slots=True)
class PackSearch:
    """One checked line of saved_searches.jsonl."""

    uuid: str
    name: str
    query: str
    include: dict[str, list[str]]
    exclude: dict[str, list[str]]
    sort: str
    created_at: datetime | None
    modified_at: datetime | None


def _facets(value: Any, key: str, where: Where) -> dict[str, list[str]]:
    if value is None:
        return {}
    obj = _object(value, key, where)
    out: dict[str, list[str]] = {}
    for facet, values in obj.items():
        if facet not in FACETS:
            raise where.fail(f"{key}: unknown facet {str(facet)[:40]!r}")
        texts = _texts(values, f"{key}.{facet}", where)
        if len(texts) > MAX_FACET_VALUES:
            raise where.fail(f"{key}.{facet}: more than {MAX_FACET_VALUES:,} values")
        if any(len(t) > MAX_FACET_VALUE for t in texts):
            raise where.fail(f"{key}.{facet}: a value longer than {MAX_FACET_VALUE} characters")
        kept = sorted({clean_control(t).strip() for t in texts} - {""})
        if kept:
            out[facet] = kept
    return out


def saved_search(value: Any, where: Where) -> PackSearch:
    ss = _object(value, "the line", where)
    query = clean_control(_text(ss.get("query"), "query", where, optional=True))
    if len(query) > MAX_QUERY:
        raise where.fail(f"query is too long ({len(query):,} characters, at most {MAX_QUERY:,})")
    sort = _text(ss.get("sort"), "sort", where, optional=True) or "relevance"
    if sort not in SORTS:
        raise where.fail(f"sort must be one of {', '.join(SORTS)}")
    return PackSearch(
        uuid=uuid(ss.get("uuid"), "uuid", where),
        name=_name(ss.get("name"), where),
        query=query,
        include=_facets(ss.get("include"), "include", where),
        exclude=_facets(ss.get("exclude"), "exclude", where),
        sort=sort,
        created_at=_when(ss.get("created_at"), "created_at", where),
        modified_at=_when(ss.get("modified_at"), "modified_at", where),
    )
