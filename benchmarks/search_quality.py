"""Search quality on Cranfield and CACM: MAP and nDCG@10, ours vs SQLite FTS5 bm25.

    uv run python benchmarks/search_quality.py [--data ../shared/data] [--only cacm]

Each collection is loaded into a fresh library as a catalogue would hold it (title,
authors, the abstract as the summary; no document text, so the full-text field is
present in the schema and empty) and into an FTS5 table in the same run. Both
engines get the same query: the query's words, minus the stop words our analyzer
drops, joined with OR; ours ranks with its own relevance order (``engine.search``),
FTS5 with bm25() over porter-stemmed, diacritics-folded columns with the column
weights our ``body`` field gives them (``schema.BODY_WEIGHTS``: title 2, authors 1,
summary 1) and, as a second peer, title 4, authors 1.5, summary 1. Only judged
queries are scored (see ``ir_collections`` for the files' quirks). The collections
are read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.ir_collections import (
    Collection,
    average_precision,
    load_cacm,
    load_cranfield,
    ndcg,
)
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search.schema import BODY_WEIGHTS, STEM
from desktop_app.core.service import Catalogue, NewResource

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LOADERS = {"cranfield": ("ir_cranfield", load_cranfield), "cacm": ("ir_cacm", load_cacm)}
DEPTH = 1000
# FTS5 peers: (name, bm25 weights of title, authors, summary): ours, and the old peer's
OUR_WEIGHTS = tuple(float(BODY_WEIGHTS[k]) for k in ("title", "authors", "summary"))
FTS_PEERS = (("fts5", OUR_WEIGHTS), ("fts5 4:1.5:1", (4.0, 1.5, 1.0)))


@dataclass(frozen=True, slots=True)
class Scores:
    """An engine's mean scores over a collection's judged queries."""

    map: float
    ndcg10: float
    queries: int


def query_words(text: str) -> list[str]:
    """The words of ``text`` both engines search, in order, once each: folded words
    that our analyzer keeps (it drops stop words and one-letter words)."""
    kept = [w for w in re.findall(r"\w+", text.lower()) if STEM.stems(w)]
    return list(dict.fromkeys(kept))


def evaluate(collection: Collection) -> dict[str, Scores]:
    """MAP and nDCG@10 of ours and each FTS5 peer on ``collection``, in one run."""
    docs = collection.docs
    runs: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in ("ours", *(p for p, _ in FTS_PEERS))
    }
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "ir.db", create=True)
        try:
            cat = Catalogue(lib)
            items = [
                NewResource(
                    ResourceData(
                        title=d.title or f"Document {d.id}",
                        authors=list(d.authors),
                        summary=d.abstract,
                    ),
                    provenance=f"ir:{d.id}",
                )
                for d in docs
            ]
            views = cat.create_many(items, action="ir collection").views
            rid_to_doc = {v.id: int(v.provenance.split(":")[1]) for v in views}
            engine = SearchEngine(cat)
            engine.open()
            fts = sqlite3.connect(":memory:")
            fts.execute(
                "CREATE VIRTUAL TABLE f USING fts5(title, authors, summary, "
                "tokenize='porter unicode61 remove_diacritics 2')"
            )
            fts.executemany(
                "INSERT INTO f(rowid, title, authors, summary) VALUES (?,?,?,?)",
                [(d.id, d.title, " ; ".join(d.authors), d.abstract) for d in docs],
            )
            try:
                for qid, text in collection.queries.items():
                    rel = collection.qrels[qid]
                    terms = query_words(text)
                    ranked: dict[str, list[int]] = {}
                    if terms:
                        res = engine.search(
                            SearchRequest(query=" OR ".join(terms), limit=DEPTH, with_facets=False)
                        )
                        ranked["ours"] = [rid_to_doc[i] for i in res.ids]
                        fts_q = " OR ".join(f'"{t}"' for t in terms)
                        for name, (wt, wa, ws) in FTS_PEERS:
                            ranked[name] = [
                                r[0]
                                for r in fts.execute(
                                    f"SELECT rowid FROM f WHERE f MATCH ? "
                                    f"ORDER BY bm25(f, {wt}, {wa}, {ws}) LIMIT ?",
                                    (fts_q, DEPTH),
                                )
                            ]
                    for name, (aps, ndcgs) in runs.items():
                        aps.append(average_precision(ranked.get(name, []), rel))
                        ndcgs.append(ndcg(ranked.get(name, []), rel, 10))
            finally:
                engine.close()
                fts.close()
        finally:
            lib.close()
    return {
        name: Scores(sum(aps) / len(aps), sum(nd) / len(nd), len(aps))
        for name, (aps, nd) in runs.items()
    }


def report(collection: Collection, scores: dict[str, Scores]) -> str:
    n = scores["ours"].queries
    lines = [
        f"{collection.name}: {len(collection.docs)} documents, "
        f"{n} judged queries (OR of query words)",
        f"  {'engine':<14}{'MAP':>8}{'nDCG@10':>10}",
    ]
    for name, s in scores.items():
        lines.append(f"  {name:<14}{s.map:>8.4f}{s.ndcg10:>10.4f}")
    ours = scores["ours"]
    for name, _ in FTS_PEERS:
        peer = scores[name]
        lines.append(
            f"  ours/{name}: MAP {ours.map / peer.map:.3f}, nDCG@10 {ours.ndcg10 / peer.ndcg10:.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of ir_* collections")
    ap.add_argument("--only", choices=sorted(LOADERS), action="append")
    args = ap.parse_args()
    for key in args.only or list(LOADERS):
        folder, load = LOADERS[key]
        collection = load(args.data / folder)
        print(report(collection, evaluate(collection)), flush=True)


if __name__ == "__main__":
    main()
