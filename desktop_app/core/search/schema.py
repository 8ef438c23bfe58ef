"""The Whoosh schema and analyzers (Whoosh 2.7 API only).

Text fields are stemmed (English) and case- and accent-folded, so "protect" finds
"protection" and "Associacao" finds "Associação". The unstemmed copy of the text
that prefix and fuzzy terms are matched against is the word list in ``words.py``.
"""

from __future__ import annotations

import math
import re
import struct
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
    Tokenizer,
)
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, TEXT, FieldType, Schema

from desktop_app.core.library.records import ResourceView
from desktop_app.core.library.values import TYPE_LABELS, ResourceType
from desktop_app.core.search.whoosh_adapter import ACCENT_MAP, CountedValues, stem_word, uint_column

SCHEMA_VERSION = 11  # 9: labels, the topics' labels in other languages; 10: document text
# How many times each part is repeated in ``body``, the field plain words are ranked
# on: one BM25 saturation over all of a resource's text (BM25F by repetition).
BODY_WEIGHTS = {
    "title": 2,
    "topics": 2,
    "organisations": 1,
    "authors": 1,
    "countries": 1,
    "summary": 1,
    "excerpt": 1,
    "regions": 1,
}
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
# Only the first this many characters of a field are indexed: a library that holds
# a huge field (a 100 MB title from before import limits) still rebuilds in bounded
# memory. Import limits are far below it (a title 2,000, a summary 100,000).
FIELD_CHARS = 100_000
# A local copy's text is indexed up to this many characters (about 400 pages of a
# report): every word of an 80-page report is found, a 2,000-page one is cut.
TEXT_CHARS = 1_000_000
# The text of local copies: ``text`` for resources everyone may see, ``staff_text``
# for staff-only ones (searched in curator mode only, as ``notes`` is), each scored
# times this weight beside ``body``: a word in a document counts for less than the
# same word in a title or summary (title hits outrank text-only hits; a test holds
# it). One factor for both, so a staff-only document ranks as any other.
DOCUMENT_FIELDS = ("text", "staff_text")
DOCUMENT_WEIGHT = 0.4


