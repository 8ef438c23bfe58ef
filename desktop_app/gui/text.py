"""Small text helpers for the GUI."""

from __future__ import annotations


def count_text(n: int, one: str, many: str) -> str:
    """ "1 resource", "23 resources" (thousands separated: "100,000 resources")."""
    return f"{n:,} {one if n == 1 else many}"
