"""The collection's own words, unstemmed and folded: what prefix and fuzzy terms match.

Kept beside the index (``words.txt``) instead of as a second, unstemmed Whoosh
field, which would double the postings written on every build. A prefix or fuzzy
term is matched against these words ("protecton~" reaches "protection", not
"protector"), and the words found are then searched through their stems.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.library.text import fold

WORDS_FILE = "words.txt"
_WORD = re.compile(r"\w+")


def words_of(text: str) -> set[str]:
    """Folded words of ``text`` (as the analyzers see them, before stemming)."""
    low = text.lower() if text.isascii() else fold(text)
    return set(_WORD.findall(low))


def edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


class WordList:
    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: set[str] = set(words)
        self._sorted: list[str] | None = None
        self.dirty = False

    def add_text(self, text: str) -> None:
        new = words_of(text) - self.words
        if new:
            self.words |= new
            self._sorted = None
            self.dirty = True

    def sorted(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.words)
        return self._sorted

    def with_prefix(self, prefix: str, cap: int) -> tuple[list[str], bool]:
        """Words starting with ``prefix`` (at most ``cap``) and whether more were cut."""
        words = self.sorted()
        start = bisect.bisect_left(words, prefix)
        out: list[str] = []
        for word in words[start:]:
            if not word.startswith(prefix):
                break
            if len(out) == cap:
                return out, True
            out.append(word)
        return out, False

    def within(self, word: str, distance: int) -> list[tuple[int, str]]:
        """(edits, word) for collection words within ``distance`` edits, same first letter."""
        if not word:
            return []
        words = self.sorted()
        start = bisect.bisect_left(words, word[0])
        out = []
        for cand in words[start:]:
            if cand[0] != word[0]:
                break
            d = edits(word, cand, distance)
            if d <= distance:
                out.append((d, cand))
        return sorted(out)

    @classmethod
    def load(cls, folder: Path) -> WordList | None:
        try:
            text = (folder / WORDS_FILE).read_text("utf-8")
        except OSError:
            return None
        return cls(text.split())

    def save(self, folder: Path) -> None:
        tmp = folder / (WORDS_FILE + ".tmp")
        tmp.write_text("\n".join(self.sorted()) + "\n", "utf-8")
        os.replace(tmp, folder / WORDS_FILE)
        self.dirty = False
