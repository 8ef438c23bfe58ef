"""Year ranges as facet values (``2015..2020``, ``2015..``, ``..2020``): standard library only.

The year facet takes a range as one of its values, written as in the query language
(``year:2015..2020``), so a range travels wherever facet selections go: the search
request, filter chips, saved searches, ``librarian search --facet year=2015..``.
"""

from __future__ import annotations

import re

_RANGE = re.compile(r"(\d{4})?\.\.(\d{4})?")


def year_range(value: str) -> tuple[int | None, int | None] | None:
    """``(low, high)`` of a year-range value, either end None when open; None when
    ``value`` is not a range (a plain year, or ``..`` with no end at all)."""
    m = _RANGE.fullmatch(value.strip())
    if m is None or not (m.group(1) or m.group(2)):
        return None
    low, high = (int(g) if g else None for g in m.groups())
    if low is not None and high is not None and low > high:
        low, high = high, low
    return low, high


def range_value(low: int | None, high: int | None) -> str | None:
    """The facet value of a range (None when both ends are open: no range at all)."""
    if low is None and high is None:
        return None
    if low is not None and high is not None and low > high:
        low, high = high, low
    return f"{low if low is not None else ''}..{high if high is not None else ''}"
