"""Every match of a query scored at once with numpy, as Whoosh's BM25F scores it.

Whoosh's collector scores a match set one document at a time through a tree of
matchers and scorer objects, which is slow for a common word's many matches. For
the queries the search box produces (terms, phrases, AND, OR, NOT inside AND,
boosts) ``score_all_typed`` reads each term's postings once and scores them with
the very scorer object Whoosh would use, over arrays (``whoosh_adapter.bm25_scores``),
so a term's scores are Whoosh's to the last bit (a ``body`` term where the schema
has a title is scored with the title apart, by both: see the end). Sums over
several terms may differ in the last bit when Whoosh adds them in another order; a
property test holds every document's score to Whoosh's. Anything else (ranges,
prefixes left unexpanded, other weightings) returns None and the caller uses
Whoosh's collector.

It also flags the documents the query matches without its thesaurus expansions,
worked out from the same reads, so the engine can rank the words as typed first
without matching the query twice; and for a query of plain words, the documents
holding them as a phrase (``plain_phrase``, ``phrase_flags``), which rank above
those (``tiers``): exact phrase, then the words as typed, then synonyms only.

How a word scores (``weighting.py``: ``Weighting``, ``title_apart``), judged on two classic
collections at once, Cranfield (1,400 aeronautics abstracts) and CACM (3,204 records,
half of them a title alone, like a catalogue): ``uv run python
benchmarks/search_quality.py`` reports MAP and nDCG@10 for this ranking and for
SQLite FTS5 bm25 in the same run, and a slow test holds ours at or above FTS5 on
both. Every choice has a reason that is not one collection, and its effect on both
was measured (MAP / nDCG@10, Cranfield | CACM; Whoosh's BM25F with b 0.75, k1 1.6
gave 0.3134/0.3705 | 0.2945/0.4411, FTS5 bm25 at best 0.3069/0.3669 | 0.3106/0.4498):

- idf is BM25's own (Robertson-Sparck Jones, kept positive as Lucene does:
  log(1 + (N - n + 0.5)/(n + 0.5))), not Whoosh's log(N/(n + 1)) + 1, whose "+ 1"
  narrows the gap between a rare word and a word half the records hold: an
  OR-query's common words then outvote its telling one.
  0.3144/0.3749 | 0.3004/0.4434 (both up).
- A plain word in ``body`` is scored as BM25F proper with the title apart
  (``weighting.title_apart``): body holds the title twice (``schema.BODY_WEIGHTS``), and by
  repetition alone one length normalised it all, so a title word was measured
  against the record's whole length: a record with a summary was penalised for it,
  and a title-only record, short next to an average swollen by the summaries of
  others, was rewarded for lacking one. Now the title is normalised by titles'
  lengths and the rest by the rest's, each with the standard b = 0.75, and the
  weighted, normalised counts are saturated once. 0.3179/0.3766 | 0.3327/0.4837
  (both up). Tried and not kept, each lowering one of the four figures: the title
  three times (0.3190/0.3798 | 0.3348/0.4768), b = 0.6, the lower b often given to
  short fields (0.3147/0.3774 | 0.3373/0.4831).
- A field's average length is taken over the documents that have the field (Whoosh
  divides by all documents): where one resource in ten has a local copy, each
  document text is compared with the other texts, not with a tenth of a typical
  text's length; the rest of ``body`` likewise over the records that have a rest.
  No effect on these collections (every record has a body; none has a text). The
  documents' text weighs ``schema.DOCUMENT_WEIGHT`` beside the details, b 0.75.
- k1 = 1.6 (earlier measured best of 0.9, 1.2, 1.6 on Cranfield); 1.2 and 2.0 move
  the two collections in opposite directions (0.3104/0.3698 | 0.3367/0.4831 and
  0.3227/0.3821 | 0.3323/0.4811), so it stays. Stop words stay
  Whoosh's short list: the SMART list (``ir_cacm/common_words``) holds words a
  catalogue needs ("new", "first", "old", "two") and words of the CACM's own
  domain ("file", "unix", "manual").
- The phrase, exact-match and thesaurus tiers apply to plain-word queries (an AND
  of words); the benchmark's OR-queries fall to BM25F alone (the thesaurus a new
  library holds, child-protection terms, has none of their words), so the tiers
  neither help nor hurt these figures.

Whoosh's term matchers score ``body`` terms the same way (``Weighting.scorer`` gives
their scorer ``weighting._TitleApartScorer``'s score, one posting at a time), so a query left
to Whoosh's collector ranks as this module does. A phrase's words are still scored
by repetition (``phrase.py`` reads the scorer's idf, average length, b and k1), in
both paths alike: same idf and k1, only the title's length normalisation differs.
Similar resources (``similar.py``) score the seed's key terms with Whoosh's BM25F
as it was (``SIMILAR_WEIGHTING``): their key-term weights already measure rarity.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq

from desktop_app.core.search import querylang as ql
from desktop_app.core.search import whoosh_adapter as wa
from desktop_app.core.search.compile import Expanded
from desktop_app.core.search.matching import docs_of, match_docs
from desktop_app.core.search.phrase import Phrase
from desktop_app.core.search.postings import FieldLengths, read
from desktop_app.core.search.schema import STEM
from desktop_app.core.search.weighting import SIMILAR_WEIGHTING as SIMILAR_WEIGHTING
from desktop_app.core.search.weighting import TITLE, Weighting, title_apart_scores, title_parts
from desktop_app.core.search.weighting import WEIGHTING as WEIGHTING

Scored = tuple[np.ndarray, np.ndarray]  # (document numbers ascending, scores)
PHRASE_FIELD = "body"  # where a query's words count as a phrase


@dataclass(slots=True)
class _Part:
    """A subquery's documents (ascending, numbered across the searcher's segments)
    and scores; ``typed`` flags those the words as typed match (thesaurus expansions
    left out), None: all."""

    docs: np.ndarray
    scores: np.ndarray
    typed: np.ndarray | None = None

    def typed_docs(self) -> np.ndarray:
        return self.docs if self.typed is None else self.docs[self.typed]


@dataclass(slots=True)
class _Leaves:
    """A searcher's segments, scored together: a term is read segment by segment and
    its scores worked out once over all its documents (numbered across segments),
    so a query's arithmetic is not repeated per segment."""

    top: Any
    subs: list[tuple[Any, int, int]]  # (segment's searcher, first document, documents)
    lengths: FieldLengths
    weighting: Any  # None: the searcher's
    infos: dict[tuple[str, bytes], list[Any | None]]

    def info(self, fieldname: str, text: bytes) -> list[Any | None]:
        """The term's info in each segment (None where it is not), looked up once."""
        found = self.infos.get((fieldname, text))
        if found is None:
            found = [wa.term_info(sub.reader(), fieldname, text) for sub, _, _ in self.subs]
            self.infos[(fieldname, text)] = found
        return found


