"""Which library resource a file is the local copy of: the evidence and the decision.

A file says what it is in three ways, and each is compared with the resources:

* a **DOI or ISBN** in its metadata (title, subject, keywords) or on its first page.
  The same identifier as a resource's (its link, its original record, a "DOI …" or
  "ISBN …" in its curator notes) decides on its own;
* its **title**, from the metadata or from the first lines of the first page;
* its **file name**, split into words (``OnlineChildSexualExploitation_2019`` reads
  "online child sexual exploitation 2019").

Titles are compared by the rule the importer uses to call two records the same work
(:func:`desktop_app.core.transfer.duplicates.similar_titles`): after folding case,
accents and punctuation, the two are equal, or one is the other plus a subtitle (at
least three words), or they share at least 90% of their letters
(``SIMILAR_TITLES``). One rule across the app: a file is taken for a resource exactly
when an imported record with that title would be taken for it. Numbers must agree
("… 2019" is not "… 2020"); a year in a file name is read as the year of the work,
which may differ from the resource's by at most one (the importer's rule again).

A match is of one of three strengths: the same title (3), nearly the same letters
(2), the title's words with more or fewer (1). A file is *matched* when one resource
is ahead of every other on (strength, how many kinds of evidence agree, whether its
year is named); otherwise the close candidates are *ambiguous*, best first, and the
curator chooses. The resources are indexed by title word, and a file is compared in
full only with the few resources that share its rarer words, so matching N files
against M resources costs about N × (a few dozen), not N × M.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from desktop_app.core.curation.completeness import title_key
from desktop_app.core.library.text import fold
from desktop_app.core.transfer.duplicates import SIMILAR_TITLES, identifiers, similar_titles

SAME, NEAR, WORDS = 3, 2, 1  # strengths of a title match
KIND_LABELS = {"meta": "title", "page": "title on the first page", "name": "file name"}
PAGE_LINES = 20  # the first lines of the first page where a title is looked for
MIN_PAGE_TITLE_WORDS = 3  # shorter titles ("Child Protection") are headings on many pages
MAX_CANDIDATES = 5  # candidates listed for an ambiguous file
_PROBES = 20  # resources compared in full per kind of evidence
_WORK = 20_000  # postings read per kind of evidence (rarest words first)
_SHORT_WORK = 600_000  # postings read for a short evidence whose rarer words did not do
_COVERED = 0.8  # a title sharing this much of the weight was found by the rarer words
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NUMBER = re.compile(r"(\d+)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# words that name a version of a file rather than the work ("…_final_web_v2.pdf")
_NOISE = frozenset(
    {
        *("final", "draft", "web", "print", "copy", "lowres", "hires", "highres", "low"),
        *("high", "res", "version", "rev", "en", "eng", "english", "pdf", "doc", "docx"),
        *("compressed", "optimized", "optimised", "small"),
    }
)
_VERSION = re.compile(r"^(?:v|ver|rev)\d+$")
_DOI_LINE = re.compile(r"(?im)^.*\b(?:doi|isbn)\b.*$")


def key_of(text: str) -> str:
    """A title as compared: accents, case and punctuation folded, letters and digits apart
    ("Associação:" -> "associacao", "COVID19" -> "covid 19")."""
    if not text.isascii():
        text = fold(text)
    words = title_key(text).split()
    if all(w.isalpha() or w.isdigit() for w in words):
        return " ".join(words)
    return " ".join(_NUMBER.sub(r" \1 ", " ".join(words)).split())


def name_key(file_name: str) -> str:
    """A file name as words: camelCase, underscores, dashes and digits split."""
    stem = Path(file_name).stem
    return key_of(_CAMEL.sub(" ", stem))


@dataclass(frozen=True, slots=True)
class FileEvidence:
    """What one file says about itself (plain values; see :func:`evidence`)."""

    name: str  # the file's name (or its path inside the folder)
    identifiers: frozenset[str] = frozenset()  # "doi:…", "isbn:…" from its metadata
    page_identifiers: frozenset[str] = frozenset()  # from its first page
    title: str = ""  # the metadata title
    first_page: str = ""
    sha256: str = ""
    note: str = ""  # what reading it said ("no text layer: scanned?")


def evidence(
    name: str,
    metadata: Mapping[str, str] | None = None,
    first_page: str = "",
    *,
    sha256: str = "",
    note: str = "",
) -> FileEvidence:
    """The evidence of a file from its name, its metadata and its first page's text."""
    meta = dict(metadata or {})
    meta_text = "\n".join(str(v) for v in meta.values() if v)
    return FileEvidence(
        name=name,
        identifiers=frozenset(identifiers(meta_text, meta_text)),
        page_identifiers=frozenset(identifiers(first_page, first_page)),
        title=str(meta.get("title", "") or "").strip(),
        first_page=first_page,
        sha256=sha256,
        note=note,
    )


