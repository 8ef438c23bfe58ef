"""Every match of a query scored at once with numpy, as Whoosh's BM25F scores it.

Whoosh's collector scores a match set one document at a time through a tree of
matchers and scorer objects, which is slow for a common word's many matches. For
the queries the search box produces (terms, phrases, AND, OR, NOT inside AND,
boosts) ``score_all_typed`` reads each term's postings once and scores them with
the very scorer object Whoosh would use, over arrays (``whoosh_adapter.bm25_scores``),
so a term's scores are Whoosh's to the last bit. Sums over several terms may differ
in the last bit when Whoosh adds them in another order; a property test holds every
document's score to Whoosh's. Anything else (ranges, prefixes left unexpanded,
other weightings) returns None and the caller uses Whoosh's collector.

It also flags the documents the query matches without its thesaurus expansions,
worked out from the same reads, so the engine can rank the words as typed first
without matching the query twice; and for a query of plain words, the documents
holding them as a phrase (``plain_phrase``, ``phrase_flags``), which rank above
those (``tiers``): exact phrase, then the words as typed, then synonyms only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq

from desktop_app.core.search import querylang as ql
from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.compile import Expanded
from desktop_app.core.search.matching import docs_of
from desktop_app.core.search.phrase import Phrase
from desktop_app.core.search.postings import FieldLengths, read
from desktop_app.core.search.schema import STEM

Scored = tuple[np.ndarray, np.ndarray]  # (document numbers ascending, scores)
PHRASE_FIELD = "body"  # where a query's words count as a phrase


@dataclass(slots=True)
class _Part:
    """A subquery's documents (ascending) and scores in one segment; ``typed`` flags
    those the words as typed match (thesaurus expansions left out), None: all."""

    docs: np.ndarray
    scores: np.ndarray
    typed: np.ndarray | None = None

    def typed_docs(self) -> np.ndarray:
        return self.docs if self.typed is None else self.docs[self.typed]


def score_all_typed(
    searcher: Any, query: Any, lengths: FieldLengths
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None] | None:
    """All documents matching ``query`` (ascending) with their scores, and a flag per
    document: matched by ``query`` with each thesaurus expansion (``Expanded``) taken
    as its first part, the words as typed (None when all are); None if ``query`` is
    not one this module scores."""
    parts = []
    for sub, offset in searcher.leaf_searchers():
        part = _score(query, sub, lengths)
        if part is None:
            return None
        parts.append((part.docs + offset, part))
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), None
    docs = np.concatenate([d for d, _ in parts])
    scores = np.concatenate([p.scores for _, p in parts])
    if all(p.typed is None for _, p in parts):
        return docs, scores, None
    typed = [np.ones(len(p.docs), bool) if p.typed is None else p.typed for _, p in parts]
    return docs, scores, np.concatenate(typed)


def _score(q: Any, searcher: Any, lengths: FieldLengths) -> _Part | None:
    kind = type(q)
    if kind is wq.Term:
        return _term(q, searcher, lengths)
    if kind is Phrase:
        found = q.scored_in(searcher, lengths)
        return None if found is None else _Part(*found)
    expanded = kind is Expanded
    if kind is wq.Or or expanded:
        kind = wq.Or
    if kind in (wq.And, wq.Or) and q.subqueries:
        only = wa.lone_subquery(q)
        if only is not None:
            return _score(only, searcher, lengths)
        if kind is wq.Or and (q.minmatch or q.scale):
            return None
        wanted = [s for s in q.subqueries if kind is wq.Or or type(s) is not wq.Not]
        unwanted = [] if kind is wq.Or else [s.query for s in q.subqueries if type(s) is wq.Not]
        if not wanted:
            return None
        if kind is wq.And:
            parts = _and_parts(wanted, searcher, lengths)
        else:
            ors = [_score(s, searcher, lengths) for s in wanted]
            parts = None if any(p is None for p in ors) else ors  # type: ignore[assignment]
        if parts is None:
            return None
        scored = [(p.docs, p.scores) for p in parts]
        docs, scores = _and(scored) if kind is wq.And else _or(scored)
        typed = _typed(docs, parts, kind is wq.And, expanded)
        for sub in unwanted:
            keep = ~np.isin(docs, docs_of(sub, searcher))
            docs, scores = docs[keep], scores[keep] + wa.AND_NOT_SCORE
            typed = None if typed is None else typed[keep]
        return _Part(docs, scores if q.boost == 1.0 else scores * q.boost, typed)
    return None


def _typed(docs: np.ndarray, parts: list[_Part], both: bool, expanded: bool) -> np.ndarray | None:
    """Which of an AND's (``both``) or OR's ``docs`` the words as typed match: for an
    expansion, those its first part (the words as typed) matches."""
    if expanded:
        return np.isin(docs, parts[0].typed_docs())
    if all(p.typed is None for p in parts):
        return None
    if both:
        return np.logical_and.reduce([np.isin(docs, p.typed_docs()) for p in parts])  # type: ignore[no-any-return]
    return np.isin(docs, np.concatenate([p.typed_docs() for p in parts]))


def _and_parts(wanted: list[Any], searcher: Any, lengths: FieldLengths) -> list[_Part] | None:
    """The scored parts of an AND, in their order. Terms are read last, the rarest
    first, each only where the parts before it all match when that skips much: a
    phrase of 600 documents AND "child" reads "child" at those 600, not its 94,000."""

    def cost(k: int) -> tuple[int, int]:
        sub = wanted[k]
        return (1, _doc_frequency(sub, searcher)) if type(sub) is wq.Term else (0, 0)

    parts: list[_Part | None] = [None] * len(wanted)
    within: np.ndarray | None = None
    for k in sorted(range(len(wanted)), key=cost):
        sub = wanted[k]
        if type(sub) is wq.Term:
            part = _term(sub, searcher, lengths, within)
        else:
            part = _score(sub, searcher, lengths)
        if part is None:
            return None
        parts[k] = part
        within = (
            part.docs if within is None else np.intersect1d(within, part.docs, assume_unique=True)
        )
    return parts  # type: ignore[return-value]


def _doc_frequency(q: Any, searcher: Any) -> int:
    try:
        return int(
            searcher.reader().doc_frequency(
                q.fieldname, searcher.schema[q.fieldname].to_bytes(q.text)
            )
        )
    except (KeyError, ValueError):
        return 0


def _term(
    q: Any, searcher: Any, lengths: FieldLengths, within: np.ndarray | None = None
) -> _Part | None:
    """A term's documents and scores (of those in ``within`` at least, if given)."""
    reader = searcher.reader()
    fieldname = q.fieldname
    if fieldname not in searcher.schema:
        return None
    try:
        text = searcher.schema[fieldname].to_bytes(q.text)
    except ValueError:
        return None
    if (fieldname, text) not in reader:
        return _Part(np.zeros(0, np.int64), np.zeros(0, np.float64))
    scorer = searcher.weighting.scorer(searcher, fieldname, text)
    if not wa.is_bm25(scorer):
        return None
    found = read(reader, fieldname, text, within)
    docs, tf = found.ids, np.array(found.weights, np.float64)
    scores = wa.bm25_scores(scorer, tf, lengths.of(reader, fieldname)[docs])
    assert scores is not None
    return _Part(docs, scores if q.boost == 1.0 else scores * q.boost)


