"""Small text helpers shared by the core: normalisation for matching names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_WS = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse runs of white space and strip the ends."""
    return _WS.sub(" ", text).strip()


def norm(text: str) -> str:
    """The key two vocabulary names share when they differ only in case or spacing."""
    return clean(unicodedata.normalize("NFKC", text)).casefold()


def fold(text: str) -> str:
    """Case- and accent-folded text ("Associação" -> "associacao")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def free_name(base: str, taken: Callable[[str], bool], limit: int) -> str:
    """``base`` if not ``taken``, else "base (2)", "base (3)" …, each at most ``limit`` long."""
    if not taken(base):
        return base
    n = 2
    while True:
        suffix = f" ({n})"
        candidate = base[: limit - len(suffix)] + suffix
        if not taken(candidate):
            return candidate
        n += 1
