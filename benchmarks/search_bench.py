"""Search speed and memory at scale, against SQLite FTS5 doing the same work in the same run.

    uv run python benchmarks/search_bench.py --n 100000 [--repeat 7] [--only LABEL,...]

Builds (or reuses) a synthetic library of N resources (benchmarks/generate.py),
rebuilds our index (time, size, peak memory), then for a fixed mix of query
kinds, each followed by 1 and then 3 facet clicks, reports the median and p95 of:
query + all facet counts + first 50 ids; snippets for 20 visible rows; and a
single edit until it is searchable. Figures only: nothing here asserts a time.

The peer (``Fts5Peer``) is SQLite FTS5 as a competent engineer would use it for the
same job, not a straw man: one MATCH per query into a temporary table that keeps
each match's bm25 (column weights as our field weights), the first 50 ids ordered
from that table, every facet counted in one grouped pass over one narrow link table
clustered by resource id (``WITHOUT ROWID``), and facet clicks reuse the match, as
ours reuse theirs. It also checks that both find the same number of resources for
every query and click, and prints where they differ and why.
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
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

from desktop_app.core.library.db import Library
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.search.results import FACETS
from desktop_app.core.service import Catalogue

# (label, our query, FTS5 MATCH expression). None: FTS5 gets the words ours expanded to.
QUERIES = [
    ("common term", "child", "child"),
    ("two terms", "online safeguarding", "online safeguarding"),
    ("three words", "child protection policy", "child protection policy"),
    ("phrase", '"social worker"', '"social worker"'),
    ("phrase, 3 common words", '"child protection policy"', '"child protection policy"'),
    ("phrase, 4 common words", '="child sexual abuse material"', '"child sexual abuse material"'),
    (
        "phrase + thesaurus",  # the thesaurus adds three synonyms: FTS5 gets them too
        '"child sexual abuse material"',
        '"child sexual abuse material" OR "child pornography" OR csam OR '
        '"child sexual exploitation material"',
    ),
    ("phrase + field", '"child protection" topic:policy', '"child protection" AND topics:policy'),
    (
        "phrase OR word",
        '"child protection policy" OR hotline',
        '"child protection policy" OR hotline',
    ),
    ("NOT common word", "online NOT child", "online NOT child"),
    ("prefix + phrase", 'protect* "social worker"', 'protect* AND "social worker"'),
    ("rare term", "vivilo", "vivilo"),
    ("misspelt word", "kalodor", "kalodor"),
    ("prefix", "protect*", "protect*"),
    ("fuzzy", "safegaurding~", None),
    ("field filter", "topic:sexting", "topics:sexting"),
]
# Where the two legitimately find different resources (printed beside the counts).
STOP_WORDS = (
    "ours drops stop words, as Whoosh and Lucene do by default, so 'social and worker' "
    "holds the phrase 'social worker'; FTS5 keeps them"
)
DIFFERENCES = {
    "phrase": STOP_WORDS,
    "phrase, 3 common words": STOP_WORDS,
    "phrase OR word": STOP_WORDS,
    "prefix + phrase": STOP_WORDS,
    "misspelt word": "ours finds nothing and shows the results of its confident "
    "spelling correction; FTS5 finds nothing",
}
# queries where ours does more than FTS5 (a spelling correction): shown, not in the ratios
NOT_COMPARED = {"misspelt word"}
FACET_IDS = {name: i for i, name in enumerate(FACETS)}
# bm25 column weights: our field weights (schema.BODY_WEIGHTS: title and topics twice)
COLUMNS = (
    "title",
    "summary",
    "excerpt",
    "topics",
    "organisations",
    "countries",
    "authors",
    "regions",
)
WEIGHTS = (2.0, 1.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0)
TEXT_WEIGHT = 0.4  # the local copies' text beside the details (schema.py, issue 15)
PREFIX_INDEXES = "2 3 4"
LARGE_MATCH = 8  # a match set over 1/8 of the library counts its facets by value order


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
    """The same work with SQLite FTS5 over a copy of the library, done well.

    Build: an FTS5 table of the published resources (porter + unicode61 with
    diacritics folded, prefix indexes, full detail for phrases), its text the same
    as what our plain words search (vocabulary names with their acronyms,
    alternative names, aliases and labels; the countries' regions), then
    ``optimize``d into one segment; and one ``WITHOUT ROWID`` table of every
    (resource, facet, value), clustered by resource, for all facets at once.

    Search: ``match`` runs the MATCH once into ``temp.m`` (rowid, bm25);
    ``page`` takes the first 50 and all facet counts from it, applying the facet
    selections (OR within a facet, AND across, a facet's own selection left out
    when counting it) in the same single pass.
    """

    def __init__(self, db: Path, prefix: str = PREFIX_INDEXES, text: bool = False) -> None:
        self.conn = sqlite3.connect(db)
        c = self.conn
        c.execute("PRAGMA temp_store = MEMORY")
        c.execute("PRAGMA cache_size = -65536")
        c.execute("PRAGMA mmap_size = 268435456")
        started = time.perf_counter()
        c.execute("DROP TABLE IF EXISTS fts")
        c.execute("DROP TABLE IF EXISTS facet_link")
        columns, weights = COLUMNS, WEIGHTS
        text_sql = ""
        if text:  # the local copies' text: one more column, weighted as ours weighs it
            columns, weights = (*COLUMNS, "text"), (*WEIGHTS, TEXT_WEIGHT)
            text_sql = """,
              (SELECT group_concat(p.text, char(10)) FROM
                 (SELECT p.text FROM document d JOIN document_page p ON p.name = d.name
                  WHERE d.name = r.local_file AND d.status = 'ok' ORDER BY p.page) p)"""
        cols = ", ".join(columns)
        c.execute(
            f"CREATE VIRTUAL TABLE fts USING fts5({cols}, tokenize='porter unicode61 "
            f"remove_diacritics 2', prefix='{prefix}', detail=full)"
            if prefix
            else f"CREATE VIRTUAL TABLE fts USING fts5({cols}, tokenize='porter unicode61 "
            "remove_diacritics 2', detail=full)"
        )
        c.execute(f"""INSERT INTO fts(rowid, {cols})
            SELECT r.id, r.title, r.summary, r.excerpt,
              (SELECT group_concat(t.name || ' ' ||
                   (SELECT ifnull(group_concat(j.value, ' '), '') FROM json_each(t.alt_labels) j)
                   || ' ' ||
                   (SELECT ifnull(group_concat(j.value, ' '), '') FROM json_each(t.labels) j),
                 ' ; ')
                 FROM resource_topic rt JOIN topic t ON t.id = rt.topic_id
                 WHERE rt.resource_id = r.id),
              (SELECT group_concat(o.name || ' ' || ifnull(o.acronym, '') || ' ' ||
                   (SELECT ifnull(group_concat(j.value, ' '), '') FROM json_each(o.alt_names) j),
                 ' ; ')
                 FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id
                 WHERE ro.resource_id = r.id),
              (SELECT group_concat(k.name || ' ' || k.alpha2 || ' ' || k.alpha3 || ' ' ||
                   (SELECT ifnull(group_concat(j.value, ' '), '') FROM json_each(k.aliases) j),
                 ' ; ')
                 FROM resource_country rc JOIN country k ON k.id = rc.country_id
                 WHERE rc.resource_id = r.id),
              (SELECT group_concat(a.name, ' ; ') FROM resource_author ra JOIN author a
                 ON a.id = ra.author_id WHERE ra.resource_id = r.id),
              (SELECT group_concat(g.name, ' ; ') FROM region g WHERE g.id IN
                 (SELECT cr.region_id FROM resource_country rc JOIN country_region cr
                  ON cr.country_id = rc.country_id WHERE rc.resource_id = r.id)){text_sql}
            FROM resource r WHERE r.status = 'published'""")
        c.execute("INSERT INTO fts(fts) VALUES('optimize')")
        c.commit()
        self.text_s = time.perf_counter() - started
        started = time.perf_counter()
        f = FACET_IDS
        c.execute(
            "CREATE TABLE facet_link(resource_id INTEGER NOT NULL, facet INTEGER NOT NULL, "
            "value NOT NULL, PRIMARY KEY (resource_id, facet, value)) WITHOUT ROWID"
        )
        c.execute(f"""INSERT INTO facet_link
            SELECT resource_id, {f["topic"]}, topic_id FROM resource_topic
            UNION ALL SELECT resource_id, {f["organisation"]}, organisation_id
              FROM resource_organisation
            UNION ALL SELECT resource_id, {f["country"]}, country_id FROM resource_country
            UNION ALL SELECT DISTINCT rc.resource_id, {f["region"]}, cr.region_id
              FROM resource_country rc JOIN country_region cr ON cr.country_id = rc.country_id
            UNION ALL SELECT id, {f["type"]}, type FROM resource
            UNION ALL SELECT id, {f["year"]}, year FROM resource WHERE year IS NOT NULL
            UNION ALL SELECT id, {f["decade"]}, year / 10 * 10 FROM resource
              WHERE year IS NOT NULL
            UNION ALL SELECT id, {f["language"]}, ifnull(nullif(language, ''), 'und')
              FROM resource
            ORDER BY 1, 2, 3""")
        # the same rows by value: counting a large match set walks this in order and
        # needs no sort, and a click lists a value's resources from it
        c.execute("CREATE INDEX facet_value ON facet_link(facet, value)")
        c.commit()
        self.facets_s = time.perf_counter() - started
        # value names, as our engine keeps its facet values in memory
        self.names: dict[int, dict[object, str]] = defaultdict(dict)
        for facet, table in (
            ("topic", "topic"),
            ("organisation", "organisation"),
            ("country", "country"),
            ("region", "region"),
        ):
            for vid, name in c.execute(f"SELECT id, name FROM {table}"):
                self.names[f[facet]][vid] = name
        self.ids: dict[int, dict[str, object]] = {
            facet: {name: vid for vid, name in names.items()} for facet, names in self.names.items()
        }
        self.score = f"bm25(fts, {', '.join(map(str, weights))})"
        self.size = c.execute("SELECT count(*) FROM resource").fetchone()[0]

    def _counts_sql(self, table: str, n: int, where: str = "") -> str:
        """All facets' counts over ``table``'s ``n`` matches, grouped once: a small
        match set is joined to its links (then sorted by value), a large one is
        probed from the links walked in value order (no sort)."""
        if n * LARGE_MATCH < self.size:
            joined = f"{table} t CROSS JOIN facet_link f ON f.resource_id = t.rid"
        else:
            joined = (
                f"facet_link f INDEXED BY facet_value CROSS JOIN {table} t ON t.rid = f.resource_id"
            )
        return f"SELECT f.facet, f.value, count(*) FROM {joined} {where} GROUP BY f.facet, f.value"

    def match(self, expr: str) -> None:
        """The query's matches (resource id, bm25) into ``temp.m``: its one MATCH."""
        c = self.conn
        c.execute("DROP TABLE IF EXISTS temp.m")
        c.execute("CREATE TEMP TABLE m(rid INTEGER PRIMARY KEY, score REAL)")
        c.execute(f"INSERT INTO m SELECT rowid, {self.score} FROM fts WHERE fts MATCH ?", (expr,))

    def _value(self, facet: int, name: str) -> object:
        if facet in self.ids:
            return self.ids[facet].get(name, -1)
        if facet in (FACET_IDS["year"],):
            return int(name)
        if facet == FACET_IDS["decade"]:
            return int(name.rstrip("s"))
        return name

    def page(self, sel: dict[str, list[str]]) -> tuple[int, list[int], dict[str, list]]:
        """(total, first 50 ids by bm25, every facet's counts) of ``temp.m`` with the
        facet selections ``sel`` applied."""
        c = self.conn
        rows: list[tuple[int, object, int]]
        if not sel:
            total = c.execute("SELECT count(*) FROM m").fetchone()[0]
            ids = [r[0] for r in c.execute("SELECT rid FROM m ORDER BY score LIMIT 50")]
            rows = c.execute(self._counts_sql("m", total)).fetchall()
        else:
            # each match's selections met, as bits: one pass decides page and counts
            bits, args = [], []
            want = 0
            for name, values in sel.items():
                facet = FACET_IDS[name]
                want |= 1 << facet
                marks = ",".join("?" * len(values))
                bits.append(
                    f"((m.rid IN (SELECT l.resource_id FROM facet_link l INDEXED BY facet_value "
                    f"WHERE l.facet = {facet} AND l.value IN ({marks}))) << {facet})"
                )
                args += [self._value(facet, v) for v in values]
            c.execute("DROP TABLE IF EXISTS temp.s")
            c.execute("CREATE TEMP TABLE s(rid INTEGER PRIMARY KEY, score REAL, ok INTEGER)")
            c.execute(f"INSERT INTO s SELECT rid, score, {' | '.join(bits)} FROM m", args)
            total = c.execute("SELECT count(*) FROM s WHERE ok = ?", (want,)).fetchone()[0]
            ids = [
                r[0]
                for r in c.execute(
                    "SELECT rid FROM s WHERE ok = ? ORDER BY score LIMIT 50", (want,)
                )
            ]
            n = c.execute("SELECT count(*) FROM s").fetchone()[0]
            rows = c.execute(
                self._counts_sql("s", n, "WHERE ((t.ok | (1 << f.facet)) & ?) = ?"), (want, want)
            ).fetchall()
        counts: dict[str, list] = {}
        by_facet: dict[int, list[tuple[object, int]]] = defaultdict(list)
        for facet, value, n in rows:
            by_facet[facet].append((self.names[facet].get(value, value), n))
        for name, facet in FACET_IDS.items():
            counts[name] = sorted(by_facet.get(facet, []), key=lambda vn: -vn[1])
        return total, ids, counts

    def run(self, expr: str, sel: dict[str, list[str]]) -> tuple[int, list[int], dict[str, list]]:
        self.match(expr)
        return self.page(sel)


Plan = tuple[str, str, str, list[dict[str, list[str]]]]


def make_plans(engine: SearchEngine, queries: list[tuple[str, str, str | None]]) -> list[Plan]:
    """Each query with the facet clicks that follow it (the top topic; then it with
    two countries and an organisation) and FTS5's MATCH expression."""
    plans = []
    for label, ours_q, fts_q in queries:
        first = engine.search(SearchRequest(query=ours_q, limit=50))
        clicks: list[dict[str, list[str]]] = [{}]
        top = {
            f: [v.value for v in first.facets[f].values[:3]]
            for f in ("topic", "country", "organisation")
        }
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
    return plans


def time_ours(
    engine: SearchEngine, plans: list[Plan], repeat: int
) -> tuple[list[tuple[str, list[float]]], list[str], list[int], list[float]]:
    """(row label, samples) per query and click, each row's query, each row's total,
    and the snippet times; a new query is a real text search (the match cache is
    emptied), a click reuses the match as the app does."""
    rows: list[tuple[str, list[float]]] = []
    labels: list[str] = []
    totals: list[int] = []
    snippet_ms: list[float] = []
    for label, ours_q, _fts_q, clicks in plans:
        for step, sel in enumerate(clicks):
            samples = []
            for _ in range(repeat):
                if step == 0:
                    engine._matches.clear()
                samples.append(
                    timed(
                        lambda q=ours_q, s=sel: engine.search(
                            SearchRequest(query=q, include=s, limit=50)
                        )
                    )
                )
            totals.append(engine.search(SearchRequest(query=ours_q, include=sel)).total)
            labels.append(label)
            clicked = sum(map(len, sel.values()))
            rows.append((label + (f" +{clicked} facet clicks" if step else ""), samples))
        result = engine.search(SearchRequest(query=ours_q, limit=20))
        for _ in range(repeat):
            snippet_ms.append(timed(lambda q=ours_q, r=result: engine.snippets(r.ids, q)))
    return rows, labels, totals, snippet_ms


def time_peer(
    peer: Fts5Peer, plans: list[Plan], repeat: int
) -> tuple[list[list[float]], list[int]]:
    """FTS5's samples and totals, row for row as ``time_ours``."""
    samples_all: list[list[float]] = []
    totals: list[int] = []
    for _label, _ours_q, fts_q, clicks in plans:
        for step, sel in enumerate(clicks):
            if step == 0:  # a new query: MATCH, then page and counts
                samples = [timed(lambda q=fts_q: peer.run(q, {})) for _ in range(repeat)]
            else:  # a click: the query's match is reused
                peer.match(fts_q)
                samples = [timed(lambda s=sel: peer.page(s)) for _ in range(repeat)]
            totals.append(peer.run(fts_q, sel)[0])
            samples_all.append(samples)
    return samples_all, totals


def report(
    rows: list[tuple[str, list[float]]],
    peer_samples: list[list[float]],
    labels: list[str],
    totals: list[int],
    peer_totals: list[int],
    repeat: int,
) -> None:
    """The table: medians and p95 both sides, ratio, hit counts (* where they differ,
    with the reason below); the median and largest ratio leave out the rows where
    ours does other work (``NOT_COMPARED``)."""
    print(f"\nquery + all facet counts + first 50 ids (ms, {repeat} runs each)")
    print(
        f"{'':<42}{'ours med':>9}{'p95':>8}{'FTS5 med':>10}{'p95':>8}{'ratio':>7}"
        f"{'hits ours':>11}{'FTS5':>8}"
    )
    ratios = []
    worst = ("", 0.0)
    for (label, ours), fts, query, n_ours, n_fts in zip(
        rows, peer_samples, labels, totals, peer_totals, strict=True
    ):
        om, op = stats(ours)
        fm, fp = stats(fts)
        if query not in NOT_COMPARED:
            ratios.append(om / fm)
            worst = max(worst, (label, om / fm), key=lambda x: x[1])
        mark = "" if n_ours == n_fts else " *"
        print(
            f"{label:<42}{om:>9.1f}{op:>8.1f}{fm:>10.1f}{fp:>8.1f}{om / fm:>7.2f}"
            f"{n_ours:>11}{n_fts:>8}{mark}"
        )
    print(f"{'median of ratios':<42}{'':>35}{statistics.median(ratios):>7.2f}")
    print(f"{'largest ratio':<42}{'':>35}{worst[1]:>7.2f}  ({worst[0]})")
    if any(q in NOT_COMPARED for q in labels):
        print(f"  (not in the median or largest: {', '.join(sorted(NOT_COMPARED))})")
    differing = {q for q, a, b in zip(labels, totals, peer_totals, strict=True) if a != b}
    for query in sorted(differing):
        print(f"  * {query}: {DIFFERENCES.get(query, 'not explained')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--only", default="", help="comma-separated labels of the queries to run")
    args = ap.parse_args()
    queries = [q for q in QUERIES if not args.only or q[0] in args.only.split(",")]

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

        plans = make_plans(engine, queries)
        rows, labels, totals, snippet_ms = time_ours(engine, plans, args.repeat)
        ours_peak = peak_mb()

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
        engine.close()

        peer = Fts5Peer(db)
        peer_samples, peer_totals = time_peer(peer, plans, args.repeat)
        bare = tmp / "bare.db"
        shutil.copyfile(db, bare)
        bare_peer = Fts5Peer(bare, prefix="")
        peer_s = peer.text_s + peer.facets_s
        print(
            f"FTS5 peer build: {peer_s:.1f} s (text {peer.text_s:.1f} s with prefix "
            f"indexes '{PREFIX_INDEXES}', {bare_peer.text_s:.1f} s without; facet links "
            f"{peer.facets_s:.1f} s); ours/FTS5 {build_s / peer_s:.2f}"
        )
        report(rows, peer_samples, labels, totals, peer_totals, args.repeat)
        sm, sp = stats(snippet_ms)
        em, ep = stats(edit_ms)
        print(f"\nsnippets for 20 rows: median {sm:.1f} ms, p95 {sp:.1f} ms")
        print(f"one edit until searchable: median {em:.1f} ms, p95 {ep:.1f} ms")
        print(
            f"peak RSS, ours (build + searches, before FTS5): {ours_peak:.0f} MB; "
            f"whole run: {peak_mb():.0f} MB"
        )
        lib.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
