"""Reading the classic SMART-format test collections (Cranfield, CACM) and scoring runs.

Both collections are files of records, each opened by ``.I <id>`` and divided into
sections by lines holding only ``.<letter>`` (``.T`` title, ``.W`` abstract or query
text, ``.A`` authors, ``.B`` source, ``.N``, ``.X`` ...). ``read_records`` reads them
in one linear pass and tolerates what the real files hold: an empty record (CACM's
``query.text`` ends with a stray ``.I 0``), records without a ``.W`` (most CACM
records are title-only), sections it does not know (kept under their letter),
a missing final newline, Windows line ends, and bytes that are not UTF-8.

Judgements: Cranfield's ``cranqrel`` grades 1 (best) to 4 as relevant, gain 5 - grade,
and -1 as not relevant; its queries are numbered 001..365 with gaps in ``cran.qry``
but 1..225 in order in ``cranqrel``, so the i-th query of the file is qrel query i.
CACM's ``qrels.text`` lines are ``qid docid 0 0``, binary (gain 1), and only 52 of
its 64 queries are judged: a run is scored on the judged queries only.
The collections are read in place and never copied into the project.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_START = re.compile(r"^\.I(?:\s+(\S+))?\s*$")
_SECTION = re.compile(r"^\.([A-Z])\s*$")


@dataclass(slots=True)
class Record:
    """One record: its id as written and the non-blank lines of each section."""

    id: str
    sections: dict[str, list[str]] = field(default_factory=dict)

    def get(self, letter: str) -> str:
        """A section's text, its lines joined by single spaces ("" when absent)."""
        return " ".join(self.sections.get(letter, ()))

    def lines(self, letter: str) -> list[str]:
        return list(self.sections.get(letter, ()))


@dataclass(frozen=True, slots=True)
class Doc:
    """A document as the catalogue would hold it."""

    id: int
    title: str
    authors: tuple[str, ...]
    abstract: str  # the catalogue's summary; empty for a title-only record


@dataclass(frozen=True, slots=True)
class Collection:
    name: str
    docs: list[Doc]
    queries: dict[int, str]  # judged queries only: number -> text
    qrels: dict[int, dict[int, int]]  # query -> {doc id: gain}


def read_records(lines: Iterable[str]) -> list[Record]:
    """The records of a SMART-format file, given its lines (see the module docstring)."""
    records: list[Record] = []
    current: Record | None = None
    section: list[str] | None = None
    for raw in lines:
        line = raw.rstrip("\r\n")
        start = _START.match(line)
        if start:
            current = Record(start.group(1) or "")
            records.append(current)
            section = None
            continue
        marker = _SECTION.match(line)
        if marker and current is not None:
            section = current.sections.setdefault(marker.group(1), [])
        elif section is not None and line.strip():
            section.append(line.strip())
    return records


def read_file(path: Path) -> list[Record]:
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        return read_records(f)


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def cranfield_authors(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split(" and ") if a.strip())[:5]


def load_cranfield(folder: Path) -> Collection:
    docs = [
        Doc(n, r.get("T"), cranfield_authors(r.get("A")), r.get("W"))
        for r in read_file(folder / "cran.all.1400")
        if (n := _int(r.id)) is not None
    ]
    qrels: dict[int, dict[int, int]] = {}
    for line in (folder / "cranqrel").read_text("utf-8", errors="replace").splitlines():
        cols = line.split()
        if len(cols) >= 3 and all(_int(c) is not None for c in cols[:3]):
            qid, doc, grade = (int(c) for c in cols[:3])
            if 1 <= grade <= 4:
                qrels.setdefault(qid, {})[doc] = 5 - grade
    queries = {
        i: r.get("W")
        for i, r in enumerate(read_file(folder / "cran.qry"), 1)
        if i in qrels and r.get("W")
    }
    return Collection("Cranfield", docs, queries, {q: qrels[q] for q in queries})


def load_cacm(folder: Path) -> Collection:
    docs = []
    for r in read_file(folder / "cacm.all"):
        n = _int(r.id)
        if n is None:
            continue
        # .A holds one author a line ("Perlis, A. J.")
        docs.append(Doc(n, r.get("T"), tuple(r.lines("A"))[:5], r.get("W")))
    qrels = read_binary_qrels((folder / "qrels.text").read_text("utf-8", errors="replace"))
    queries = {
        n: r.get("W")
        for r in read_file(folder / "query.text")
        if (n := _int(r.id)) is not None and r.get("W") and n in qrels
    }
    return Collection("CACM", docs, queries, {q: qrels[q] for q in queries})


def read_binary_qrels(text: str) -> dict[int, dict[int, int]]:
    """``qid docid ...`` lines (CACM's ``qrels.text``) as gain 1 each; other lines skipped."""
    qrels: dict[int, dict[int, int]] = {}
    for line in text.splitlines():
        cols = line.split()
        if len(cols) >= 2:
            qid, doc = _int(cols[0]), _int(cols[1])
            if qid is not None and doc is not None:
                qrels.setdefault(qid, {})[doc] = 1
    return qrels


# -- metrics ------------------------------------------------------------------------------------
def average_precision(ranked: list[int], relevant: dict[int, int]) -> float:
    """Mean of the precision at each relevant document's rank, over all relevant
    documents (those never retrieved count 0); any gain > 0 is relevant."""
    wanted = {d for d, g in relevant.items() if g > 0}
    hits, total = 0, 0.0
    seen: set[int] = set()
    for i, doc in enumerate(ranked, 1):
        if doc in wanted and doc not in seen:
            seen.add(doc)
            hits += 1
            total += hits / i
    return total / len(wanted) if wanted else 0.0


def ndcg(ranked: list[int], relevant: dict[int, int], k: int = 10) -> float:
    """nDCG@k with linear gains and log2(rank + 1) discounts."""
    dcg = sum(relevant.get(d, 0) / math.log2(i + 1) for i, d in enumerate(ranked[:k], 1))
    ideal = sorted((g for g in relevant.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))
    return dcg / idcg if idcg else 0.0