def reference_stem_analyzer() -> Any:
    """The Whoosh chain that ``FoldStemAnalyzer`` fuses (kept to test it against)."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(ACCENT_MAP)
        | StopFilter()
        | StemFilter()
    )


class FoldStemAnalyzer(Tokenizer):  # type: ignore[misc]
    """``reference_stem_analyzer()`` in one pass, remembering what each word becomes.

    Tokenizing, lower-casing, accent-folding, dropping stop words and stemming as a
    chain of five generators cost more than half of an index build; here each
    distinct word is folded and stemmed once and every token after that is a dict
    lookup. It yields exactly what the chain yields, for every option Whoosh passes
    (positions, characters, kept stop words, ...): a property test holds it to that.
    """

    is_morph = True
    CACHE_LIMIT = 500_000

    def __init__(self) -> None:
        self.expression = re.compile(TOKEN_PATTERN)
        self.stops = STOP_WORDS
        self._cache: dict[str, tuple[str, str | None]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"expression": self.expression.pattern}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__)

    def _word(self, raw: str) -> tuple[str, str | None]:
        """(folded text, its stem or None for a stop word)."""
        known = self._cache.get(raw)
        if known is None:
            text = raw.lower().translate(ACCENT_MAP)
            stemmed = None if len(text) < 2 or text in self.stops else stem_word(text)
            known = (text, stemmed)
            if len(self._cache) >= self.CACHE_LIMIT:
                self._cache.clear()
            self._cache[raw] = known
        return known

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Any:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        word = self._word
        pos: int | None = None
        if tokenize:
            spans: Any = ((m.group(0), m.start(), m.end()) for m in self.expression.finditer(value))
        else:
            spans = [(value, 0, len(value))]
        for i, (raw, start, end) in enumerate(spans):
            folded, stemmed = word(raw)
            if stemmed is None:
                if removestops:
                    continue
                t.text = folded
                t.stopped = True
                if positions:
                    t.pos = start_pos + i
            else:
                t.text = stemmed
                t.stopped = False
                if positions:
                    pos = start_pos + i if pos is None else pos + 1
                    t.pos = pos
            t.boost = 1.0
            if keeporiginal:
                t.original = raw
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t

    def stems(self, value: str) -> list[str]:
        """The stems of ``value`` in order, stop words dropped."""
        word = self._word
        return [s for s in (word(raw)[1] for raw in self.expression.findall(value)) if s]

    def stem_spans(self, value: str) -> list[tuple[str, int, int]]:
        """(stem, start, end) of each word of ``value`` that is not a stop word: what
        ``__call__(value, chars=True)`` yields, without making a token for each word
        (snippets look through whole pages of documents with it)."""
        word = self._word
        out = []
        for m in self.expression.finditer(value):
            stemmed = word(m.group(0))[1]
            if stemmed is not None:
                out.append((stemmed, m.start(), m.end()))
        return out

    def term_positions(self, value: str) -> dict[str, list[int]]:
        """Each term of ``value`` with its positions, in first-seen order: what indexing
        with positions reads from ``__call__`` (stop words dropped, every boost 1.0),
        without making a token for each word."""
        word = self._word
        out: dict[str, list[int]] = {}
        pos = -1
        for i, raw in enumerate(self.expression.findall(value)):
            stemmed = word(raw)[1]
            if stemmed is None:
                continue
            pos = i if pos < 0 else pos + 1
            found = out.get(stemmed)
            if found is None:
                out[stemmed] = [pos]
            else:
                found.append(pos)
        return out


PAIR_SEPARATOR = " "  # never inside a token: ``TOKEN_PATTERN`` has no spaces
# a word is "common" if at least this share of a rebuild's sample of resources hold it
COMMON_SHARE = 0.05
MAX_COMMON = 2000  # what a rebuild's pair keys have room for


class PairAnalyzer(Tokenizer):  # type: ignore[misc]
    """Each two neighbouring common words of a text as one term: "the social workers"
    gives "social worker", folded and stemmed as ``FoldStemAnalyzer`` does, stop words
    dropped (so neighbours are what Whoosh's phrases count as neighbours).

    A field indexed with it beside a positional field (``source``) makes a phrase of
    two common words one short posting list instead of two long ones to intersect
    and check position by position (Lucene's CommonGrams). Only pairs of ``common``
    words are indexed: a phrase with a rarer word is quick to find from that word's
    postings, and leaving those pairs out keeps the field's vocabulary small. The
    common words are chosen when the index is rebuilt and kept in its schema, so every
    segment, and every later write, pairs the same words.
    """

    def __init__(self, source: str = "body", common: frozenset[str] = frozenset()) -> None:
        self.stemmer = FoldStemAnalyzer()
        self.source = source
        self.common = frozenset(common)

    def __getstate__(self) -> dict[str, Any]:
        return {"source": self.source, "common": sorted(self.common)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["source"], frozenset(state["common"]))  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, PairAnalyzer)
            and other.source == self.source
            and other.common == self.common
        )

    def __hash__(self) -> int:
        return hash((self.__class__, self.source, self.common))

    def pairs_in(self, stems: list[str]) -> list[tuple[str, str]]:
        """The neighbouring pairs of ``stems`` that this field indexes, in order."""
        common = self.common
        return [(a, b) for a, b in pairwise(stems) if a in common and b in common]

    def __call__(
        self,
        value: str,
        positions: bool = False,
        start_pos: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **options: Any,
    ) -> Any:
        """The pair tokens of ``value`` (the options Whoosh may pass for character
        ranges or stop words do not apply to pairs)."""
        t = Token(positions, False, mode=mode)
        stems = self.stemmer.stems(value) if tokenize else [value]
        for i, pair in enumerate(map(PAIR_SEPARATOR.join, self.pairs_in(stems))):
            t.text = pair
            t.stopped = False
            t.boost = 1.0
            if positions:
                t.pos = start_pos + i
            yield t

    def pair_stats(self, value: str) -> dict[str, tuple[int, int, int]]:
        """Each pair term of ``value``: how often it occurs, and how often each of its
        two words does in the whole text."""
        stems = self.stemmer.stems(value)
        counts = Counter(stems)
        pairs = Counter(self.pairs_in(stems))
        return {
            PAIR_SEPARATOR.join(pair): (n, counts[pair[0]], counts[pair[1]])
            for pair, n in pairs.items()
        }


def common_words(
    texts: Iterable[str], share: float = COMMON_SHARE, also: Iterable[str] = ()
) -> frozenset[str]:
    """The stems found in at least ``share`` of ``texts`` (and in two of them at least),
    with the stems of the words ``also`` (the thesaurus: its terms are phrases people
    search); at most ``MAX_COMMON``, those of ``also`` and then the most frequent."""
    held: Counter[str] = Counter()
    n = 0
    for text in texts:
        held.update(STEM.term_positions(text).keys())
        n += 1
    need = max(2, math.ceil(share * n))
    chosen = list(dict.fromkeys(STEM.term_positions(" ".join(also))))
    chosen += [w for w, k in held.most_common(MAX_COMMON) if k >= need]
    return frozenset(list(dict.fromkeys(chosen))[:MAX_COMMON])


def encode_pair(n: int, first: int, second: int) -> bytes:
    """A pair posting's value: the pair's count and its two words' counts."""
    if n < 255 and first < 255 and second < 255:
        return bytes((n, first, second))
    return b"\xff" + struct.pack("!III", n, first, second)


def decode_pair(value: bytes) -> tuple[int, int, int]:
    if value[0] != 255:
        return value[0], value[1], value[2]
    n, first, second = struct.unpack("!III", value[1:13])
    return n, first, second


class PairCounts(CountedValues):
    """A word-pair field's postings: each holds the pair's count and its two words'
    counts in the document, so a phrase is scored from the pair field alone exactly
    as Whoosh scores it from its words."""

    def postings(self, value: str, analyzer: Any) -> Iterator[tuple[str, int, bytes]]:
        for pair, (n, first, second) in analyzer.pair_stats(value).items():
            yield pair, n, encode_pair(n, first, second)

    def count(self, valuestring: bytes) -> int:
        return decode_pair(valuestring)[0]


def pair_field(source: str, common: frozenset[str]) -> Any:
    """A field holding ``source``'s pairs of ``common`` words (not scored itself)."""
    return FieldType(
        format=PairCounts(),
        analyzer=PairAnalyzer(source, common),
        scorable=False,
        stored=False,
    )


def pairs_field(schema: Any, fieldname: str) -> str | None:
    """The field holding ``fieldname``'s word pairs, if the schema has one (and both
    are analysed alike, so a pair term stands for a phrase)."""
    if fieldname not in schema or type(schema[fieldname].analyzer) is not FoldStemAnalyzer:
        return None
    for name, field in schema.items():
        analyzer = getattr(field, "analyzer", None)
        if type(analyzer) is PairAnalyzer and analyzer.source == fieldname:
            return str(name)
    return None


def stem_analyzer() -> Any:
    return FoldStemAnalyzer()


def plain_analyzer() -> Any:
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(ACCENT_MAP)


STEM = stem_analyzer()
PLAIN = plain_analyzer()

# Short fields that field prefixes (title:, org:, ...) search; summary and excerpt
# are only searched through ``body``.
TEXT_FIELDS: dict[str, float] = {
    "title": 1.0,
    "topics": 1.0,
    "organisations": 1.0,
    "countries": 1.0,
    "authors": 1.0,
    "regions": 1.0,
}
CURATOR_FIELDS: dict[str, float] = {"notes": 1.0}


def build_schema(common: frozenset[str] = frozenset()) -> Schema:
    """The index's schema; ``common`` are the words whose neighbouring pairs are
    indexed for phrases (chosen at a rebuild, see ``PairAnalyzer``)."""
    fields: dict[str, Any] = {
        name: TEXT(analyzer=stem_analyzer(), field_boost=boost, phrase=True)
        for name, boost in {**TEXT_FIELDS, **CURATOR_FIELDS}.items()
    }
    return Schema(
        uuid=ID(unique=True),
        # a per-document column only: indexing it would add 8 terms to every document
        rid=COLUMN(uint_column()),
        body=TEXT(analyzer=stem_analyzer(), phrase=True),
        # the resource's topics' labels in other languages: plain words search it beside
        # body (kept out of body, whose English text similar resources are compared on)
        labels=TEXT(analyzer=stem_analyzer(), phrase=True),
        # the local copy's text (see DOCUMENT_FIELDS): not stored, snippets come from
        # the database
        text=TEXT(analyzer=stem_analyzer(), phrase=True),
        staff_text=TEXT(analyzer=stem_analyzer(), phrase=True),
        # body's neighbouring word pairs: a two-word phrase is one term here
        body_pairs=pair_field("body", common),
        type=KEYWORD(lowercase=True, commas=False, scorable=False),
        # one term per year (a range query walks at most a few hundred years)
        year=NUMERIC(int, bits=32, shift_step=0),
        lang=ID,
        status=ID,
        **fields,
    )


def type_words(type_value: str) -> str:
    """Words a user may type for a type: its value and its label ("web_page web page")."""
    try:
        label = TYPE_LABELS[ResourceType(type_value)]
    except ValueError:
        label = type_value
    return f"{type_value} {label.replace('/', ' ')}".lower()


def capped(text: str) -> str:
    """``text`` up to ``FIELD_CHARS`` characters, ending at a word's end when one is near."""
    return capped_text(text, FIELD_CHARS)


def capped_text(text: str, limit: int = TEXT_CHARS) -> str:
    """``text`` up to ``limit`` characters, ending at a word's end when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ", max(0, limit - 200))
    return head[:space] if space > 0 else head


def document(
    view: ResourceView,
    org_extra: dict[str, list[str]],
    country_extra: dict[str, list[str]],
    topic_extra: dict[str, list[str]],
    topic_labels: dict[str, list[str]] | None = None,
    text: str = "",
) -> dict[str, Any]:
    """The Whoosh document for one resource.

    ``text`` is its local copy's text (all pages): in ``text``, or in ``staff_text``
    for a staff-only resource, never in ``body`` (snippets of it come from the
    database, page by page).

    ``*_extra`` map a vocabulary name to more words that should find it (acronyms,
    alternative names, aliases, alternative labels); ``topic_labels`` a topic's labels
    in other languages, searched with ``topic:`` and, through ``labels``, by plain words.
    """
    orgs = " ; ".join(" ".join([name, *org_extra.get(name, [])]) for name in view.organisations)
    countries = " ; ".join(
        " ".join([name, *country_extra.get(name, [])]) for name in view.countries
    )
    topics = " ; ".join(" ".join([name, *topic_extra.get(name, [])]) for name in view.topics)
    labels = " ; ".join(x for name in view.topics for x in (topic_labels or {}).get(name, []))
    doc: dict[str, Any] = {
        "uuid": view.uuid,
        "rid": view.id,
        "title": capped(view.title),
        "organisations": capped(orgs),
        "authors": capped(" ; ".join(view.authors)),
        "topics": capped(f"{topics} ; {labels}" if labels else topics),
        "labels": capped(labels),
        "countries": capped(countries),
        "regions": capped(" ; ".join(view.regions)),
        "notes": capped(view.curator_notes),
        "type": type_words(view.type),
        "lang": view.language or "und",
        "status": view.status,
    }
    body_parts = {
        **doc,
        "topics": capped(topics),  # body holds English text: the labels are not in it
        "summary": capped(view.summary),
        "excerpt": capped(view.excerpt),
    }
    doc["body"] = " . ".join(
        " . ".join([body_parts[name]] * times)
        for name, times in BODY_WEIGHTS.items()
        if body_parts[name]
    )
    doc["body_pairs"] = doc["body"]
    if view.year is not None:
        doc["year"] = view.year
    if text:
        doc["staff_text" if view.audience == "staff" else "text"] = capped_text(text)
    return doc
