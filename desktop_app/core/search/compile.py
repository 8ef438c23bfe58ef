"""Compiling a parsed query into Whoosh query objects, with thesaurus expansion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from whoosh import query as wq

from desktop_app.core.library.db import Library
from desktop_app.core.library.models import ThesaurusGroup
from desktop_app.core.library.text import fold
from desktop_app.core.search import querylang as ql
from desktop_app.core.search.phrase import Phrase
from desktop_app.core.search.schema import (
    CURATOR_FIELDS,
    DOCUMENT_WEIGHT,
    PLAIN,
    STEM,
    TEXT_FIELDS,
)
from desktop_app.core.search.words import WordList

PREFIX_CAP = 200
SYNONYM_BOOST = 0.35
FIELD_MAP = {
    "title": ("title",),
    "org": ("organisations",),
    "author": ("authors",),
    "topic": ("topics",),
    "country": ("countries",),
    "region": ("regions",),
    "note": ("notes",),
}
# What each scope searches plain words in: everything, the details only, or the
# documents only (the engine asks the last two to say where a result matched).
SCOPES = ("all", "metadata", "document")
# A field's weight in a query (field boosts of the index aside): see DOCUMENT_WEIGHT
FIELD_WEIGHTS = {"text": DOCUMENT_WEIGHT, "staff_text": DOCUMENT_WEIGHT}


class Thesaurus:
    """Groups of equivalent terms, matched on folded, single-spaced words."""

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self.groups = [list(g) for g in groups]
        self.lookup: dict[tuple[str, ...], int] = {}
        for i, group in enumerate(self.groups):
            for term in group:
                key = _key(term)
                if key:
                    self.lookup[key] = i
        self.longest = max((len(k) for k in self.lookup), default=0)

    @classmethod
    def of(cls, library: Library) -> Thesaurus:
        """The thesaurus as ``library`` holds it now."""
        with library.read() as s:
            return cls([g.terms for g in s.scalars(select(ThesaurusGroup))])

    def synonyms(self, words: Sequence[str]) -> list[str]:
        key = tuple(fold(w) for w in words)
        idx = self.lookup.get(key)
        if idx is None:
            return []
        return [t for t in self.groups[idx] if _key(t) != key]


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(tok.text) for tok in PLAIN(text))


class Expanded(wq.Or):  # type: ignore[misc]
    """A query OR its thesaurus synonyms. Matches and scores as ``Or``; the engine
    ranks the documents the first subquery (the words as typed) matches above the
    ones only a synonym finds."""


@dataclass(slots=True)
class Compiled:
    query: Any  # whoosh query, or None for "everything"
    expansions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)  # for highlighting
    raws: set[str] = field(default_factory=set)
    plain_words: list[str] = field(default_factory=list)  # candidates for "did you mean"


class Compiler:
    """Compiles parsed queries for a reader or a curator.

    ``scope``: where plain words are looked for: ``all`` (details and documents),
    ``metadata`` (details only; ``text:`` then matches nothing) or ``document`` (the
    documents' text only; other fields as given). A reader's plain words and
    ``text:`` reach the text of documents everyone may see (``text``), a curator's
    that of staff-only resources too (``staff_text``).
    """

    def __init__(
        self, thesaurus: Thesaurus, words: WordList, *, curator: bool, scope: str = "all"
    ) -> None:
        if scope not in SCOPES:
            raise ValueError(f"unknown search scope {scope!r}")
        self.words = words
        self.thesaurus = thesaurus
        self.fields = dict(TEXT_FIELDS)
        if curator:
            self.fields.update(CURATOR_FIELDS)
        self.curator = curator
        self.scope = scope
        self.out = Compiled(None)

    def compile(self, parsed: ql.Parsed) -> Compiled:
        self.out.notes.extend(parsed.notes)
        node = self._expand_runs(parsed.node) if parsed.node is not None else None
        self.out.query = self._q(node, positive=True) if node is not None else None
        return self.out

    # -- thesaurus: find runs of plain words that name a thesaurus term -----------------------
    def _expand_runs(self, node: ql.Node) -> ql.Node:
        if isinstance(node, ql.And):
            children = [self._expand_runs(c) for c in node.children]
            return ql.And(tuple(self._group_runs(children)))
        if isinstance(node, ql.Or):
            return ql.Or(tuple(self._expand_runs(c) for c in node.children))
        if isinstance(node, ql.Not):
            return ql.Not(self._expand_runs(node.child))
        return node

    def _group_runs(self, items: list[ql.Node]) -> list[Any]:
        out: list[Any] = []
        i = 0
        while i < len(items):
            matched = 0
            for size in range(min(self.thesaurus.longest, len(items) - i), 1, -1):
                run = items[i : i + size]
                if all(isinstance(x, ql.Word) and x.field is None and not x.exact for x in run):
                    words = [x.text for x in run if isinstance(x, ql.Word)]
                    if self.thesaurus.synonyms(words):
                        out.append(_Run(tuple(words)))
                        matched = size
                        break
            if matched:
                i += matched
            else:
                out.append(items[i])
                i += 1
        return out

    # -- nodes -----------------------------------------------------------------------------------
    def _q(self, node: Any, *, positive: bool) -> Any:
        if isinstance(node, ql.And):
            parts = [self._q(c, positive=positive) for c in node.children]
            pos = [
                p
                for p, c in zip(parts, node.children, strict=True)
                if p is not None and not isinstance(c, ql.Not)
            ]
            neg = [
                p
                for p, c in zip(parts, node.children, strict=True)
                if p is not None and isinstance(c, ql.Not)
            ]
            if not pos and not neg:
                return None
            if not pos:
                pos = [wq.Every()]
            return wq.And(pos + neg) if len(pos) + len(neg) > 1 else pos[0]
        if isinstance(node, ql.Or):
            parts = [
                p for p in (self._q(c, positive=positive) for c in node.children) if p is not None
            ]
            if not parts:
                return None
            return parts[0] if len(parts) == 1 else wq.Or(parts)
        if isinstance(node, ql.Not):
            inner = self._q(node.child, positive=not positive)
            if inner is None:
                return None
            return wq.Not(inner)
        if isinstance(node, _Run):
            return self._run(node, positive)
        if isinstance(node, ql.Word):
            return self._word(node, positive)
        if isinstance(node, ql.Phrase):
            return self._phrase(node, positive)
        if isinstance(node, ql.Prefix):
            return self._prefix(node, positive)
        if isinstance(node, ql.Fuzzy):
            return self._fuzzy(node, positive)
        if isinstance(node, ql.YearRange):
            return wq.NumericRange("year", node.low, node.high)
        return None

    def _documents(self) -> list[str]:
        """The document text fields this reader or curator searches."""
        return ["text", "staff_text"] if self.curator else ["text"]

    def _targets(self, fld: str | None) -> Sequence[str]:
        if fld is None:
            # plain words: the text, the topics' labels in other languages (issue 14),
            # the documents' text (issue 15)
            details = ["body", "labels", "notes"] if self.curator else ["body", "labels"]
            if self.scope == "metadata":
                return details
            if self.scope == "document":
                return self._documents()
            return [*details, *self._documents()]
        if fld == "note" and not self.curator:
            return ()
        if fld == "text":
            return () if self.scope == "metadata" else self._documents()
        return FIELD_MAP.get(fld, ())

    def _text_query(
        self, text: str, fields: Sequence[str], positive: bool, boost: float = 1.0
    ) -> Any:
        tokens = [t.text for t in STEM(text)]
        if positive:
            self.out.stems.update(tokens)
        if not tokens:
            return None
        if len(tokens) == 1:
            parts = [wq.Term(f, tokens[0], boost=boost * FIELD_WEIGHTS.get(f, 1.0)) for f in fields]
        else:
            parts = [Phrase(f, tokens, boost=boost * FIELD_WEIGHTS.get(f, 1.0)) for f in fields]
        if not parts:
            return wq.NullQuery
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def _word(self, node: ql.Word, positive: bool) -> Any:
        if node.field == "type":
            return wq.Term("type", fold(node.text).replace("-", "_"))
        if node.field == "lang":
            return wq.Term("lang", node.text.lower())
        fields = self._targets(node.field)
        if node.field == "note" and not fields:
            self.out.notes.append("note: searches curator notes, in curator mode only")
        q = self._text_query(node.text, fields, positive)
        if q is None:
            self.out.notes.append(f"'{node.text}' is too common a word to search for; ignored")
            return None
        if node.field is None and positive:
            self.out.plain_words.append(node.text)
        if node.field is None and not node.exact:
            syns = self.thesaurus.synonyms([node.text])
            if syns:
                return self._with_synonyms(q, syns, positive)
        return q

    def _phrase(self, node: ql.Phrase, positive: bool) -> Any:
        if node.field == "type":
            return wq.Term("type", fold(node.text).replace(" ", "_"))
        q = self._text_query(node.text, self._targets(node.field), positive)
        if q is None:
            return None
        if node.field is None and not node.exact:
            syns = self.thesaurus.synonyms(node.text.split())
            if syns:
                return self._with_synonyms(q, syns, positive)
        return q

    def _run(self, node: _Run, positive: bool) -> Any:
        words = [self._text_query(w, self._targets(None), positive) for w in node.words]
        original = wq.And([w for w in words if w is not None])
        syns = self.thesaurus.synonyms(node.words)
        return self._with_synonyms(original, syns, positive)

    def _with_synonyms(self, original: Any, syns: list[str], positive: bool) -> Any:
        alts = [self._text_query(s, self._targets(None), positive, SYNONYM_BOOST) for s in syns]
        alts = [a for a in alts if a is not None]
        if positive:
            for s in syns:
                if s not in self.out.expansions:
                    self.out.expansions.append(s)
        return Expanded([original, *alts]) if alts else original

    def _prefix(self, node: ql.Prefix, positive: bool) -> Any:
        terms, capped = self.words.with_prefix(fold(node.text), PREFIX_CAP)
        if capped:
            self.out.notes.append(
                f"'{node.text}*' matches many words; searched the first "
                f"{PREFIX_CAP}. Type more letters to narrow it"
            )
        return self._any_of(terms, node.field, positive)

    def _fuzzy(self, node: ql.Fuzzy, positive: bool) -> Any:
        found = [w for _, w in self.words.within(fold(node.text), node.distance)]
        return self._any_of(found[:PREFIX_CAP], None, positive)

    def _any_of(self, words: list[str], fld: str | None, positive: bool) -> Any:
        """Documents containing any of the collection ``words`` (searched by their stems)."""
        if positive:
            self.out.raws.update(words)
        stems = sorted({t.text for w in words for t in STEM(w)})
        targets = self._targets(fld)
        if not stems or not targets:
            return wq.NullQuery
        return wq.Or(
            [wq.Term(f, st, boost=FIELD_WEIGHTS.get(f, 1.0)) for st in stems for f in targets]
        )


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of plain words that together name a thesaurus term."""

    words: tuple[str, ...]