def score_all_typed(
    searcher: Any, query: Any, lengths: FieldLengths, weighting: Any = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None] | None:
    """All documents matching ``query`` (ascending) with their scores, and a flag per
    document: matched by ``query`` with each thesaurus expansion (``Expanded``) taken
    as its first part, the words as typed (None when all are); None if ``query`` is
    not one this module scores. Terms are scored with ``weighting`` if given (else the
    searcher's: ``SIMILAR_WEIGHTING`` is the other one there is)."""
    subs = [(sub, base, sub.reader().doc_count_all()) for sub, base in searcher.leaf_searchers()]
    if not subs:
        return np.zeros(0, np.int64), np.zeros(0, np.float64), None
    part = _score(query, _Leaves(searcher, subs, lengths, weighting, {}))
    return None if part is None else (part.docs, part.scores, part.typed)


def _score(q: Any, leaves: _Leaves) -> _Part | None:
    kind = type(q)
    if kind is wq.Term:
        return _term(q, leaves)
    if kind is Phrase:
        return _phrase(q, leaves)
    expanded = kind is Expanded
    if kind is wq.Or or expanded:
        kind = wq.Or
    if kind in (wq.And, wq.Or) and q.subqueries:
        only = wa.lone_subquery(q)
        if only is not None:
            return _score(only, leaves)
        if kind is wq.Or and (q.minmatch or q.scale):
            return None
        wanted = [s for s in q.subqueries if kind is wq.Or or type(s) is not wq.Not]
        unwanted = [] if kind is wq.Or else [s.query for s in q.subqueries if type(s) is wq.Not]
        if not wanted:
            return None
        if kind is wq.And:
            parts = _and_parts(wanted, leaves)
        else:
            ors = [_score(s, leaves) for s in wanted]
            parts = None if any(p is None for p in ors) else ors  # type: ignore[assignment]
        if parts is None:
            return None
        scored = [(p.docs, p.scores) for p in parts]
        docs, scores = _and(scored) if kind is wq.And else _or(scored)
        typed = _typed(docs, parts, kind is wq.And, expanded)
        for sub in unwanted:
            keep = ~np.isin(docs, match_docs(leaves.top, sub))
            docs, scores = docs[keep], scores[keep] + wa.AND_NOT_SCORE
            typed = None if typed is None else typed[keep]
        return _Part(docs, scores if q.boost == 1.0 else scores * q.boost, typed)
    return None


def _phrase(q: Phrase, leaves: _Leaves) -> _Part | None:
    """A phrase found segment by segment (``Phrase.scored_in``)."""
    docs, scores = [], []
    for sub, base, _count in leaves.subs:
        found = q.scored_in(sub, leaves.lengths)
        if found is None:
            return None
        docs.append(found[0] + base)
        scores.append(found[1])
    return _Part(_joined(docs, np.int64), _joined(scores, np.float64))


def _joined(arrays: list[np.ndarray], dtype: Any) -> np.ndarray:
    if len(arrays) == 1:
        return arrays[0]
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype)


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


