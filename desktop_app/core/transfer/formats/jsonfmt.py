"""The JSON exchange format: an array with one object per resource.

Documented in the README ("JSON export"). Writing streams one object at a time;
reading validates every field and names the record of any problem. :func:`loads`
is the one JSON parser for untrusted text (imports and collection packs): it
refuses nesting deeper than any resource needs after a linear scan, so no input
can exhaust the stack.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import IO, Any

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.records import LIST_FIELDS, ResourceData, ResourceView, is_plain_name
from desktop_app.core.service import NewResource
from desktop_app.core.transfer.formats.common import ReadResult

MAX_DEPTH = 32  # a resource record is three deep; nothing legitimate comes near this

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


# -- reading untrusted JSON ------------------------------------------------------------------


class BadJSON(ValueError):
    """Text that is not JSON this library reads; ``msg`` says why, ``lineno`` where (or 0)."""

    def __init__(self, msg: str, lineno: int = 0) -> None:
        super().__init__(msg)
        self.msg = msg
        self.lineno = lineno


# A string, to its closing quote or to the end of the text (so that a match never fails
# once started and the scan stays linear whatever the quotes and backslashes).
_STRING = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*(?:"|\\?\Z)')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def nesting_problem(text: str, max_depth: int = MAX_DEPTH) -> tuple[str, int] | None:
    """(why, line) when ``text`` nests arrays and objects deeper than ``max_depth``.

    Linear in the text: brackets inside strings are skipped, the rest counted.
    """
    if text.count("[") + text.count("{") <= max_depth:
        return None
    depth = 0
    skeleton = _STRING.sub(lambda m: "\n" * m.group().count("\n"), text)
    line = 1
    for ch in _NOT_BRACKET.sub(lambda m: "\n" * m.group().count("\n"), skeleton):
        if ch == "\n":
            line += 1
        elif ch in "[{":
            depth += 1
            if depth > max_depth:
                return f"arrays or objects nested more than {max_depth} deep", line
        else:
            depth -= 1
    return None


def _no_constant(name: str) -> Any:
    raise BadJSON(f"{name} is not a JSON number")


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` for untrusted text: BadJSON for anything wrong, never RecursionError."""
    problem = nesting_problem(text, max_depth)
    if problem is not None:
        raise BadJSON(*problem)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BadJSON(exc.msg, exc.lineno) from None
    except RecursionError:  # cannot happen after the scan; kept as a last guard
        raise BadJSON("nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise BadJSON(str(exc).split(":")[0]) from None


def read(raw: bytes, path: str = "") -> ReadResult:
    """Parse an exported JSON file back into resources to add (and the problems noted)."""
    try:
        doc = loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError("not valid UTF-8", path=path, line=line) from None
    except BadJSON as exc:
        raise ImportFormatError(
            f"not valid JSON ({exc.msg})", path=path, line=exc.lineno or None
        ) from None
    if isinstance(doc, dict) and isinstance(doc.get("resources"), list):
        doc = doc["resources"]
    if not isinstance(doc, list):
        raise ImportFormatError("expected a JSON array of resource objects", path=path)
    result = ReadResult()
    result.items = [_item(obj, n, path, result.problems) for n, obj in enumerate(doc, 1)]
    return result


def _item(obj: Any, n: int, path: str, problems: list[str]) -> NewResource:
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
    if date is not None and (isinstance(date, bool) or not isinstance(date, str | int)):
        raise ImportFormatError(f"{where}: 'date' must be an ISO date")
    fields["date"] = None if date is None else str(date)
    if "needs_review" in obj:
        if not isinstance(obj["needs_review"], bool):
            raise ImportFormatError(f"{where}: 'needs_review' must be true or false")
        fields["needs_review"] = obj["needs_review"]
    for key in ("uuid", "provenance", "source_record"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ImportFormatError(f"{where}: '{key}' must be text")
    local = fields.get("local_file", "")
    if local and not is_plain_name(local):
        problems.append(
            f"{where}: local_file '{local[:200]}' is not a file in this library's folder; "
            "dropped (a curator can attach the file in the editor)"
        )
        fields["local_file"] = ""
    uuid = obj.get("uuid")
    return NewResource(
        ResourceData.from_dict(fields),
        provenance=obj.get("provenance") or f"json:{path}:record {n}",
        source_record=obj.get("source_record") or "",
        uuid=uuid or None,
    )
