"""Spelling slips: a query's unknown words spelt as the collection's nearest words.

The engine asks :func:`respelt` when a query finds nothing (or little) and searches
the respelt query instead when that finds more and the correction is confident.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.core.library.text import fold
from desktop_app.core.search.schema import STEM
from desktop_app.core.search.words import WordList


def respelt(
    words: WordList, reader: Any, plain_words: Iterable[str], query: str
) -> tuple[str, bool] | None:
    """``query`` with each of its ``plain_words`` the collection lacks spelt as its
    nearest word, and whether the correction is confident: every changed word has four
    letters or more and at most one edit in four (``missng`` → ``missing``,
    ``protecton`` → ``protection``; not ``sxe`` → ``sex``). None when no word changed."""
    replaced = query
    changed, confident = False, True
    for word in plain_words:
        folded = fold(word)
        if folded in words.words:
            continue
        found = closest(words, reader, folded)
        if found is not None:
            best, edits = found
            replaced = replaced.replace(word, best, 1)
            changed = True
            confident = confident and len(folded) >= 4 and edits <= max(1, len(folded) // 4)
    return (replaced, confident) if changed else None


def closest(words: WordList, reader: Any, word: str) -> tuple[str, int] | None:
    """The collection's word nearest to ``word`` (fewest edits, then most documents),
    with its number of edits."""
    best: tuple[int, int, str] | None = None
    for dist, cand in words.within(word, 2):
        stems = [t.text for t in STEM(cand)]
        freq = reader.doc_frequency("body", stems[0]) if stems else 0
        key = (dist, -freq, cand)
        if freq and (best is None or key < best):
            best = key
    return (best[2], best[0]) if best else None