def _and(parts: list[Scored]) -> Scored:
    docs, scores = parts[0]
    for other_docs, other_scores in parts[1:]:
        common, mine, theirs = np.intersect1d(
            docs, other_docs, assume_unique=True, return_indices=True
        )
        docs, scores = common, scores[mine] + other_scores[theirs]
    return docs, scores


def _or(parts: list[Scored]) -> Scored:
    docs, where = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
    scores = np.zeros(len(docs), np.float64)
    start = 0
    for part_docs, part_scores in parts:
        np.add.at(scores, where[start : start + len(part_docs)], part_scores)
        start += len(part_docs)
    return docs, scores


def top(scored: Scored, limit: int, tiers: np.ndarray | None = None) -> list[int]:
    """The ``limit`` best document numbers: highest score first, ties to the lower
    document number, as Whoosh's collector orders them. With ``tiers`` (a number or
    flag per document), documents of a higher tier all come before the others."""
    docs, scores = scored
    if limit <= 0:
        return []
    if tiers is not None:
        best: list[int] = []
        for level in np.unique(tiers)[::-1]:
            pick = tiers == level
            best += top((docs[pick], scores[pick]), limit - len(best))
            if len(best) >= limit:
                break
        return best
    if len(docs) > limit:
        cut = np.argpartition(-scores, limit - 1)[:limit]
        threshold = scores[cut].min()
        pick = scores >= threshold  # every document tied at the threshold stays in
        docs, scores = docs[pick], scores[pick]
    order = np.lexsort((docs, -scores))[:limit]
    return docs[order].tolist()  # type: ignore[no-any-return]


# -- tiers: what ranks first whatever the scores -----------------------------------------------
def plain_phrase(node: ql.Node | None) -> str | None:
    """A query of two or more plain words (NOT parts aside) as one phrase, else None:
    ``child sexual abuse material`` ranks the documents holding those words in that
    order, next to each other (stop words aside, as in a quoted phrase), first."""
    if not isinstance(node, ql.And):
        return None
    positive = [c for c in node.children if not isinstance(c, ql.Not)]
    if len(positive) < 2 or not all(isinstance(c, ql.Word) and c.field is None for c in positive):
        return None
    return " ".join(c.text for c in positive if isinstance(c, ql.Word))


def phrase_flags(
    searcher: Any, text: str | None, docs: np.ndarray, lengths: FieldLengths
) -> np.ndarray | None:
    """Per document of ``docs`` (ascending): does its body hold ``text`` as a phrase;
    None when ``text`` is no phrase or none of them does. ``lengths`` are the field
    lengths the engine keeps (the phrase is scored as it is found)."""
    if text is None or not len(docs):
        return None
    stems = STEM.stems(text)
    if len(stems) < 2:
        return None
    phrase = Phrase(PHRASE_FIELD, stems)
    found = []
    for sub, offset in searcher.leaf_searchers():
        part = phrase.scored_in(sub, lengths)
        found.append((docs_of(phrase, sub) if part is None else part[0]) + offset)
    flags = np.isin(docs, np.concatenate(found), assume_unique=True) if found else None
    return flags if flags is not None and flags.any() else None


def tiers(exact: np.ndarray | None, phrase: np.ndarray | None) -> np.ndarray | None:
    """The ranking tier of each document: the query's words as a phrase (3 with the
    words as typed, else 2), the words as typed (1), what only a synonym found (0)."""
    if phrase is None:
        return exact
    tier = phrase.astype(np.int8) * 2
    return tier + (1 if exact is None else exact)
