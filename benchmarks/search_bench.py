"""Search speed and memory at scale, against SQLite FTS5 doing the same work in the same run.

    uv run python benchmarks/search_bench.py --n 100000 [--repeat 7]

Builds (or reuses) a synthetic library of N resources (benchmarks/generate.py),
rebuilds our index (time, size, peak memory), then for a fixed mix of query
kinds, each followed by 1 and then 3 facet clicks, reports the median and p95 of:
query + all facet counts + first 50 ids; snippets for 20 visible rows; and a
single edit until it is searchable. FTS5 (bm25 ranking, GROUP BY facet counts
over the match set) does the same on the same data; the last column is ours/FTS5.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

from desktop_app.core.library.db import Library
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue

# (label, our query, FTS5 MATCH expression)
QUERIES = [
    ("common term", "child", "child"),
    ("two terms", "online safeguarding", "online AND safeguarding"),
    ("phrase", '"social worker"', '"social worker"'),
    ("rare term", "kalodor", "kalodor"),
    ("prefix", "protect*", "protect*"),
    ("fuzzy", "safegaurding~", None),  # FTS5 gets the words our fuzzy term expanded to
    ("field filter", "topic:sexting", "topics:sexting"),
]
FACET_TABLES = {
    "topic": ("resource_topic", "topic_id", "topic"),
    "organisation": ("resource_organisation", "organisation_id", "organisation"),
    "country": ("resource_country", "country_id", "country"),
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_peak_mb() -> float:
    """The largest peak of any finished child (the index build's writer processes)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


class Fts5Peer:
    """The same work with SQLite FTS5 over a copy of the library."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(db)
        c = self.conn
        c.execute("DROP TABLE IF EXISTS fts")
        c.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, summary, excerpt, topics, "
            "organisations, countries, authors, tokenize='porter unicode61 "
            "remove_diacritics 2')"
        )
        c.execute("""INSERT INTO fts(rowid, title, summary, excerpt, topics, organisations,
                     countries, authors)
            SELECT r.id, r.title, r.summary, r.excerpt,
              (SELECT group_concat(t.name, ' ; ') FROM resource_topic rt JOIN topic t
                 ON t.id = rt.topic_id WHERE rt.resource_id = r.id),
              (SELECT group_concat(o.name, ' ; ') FROM resource_organisation ro
                 JOIN organisation o ON o.id = ro.organisation_id WHERE ro.resource_id = r.id),
              (SELECT group_concat(c.name, ' ; ') FROM resource_country rc JOIN country c
                 ON c.id = rc.country_id WHERE rc.resource_id = r.id),
              (SELECT group_concat(a.name, ' ; ') FROM resource_author ra JOIN author a
                 ON a.id = ra.author_id WHERE ra.resource_id = r.id)
            FROM resource r WHERE r.status = 'published'""")
        c.commit()

    def _filters(self, sel: dict[str, list[str]], skip: str | None) -> tuple[str, list[str]]:
        sql, args = [], []
        for facet, values in sel.items():
            if facet == skip:
                continue
            link, col, table = FACET_TABLES[facet]
            marks = ",".join("?" * len(values))
            sql.append(
                f" AND m.rid IN (SELECT l.resource_id FROM {link} l JOIN {table} v "
                f"ON v.id = l.{col} WHERE v.name IN ({marks}))"
            )
            args += values
        return "".join(sql), args

    def run(self, match: str, sel: dict[str, list[str]]) -> tuple[list[int], dict[str, list]]:
        c = self.conn
        c.execute("DROP TABLE IF EXISTS temp.m")
        c.execute("CREATE TEMP TABLE m(rid INTEGER PRIMARY KEY)")
        c.execute("INSERT INTO m SELECT rowid FROM fts WHERE fts MATCH ?", (match,))
        where, args = self._filters(sel, None)
        ids = [
            r[0]
            for r in c.execute(
                "SELECT fts.rowid FROM fts JOIN m ON m.rid = fts.rowid WHERE fts MATCH ?"
                f"{where} ORDER BY bm25(fts, 4.0, 1.0, 1.0, 2.0, 1.5, 1.2, 1.5) LIMIT 50",
                [match, *args],
            )
        ]
        counts: dict[str, list] = {}
        for facet, (link, col, table) in FACET_TABLES.items():
            fw, fargs = self._filters(sel, facet)
            counts[facet] = c.execute(
                f"SELECT v.name, count(*) FROM m JOIN {link} l ON l.resource_id = m.rid "
                f"JOIN {table} v ON v.id = l.{col} WHERE 1{fw} GROUP BY v.name "
                f"ORDER BY 2 DESC",
                fargs,
            ).fetchall()
        for expr in ("r.type", "r.year", "r.language", "r.year / 10"):
            fw, fargs = self._filters(sel, None)
            counts[expr] = c.execute(
                f"SELECT {expr}, count(*) FROM m JOIN resource r ON r.id = m.rid "
                f"WHERE 1{fw} GROUP BY 1",
                fargs,
            ).fetchall()
        fw, fargs = self._filters(sel, None)
        counts["region"] = c.execute(
            "SELECT cr.region_id, count(DISTINCT m.rid) FROM m JOIN resource_country rc "
            "ON rc.resource_id = m.rid JOIN country_region cr ON cr.country_id = rc.country_id"
            f" WHERE 1{fw} GROUP BY 1",
            fargs,
        ).fetchall()
        return ids, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    source = generate.ensure(args.n, args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="librarian-bench-"))
    try:
        db = tmp / "lib.db"
        shutil.copyfile(source, db)
        lib = Library.open(db)
        cat = Catalogue(lib)
        engine = SearchEngine(cat)
        base_mb = peak_mb()
        t0 = time.perf_counter()
        engine.open()  # no index yet: a full rebuild
        build_s = time.perf_counter() - t0
        size_mb = sum(p.stat().st_size for p in engine.index.folder.rglob("*")) / 2**20
        print(f"library: {args.n} resources ({source.name})")
        print(
            f"index build: {build_s:.1f} s, index size {size_mb:.0f} MB, "
            f"peak RSS {peak_mb():.0f} MB (before build {base_mb:.0f} MB); "
            f"largest writer process {child_peak_mb():.0f} MB"
        )

        rows: list[tuple[str, list[float], list[float]]] = []
        snippet_ms: list[float] = []
        fts_started = None
        peer: Fts5Peer | None = None
        plans = []
        for label, ours_q, fts_q in QUERIES:
            first = engine.search(SearchRequest(query=ours_q, limit=50))
            clicks: list[dict[str, list[str]]] = [{}]
            top = {f: [v.value for v in first.facets[f].values[:3]] for f in FACET_TABLES}
            if top["topic"]:
                clicks.append({"topic": top["topic"][:1]})
            if top["topic"] and top["country"] and top["organisation"]:
                clicks.append(
                    {
                        "topic": top["topic"][:1],
                        "country": top["country"][:2],
                        "organisation": top["organisation"][:1],
                    }
                )
            if fts_q is None:  # fuzzy: hand FTS5 the same words
                fts_q = " OR ".join(sorted(engine._match(ours_q, False).compiled.raws)) or "x"
            plans.append((label, ours_q, fts_q, clicks))
        ours_peak = peak_mb()

        for label, ours_q, _fts_q, clicks in plans:
            for step, sel in enumerate(clicks):
                samples = []
                for _ in range(args.repeat):
                    if step == 0:
                        engine._matches.clear()  # a new query is a real text search
                    samples.append(
                        timed(
                            lambda q=ours_q, s=sel: engine.search(
                                SearchRequest(query=q, include=s, limit=50)
                            )
                        )
                    )
                rows.append(
                    (
                        f"{label}"
                        + ("" if step == 0 else f" +{sum(map(len, sel.values()))} facet clicks"),
                        samples,
                        [],
                    )
                )
            result = engine.search(SearchRequest(query=ours_q, limit=20))
            for _ in range(args.repeat):
                snippet_ms.append(timed(lambda q=ours_q, r=result: engine.snippets(r.ids, q)))

        edit_ms = []
        for i in range(args.repeat):
            view = cat.get(1 + i)
            data = view.editable()
            word = f"zqxedit{i}"
            data.title = f"{data.title} {word}"

            def edit_and_find(d=data, v=view, w=word) -> None:
                cat.update(v.id, d, expected_version=v.version)
                assert engine.search(SearchRequest(query=w)).total == 1

            edit_ms.append(timed(edit_and_find))

        t0 = time.perf_counter()
        peer = Fts5Peer(db)
        fts_started = time.perf_counter() - t0
        i = 0
        for _label, _ours_q, fts_q, clicks in plans:
            for sel in clicks:
                samples = [timed(lambda q=fts_q, s=sel: peer.run(q, s)) for _ in range(args.repeat)]
                rows[i] = (rows[i][0], rows[i][1], samples)
                i += 1

        print(f"FTS5 peer build: {fts_started:.1f} s")
        print(f"\nquery + all facet counts + first 50 ids (ms, {args.repeat} runs each)")
        print(f"{'':<34}{'ours med':>9}{'p95':>8}{'FTS5 med':>10}{'p95':>8}{'ratio':>8}")
        ratios = []
        for label, ours, fts in rows:
            om, op = stats(ours)
            fm, fp = stats(fts)
            ratios.append(om / fm)
            print(f"{label:<34}{om:>9.1f}{op:>8.1f}{fm:>10.1f}{fp:>8.1f}{om / fm:>8.2f}")
        print(f"{'median of ratios':<34}{'':>35}{statistics.median(ratios):>8.2f}")
        sm, sp = stats(snippet_ms)
        em, ep = stats(edit_ms)
        print(f"\nsnippets for 20 rows: median {sm:.1f} ms, p95 {sp:.1f} ms")
        print(f"one edit until searchable: median {em:.1f} ms, p95 {ep:.1f} ms")
        print(
            f"peak RSS, ours (build + searches, before FTS5): {ours_peak:.0f} MB; "
            f"whole run: {peak_mb():.0f} MB"
        )
        engine.close()
        lib.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