def _and_parts(wanted: list[Any], leaves: _Leaves) -> list[_Part] | None:
    """The scored parts of an AND, in their order. Terms are read last, the rarest
    first, each only where the parts before it all match when that skips much: a
    phrase of 600 documents AND "child" reads "child" at those 600, not its 94,000."""

    def cost(k: int) -> tuple[int, int]:
        sub = wanted[k]
        return (1, _doc_frequency(sub, leaves)) if type(sub) is wq.Term else (0, 0)

    parts: list[_Part | None] = [None] * len(wanted)
    within: np.ndarray | None = None
    for k in sorted(range(len(wanted)), key=cost):
        sub = wanted[k]
        part = _term(sub, leaves, within) if type(sub) is wq.Term else _score(sub, leaves)
        if part is None:
            return None
        parts[k] = part
        within = (
            part.docs if within is None else np.intersect1d(within, part.docs, assume_unique=True)
        )
    return parts  # type: ignore[return-value]


def _doc_frequency(q: Any, leaves: _Leaves) -> int:
    try:
        text = leaves.top.schema[q.fieldname].to_bytes(q.text)
    except (KeyError, ValueError):
        return 0
    return sum(info.doc_frequency() for info in leaves.info(q.fieldname, text) if info)


def _term(q: Any, leaves: _Leaves, within: np.ndarray | None = None) -> _Part | None:
    """A term's documents and scores (of those in ``within`` at least, if given):
    worked out once over all segments when the term has few postings (the arithmetic's
    cost is then per call, not per posting), segment by segment when it has many
    (arrays that fit the processor's cache: one pass over 94,000 documents took
    about three times as long as eight over 12,000)."""
    schema = leaves.top.schema
    fieldname = q.fieldname
    if fieldname not in schema:
        return None
    try:
        text = schema[fieldname].to_bytes(q.text)
    except ValueError:
        return None
    weighting = leaves.weighting or leaves.top.weighting
    apart = fieldname == PHRASE_FIELD and TITLE in schema and isinstance(weighting, Weighting)
    infos = leaves.info(fieldname, text)
    together = sum(info.doc_frequency() for info in infos if info) <= SCORED_TOGETHER
    scorer = None
    docs: list[np.ndarray] = []
    tfs: list[np.ndarray] = []  # term counts, or scores if not together
    sides: list[tuple[np.ndarray, ...]] = []  # field lengths, or title_apart's parts
    side: tuple[np.ndarray, ...]
    for (sub, base, count), info in zip(leaves.subs, infos, strict=True):
        if info is None:
            continue
        if scorer is None:
            scorer = _scorer(sub, weighting, fieldname, text)
            if scorer is None:
                return None
        local = None
        if within is not None:
            lo, hi = np.searchsorted(within, [base, base + count]).tolist()
            if lo == hi:
                continue
            local = within[lo:hi] - base
        reader = sub.reader()
        found = read(reader, fieldname, text, local, info=info)
        if apart:
            side = title_parts(sub, q.text, found.ids, leaves.lengths)
        else:
            side = (leaves.lengths.of(reader, fieldname)[found.ids],)
        docs.append(found.ids + base)
        if together:
            sides.append(side)
            tfs.append(found.weights)
        else:
            tfs.append(_scores(leaves, scorer, apart, found.weights, side))
    if scorer is None or not docs:
        return _Part(np.zeros(0, np.int64), np.zeros(0, np.float64))
    if together:
        side = tuple(_joined([s[i] for s in sides], np.float64) for i in range(len(sides[0])))
        scores = _scores(leaves, scorer, apart, _joined(tfs, np.float64), side)
    else:
        scores = _joined(tfs, np.float64)
    return _Part(_joined(docs, np.int64), scores if q.boost == 1.0 else scores * q.boost)


SCORED_TOGETHER = 4096  # postings up to which a term is scored in one pass (``_term``)


def _scores(
    leaves: _Leaves, scorer: Any, apart: bool, tf: np.ndarray, side: tuple[np.ndarray, ...]
) -> np.ndarray:
    """BM25F of counts ``tf`` with the field lengths ``side`` (or ``title_parts``)."""
    if apart:
        parts = (side[0], side[1], side[2])
        return title_apart_scores(leaves.top.get_parent(), scorer, tf, parts, leaves.lengths)
    scores = wa.bm25_scores(scorer, tf, side[0])
    assert scores is not None
    return scores


def _scorer(searcher: Any, weighting: Any, fieldname: str, text: bytes) -> Any | None:
    """The term's BM25F scorer as ``weighting`` makes it, without the searcher
    (``whoosh_adapter.detached``), or None when it is no BM25F scorer. What the arrays
    read of it (idf, average length, B, K1) is the whole index's, the same in every
    segment, so it is made once per searcher: making one looks the term up in each
    segment, and a query asks once per segment and field."""
    parent = searcher.get_parent()
    key = (weighting, fieldname, text)
    made = _SCORERS.get(parent)
    if made is None:
        made = _SCORERS[parent] = {}
    if key not in made:
        if len(made) > 4096:
            made.clear()
        made[key] = wa.detached(weighting.scorer(searcher, fieldname, text))
    return made[key]


# per searcher; what is kept holds no reference to it (the detached scorers)
_SCORERS: weakref.WeakKeyDictionary[Any, dict[tuple[Any, str, bytes], Any | None]] = (
    weakref.WeakKeyDictionary()
)


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
