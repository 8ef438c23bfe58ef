"""The query language users type, parsed into a small syntax tree.

Plain words (all must match), "exact phrases", OR, NOT / leading minus,
parentheses, field prefixes (title: org: author: topic: country: region: type:
year: lang:, and text: for the text of local copies only), year ranges
(year:2015..2020, year:>2017), prefixes (protect*),
fuzzy terms (protecton~) and ``=`` for a term that must not be expanded by the
thesaurus. Parsing never raises: anything malformed falls back to a sensible
plain search and a note says what was done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELD_ALIASES = {
    "title": "title",
    "org": "org",
    "organisation": "org",
    "organization": "org",
    "author": "author",
    "topic": "topic",
    "tag": "topic",
    "country": "country",
    "region": "region",
    "type": "type",
    "year": "year",
    "lang": "lang",
    "language": "lang",
    "note": "note",
    "notes": "note",
    "text": "text",  # only inside the documents (local copies' text)
}
MIN_PREFIX = 3
# What one query may hold: a search box's query, not a pasted page. Ten thousand words
# took 13 s to search (each is expanded, scored and spell-checked), and brackets or NOTs
# nested a thousand deep overflowed the parser's recursion (a traceback, no result).
MAX_TOKENS = 100  # words, phrases, operators and brackets; the rest is left out, with a note
MAX_DEPTH = 20  # brackets nested deeper are ignored (with their closing ones), with a note


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    field: str | None = None
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    field: str | None = None
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Prefix:
    text: str
    field: str | None = None


@dataclass(frozen=True, slots=True)
class Fuzzy:
    text: str
    distance: int


@dataclass(frozen=True, slots=True)
class YearRange:
    low: int | None
    high: int | None


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Word | Phrase | Prefix | Fuzzy | YearRange | Not | And | Or


@dataclass(slots=True)
class Parsed:
    node: Node | None
    notes: list[str] = field(default_factory=list)


# -- tokens ------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Tok:
    kind: str  # WORD PHRASE LP RP OR AND NOT
    text: str = ""
    field: str | None = None
    neg: bool = False
    exact: bool = False


_FIELD = re.compile(r"([A-Za-z]+):")
_OPS = {"OR": "OR", "AND": "AND", "NOT": "NOT", "||": "OR", "&&": "AND"}


def _tokenise(text: str, notes: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(text)
    if text.count('"') % 2:
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
        notes.append("an unmatched quote was ignored")
        n = len(text)
    while i < n and len(toks) <= MAX_TOKENS:  # past the bound: left out (see _bounded)
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            toks.append(_Tok("LP" if ch == "(" else "RP"))
            i += 1
            continue
        neg = exact = False
        while i < n and text[i] in "-=+" and i + 1 < n and not text[i + 1].isspace():
            if text[i] == "-":
                neg = not neg
            elif text[i] == "=":
                exact = True
            i += 1
        fld: str | None = None
        m = _FIELD.match(text, i)  # at i, not on a copy of the rest (linear in the text)
        if m and m.end() < n and not text[m.end()].isspace():
            fld = m.group(1)
            i = m.end()
            if i < n and text[i] == "=":
                exact = True
                i += 1
        if i < n and text[i] == '"':
            end = text.find('"', i + 1)
            toks.append(_Tok("PHRASE", text[i + 1 : end], fld, neg, exact))
            i = end + 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in '()"':
            i += 1
        word = text[start:i]
        if not word:
            continue
        if fld is None and not neg and not exact and word in _OPS:
            toks.append(_Tok(_OPS[word]))
        else:
            toks.append(_Tok("WORD", word, fld, neg, exact))
    return toks


# -- parser ------------------------------------------------------------------------------------
class _Parser:
    def __init__(self, toks: list[_Tok], notes: list[str]) -> None:
        self.toks = toks
        self.pos = 0
        self.notes = notes
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def parse(self) -> Node | None:
        node = self.or_expr()
        while self.peek() is not None:  # only a stray ")" can stop or_expr early
            self.pos += 1
            self.notes.append("an unmatched ')' was ignored")
            more = self.or_expr()
            node = _and(node, more)
        return node

    def or_expr(self) -> Node | None:
        parts = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("RP", "OR"):
                self.notes.append("a stray OR was ignored")
                continue
            parts.append(self.and_expr())
        kept = [p for p in parts if p is not None]
        if len(parts) > 1 and parts[0] is None:
            self.notes.append("a stray OR was ignored")
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def and_expr(self) -> Node | None:
        items: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "RP"):
            if tok.kind == "AND":
                self.pos += 1
                if not items or self.peek() is None or self.peek().kind in ("OR", "RP", "AND"):  # type: ignore[union-attr]
                    self.notes.append("a stray AND was ignored")
                continue
            node = self.unary()
            if node is not None:
                items.append(node)
        if not items:
            return None
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self) -> Node | None:
        tok = self.peek()
        assert tok is not None
        if tok.kind == "NOT":
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("OR", "RP", "AND"):
                self.notes.append("a stray NOT was ignored")
                return None
            child = self.unary()
            return Not(child) if child is not None else None
        return self.primary()

    def primary(self) -> Node | None:
        tok = self.peek()
        assert tok is not None
        self.pos += 1
        if tok.kind == "LP":
            self.depth += 1
            node = self.or_expr()
            if self.peek() is not None and self.peek().kind == "RP":  # type: ignore[union-attr]
                self.pos += 1
            else:
                self.notes.append("a missing ')' was added")
            self.depth -= 1
            return node
        if tok.kind in ("WORD", "PHRASE"):
            node = self.term(tok)
            if node is not None and tok.neg:
                return Not(node)
            return node
        return None

    def term(self, tok: _Tok) -> Node | None:
        fld = None
        if tok.field is not None:
            fld = FIELD_ALIASES.get(tok.field.lower())
            if fld is None:
                self.notes.append(f"unknown field '{tok.field}:' was searched as text")
                words = [Word(tok.field), *_plain_words(tok.text)]
                return words[0] if len(words) == 1 else And(tuple(words))
        text = tok.text.strip()
        if not text:
            return None
        if fld == "year":
            return _year(text, self.notes)
        if tok.kind == "PHRASE":
            return Phrase(text, fld, tok.exact)
        if text.endswith("*") and "*" not in text[:-1]:
            stem = text[:-1]
            if len(stem) >= MIN_PREFIX:
                return Prefix(stem, fld)
            self.notes.append(
                f"'{text}': a prefix needs at least {MIN_PREFIX} letters "
                f"before *; searched '{stem}' as a word"
            )
            return Word(stem, fld, tok.exact) if stem else None
        m = re.match(r"^(.+?)~(\d?)$", text)
        if m and fld is None:
            word = m.group(1)
            dist = int(m.group(2)) if m.group(2) else (1 if len(word) <= 5 else 2)
            return Fuzzy(word, max(1, min(dist, 2)))
        cleaned = text.replace("*", "").replace("~", "")
        if not cleaned:
            return None
        return Word(cleaned, fld, tok.exact)


def _plain_words(text: str) -> list[Node]:
    return [Word(w) for w in text.split() if w]


_YEAR = r"(\d{4})"


def _year(text: str, notes: list[str]) -> Node | None:
    t = text.replace(" ", "")
    if m := re.fullmatch(rf"{_YEAR}(?:\.\.|-){_YEAR}", t):
        lo, hi = sorted((int(m.group(1)), int(m.group(2))))
        return YearRange(lo, hi)
    if m := re.fullmatch(rf"(>=|<=|>|<){_YEAR}", t):
        op, y = m.group(1), int(m.group(2))
        return {
            ">": YearRange(y + 1, None),
            ">=": YearRange(y, None),
            "<": YearRange(None, y - 1),
            "<=": YearRange(None, y),
        }[op]
    if m := re.fullmatch(rf"{_YEAR}\.\.", t):
        return YearRange(int(m.group(1)), None)
    if m := re.fullmatch(rf"\.\.{_YEAR}", t):
        return YearRange(None, int(m.group(1)))
    if m := re.fullmatch(_YEAR, t):
        return YearRange(int(m.group(1)), int(m.group(1)))
    notes.append(f"'year:{text}' is not a year or range like 2015..2020; searched as text")
    return Word(text)


def _and(a: Node | None, b: Node | None) -> Node | None:
    if a is None:
        return b
    if b is None:
        return a
    return And((a, b))


def _bounded(toks: list[_Tok], notes: list[str]) -> list[_Tok]:
    """``toks`` within :data:`MAX_TOKENS` and :data:`MAX_DEPTH`, saying what was left out."""
    if len(toks) > MAX_TOKENS:
        toks = toks[:MAX_TOKENS]
        notes.append(f"the query is long: only its first {MAX_TOKENS} words were searched")
    out: list[_Tok] = []
    depth = skipped = 0
    for tok in toks:
        if tok.kind == "LP":
            if depth >= MAX_DEPTH:
                skipped += 1
                continue
            depth += 1
        elif tok.kind == "RP":
            if skipped:
                skipped -= 1
                continue
            depth = max(0, depth - 1)
        out.append(tok)
    if len(out) < len(toks):
        notes.append(f"brackets nested more than {MAX_DEPTH} deep were ignored")
    return out


def parse(text: str) -> Parsed:
    """Parse what the user typed; never raises."""
    notes: list[str] = []
    toks = _bounded(_tokenise(text or "", notes), notes)
    node = _Parser(toks, notes).parse()
    return Parsed(node, notes)


def render(node: Node | None) -> str:
    """The query as understood, in the same language."""
    if node is None:
        return ""
    if isinstance(node, Word):
        return _field(node.field) + ("=" if node.exact else "") + node.text
    if isinstance(node, Phrase):
        return _field(node.field) + ("=" if node.exact else "") + f'"{node.text}"'
    if isinstance(node, Prefix):
        return _field(node.field) + node.text + "*"
    if isinstance(node, Fuzzy):
        return f"{node.text}~{node.distance}"
    if isinstance(node, YearRange):
        if node.low == node.high:
            return f"year:{node.low}"
        return f"year:{node.low or ''}..{node.high or ''}"
    if isinstance(node, Not):
        return "NOT " + _group(node.child)
    if isinstance(node, And):
        return " ".join(_group(c) for c in node.children)
    return " OR ".join(_group(c) if isinstance(c, Or) else render(c) for c in node.children)


def _group(node: Node) -> str:
    return f"({render(node)})" if isinstance(node, Or | And) else render(node)


def _field(name: str | None) -> str:
    return f"{name}:" if name else ""
