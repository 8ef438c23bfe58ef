"""Search quality on the Cranfield collection: MAP and nDCG@10, ours vs SQLite FTS5 bm25.

    uv run python benchmarks/search_quality.py [--data ../shared/data/ir_cranfield]

Both engines get the same query: the query's words (minus the same stop words)
joined with OR, ranked by the engine (ours: Whoosh BM25F over our fields; FTS5:
bm25() with the same field weights, porter stemming, diacritics removed).
Judgements: cranqrel grades 1-4 are relevant (gain 5 - grade for nDCG); -1 is not.
Pitfall handled: cran.qry numbers its queries 001..365 with gaps, cranqrel numbers
them 1..225 in order, so the i-th query in the file is qrel query i.
The collection is read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from whoosh.analysis import STOP_WORDS

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue, NewResource

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ir_cranfield"
DEPTH = 1000


def read_sgml(path: Path) -> list[dict[str, str]]:
    """Records of a Cranfield file: .I id then .T/.A/.B/.W sections."""
    records: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    section = ""
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if line.startswith(".I"):
            current = {"id": line[2:].strip()}
            records.append(current)
            section = ""
        elif re.match(r"^\.[TABW]\s*$", line):
            section = line[1]
        elif current is not None and section:
            current[section] = (current.get(section, "") + " " + line.strip()).strip()
    return records


def read_qrels(path: Path) -> dict[int, dict[int, int]]:
    qrels: dict[int, dict[int, int]] = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        qid, doc, grade = int(parts[0]), int(parts[1]), int(parts[2])
        if 1 <= grade <= 4:
            qrels.setdefault(qid, {})[doc] = 5 - grade
    return qrels


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS and len(w) > 1]


def average_precision(ranked: list[int], relevant: dict[int, int]) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked, 1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


def ndcg10(ranked: list[int], relevant: dict[int, int]) -> float:
    dcg = sum(relevant.get(d, 0) / math.log2(i + 1) for i, d in enumerate(ranked[:10], 1))
    ideal = sorted(relevant.values(), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))
    return dcg / idcg if idcg else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    docs = read_sgml(args.data / "cran.all.1400")
    queries = read_sgml(args.data / "cran.qry")
    qrels = read_qrels(args.data / "cranqrel")
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "cran.db", create=True)
        cat = Catalogue(lib)
        items = [
            NewResource(
                ResourceData(
                    title=d.get("T", "") or f"Document {d['id']}",
                    authors=[a.strip() for a in d.get("A", "").split(" and ") if a.strip()][:5],
                    summary=d.get("W", ""),
                ),
                provenance=f"cranfield:{d['id']}",
            )
            for d in docs
        ]
        views = cat.create_many(items, action="cranfield").views
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
            [(int(d["id"]), d.get("T", ""), d.get("A", ""), d.get("W", "")) for d in docs],
        )
        scores = {"ours": ([], []), "fts5": ([], [])}
        for qnum, q in enumerate(queries, 1):
            rel = qrels.get(qnum)
            terms = words(q.get("W", ""))
            if not rel or not terms:
                continue
            ours_q = " OR ".join(dict.fromkeys(terms))
            res = engine.search(SearchRequest(query=ours_q, limit=DEPTH, with_facets=False))
            ranked_ours = [rid_to_doc[i] for i in res.ids]
            fts_q = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms))
            ranked_fts = [
                r[0]
                for r in fts.execute(
                    "SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f, 4.0, 1.5, 1.0) LIMIT ?",
                    (fts_q, DEPTH),
                )
            ]
            for name, ranked in (("ours", ranked_ours), ("fts5", ranked_fts)):
                scores[name][0].append(average_precision(ranked, rel))
                scores[name][1].append(ndcg10(ranked, rel))
        engine.close()
        lib.close()
    n = len(scores["ours"][0])
    print(f"Cranfield: {len(docs)} documents, {n} judged queries (OR of query words)")
    print(f"{'engine':<8}{'MAP':>8}{'nDCG@10':>10}")
    for name, (aps, ndcgs) in scores.items():
        print(f"{name:<8}{sum(aps) / n:>8.4f}{sum(ndcgs) / n:>10.4f}")
    ours_map = sum(scores["ours"][0]) / n
    fts_map = sum(scores["fts5"][0]) / n
    print(
        f"ratio ours/fts5: MAP {ours_map / fts_map:.3f}, nDCG@10 "
        f"{sum(scores['ours'][1]) / sum(scores['fts5'][1]):.3f}"
    )


if __name__ == "__main__":
    main()
