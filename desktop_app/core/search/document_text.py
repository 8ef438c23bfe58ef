"""The text of resources' local copies, for the index and for page snippets.

Text extracted from a local copy lives in the database, page by page
(``document_page``, keyed by the stored file name that ``Resource.local_file``
holds), with a ``document`` row whose status says whether text was found. Only a
document with status ``ok`` is searched. The index reads one resource's text at a
time (``DocumentTexts``), so a rebuild never holds more than one document's text;
snippets read the pages of the few results shown (``best_page``) and pick the page
that holds the most of what the query matched.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from whoosh.analysis import STOP_WORDS

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Document, DocumentPage
from desktop_app.core.search.results import Snippet
from desktop_app.core.search.schema import STEM, TEXT_CHARS, capped_text
from desktop_app.core.search.snippets import Highlight, make_snippet, matched_spans
from desktop_app.core.search.whoosh_adapter import ACCENT_MAP

OK = "ok"
PAGE_SEPARATOR = "\n"
CLOSE_LOOKS = 4  # pages a snippet stems and compares, of those that seem to show the words


def iter_pages(session: Any, name: str) -> Iterator[tuple[int, str]]:
    """(page, text) of the document stored as ``name``, in page order, if its text
    was extracted (status ok); nothing otherwise. Pages are streamed, not loaded whole."""
    if not name:
        return
    status = session.scalar(select(Document.status).where(Document.name == name))
    if status != OK:
        return
    rows = session.execute(
        select(DocumentPage.page, DocumentPage.text)
        .where(DocumentPage.name == name)
        .order_by(DocumentPage.page)
        .execution_options(yield_per=16)
    )
    for page, text in rows:
        yield int(page), str(text or "")


def indexed_pages(session: Any, name: str) -> Iterator[tuple[int, str]]:
    """The pages of ``name`` that the index holds: up to ``TEXT_CHARS`` characters of
    text in all (the last page cut there)."""
    left = TEXT_CHARS
    for page, text in iter_pages(session, name):
        if left <= 0:
            return
        if len(text) > left:
            text = capped_text(text, left)
        left -= len(text) + len(PAGE_SEPARATOR)
        yield page, text


class DocumentTexts:
    """Reads the document text of one resource at a time for the index."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def of(self, local_file: str) -> str:
        """All indexed pages of the local copy ``local_file`` as one text ("" when it has
        none, or its text could not be extracted)."""
        if not local_file:
            return ""
        with self.library.read() as s:
            return PAGE_SEPARATOR.join(text for _, text in indexed_pages(s, local_file))


@dataclass(frozen=True, slots=True)
class PageHit:
    """The page of a document that best shows what a query matched."""

    page: int
    new: int  # how many of the matched words the resource's details do not hold
    distinct: int  # how many different words the query matched on the page
    hits: int  # how many matched words in all

    def key(self) -> tuple[int, int, int, int]:
        return (self.new, self.distinct, self.hits, -self.page)


def page_hit(
    page: int, text: str, marks: Highlight, known: frozenset[str] = frozenset()
) -> PageHit | None:
    """How well page ``page`` shows ``marks`` (None: not at all); ``known`` are the
    stems the resource's details already show."""
    spans = matched_spans(text, marks)
    if not spans:
        return None
    found = {stem for s, e in spans for stem in STEM.stems(text[s:e])}
    return PageHit(page, len(found - known), len(found), len(spans))


def needles(marks: Highlight) -> list[str] | None:
    """Strings a page's folded text must contain to show any of ``marks`` (a word's
    Porter stem differs from the word's own beginning in at most its last two
    letters: "abl" of "ability"); None when a stem is too short to tell."""
    stems = set(marks.words) | {word for phrase in marks.phrases for word in phrase}
    heads = [stem[: len(stem) - 2] for stem in stems]
    return None if not heads or not all(heads) else heads


def folded(text: str) -> str:
    """``text`` lower-cased and accent-folded as the index folds words."""
    low = text.lower()
    return low if low.isascii() else low.translate(ACCENT_MAP)


def may_show(text: str, heads: list[str] | None) -> bool:
    """Whether ``text`` can show a word ``needles`` were made for (folded as the
    index folds words, so "Protección" holds "proteccion")."""
    if heads is None:
        return True
    low = folded(text)
    return any(head in low for head in heads)


