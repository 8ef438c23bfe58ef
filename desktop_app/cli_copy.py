"""``librarian copy SOURCE DEST``: a whole library from a file to a PostgreSQL server,
back, or to another file (issue 16; the work is :mod:`desktop_app.core.shared.copy`).

SOURCE and DEST are each a library file or a ``postgresql+psycopg://user@host/dbname``
URL. DEST must be a new file or an empty database (or a catalogue just made with
``--create``); nothing is ever overwritten. Progress goes to stderr when it is a
terminal; at the end the rows per table and the time taken, or with ``--json`` the
same as JSON. A password never appears in the output: places are shown as
``lib.location`` / ``server.redact`` show them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import IO, Any

from desktop_app.core.shared.copy import (
    CopyReport,
    ProgressCallback,
    copied_tables,
    copy_catalogue,
)

HELP = "copy a whole library: a file to a PostgreSQL server, back, or to a new file"
PLACE = "a library file, or postgresql+psycopg://user@host/dbname"


def add_copy_commands(sub: Any) -> None:
    p = sub.add_parser(
        "copy",
        help=HELP,
        description=f"{HELP.capitalize()}. Everything is copied (resources, vocabularies, "
        "reading lists, saved searches, document text, the change log, the curator "
        "password) and checked: row counts and checksums per table must match, or the "
        "copy is undone. DEST must be a new file or an empty database.",
    )
    p.add_argument("source", metavar="SOURCE", help=f"the library to copy: {PLACE}")
    p.add_argument("destination", metavar="DEST", help=f"where to copy it: {PLACE}")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="")
    p.set_defaults(func=cmd_copy)


def cmd_copy(args: argparse.Namespace) -> int:
    progress = terminal_progress(sys.stderr) if sys.stderr.isatty() else None
    try:
        report = copy_catalogue(args.source, args.destination, progress=progress)
    finally:
        if progress is not None:
            print("\r\033[K", end="", file=sys.stderr, flush=True)  # the progress line goes
    if args.json:
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
        return 0
    print(report.summary())
    width = max(len(t.name) for t in report.tables)
    for table in report.tables:
        print(f"  {table.name:<{width}}  {table.rows:>10,}")
    if report.files:
        print(
            f"note: the {report.files:,} local copies' files in {report.files_folder} were "
            "not copied (their details and text were); copy that folder yourself if needed"
        )
    return 0


def as_json(report: CopyReport) -> dict[str, Any]:
    """The report for ``--json``: places (passwords hidden), time, rows per table."""
    return {
        "source": report.source,
        "destination": report.destination,
        "seconds": round(report.seconds, 3),
        "resources": report.count("resource"),
        "rows": report.rows,
        "tables": {t.name: {"rows": t.rows, "sha256": t.checksum} for t in report.tables},
        "local_files_not_copied": report.files,
        "local_files_folder": report.files_folder,
    }


def terminal_progress(stream: IO[str], interval: float = 0.2) -> ProgressCallback:
    """A progress line on ``stream``, rewritten in place at most every ``interval``
    seconds (and at the end of each table); after the last table, the check."""
    last = [0.0]
    final = copied_tables()[-1].name

    def show(table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < interval:
            return
        last[0] = now
        stream.write(f"\rcopying {table}: {done:,} of {total:,} rows\033[K")
        if table == final and done >= total:
            stream.write("\rchecking the copy: counts and checksums of every table\033[K")
        stream.flush()

    return show
