"""Small text helpers for the GUI."""

from __future__ import annotations

from typing import Any


def count_text(n: int, one: str, many: str) -> str:
    """ "1 resource", "23 resources" (thousands separated: "100,000 resources")."""
    return f"{n:,} {one if n == 1 else many}"


def short(value: Any, width: int = 60) -> str:
    """A value (a list is joined) cut to ``width`` characters for a table cell."""
    text = "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
