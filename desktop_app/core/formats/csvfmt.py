"""CSV export: UTF-8 with a byte-order mark (so spreadsheet programs detect it),
one row per resource, list fields joined with "; "."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from desktop_app.core.records import ResourceView

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
