"""A shared catalogue on PostgreSQL at scale (issue 16): figures, never asserts.

    uv run python benchmarks/shared_bench.py --n 100000 [--seed 7] [--back]

Part 1, the copy: a synthetic library of N resources (benchmarks/generate.py's
``ensure``, cached in benchmarks/out; copied to a temporary folder and migrated there,
untimed, so the cache is never written) is copied to a fresh database on a
PostgreSQL server with ``librarian copy``'s core (``core.shared.copy``), which
streams it in batches, writes it in one transaction and checks every table's count
and checksum. Prints the time, rows per second, the slowest tables and the peak
memory of this process before and after (the copy must not load the library whole).
``--back`` also copies the catalogue back to a new file.

Part 3 (``--search``): search_bench's queries with all facet counts on the catalogue
on PostgreSQL and on the file it came from, side by side (the index and facet arrays
are local to the machine either way, so the ratio should be about 1).

Part 2, following another client (``--follow``): on the copied catalogue, two
"machines" (each its own data folder, so its own search index): B opens its index
(built, timed apart); A makes ``--edits`` edits (one action each, as curators do),
then B catches up (``SearchEngine.sync``: the change log since its counter) and the
time is printed; then ``--delays`` more edits, each timed from A's commit until B,
woken by NOTIFY (``ChangeListener``) and caught up, finds the new word by searching:
median, p95 and max.

On 2026-11-29 (2 cores shared with other work, load about 5; PostgreSQL 15 on the same
machine), 100,000 resources = 894,907 rows: SQLite -> PostgreSQL 33.9 s (26,400 rows/s),
back to a new file 53.1 s (16,900 rows/s), peak memory 63 -> 95 MB.

The server: ``LIBRARIAN_TEST_POSTGRES`` (a superuser's URL) if set, else a throwaway
one started from Debian's ``postgresql`` binaries the way the tests start theirs
(tests/postgres.py), stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
from sqlalchemy.engine import URL, make_url

from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue
from desktop_app.core.shared.copy import CopyReport, copy_catalogue


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def server() -> Iterator[URL]:
    """A superuser's URL on a running server (see the module docstring)."""
    from tests import postgres

    given = os.environ.get(postgres.ENV_URL)
    if given:
        yield make_url(given).set(drivername="postgresql+psycopg")
        return
    try:
        started = postgres.start_server()
    except BaseException as exc:  # pytest's skip when no server binary exists
        raise SystemExit(f"no PostgreSQL server: {exc}") from None
    try:
        yield started.url
    finally:
        started.stop()


def show(report: CopyReport, what: str, table_seconds: dict[str, float]) -> None:
    print(
        f"{what}: {report.rows:,} rows ({report.count('resource'):,} resources) in "
        f"{report.seconds:.1f} s = {report.rows / report.seconds:,.0f} rows/s "
        "(copy, sequences and the check of counts and checksums)"
    )
    slowest = sorted(table_seconds.items(), key=lambda kv: -kv[1])[:5]
    rows = {t.name: t.rows for t in report.tables}
    print(
        "  slowest tables: "
        + ", ".join(f"{name} {secs:.1f} s ({rows[name]:,} rows)" for name, secs in slowest)
    )


def timed_copy(source: str, dest: str) -> tuple[CopyReport, dict[str, float]]:
    """Copy with a progress callback that notes how long each table's rows took."""
    seconds: dict[str, float] = {}
    started: dict[str, float] = {}

    def progress(table: str, done: int, total: int) -> None:
        now = time.perf_counter()
        started.setdefault(table, now)
        seconds[table] = now - started[table]
        print(f"\r  {table}: {done:,}/{total:,}\033[K", end="", file=sys.stderr, flush=True)

    report = copy_catalogue(source, dest, progress=progress)
    print("\r\033[K", end="", file=sys.stderr)
    return report, seconds


def as_machine(target: str, home: Path) -> Library:
    """The catalogue opened as one machine: its own data folder (search index)."""
    os.environ["XDG_DATA_HOME"] = str(home)
    return Library.open(target)


def retitle(cat: Catalogue, rid: int, word: str) -> None:
    """One curator's edit: a word added to a resource's title (one action)."""
    view = cat.get(rid)
    data = view.editable()
    data.title = f"{view.title.split(' · ')[0]} · {word}"
    cat.update(rid, data, expected_version=view.version)


