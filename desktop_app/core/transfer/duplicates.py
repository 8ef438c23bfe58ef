"""Which entries of an import are already in the library, or repeat an earlier entry.

Strong identifiers decide on their own: the same UUID, the same original record
text, the same DOI or the same ISBN. A shared link, or the same title and year,
only points at a candidate; it is a duplicate when nothing else disagrees:

* the two records do not carry different DOIs, nor ISBNs with none in common;
* for a shared link, the titles are alike (equal once case and punctuation are
  set aside, one is the other plus a subtitle, or nearly the same letters) and
  the years, when both are known, are at most one apart;
* the people named, when both name some, share a family name; the organisations,
  when both name some, share one.

Every duplicate says which rule matched and whether it is already in the library
or repeats an earlier entry of the same file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from desktop_app.core.curation.completeness import title_key
from desktop_app.core.library.records import ResourceData, ResourceView
from desktop_app.core.library.text import fold, norm
from desktop_app.core.service import Catalogue, NewResource

SIMILAR_TITLES = 0.9  # SequenceMatcher ratio from which two title keys are alike
_DOI = r"(10\.\d{4,9}/[^\s\"'<>{}\[\],;]+)"
_DOI_IN_URL = re.compile(r"(?i)\b" + _DOI)
# a DOI as a record's own field, not one cited in its text: ('doi', '10.1/x') as RIS and
# BibTeX records are kept, "doi": "..." in JSON, <dc:identifier>doi:10.1/x</...> in XML,
# MARC 024 with $2 doi
_NAMED_DOI = re.compile(
    r"(?i)(?:[\"']doi[\"'],?:?\s*[\"']|>\s*(?:doi:\s*|info:doi/))"
    r"(?:https?://(?:dx\.)?doi\.org/)?" + _DOI
)
_MARC_024_DOI = re.compile(
    r"\"024\": \{[^{}]*\"subfields\": \[\{\"a\": \"" + _DOI + r"\"\}, \{\"2\": \"doi\""
)
_ISBN = r"((?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx])(?![\dXx])"
_NAMED_ISBN = re.compile(r"(?i)(?:\bisbn\b|\bissn\b|\bSN\b)[\"'\s:=,]{0,8}" + _ISBN)
# MARC records are kept as pymarc's JSON: the ISBN is $a of a 020 field, unless the
# field says it is the ISBN of a whole set or series ("088946927X (SBL series)")
_MARC_020 = re.compile(r"\"020\": \{[^{}]*\"subfields\": \[((?:\{[^{}]*\},? ?)*)\]")
_MARC_020_A = re.compile(r"\{\"a\": \"" + _ISBN)
_SET = re.compile(r"(?i)\b(?:set|series|sets)\b")
_STRONG = ("uuid", "source", "doi", "isbn")


@dataclass(slots=True, frozen=True)
class Duplicate:
    """One entry of a file found to be already there, and by which rule."""

    number: int  # the entry's position among the file's entries, from 1
    title: str
    rule: str  # "same DOI (10.1/x)", "same link and a similar title", ...
    target: int = 0  # the library resource it duplicates; 0 when it repeats an entry
    target_title: str = ""
    target_number: int = 0  # the earlier entry of the file it repeats
    trashed: bool = False  # the resource it duplicates is in the trash
    merge_into: int = 0  # the library resource "merge" fills from it (0: none)

    @property
    def in_file(self) -> bool:
        """Whether it repeats an earlier entry of the same file (rather than the library)."""
        return self.target == 0

    def describe(self) -> str:
        """One line for the preview: which entry, which rule, duplicating what."""
        if self.in_file:
            what = f"entry {self.target_number} of this file, “{_short(self.target_title)}”"
        else:
            trash = " (in the trash)" if self.trashed else ""
            what = f"library resource {self.target}{trash}, “{_short(self.target_title)}”"
        return f"Entry {self.number} “{_short(self.title)}”: {self.rule} as {what}"


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(slots=True)
class _Profile:
    """What deciding about a candidate needs to know of one record."""

    title: str
    key: str
    year: int | None
    people: frozenset[str]
    orgs: frozenset[str]
    ids: frozenset[str]
    trashed: bool = False
    target: int = 0  # for an entry found to duplicate a library resource: that resource
    keys: list[tuple[str, ...]] = field(default_factory=list)


def identifiers(url: str, source_record: str) -> set[str]:
    """DOIs and ISBNs a record carries: a DOI in its link, or a DOI or ISBN that is a
    field of its original record (RIS, BibTeX, JSON, Dublin Core, MARC 020 and 024),
    not one its abstract or references cite."""
    found = {"doi:" + _doi(m.group(1)) for m in _DOI_IN_URL.finditer(url)}
    for pattern in (_NAMED_DOI, _MARC_024_DOI):
        found |= {"doi:" + _doi(m.group(1)) for m in pattern.finditer(source_record)}
    isbns = [m.group(1) for m in _NAMED_ISBN.finditer(source_record)]
    for field_020 in _MARC_020.finditer(source_record):
        if not _SET.search(field_020.group(1)):
            isbns += [m.group(1) for m in _MARC_020_A.finditer(field_020.group(1))]
    found |= {"isbn:" + i for i in map(_isbn13, isbns) if i}
    return found


def _doi(text: str) -> str:
    """A DOI as a key: lower case, without a closing bracket or dot that ends a sentence."""
    text = text.rstrip(".")
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(".")
    return text.lower()


def _isbn13(text: str) -> str | None:
    """The ISBN-13 for a valid ISBN-10 or ISBN-13 (check digit verified), else None."""
    digits = re.sub(r"[- ]", "", text).upper()
    if len(digits) == 10 and digits[:9].isdigit():
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        if total % 11 or not (digits[9].isdigit() or digits[9] == "X"):
            return None
        digits = "978" + digits[:9]
        check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10) % 10
        return digits + str(check)
    if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979"):
        if sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10:
            return None
        return digits
    return None


def _family(name: str) -> str:
    """The family name of "Smith, John" or "John Smith", folded."""
    name = fold(norm(name))
    part = name.split(",")[0] if "," in name else (name.split() or [""])[-1]
    return re.sub(r"\W+", "", part)


def _profile(
    title: str,
    year: int | None,
    authors: Iterable[str],
    orgs: Iterable[str],
    url: str,
    source: str,
    uuid: str,
    untitled: bool,
) -> _Profile:
    ids = identifiers(url, source)
    key = "" if untitled else title_key(title)
    keys = _keys(uuid, source, ids, url, key, year)
    return _Profile(
        title=title,
        key=key,
        year=year,
        people=frozenset(f for f in map(_family, authors) if f),
        orgs=frozenset(o for o in (fold(norm(x)) for x in orgs) if o),
        ids=frozenset(ids),
        keys=keys,
    )


def _of_view(v: ResourceView) -> _Profile:
    p = _profile(
        v.title,
        v.year,
        v.authors,
        v.organisations,
        v.url,
        v.source_record,
        v.uuid,
        _untitled(v),
    )
    p.trashed = v.status == "trashed"
    p.target = v.id
    return p


def _of_item(item: NewResource) -> _Profile:
    d = item.data
    year = int(d.date[:4]) if d.date and d.date[:4].isdigit() else None
    return _profile(
        d.title,
        year,
        d.authors,
        d.organisations,
        d.url,
        item.source_record,
        item.uuid or "",
        _untitled(d),
    )


def _untitled(data: ResourceData) -> bool:
    return data.needs_review and data.title.startswith("Untitled ")


def _rule(key: tuple[str, ...]) -> str:
    kind = key[0]
    if kind == "uuid":
        return "same UUID"
    if kind == "source":
        return "same original record"
    if kind == "doi":
        return f"same DOI ({key[1]})"
    if kind == "isbn":
        return f"same ISBN ({key[1]})"
    if kind == "url":
        return "same link and a similar title"
    return "same title and year"


def _agree(a: _Profile, b: _Profile, kind: str) -> bool:
    """Whether a match by link or by title and year stands: nothing else disagrees."""
    dois_a = {i for i in a.ids if i.startswith("doi:")}
    dois_b = {i for i in b.ids if i.startswith("doi:")}
    isbns_a, isbns_b = a.ids - dois_a, b.ids - dois_b
    if (dois_a and dois_b and not dois_a & dois_b) or (
        isbns_a and isbns_b and not isbns_a & isbns_b
    ):
        return False
    if kind == "url":
        if not similar_titles(a.key, b.key):
            return False
        if a.year is not None and b.year is not None and abs(a.year - b.year) > 1:
            return False
    if a.people and b.people and not a.people & b.people:
        return False
    return not (a.orgs and b.orgs and not _orgs_meet(a.orgs, b.orgs))


def _orgs_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or any(x in y or y in x for x in a for y in b)


def similar_titles(a: str, b: str) -> bool:
    """Whether two title keys (see ``title_key``) name the same work."""
    if not a or not b:
        return False
    if a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    numbers_a = {w for w in words_a if w.isdigit()}
    numbers_b = {w for w in words_b if w.isdigit()}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False  # "... part 1" and "... part 2", "report 2019" and "report 2020"
    short, long = sorted((words_a, words_b), key=len)
    if len(short) >= 3 and short <= long:  # the same title, one with a subtitle
        return True
    m = SequenceMatcher(None, a, b, autojunk=False)
    return m.real_quick_ratio() >= SIMILAR_TITLES and m.ratio() >= SIMILAR_TITLES


def find_duplicates(
    catalogue: Catalogue, items: list[NewResource]
) -> tuple[list[NewResource], list[tuple[NewResource, Duplicate]]]:
    """(new entries, duplicates each with its :class:`Duplicate`), in file order.

    A duplicate of the library names the resource; one that repeats an earlier entry
    of the file names that entry (and ``merge_into`` the resource that entry is
    already in, if any, so that merging still has somewhere to go).
    """
    profiles = [_of_item(item) for item in items]
    wanted = {k for p in profiles for k in p.keys}
    with_ids = any(p.ids for p in profiles)
    library: dict[tuple[str, ...], list[int]] = {}
    for v in catalogue.iter_views(include_trashed=True, batch=2000):
        for k in _view_keys(v, with_ids):
            if k in wanted:
                library.setdefault(k, []).append(v.id)
    candidates = sorted({i for ids in library.values() for i in ids})
    known = {v.id: _of_view(v) for v in catalogue.get_many(candidates)}
    earlier: dict[tuple[str, ...], list[int]] = {}  # key -> indexes of earlier entries
    fresh: list[NewResource] = []
    dups: list[tuple[NewResource, Duplicate]] = []
    for n, (item, prof) in enumerate(zip(items, profiles, strict=True)):
        dup = _duplicate(n, item, prof, library, known, earlier, profiles)
        if dup is None:
            fresh.append(item)
        else:
            prof.target = dup.merge_into
            dups.append((item, dup))
        for k in prof.keys:
            earlier.setdefault(k, []).append(n)
    return fresh, dups


def _duplicate(
    n: int,
    item: NewResource,
    prof: _Profile,
    library: dict[tuple[str, ...], list[int]],
    known: dict[int, _Profile],
    earlier: dict[tuple[str, ...], list[int]],
    profiles: list[_Profile],
) -> Duplicate | None:
    """What entry ``n`` duplicates: a library resource first, else an earlier entry."""
    found = _match(prof, library, known)
    if found is not None:
        rule, rid = found
        other = known[rid]
        return Duplicate(n + 1, item.data.title, rule, rid, other.title, 0, other.trashed, rid)
    repeat = _match_file(prof, earlier, profiles)
    if repeat is None:
        return None
    rule, index = repeat
    other = profiles[index]
    return Duplicate(n + 1, item.data.title, rule, 0, other.title, index + 1, False, other.target)


def _view_keys(v: ResourceView, with_ids: bool) -> list[tuple[str, ...]]:
    """The keys of a library resource (its identifiers only when some entry has any)."""
    ids = identifiers(v.url, v.source_record) if with_ids else set()
    key = "" if _untitled(v) else title_key(v.title)
    return _keys(v.uuid, v.source_record, ids, v.url, key, v.year)


def _keys(
    uuid: str, source: str, ids: set[str], url: str, key: str, year: int | None
) -> list[tuple[str, ...]]:
    """What a record is looked up by, strong identifiers first: UUID, original record,
    DOIs and ISBNs, then link, then title key and year."""
    keys: list[tuple[str, ...]] = [("uuid", uuid)] if uuid else []
    if source:
        keys.append(("source", hashlib.sha256(source.encode("utf-8", "replace")).hexdigest()))
    keys.extend(tuple(i.split(":", 1)) for i in sorted(ids))
    link = url.strip().rstrip("/").lower()
    if link:
        keys.append(("url", link))
    if key:
        keys.append(("title", key, str(year)))
    return keys


def _match(
    prof: _Profile, index: dict[tuple[str, ...], list[int]], known: dict[int, _Profile]
) -> tuple[str, int] | None:
    """(rule, resource id) of the first library resource ``prof`` duplicates."""
    for k in prof.keys:
        for rid in index.get(k, ()):
            if rid in known and (k[0] in _STRONG or _agree(prof, known[rid], k[0])):
                return _rule(k), rid
    return None


def _match_file(
    prof: _Profile, index: dict[tuple[str, ...], list[int]], profiles: list[_Profile]
) -> tuple[str, int] | None:
    """(rule, index) of the first earlier entry of the file ``prof`` repeats."""
    for k in prof.keys:
        for n in index.get(k, ()):
            if k[0] in _STRONG or _agree(prof, profiles[n], k[0]):
                return _rule(k), n
    return None
