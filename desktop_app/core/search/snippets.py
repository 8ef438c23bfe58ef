"""Highlighted snippets: the ~200-character window of a text with the most matches."""

from __future__ import annotations

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer

from desktop_app.core.search.results import Snippet
from desktop_app.core.search.schema import FIELD_CHARS, TOKEN_PATTERN
from desktop_app.core.search.whoosh_adapter import ACCENT_MAP, stem_word

_SNIP = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(ACCENT_MAP)


def make_snippet(text: str, stems: set[str], raws: set[str], width: int = 200) -> Snippet:
    """The best window of ``text`` around matched words, with their spans (looked for
    in the part of the text that is indexed, in time linear in it)."""
    text = " ".join(text[:FIELD_CHARS].split())
    if not text:
        return Snippet("", ())
    hits = [
        (t.startchar, t.endchar)
        for t in _SNIP(text, chars=True)
        if t.text in raws or stem_word(t.text) in stems
    ]
    if len(text) <= width:
        return Snippet(text, tuple(hits))
    best_start, best_n = 0, -1
    k = 0  # hits end in order: those from i ending in the window are hits[i:k]
    for i, (start, _) in enumerate(hits):
        k = max(k, i)
        while k < len(hits) and hits[k][1] <= start + width:
            k += 1
        if k - i > best_n:
            best_start, best_n = start, k - i
    start = max(0, best_start - width // 5) if hits else 0
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    window = prefix + text[start:end] + suffix
    shift = len(prefix) - start
    spans = tuple((s + shift, e + shift) for s, e in hits if s >= start and e <= end)
    return Snippet(window, spans)