@dataclass(frozen=True, slots=True)
class Target:
    """A library resource as matching sees it."""

    id: int
    title: str
    year: int | None = None
    ids: frozenset[str] = frozenset()
    local_file: str = ""
    titled: bool = True  # False for "Untitled …" entries awaiting review: no title match

    @property
    def label(self) -> str:
        """The title with its year, as lists show it."""
        return f"{self.title} ({self.year})" if self.year else self.title


def target_ids(url: str, source_record: str, notes: str) -> frozenset[str]:
    """A resource's DOIs and ISBNs: in its link, its original record, or a line of its
    curator notes that names a DOI or an ISBN."""
    named = "\n".join(m.group(0) for m in _DOI_LINE.finditer(notes))
    return frozenset(identifiers(url, source_record) | identifiers(named, named))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A resource a file may be the copy of, and why."""

    resource_id: int
    title: str
    year: int | None
    reason: str  # "DOI 10.1234/x", "title 92%", "file name 100%; title on the first page 96%"
    local_file: str = ""  # the resource's current local copy ("" when none)

    @property
    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


@dataclass(slots=True)
class _Support:
    """How well one resource fits one file: the best match per kind of evidence."""

    target: Target
    kinds: dict[str, tuple[int, float, str]] = field(default_factory=dict)  # kind -> match
    year: bool = False  # the resource's year is named by the file

    def add(self, kind: str, match: tuple[int, float, str]) -> None:
        if kind not in self.kinds or match[:2] > self.kinds[kind][:2]:
            self.kinds[kind] = match

    @property
    def rank(self) -> tuple[int, int, bool]:
        """What decides between two resources (the ratio only orders, never decides)."""
        return max(m[0] for m in self.kinds.values()), len(self.kinds), self.year

    @property
    def order(self) -> tuple[int, int, bool, float]:
        return (*self.rank, max(m[1] for m in self.kinds.values()))

    def reason(self) -> str:
        parts = []
        for kind in ("meta", "page", "name"):
            if kind in self.kinds:
                strength, ratio, how = self.kinds[kind]
                label = KIND_LABELS[kind]
                if strength == WORDS:
                    parts.append(f"{label} {how}")
                else:
                    parts.append(f"{label} {math.floor(ratio * 100)}%")
        if self.year and self.target.year:
            parts.append(f"year {self.target.year}")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Decision:
    """What matching concluded for one file."""

    status: str  # "matched", "ambiguous" or "unmatched"
    candidates: tuple[Candidate, ...] = ()  # best first; a matched file's resource first
    strength: tuple[int, int, int] = (0, 0, 0)  # (identifier, title strength, kinds)


def compare(evidence_key: str, title: str) -> tuple[int, float, str] | None:
    """(strength, letter ratio, how) when two title keys name the same work, else None."""
    if not evidence_key or not title:
        return None
    if evidence_key == title:
        return SAME, 1.0, ""
    if not similar_titles(evidence_key, title):
        return None
    ratio = SequenceMatcher(None, evidence_key, title, autojunk=False).ratio()
    if ratio >= SIMILAR_TITLES:
        return NEAR, ratio, ""
    words_e, words_t = set(evidence_key.split()), set(title.split())
    return WORDS, ratio, "contains the title" if words_t <= words_e else "is part of the title"


class ResourceIndex:
    """The library's resources, indexed by identifier and by title word."""

    def __init__(self, targets: Iterable[Target]) -> None:
        self.targets: list[Target] = list(targets)
        self.keys: list[str] = []
        self.exact: dict[str, int] = {}  # a title key -> its first resource
        self.more: dict[str, list[int]] = defaultdict(list)  # … and the others with it
        self.by_id: dict[str, list[int]] = defaultdict(list)
        # arrays of positions, not lists of ints: a quarter of the memory at 100,000 titles
        self.postings: dict[str, array[int]] = defaultdict(lambda: array("I"))
        for n, t in enumerate(self.targets):
            key = key_of(t.title) if t.titled else ""
            self.keys.append(key)
            if key:
                if key in self.exact:
                    self.more[key].append(n)
                else:
                    self.exact[key] = n
            for ident in t.ids:
                self.by_id[ident].append(n)
            for word in set(key.split()):
                self.postings[word].append(n)
        total = max(1, len(self.targets))
        self.idf = {w: math.log(1 + total / len(p)) for w, p in self.postings.items()}
        idf = self.idf
        self.weight = array("d", (sum(idf[w] for w in set(k.split())) for k in self.keys))

    def __len__(self) -> int:
        return len(self.targets)

    # -- finding the few resources worth comparing ------------------------------------------
    def _probe(self, words: set[str], *exact: str, short: bool = False) -> list[int]:
        """The resources whose title is one of ``exact``, then those sharing most of
        ``words``' weight, counted over the rarest words' postings (a bounded amount of
        work). For a ``short`` evidence (a name, a metadata title) where no title covers
        most of the words that way, or too many share as many, all its words are read
        (titles of common words)."""
        found = [
            n
            for key in exact
            if key in self.exact
            for n in (self.exact[key], *self.more.get(key, ()))
        ]
        postings = self.postings
        known = sorted((w for w in words if w in postings), key=lambda w: len(postings[w]))
        if not known:
            return found
        shared: Counter[int] = Counter()
        read = 0
        work = 0
        for w in known:
            posting = postings[w]
            if work and work + len(posting) > _WORK:
                break
            work += len(posting)
            read += 1
            shared.update(posting)  # counted in C; weighed below for the best few only
        scored, tied = self._scored(shared, words, known)
        if short and read < len(known) and (tied or not scored or scored[0][0] < _COVERED):
            for w in known[read:]:
                work += len(postings[w])
                if work > _SHORT_WORK:
                    break
                shared.update(postings[w])
            scored, _ = self._scored(shared, words, known)
        seen = set(found)
        found += [-m for _, m in scored if -m not in seen]
        return found

    def _scored(
        self, shared: Counter[int], words: set[str], known: list[str]
    ) -> tuple[list[tuple[float, int]], bool]:
        """The best few of the most shared titles, by the weight they share with ``words``
        over the smaller of the two weights (1.0: one holds all of the other's words), and
        whether the most shared were more than could be weighed (a cut among equals)."""
        idf = self.idf
        own = sum(idf[w] for w in known)
        scored = []
        top = shared.most_common(5 * _PROBES)
        for n, _ in top:
            weight = sum(idf[w] for w in set(self.keys[n].split()) & words)
            scored.append((weight / max(min(self.weight[n], own), 1e-9), -n))
        tied = len(shared) > len(top) and top[0][1] == top[-1][1]
        return heapq.nlargest(_PROBES, scored), tied

    # -- deciding ---------------------------------------------------------------------------
    def decide(self, ev: FileEvidence) -> Decision:
        """Matched, ambiguous or unmatched, with the candidates best first."""
        support: dict[int, _Support] | None = None
        for ids, where in ((ev.identifiers, ""), (ev.page_identifiers, " on the first page")):
            hits = self._by_identifier(ids)
            if not hits:
                continue
            cands = tuple(self._candidate(self.targets[n], f"{why}{where}") for n, why in hits)
            status = "matched" if len(cands) == 1 else "ambiguous"
            if where:  # a page may cite another work's DOI: a title naming another says so
                support = self._title_support(ev)
                known = {n for n, _ in hits}
                other = [s for n, s in support.items() if n not in known and s.rank[0] >= NEAR]
                if other:
                    other.sort(key=lambda s: s.order, reverse=True)
                    cands += tuple(self._candidate(s.target, s.reason()) for s in other)
                    status = "ambiguous"
            return Decision(status, cands[:MAX_CANDIDATES], (1, 0, 0))
        support = self._title_support(ev) if support is None else support
        if not support:
            return Decision("unmatched")
        ordered = sorted(support.values(), key=lambda s: s.order, reverse=True)
        cands = tuple(self._candidate(s.target, s.reason()) for s in ordered[:MAX_CANDIDATES])
        best = ordered[0]
        strength = (0, best.rank[0], best.rank[1])
        if len(ordered) == 1 or best.rank > ordered[1].rank:
            return Decision("matched", cands, strength)
        return Decision("ambiguous", cands, strength)

    def _by_identifier(self, ids: frozenset[str]) -> list[tuple[int, str]]:
        found: dict[int, str] = {}
        for ident in sorted(ids):
            kind, _, value = ident.partition(":")
            for n in self.by_id.get(ident, ()):
                found.setdefault(n, f"{kind.upper()} {value}")
        return sorted(found.items())

    def _candidate(self, t: Target, reason: str) -> Candidate:
        return Candidate(t.id, t.title, t.year, reason, t.local_file)

    def _title_support(self, ev: FileEvidence) -> dict[int, _Support]:
        support: dict[int, _Support] = {}
        strong_dois = {i for i in ev.identifiers if i.startswith("doi:")}

        def consider(kind: str, n: int, match: tuple[int, float, str] | None) -> None:
            if match is None:
                return
            t = self.targets[n]
            dois = {i for i in t.ids if i.startswith("doi:")}
            if strong_dois and dois and not strong_dois & dois:
                return  # the file's own DOI says it is another work
            support.setdefault(n, _Support(t)).add(kind, match)

        meta = key_of(ev.title)
        if meta:
            for n in self._probe(set(meta.split()), meta, short=True):
                consider("meta", n, compare(meta, self.keys[n]))
        windows = [(w, set(w.split())) for w in page_windows(ev.first_page)]
        if windows:
            words = {w for _, ws in windows for w in ws}
            for n in self._probe(words, *(w for w, _ in windows)):
                consider("page", n, self._page_match(windows, self.keys[n]))
        name = name_key(ev.name)
        name_years = {w for w in name.split() if _YEAR.match(w)}
        if name:
            bare = " ".join(w for w in name.split() if w not in _NOISE and not _YEAR.match(w))
            # the words that name the work (not its year or version) find the titles
            for n in self._probe(set((bare or name).split()), name, bare, short=True):
                consider("name", n, self._name_match(name, n))
        years = name_years | _years(ev.title) | _years(ev.first_page[:2000])
        for s in support.values():
            s.year = s.target.year is not None and str(s.target.year) in years
        return support

    def _page_match(
        self, windows: list[tuple[str, set[str]]], key: str
    ) -> tuple[int, float, str] | None:
        """The best match of a title among the first page's lines (a title of at least
        three words, in a window at most twice as long: a heading, not a paragraph)."""
        words = set(key.split())
        size = len(words)
        if size < MIN_PAGE_TITLE_WORDS:
            return None
        best: tuple[int, float, str] | None = None
        for window, have in windows:
            # alike titles share most words: skip the windows that cannot be one
            if len(have) > 2 * size or 2 * len(have & words) < min(len(have), size):
                continue
            match = compare(window, key)
            if match is not None and (best is None or match[:2] > best[:2]):
                best = match
        return best

    def _name_match(self, name: str, n: int) -> tuple[int, float, str] | None:
        """A file name against a title, without the words that name the file's version or
        year (kept when the title has them, or has a year of its own); a year must be within
        one of the resource's."""
        title = self.keys[n]
        words = set(title.split())
        dated = any(_YEAR.match(w) for w in words)  # then its year must be the file's
        kept, years = [], []
        for w in name.split():
            if w in words:
                kept.append(w)
            elif _YEAR.match(w) and not dated:
                years.append(int(w))
            elif w not in _NOISE and not _VERSION.match(w):
                kept.append(w)
        year = self.targets[n].year
        if years and year is not None and all(abs(y - year) > 1 for y in years):
            return None
        return compare(" ".join(kept), title)


def page_windows(text: str) -> list[str]:
    """Where a title may stand on a first page: each of its first lines, and each run of
    two or three of them (a title broken over lines), as title keys."""
    lines = [k for k in (key_of(line) for line in text.splitlines()) if k][:PAGE_LINES]
    out: list[str] = []
    for size in (1, 2, 3):
        out.extend(" ".join(lines[i : i + size]) for i in range(len(lines) - size + 1))
    return out


def _years(text: str) -> set[str]:
    return set(re.findall(r"\b(?:19|20)\d\d\b", text))