def follow_figures(target: str, work: Path, edits: int, delays: int) -> None:
    """Part 2 (see the module docstring): catch-up after ``edits`` edits made by
    another client, then the commit-to-search delay over ``delays`` edits."""
    import statistics
    import threading

    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.search.results import SearchRequest
    from desktop_app.core.shared.notify import ChangeListener

    with as_machine(target, work / "a") as lib_a, as_machine(target, work / "b") as lib_b:
        writer = Catalogue(lib_a)
        reader = SearchEngine(Catalogue(lib_b))
        t = time.perf_counter()
        reader.open()
        print(f"machine B's index built in {time.perf_counter() - t:.1f} s (untimed below)")
        ids = writer.ids()
        step = max(1, len(ids) // edits)
        chosen = ids[::step][:edits]
        t = time.perf_counter()
        for rid in chosen:
            retitle(writer, rid, "okapicatchup")
        made = time.perf_counter() - t
        t = time.perf_counter()
        changes = reader.sync()
        caught = time.perf_counter() - t
        found = reader.search(SearchRequest(query="okapicatchup", limit=10)).total
        print(
            f"{len(chosen):,} edits on machine A in {made:.1f} s; machine B caught up "
            f"({len(changes.touched):,} resources) in {caught:.2f} s; search finds {found:,}"
        )
        heard = threading.Event()
        listener = ChangeListener(lib_b.url, lambda _c: heard.set()).start() if lib_b.url else None
        if listener is None or not listener.connected.wait(10):
            raise SystemExit("the change listener could not connect")
        delays_s: list[float] = []
        try:
            for i, rid in enumerate(ids[1::step][:delays]):
                word = f"wombat{i}x"
                heard.clear()
                retitle(writer, rid, word)
                committed = time.perf_counter()
                if not heard.wait(10):
                    raise SystemExit(f"no notification 10 s after edit {i}")
                reader.sync()
                if reader.search(SearchRequest(query=word)).ids != [rid]:
                    raise SystemExit(f"edit {i} not found on machine B")
                delays_s.append(time.perf_counter() - committed)
        finally:
            listener.close()
            reader.close()
        ms = sorted(d * 1000 for d in delays_s)
        p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
        print(
            f"commit on A -> search hit on B over {len(ms)} edits: median "
            f"{statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, max {ms[-1]:.0f} ms"
        )


def search_figures(source: Path, target: str, work: Path, repeat: int) -> None:
    """Part 3 (``--search``): search_bench's queries, each with all facet counts, on the
    catalogue on PostgreSQL and on the library file it was copied from: the index and
    the facet arrays are local either way, so the times must match (ratio about 1)."""
    import statistics

    from search_bench import QUERIES

    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.search.results import SearchRequest

    with as_machine(target, work / "c") as lib_pg, Library.open(source) as lib_file:
        engines = {
            "file": SearchEngine(Catalogue(lib_file)),
            "server": SearchEngine(Catalogue(lib_pg)),
        }
        for name, engine in engines.items():
            t = time.perf_counter()
            engine.open()
            print(f"{name}: index built and facets loaded in {time.perf_counter() - t:.1f} s")
        print(f"{'query':28} {'file ms':>8} {'server ms':>10} {'ratio':>6}  hits")
        ratios = []
        for label, query, _fts in QUERIES:
            medians = {}
            totals = set()
            for name, engine in engines.items():
                samples = []
                for _ in range(repeat):
                    engine._matches.clear()  # a new query: a real text search
                    t = time.perf_counter()
                    result = engine.search(SearchRequest(query=query, limit=50))
                    samples.append((time.perf_counter() - t) * 1000)
                    totals.add(result.total)
                medians[name] = statistics.median(samples)
            ratio = medians["server"] / medians["file"]
            ratios.append(ratio)
            same = "same" if len(totals) == 1 else f"DIFFER {sorted(totals)}"
            print(
                f"{label:28} {medians['file']:8.1f} {medians['server']:10.1f} {ratio:6.2f}  {same}"
            )
        print(f"median ratio server/file: {statistics.median(ratios):.2f}")
        for engine in engines.values():
            engine.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--back", action="store_true", help="also copy back to a new file")
    ap.add_argument("--follow", action="store_true", help="part 2: following another client")
    ap.add_argument("--edits", type=int, default=1000, help="part 2: edits to catch up")
    ap.add_argument("--delays", type=int, default=50, help="part 2: edits timed to a hit")
    ap.add_argument("--search", action="store_true", help="part 3: search, server vs file")
    ap.add_argument("--repeat", type=int, default=5, help="part 3: runs of each query")
    args = ap.parse_args()

    cached = generate.ensure(args.n, args.seed)
    work = Path(tempfile.mkdtemp(prefix="shared-bench-"))
    os.environ.setdefault("XDG_DATA_HOME", str(work / "data"))  # catalogue folders
    try:
        source = work / "library.db"
        shutil.copyfile(cached, source)
        with Library.open(source):  # migrated to this version's schema, untimed
            pass
        size = source.stat().st_size / 1e6
        print(f"source: {args.n:,} resources, {size:,.0f} MB ({cached.name})")
        print(f"peak memory before the copy: {peak_mb():,.0f} MB")
        from tests.postgres import fresh_database

        with server() as admin_url, fresh_database(admin_url) as url:
            target = url.render_as_string(hide_password=False)
            report, seconds = timed_copy(str(source), target)
            show(report, "SQLite -> PostgreSQL", seconds)
            print(f"peak memory after the copy: {peak_mb():,.0f} MB")
            if args.back:
                report, seconds = timed_copy(target, str(work / "back.db"))
                show(report, "PostgreSQL -> SQLite", seconds)
                print(f"peak memory after copying back: {peak_mb():,.0f} MB")
            if args.follow:
                follow_figures(target, work, args.edits, args.delays)
            if args.search:
                search_figures(source, target, work, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
