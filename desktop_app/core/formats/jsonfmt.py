"""The JSON exchange format: an array with one object per resource.

Documented in the README ("JSON export"). Writing streams one object at a time;
reading validates every field and names the record of any problem.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.records import LIST_FIELDS, ResourceData, ResourceView
from desktop_app.core.service import NewResource

EXPORT_FIELDS = (
    "id",
    "uuid",
    "title",
    "type",
    "organisations",
    "organisation_acronyms",
    "authors",
    "topics",
    "countries",
    "regions",
    "date",
    "date_precision",
    "year",
    "url",
    "summary",
    "excerpt",
    "language",
    "audience",
    "status",
    "needs_review",
    "review_reason",
    "curator_notes",
    "local_file",
    "added_at",
    "modified_at",
    "provenance",
    "source_record",
)
PUBLIC_OMIT = ("curator_notes",)
_STR_FIELDS = (
    "title",
    "type",
    "url",
    "summary",
    "excerpt",
    "language",
    "audience",
    "status",
    "review_reason",
    "curator_notes",
    "local_file",
)


def record(view: ResourceView, *, curator: bool = True) -> dict[str, Any]:
    data = view.as_json()
    out = {k: data[k] for k in EXPORT_FIELDS}
    if not curator:
        for key in PUBLIC_OMIT:
            out.pop(key)
    return out


def write(views: Iterable[ResourceView], out: IO[str], *, curator: bool = True) -> int:
    """Stream ``views`` as a JSON array; returns how many were written."""
    n = 0
    out.write("[")
    for view in views:
        out.write(",\n  " if n else "\n  ")
        out.write(json.dumps(record(view, curator=curator), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def read(raw: bytes, path: str = "") -> list[NewResource]:
    """Parse an exported JSON file back into resources to add."""
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError("not valid UTF-8", path=path, line=line) from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not valid JSON ({exc.msg})", path=path, line=exc.lineno) from None
    if isinstance(doc, dict) and isinstance(doc.get("resources"), list):
        doc = doc["resources"]
    if not isinstance(doc, list):
        raise ImportFormatError("expected a JSON array of resource objects", path=path)
    return [_item(obj, n, path) for n, obj in enumerate(doc, 1)]


def _item(obj: Any, n: int, path: str) -> NewResource:
    where = f"{path}: record {n}" if path else f"record {n}"
    if not isinstance(obj, dict):
        raise ImportFormatError(f"{where}: is not an object")
    fields: dict[str, Any] = {}
    for key in _STR_FIELDS:
        if key in obj and obj[key] is not None:
            if not isinstance(obj[key], str):
                raise ImportFormatError(f"{where}: '{key}' must be text")
            fields[key] = obj[key]
    for key in LIST_FIELDS:
        value = obj.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ImportFormatError(f"{where}: '{key}' must be a list of names")
        fields[key] = list(value)
    date = obj.get("date")
    if date is not None and not isinstance(date, str | int):
        raise ImportFormatError(f"{where}: 'date' must be an ISO date")
    fields["date"] = None if date is None else str(date)
    if "needs_review" in obj:
        fields["needs_review"] = bool(obj["needs_review"])
    uuid = obj.get("uuid")
    if uuid is not None and not isinstance(uuid, str):
        raise ImportFormatError(f"{where}: 'uuid' must be text")
    return NewResource(
        ResourceData.from_dict(fields),
        provenance=str(obj.get("provenance") or f"json:{path}:record {n}"),
        source_record=str(obj.get("source_record") or ""),
        uuid=uuid or None,
    )
