"""Similar resources at scale: ours against SQL + SQLite FTS5 doing the same job in the same run.

    uv run python benchmarks/similar_bench.py --n 100000 [--seeds 60]

Builds (or reuses) a synthetic library of N resources (benchmarks/generate.py),
rebuilds our index, then for the same random seeds times one call each of:

- ours: ``core.search.similar.find_similar`` (facet arrays + Whoosh key terms,
  BM25F over ``body``), as the window's worker calls it;
- the peer, a competent straightforward implementation: one SQL query counts the
  seed's shared topics, organisations and countries (weighted 1.0 / 0.8 / 0.6 like
  ours, indexed link tables, visibility and top 200 in SQL), FTS5 ``bm25`` ranks
  matches of the seed's title words (top 200), and the two are normalised and
  added as ours are, five best kept.

Reports median and p95 per call, our first call after a change (when the facet
weights are worked out again), and for each how many of the neighbours share a
topic with their seed. Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

from desktop_app.core.library.db import Library
from desktop_app.core.search import SearchEngine
from desktop_app.core.search.similar import LIMIT, find_similar
from desktop_app.core.service import Catalogue

LINKS_SQL = """
SELECT l.rid, SUM(l.w) AS score FROM (
  SELECT resource_id AS rid, 1.0 AS w FROM resource_topic
   WHERE topic_id IN (SELECT topic_id FROM resource_topic WHERE resource_id = :s)
  UNION ALL
  SELECT resource_id, 0.8 FROM resource_organisation
   WHERE organisation_id IN
     (SELECT organisation_id FROM resource_organisation WHERE resource_id = :s)
  UNION ALL
  SELECT resource_id, 0.6 FROM resource_country
   WHERE country_id IN (SELECT country_id FROM resource_country WHERE resource_id = :s)
) l JOIN resource r ON r.id = l.rid
WHERE l.rid != :s AND r.status = 'published' AND COALESCE(r.audience, '') != 'staff'
GROUP BY l.rid ORDER BY score DESC, l.rid LIMIT 200
"""
TEXT_SQL = """
SELECT f.rowid, -bm25(fts) FROM fts f JOIN resource r ON r.id = f.rowid
WHERE fts MATCH :q AND f.rowid != :s AND r.status = 'published'
  AND COALESCE(r.audience, '') != 'staff'
ORDER BY bm25(fts) LIMIT 200
"""
STOP = {"the", "and", "for", "with", "from", "that", "this", "into", "about", "their"}


class SqlPeer:
    """Shared links counted by SQL, title words ranked by FTS5 bm25, on a copy of the library."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(db)
        c = self.conn
        c.execute("DROP TABLE IF EXISTS fts")
        c.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, summary, excerpt, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        c.execute(
            "INSERT INTO fts(rowid, title, summary, excerpt) "
            "SELECT id, title, summary, excerpt FROM resource"
        )
        c.commit()

    def similar(self, rid: int, limit: int = LIMIT) -> list[int]:
        c = self.conn
        links = dict(c.execute(LINKS_SQL, {"s": rid}).fetchall())
        (title,) = c.execute("SELECT title FROM resource WHERE id = ?", (rid,)).fetchone()
        words = [w for w in re.findall(r"\w+", title.lower()) if len(w) > 2 and w not in STOP]
        text: dict[int, float] = {}
        if words:
            match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
            text = dict(c.execute(TEXT_SQL, {"q": match, "s": rid}).fetchall())
        top_links = max(links.values(), default=0) or 1
        top_text = max(text.values(), default=0) or 1
        score = {
            r: 0.5 * links.get(r, 0) / top_links + 0.5 * text.get(r, 0) / top_text
            for r in set(links) | set(text)
        }
        return sorted(score, key=lambda r: (-score[r], r))[:limit]


def stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def on_topic(cat: Catalogue, seed: int, found: list[int]) -> tuple[int, int]:
    """(neighbours sharing a topic with the seed, neighbours)."""
    topics = set(cat.get(seed).topics)
    return sum(bool(topics & set(v.topics)) for v in cat.get_many(found)), len(found)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--seeds", type=int, default=60, help="resources to find neighbours of")
    args = ap.parse_args()

    source = generate.ensure(args.n, args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="librarian-similar-"))
    try:
        db = tmp / "lib.db"
        shutil.copyfile(source, db)
        lib = Library.open(db)
        cat = Catalogue(lib)
        engine = SearchEngine(cat)
        t0 = time.perf_counter()
        engine.open()
        print(
            f"library: {args.n} resources ({source.name}); index built in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        seeds = random.Random(1).sample(cat.ids(), args.seeds)

        t0 = time.perf_counter()
        find_similar(engine, seeds[0])
        first_ms = (time.perf_counter() - t0) * 1000
        ours_ms, ours_found = [], {}
        for rid in seeds:
            t0 = time.perf_counter()
            found = find_similar(engine, rid)
            ours_ms.append((time.perf_counter() - t0) * 1000)
            ours_found[rid] = [s.id for s in found]

        t0 = time.perf_counter()
        peer = SqlPeer(db)
        print(f"peer's FTS5 table built in {time.perf_counter() - t0:.1f} s")
        peer.similar(seeds[0])
        peer_ms, peer_found = [], {}
        for rid in seeds:
            t0 = time.perf_counter()
            peer_found[rid] = peer.similar(rid)
            peer_ms.append((time.perf_counter() - t0) * 1000)

        print(f"\nfive similar resources, one call per seed ({args.seeds} seeds), ms")
        print(f"{'':<30}{'median':>9}{'p95':>9}{'on topic':>10}")
        for label, samples, found in (
            ("ours (find_similar)", ours_ms, ours_found),
            ("SQL links + FTS5 title bm25", peer_ms, peer_found),
        ):
            med, p95 = stats(samples)
            shared = [on_topic(cat, rid, ids) for rid, ids in found.items()]
            share = sum(a for a, _ in shared) / max(1, sum(b for _, b in shared))
            print(f"{label:<30}{med:>9.1f}{p95:>9.1f}{share:>10.0%}")
        print(f"ours / peer (medians): {stats(ours_ms)[0] / stats(peer_ms)[0]:.2f}")
        print(f"ours, first call after a change (facet weights again): {first_ms:.1f} ms")
        engine.close()
        lib.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
