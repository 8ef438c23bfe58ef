"""CSV export: UTF-8 with a byte-order mark (so spreadsheet programs detect it),
one row per resource, list fields joined with "; "."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO, Any

from desktop_app.core.library.records import ResourceView

COLUMNS = (
    "id",
    "uuid",
    "title",
    "type",
    "organisations",
    "authors",
    "topics",
    "countries",
    "regions",
    "date",
    "year",
    "url",
    "summary",
    "excerpt",
    "language",
    "audience",
    "status",
    "needs_review",
)
JOIN = "; "


def write(views: Iterable[ResourceView], out: IO[str], *, bom: bool = True) -> int:
    """Stream ``views`` as CSV rows; returns how many were written."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    n = 0
    for view in views:
        data = view.as_json()
        writer.writerow(
            [
                JOIN.join(data[c])
                if isinstance(data[c], list)
                else (
                    ""
                    if data[c] is None
                    else str(data[c]).lower()
                    if isinstance(data[c], bool)
                    else data[c]
                )
                for c in COLUMNS
            ]
        )
        n += 1
    return n


# -- reading ---------------------------------------------------------------------------------
HEADER_ALIASES = {
    "title": ("title", "name", "primary title", "ti"),
    "organisations": (
        "organisations",
        "organizations",
        "organisation",
        "organization",
        "publisher",
        "corporate author",
        "institution",
    ),
    "authors": ("authors", "author", "creator", "creators", "au"),
    "topics": ("topics", "topic", "tags", "keywords", "subject", "subjects", "kw"),
    "countries": ("countries", "country", "places", "coverage"),
    "date": ("date", "published", "publication date", "year", "py"),
    "url": ("url", "link", "links", "ur", "doi"),
    "summary": ("summary", "abstract", "description", "ab"),
    "excerpt": ("excerpt",),
    "type": ("type", "item type", "document type"),
    "language": ("language", "lang", "la"),
}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Column -> resource field, from the usual header names (editable by the user)."""
    mapping: dict[str, str] = {}
    for header in headers:
        key = header.strip().lower()
        for target, aliases in HEADER_ALIASES.items():
            if key in aliases and target not in mapping.values():
                mapping[header] = target
                break
    return mapping


FIELDS = tuple(HEADER_ALIASES)


def _rows(text: str) -> Any:
    """A csv reader over ``text`` in its sniffed dialect; a bare CR ends a line too."""
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text, newline=""), dialect)


def header_row(raw: bytes) -> list[str]:
    """The column names of a CSV file (empty when it has none or is not text)."""
    try:
        return next(_rows(raw[:65536].decode("utf-8-sig", errors="replace")), [])
    except csv.Error:
        return []


def read(raw: bytes, path: str, mapping: dict[str, str] | None = None) -> Any:
    from desktop_app.core.errors import ImportFormatError
    from desktop_app.core.transfer.formats.common import Draft, ReadResult, to_item

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError("not valid UTF-8 text", path=path, line=line) from None
    rows = _rows(text)
    try:
        headers = next(rows)
    except StopIteration:
        raise ImportFormatError("the file is empty", path=path) from None
    except csv.Error as exc:
        raise ImportFormatError(f"not readable as CSV ({exc})", path=path, line=1) from None
    mapping = mapping or guess_mapping(headers)
    if "title" not in mapping.values():
        raise ImportFormatError(
            "no column maps to the title (looked for a 'title' header)", path=path, line=1
        )
    result = ReadResult()
    for n, row in _numbered(rows, path):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(headers):
            result.problems.append(f"{path}: line {n}: {len(row)} cells for {len(headers)} columns")
        values = dict(zip(headers, row, strict=False))
        d = Draft(type="other")
        for column, target in mapping.items():
            cell = (values.get(column) or "").strip()
            if not cell:
                continue
            if target in ("organisations", "authors", "topics"):
                getattr(d, target).extend(p.strip() for p in cell.split(";") if p.strip())
            elif target == "countries":
                d.places.extend(p.strip() for p in cell.split(";") if p.strip())
            elif target == "type":
                from desktop_app.core.library.values import ResourceType

                d.type = cell if cell in {t.value for t in ResourceType} else "other"
            elif target == "excerpt":
                d.summary = d.summary or cell
            else:
                setattr(d, target, cell)
        result.items.append(
            to_item(
                d, fmt="csv", where=f"{path}: line {n}", problems=result.problems, source=repr(row)
            )
        )
    return result


def _numbered(rows: Any, path: str) -> Iterator[tuple[int, list[str]]]:
    """Each data row with the file line it starts on; a broken row stops the read, named."""
    from desktop_app.core.errors import ImportFormatError

    start = rows.line_num + 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFormatError(f"not readable as CSV ({exc})", path=path, line=start) from None
        yield start, row
        start = rows.line_num + 1