# between two words of a phrase: stop words and one-letter words, which the index drops
_BETWEEN = r"\w*(?:\W+(?:\w|" + "|".join(sorted(STOP_WORDS)) + r")(?!\w))*\W+"


def phrase_patterns(marks: Highlight) -> list[re.Pattern[str]]:
    """For each phrase of ``marks``, a pattern of its words' heads one after another
    with only stop words between them: where a page likely holds it."""
    return [
        re.compile(r"(?<!\w)" + _BETWEEN.join(re.escape(w[: max(1, len(w) - 2)]) for w in phrase))
        for phrase in marks.phrases
    ]


def likely(
    text: str,
    heads: list[str],
    known: list[str],
    phrases: Sequence[re.Pattern[str]] = (),
) -> tuple[int, int, int, int] | None:
    """A quick guess at how well ``text`` shows the words ``heads`` begin, ordered as
    ``PageHit.key`` orders pages (``known``: heads of words the details show): how
    many of the ``phrases`` it seems to hold, how many heads that are not known, how
    many in all, how often; None: no head at all."""
    low = folded(text)
    counts = [low.count(head) for head in heads]
    held = [h for h, n in zip(heads, counts, strict=True) if n]
    if not held:
        return None
    found = sum(1 for p in phrases if p.search(low))
    return (found, sum(h not in known for h in held), len(held), sum(counts))


def best_page(
    library: Library,
    local_file: str,
    marks: Highlight,
    width: int = 200,
    details: str = "",
) -> Snippet | None:
    """A snippet of the page of ``local_file``'s document that best shows ``marks``,
    naming that page; None when no page shows any. The best page holds the most of
    the matched words that the resource's ``details`` (its title, summary ...) do not
    show, then the most different matched words, then the most matches, and is the
    earliest of equals: for "handbook zanzibarite", where the title says "handbook",
    the page that says "zanzibarite"."""
    if not marks or not local_file:
        return None
    known = frozenset(STEM.stems(details))
    heads = needles(marks)
    best: tuple[PageHit, str] | None = None
    candidates = 0  # pages that may show the words
    if heads is not None:
        # stemming every page is most of the cost: guess the best few pages from the
        # words' beginnings (C-speed substring counts), and look closely at those
        known_heads = [h for h in heads if any(k.startswith(h) for k in known)]
        guesses: list[tuple[tuple[int, int, int, int], int, int, str]] = []
        phrases = phrase_patterns(marks)
        with library.read() as s:
            for page, text in indexed_pages(s, local_file):
                guess = likely(text, heads, known_heads, phrases)
                if guess is not None:
                    candidates += 1
                    item = (guess, -page, page, text)
                    if len(guesses) < CLOSE_LOOKS:
                        heapq.heappush(guesses, item)
                    elif item > guesses[0]:
                        heapq.heapreplace(guesses, item)
        best = _best(((page, text) for _, _, page, text in guesses), marks, known)
    if best is None and (heads is None or candidates > CLOSE_LOOKS):
        # no guess could be made, or the pages guessed did not show the words: every
        # page that may show them
        with library.read() as s:
            pages = indexed_pages(s, local_file)
            best = _best(((p, t) for p, t in pages if may_show(t, heads)), marks, known)
    if best is None:
        return None
    hit, text = best
    # the page as indexed (a page may hold up to 200,000 characters, more than a
    # details field's FIELD_CHARS): the words found at its end are shown too
    snip = make_snippet(text, marks, width, limit=len(text))
    return Snippet(snip.text, snip.spans, page=hit.page, from_document=True)


def _best(
    pages: Iterable[tuple[int, str]], marks: Highlight, known: frozenset[str]
) -> tuple[PageHit, str] | None:
    best: tuple[PageHit, str] | None = None
    for page, text in pages:
        hit = page_hit(page, text, marks, known)
        if hit is not None and (best is None or hit.key() > best[0].key()):
            best = (hit, text)
    return best


def details_text(view: Any) -> str:
    """What a result row shows of a resource besides its document: title and summary."""
    return f"{view.title} {view.summary or view.excerpt}"
