"""Export at scale: time and peak memory of CSV, JSON, PDF and pack exports.

    uv run python benchmarks/export_bench.py --n 100000 [--formats csv,json,pack,pdf]

Each export runs in a fresh process so its peak memory (max RSS) is its own. The
peer, measured in the same run, is the plain way to do the same job: one SQL
query with group_concat for the list fields, all rows fetched into memory, then
written with the standard library's csv / json modules. Ratios are ours/peer.
PDF has no peer here; its memory is compared with our own CSV export to show
that the handout streams too.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import ensure

OUT = Path(__file__).parent / "out"

PEER_SQL = """
SELECT r.id, r.uuid, r.title, r.type,
  (SELECT group_concat(o.name, '; ') FROM resource_organisation ro
     JOIN organisation o ON o.id = ro.organisation_id WHERE ro.resource_id = r.id),
  (SELECT group_concat(a.name, '; ') FROM resource_author ra
     JOIN author a ON a.id = ra.author_id WHERE ra.resource_id = r.id),
  (SELECT group_concat(t.name, '; ') FROM resource_topic rt
     JOIN topic t ON t.id = rt.topic_id WHERE rt.resource_id = r.id),
  (SELECT group_concat(c.name, '; ') FROM resource_country rc
     JOIN country c ON c.id = rc.country_id WHERE rc.resource_id = r.id),
  r.date, r.year, r.url, r.summary, r.excerpt, r.language, r.audience, r.status
FROM resource r WHERE r.status != 'trashed' ORDER BY r.id
"""
PEER_COLUMNS = (
    "id uuid title type organisations authors topics countries date year url summary "
    "excerpt language audience status"
).split()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, db: Path, out: Path) -> dict[str, float]:
    """Run one export in this (fresh) process; returns its figures."""
    start = time.perf_counter()
    count = 0
    if kind.startswith("peer-"):
        conn = sqlite3.connect(db)
        rows = conn.execute(PEER_SQL).fetchall()  # the plain way: everything in memory
        with out.open("w", encoding="utf-8", newline="") as fh:
            if kind == "peer-csv":
                w = csv.writer(fh)
                w.writerow(PEER_COLUMNS)
                w.writerows(rows)
            else:
                json.dump([dict(zip(PEER_COLUMNS, r, strict=True)) for r in rows], fh)
        count = len(rows)
    else:
        from desktop_app.core.library.db import Library
        from desktop_app.core.service import Catalogue

        with Library.open(db, read_only=True) as lib:
            cat = Catalogue(lib)
            if kind in ("csv", "json"):
                from desktop_app.core.transfer.exporting import export_to_file

                count = export_to_file(cat, kind, None, out)
            elif kind == "pack":
                from desktop_app.core.transfer.packs import export_pack

                count = export_pack(cat, out).resources
            else:
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                from PySide6.QtGui import QGuiApplication

                from desktop_app.core.transfer.exporting import iter_selected
                from desktop_app.core.transfer.handout import Handout, entries
                from desktop_app.gui.pdf import export_pdf

                app = QGuiApplication(["bench"])  # noqa: F841 (kept alive for the export)
                handout = Handout(
                    title="Benchmark",
                    description="The whole library",
                    count=cat.count(),
                    toc=kind == "pdf-toc",
                    qr=False,
                    page_size="A4",
                )
                count = export_pdf(handout, lambda: entries(iter_selected(cat, None)), out)
    return {
        "seconds": time.perf_counter() - start,
        "peak_mb": peak_mb(),
        "count": count,
        "size_mb": out.stat().st_size / 2**20,
    }


def measure(kind: str, db: Path, out: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", kind, "--db", str(db), "--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--formats", default="csv,json,pack,pdf")
    ap.add_argument("--child")
    ap.add_argument("--db", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.db, args.out)))
        return
    db = ensure(args.n)
    from desktop_app.core.library.db import Library

    Library.open(db).close()  # a library built by an older version is upgraded first
    OUT.mkdir(exist_ok=True)
    print(f"export of {args.n:,} resources from {db.name}")
    print(f"{'export':<10}{'seconds':>10}{'peak MB':>10}{'file MB':>10}   ratio ours/peer")
    figures: dict[str, dict[str, float]] = {}
    for kind in args.formats.split(","):
        ext = {"pdf": "pdf", "pdf-toc": "pdf", "pack": "librarypack"}.get(kind, kind)
        ours = measure(kind, db, OUT / f"export-{args.n}.{kind}.{ext}")
        figures[kind] = ours
        line = f"{kind:<10}{ours['seconds']:>10.1f}{ours['peak_mb']:>10.0f}{ours['size_mb']:>10.1f}"
        if kind in ("csv", "json"):
            peer = measure(f"peer-{kind}", db, OUT / f"export-{args.n}.peer.{kind}")
            line += (
                f"   time {ours['seconds'] / peer['seconds']:.2f}, memory "
                f"{ours['peak_mb'] / peer['peak_mb']:.2f} (peer {peer['seconds']:.1f} s, "
                f"{peer['peak_mb']:.0f} MB)"
            )
        elif kind.startswith("pdf") and "csv" in figures:
            line += f"   memory vs our CSV export {ours['peak_mb'] / figures['csv']['peak_mb']:.2f}"
        print(line, flush=True)
        assert ours["count"] == args.n or kind == "pack", (kind, ours["count"])


if __name__ == "__main__":
    main()
