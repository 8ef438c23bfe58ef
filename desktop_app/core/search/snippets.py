"""Highlighted snippets: the ~200-character window of a text with the most matches.

Only what the query matched is marked: a single word wherever it occurs, the words of
a phrase (quoted, or a thesaurus synonym such as "youth produced sexual imagery")
only where the whole phrase occurs. Words are found with the index's own analyzer
(folded, stop words dropped, stemmed), so a highlight is exactly an indexed match.
The window starts and ends between words: a word is cut only when it alone is
longer than half the window (a long link, say), and then with "…".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from desktop_app.core.search.results import Snippet
from desktop_app.core.search.schema import FIELD_CHARS, STEM

SNIPPET_FIELD = "body"  # summaries and excerpts are searched through it
LEAD_BACK = 20  # a window's start moves back at most this far to a word's start


@dataclass(frozen=True, slots=True)
class Highlight:
    """What to mark in a text: single stems anywhere, stem sequences only whole."""

    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def highlight_of(query: Any, fieldname: str | tuple[str, ...] = SNIPPET_FIELD) -> Highlight:
    """The terms of a compiled Whoosh ``query`` on ``fieldname`` (or any of several
    fields) that a matching text shows: its terms and phrases outside any NOT
    (expansions included)."""
    fields = (fieldname,) if isinstance(fieldname, str) else fieldname
    words: set[str] = set()
    phrases: dict[tuple[str, ...], None] = {}
    stack = [query] if query is not None else []
    while stack:
        q = stack.pop()
        if isinstance(q, wq.Not):
            continue
        if isinstance(q, wq.Phrase):
            if q.fieldname in fields and q.words:
                if len(q.words) == 1:
                    words.add(str(q.words[0]))
                else:
                    phrases[tuple(str(w) for w in q.words)] = None
        elif isinstance(q, wq.Term):
            if q.fieldname in fields and isinstance(q.text, str):
                words.add(q.text)
        else:
            stack.extend(getattr(q, "subqueries", ()) or ())
    return Highlight(frozenset(words), tuple(phrases))


def matched_spans(text: str, marks: Highlight) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text`` that ``marks`` matches, in order."""
    if not marks:
        return []
    tokens = STEM.stem_spans(text)
    hit = [stem in marks.words for stem, _, _ in tokens]
    if marks.phrases:
        firsts: dict[str, list[tuple[str, ...]]] = {}
        for phrase in marks.phrases:
            firsts.setdefault(phrase[0], []).append(phrase)
        stems = [stem for stem, _, _ in tokens]
        for i, stem in enumerate(stems):
            for phrase in firsts.get(stem, ()):
                n = len(phrase)
                if tuple(stems[i : i + n]) == phrase:
                    hit[i : i + n] = [True] * n
    return [(s, e) for (_, s, e), h in zip(tokens, hit, strict=True) if h]


def make_snippet(
    text: str, marks: Highlight, width: int = 200, limit: int = FIELD_CHARS
) -> Snippet:
    """The best window of ``text`` around matched words, with their spans (looked for
    in the part of the text that is indexed, its first ``limit`` characters, in time
    linear in it)."""
    text = " ".join(text[:limit].split())
    if not text:
        return Snippet("", ())
    hits = matched_spans(text, marks)
    if len(text) <= width:
        return Snippet(text, tuple(hits))
    start, end = window(text, hits, max(1, width))
    if end < len(text):
        end = start + len(text[start:end].rstrip(",;:-–— "))  # "policymakers…", not ",…"
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    spans = tuple((s + shift, e + shift) for s, e in hits if s >= start and e <= end)
    return Snippet(prefix + text[start:end] + suffix, spans)


def _best_start(hits: list[tuple[int, int]], width: int) -> int:
    """Where the run of hits that most fit in ``width`` characters starts (the first
    such run); two pointers, so linear in the hits."""
    best_start, best_n = 0, -1
    k = 0  # hits end in order: those from i ending in the window are hits[i:k]
    for i, (start, _) in enumerate(hits):
        k = max(k, i)
        while k < len(hits) and hits[k][1] <= start + width:
            k += 1
        if k - i > best_n:
            best_start, best_n = start, k - i
    return best_start


def window(text: str, hits: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The snippet's [start, end) in ``text`` (single-spaced, longer than ``width``):
    around the best run of ``hits``, both ends between words unless the word there
    alone is longer than half of ``width``."""
    long_word = max(1, width // 2)
    start = 0
    if hits:
        first = _best_start(hits, width)
        start = max(0, first - width // 5)
        if start and text[start - 1] != " ":  # inside a word: to its start, or the next
            back = text.rfind(" ", 0, start) + 1
            ahead = text.find(" ", start) + 1 or len(text)
            if start - back <= LEAD_BACK:
                start = back
            elif ahead <= first:
                start = ahead
            elif first - back <= long_word:
                start = back
            # else the hit's own word is longer than half the window: cut it
    end = min(len(text), start + width)
    if end < len(text) and text[end] != " " and text[end - 1] != " ":
        space = text.rfind(" ", start, end)
        word_end = text.find(" ", end)
        word_len = (len(text) if word_end < 0 else word_end) - (space + 1)
        if space > start and word_len <= long_word:
            end = space  # leave out the word the width would cut
    if end < len(text) and text[end - 1] == " ":
        end -= 1
    return start, end
