"""``librarian``: the command-line interface to the core (scripting, tests, admin).

Exit codes: 0 ok, 1 a user or data error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desktop_app import __version__
from desktop_app.cli_attach import add_attach_commands
from desktop_app.cli_common import facet_pairs, find_resource, open_library, require_curator
from desktop_app.cli_copy import add_copy_commands
from desktop_app.cli_curate import add_curator_commands
from desktop_app.cli_errors import (
    cli_logging,
    describe_os_error,
    keep_secret,
    one_line,
    report_unexpected,
)
from desktop_app.cli_fulltext import add_fulltext_commands
from desktop_app.cli_lists import add_list_commands
from desktop_app.cli_pack import add_pack_commands
from desktop_app.cli_search import add_search_commands
from desktop_app.core.curation.check import check_library
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import ListContents, ReadingLists
from desktop_app.core.library.paths import BUNDLED_LIBRARY, SEED_FILE, is_server_url
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.exporting import FORMATS as EXPORT_FORMATS
from desktop_app.core.transfer.exporting import Selection, atomic_text_file
from desktop_app.core.transfer.formats import jsonfmt
from desktop_app.core.transfer.importing import FORMATS, import_file

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    # Long but flat: one add_parser/add_argument block a command, read top to bottom.
    parser = argparse.ArgumentParser(
        prog="librarian",
        description="Resource Librarian: manage an offline resource library.",
        epilog="Messages are in English only; the window (resource-librarian) is translated.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="print the full report of an unexpected error"
    )
    common = argparse.ArgumentParser(add_help=False)
    # also after the command; SUPPRESS keeps a subcommand from resetting a --debug given before it
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="")
    common.add_argument(
        "--library",
        metavar="PATH|URL",
        help="library file, or a catalogue on a PostgreSQL server: "
        "postgresql+psycopg://user@host/dbname (password from PGPASSWORD or ~/.pgpass) "
        "(default: $LIBRARIAN_LIBRARY or your own library)",
    )
    common.add_argument(
        "--create",
        action="store_true",
        help="create a new empty library at --library if there is none",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("import", parents=[common], help="import resources from a file")
    p.add_argument("file")
    p.add_argument("--format", choices=FORMATS, help="file format (default: by content)")
    p.add_argument(
        "--dry-run", action="store_true", help="report what would change, change nothing"
    )
    p.add_argument(
        "--duplicates",
        choices=("skip", "merge"),
        default="skip",
        help="entries already in the library: skip them (default), or merge them in "
        "(fill empty fields, add topics, countries, organisations, authors)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="export resources")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    p.add_argument("-o", "--output", default="-", help="output file, or - for standard output")
    p.add_argument("--query", default="", help="export only what this search finds")
    p.add_argument("--facet", action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--exclude", action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--list", dest="reading_list", help="export a reading list")
    p.add_argument(
        "--title", help="PDF cover title (default: the list's name, or Child protection resources)"
    )
    p.add_argument("--no-toc", action="store_true", help="PDF: no table of contents")
    p.add_argument("--qr", action="store_true", help="PDF: a QR code beside each link")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("list", parents=[common], help="list resources, one a line")
    p.add_argument("--all", action="store_true", help="include trashed resources")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one resource")
    p.add_argument("id", help="resource id or UUID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("check", parents=[common], help="check the library's integrity")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("stats", parents=[common], help="counts of resources and vocabularies")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("build-db", help="rebuild the bundled resources.db from assets/")
    p.add_argument("--seed", default=str(SEED_FILE))
    p.add_argument("-o", "--output", default=str(BUNDLED_LIBRARY))
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an existing library at the output (needs its curator password if it has one)",
    )
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="")
    p.set_defaults(func=cmd_build_db)

    add_search_commands(sub, common)
    add_curator_commands(sub, common)
    add_pack_commands(sub, common)
    add_list_commands(sub, common)
    add_fulltext_commands(sub, common)
    add_attach_commands(sub, common)
    add_copy_commands(sub)

    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command: 0 ok, 1 a user or data error (one line on stderr), 2 a usage error.

    No traceback reaches the user: an unexpected error is one line naming the log
    file that holds its report (or the report itself on stderr with --debug).
    """
    keep_secret(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Handler = args.func
    debug = bool(getattr(args, "debug", False))
    try:
        with cli_logging(debug=debug):
            return func(args)
    except LibraryError as exc:
        print(f"librarian: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("librarian: interrupted; nothing was changed", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"librarian: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: one line here, the report logged
        return report_unexpected(exc, sys.argv[1:] if argv is None else argv, debug=debug)


@contextmanager
def output_stream(target: str) -> Iterator[IO[str]]:
    """Standard output for "-", else a file written atomically (no half files)."""
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_text_file(target) as fh:
        yield fh


def cmd_import(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        if not args.dry_run:
            require_curator(lib)
        report = import_file(
            Catalogue(lib), args.file, args.format, dry_run=args.dry_run, duplicates=args.duplicates
        )
    print(report.summary())
    for line in report.detail_lines():
        print(f"  {line}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.transfer.exporting import iter_selected, selected_ids, write_text

    sel = Selection(
        query=args.query,
        include=facet_pairs(args.facet, "--facet"),
        exclude=facet_pairs(args.exclude, "--exclude"),
        reading_list=args.reading_list,
    )
    with open_library(args) as lib:
        cat = Catalogue(lib)
        ids = selected_ids(cat, sel)
        contents = ReadingLists(lib).contents(args.reading_list) if args.reading_list else None
        if args.format == "pdf":
            if args.output == "-":
                raise LibraryError("a PDF needs an output file: -o FILE.pdf")
            n = export_pdf_file(cat, ids, sel, args, contents)
        else:
            with output_stream(args.output) as out:
                n = write_text(args.format, iter_selected(cat, ids), out, reading_list=contents)
    if args.output != "-":
        print(f"exported {n} resources to {args.output}", file=sys.stderr)
    return 0


def export_pdf_file(
    cat: Catalogue,
    ids: list[int] | None,
    sel: Selection,
    args: argparse.Namespace,
    contents: ListContents | None = None,
) -> int:
    """Render a PDF handout from the command line (Qt on the offscreen platform)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop_app.core.transfer.exporting import iter_selected
    from desktop_app.core.transfer.handout import Handout, entries
    from desktop_app.gui.i18n import current_language, install_translators
    from desktop_app.gui.pdf import export_pdf

    # Text layout needs an application object. Reuse the one a host program (the
    # GUI, a test) made; otherwise make one for the life of the process: deleting
    # it and making another later crashes Qt.
    global _qt_app
    if QGuiApplication.instance() is None:
        _qt_app = QGuiApplication(["librarian"])
    install_translators(current_language())  # English plural forms, unless a host chose one
    count = len(ids) if ids is not None else cat.count()
    handout = Handout(
        title=args.title or (contents.name if contents else "Child protection resources"),
        description=sel.describe(),
        count=count,
        toc=not args.no_toc,
        qr=args.qr,
        page_size=args.page_size,
    )
    target = Path(args.output)
    tmp = target.with_name(f".{target.name}.partial.pdf")
    try:
        notes = contents.notes if contents else None
        n = export_pdf(handout, lambda: entries(iter_selected(cat, ids), notes), tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise LibraryError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return n


_qt_app: object = None


def cmd_list(args: argparse.Namespace) -> int:
    with open_library(args, read_only=True) as lib:
        for v in Catalogue(lib).iter_views(include_trashed=args.all):
            who = ", ".join(v.organisations or v.authors)
            print(f"{v.id:>6}  {v.year or '':>4}  {v.title}" + (f"  — {who}" if who else ""))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_library(args, read_only=True) as lib:
        v = find_resource(Catalogue(lib), args.id)
    if args.json:
        print(json.dumps(jsonfmt.record(v), ensure_ascii=False, indent=2))
        return 0
    rows = [
        ("Title", v.title),
        ("Type", v.type),
        ("Organisations", "; ".join(v.organisations)),
        ("Authors", "; ".join(v.authors)),
        ("Date", v.date or ""),
        ("Topics", "; ".join(v.topics)),
        ("Countries", "; ".join(v.countries)),
        ("Regions", "; ".join(v.regions)),
        ("Link", v.url),
        ("Status", v.status),
        ("UUID", v.uuid),
    ]
    if v.needs_review:
        rows.append(("Needs review", v.review_reason or "yes"))
    for label, value in rows:
        if value:
            print(f"{label + ':':<15}{value}")
    for label, text in (("Summary", v.summary), ("Excerpt", v.excerpt)):
        if text:
            print(f"\n{label}:\n{text}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_library(args, read_only=True) as lib:
        report = check_library(lib)
    for fact in report.facts:
        print(fact)
    for w in report.warnings:
        print(f"warning: {w}")
    for p in report.problems:
        print(f"PROBLEM: {p}")
    print("library is consistent" if report.ok else f"{len(report.problems)} problem(s) found")
    return 0 if report.ok else 1


def cmd_stats(args: argparse.Namespace) -> int:
    with open_library(args, read_only=True) as lib:
        report = check_library(lib)
    for fact in report.facts:
        print(fact)
    return 0


def cmd_build_db(args: argparse.Namespace) -> int:
    """Build the bundled library from the seed file, atomically.

    An existing library at the output is replaced only with --force, and only with
    its curator password when it has one.
    """
    if is_server_url(args.output):
        raise LibraryError(
            "build-db writes a library file; to put a library on a server, build a file "
            "and copy it there (librarian copy FILE URL)"
        )
    out = Path(args.output)
    if out.exists() or out.is_symlink():
        may_replace_library(out, force=args.force)
    built = build_bundled(Path(args.seed), out)
    print(f"built {out} with {built} resources from {args.seed}")
    return 0


def may_replace_library(out: Path, *, force: bool) -> None:
    """Raise LibraryError unless the library at ``out`` may be replaced by a new one."""
    if not out.is_file():
        raise LibraryError(f"{out}: is not a library file; nothing was changed")
    bundled = out.resolve() == BUNDLED_LIBRARY.resolve()
    try:
        # read-write (but for the template): wrong passwords are counted and slowed down, and
        # closing removes the journal, which stays only while another program has it open
        lib = Library.open(out, read_only=bundled)
    except LibraryError as exc:
        raise LibraryError(
            f"{out}: exists and cannot be checked ({exc}); move it away first; nothing was changed"
        ) from None
    with lib:
        if not force:
            count = Catalogue(lib).count(include_trashed=True)
            raise LibraryError(
                f"{out}: already holds a library of {count} resources; add --force to replace "
                "it (its curator password is needed if it has one); nothing was changed"
            )
        require_curator(lib)
    if Path(f"{out}-wal").exists():
        raise LibraryError(
            f"{out}: is open in another program; close it first; nothing was changed"
        )


def build_bundled(seed_path: Path, out: Path) -> int:
    """Build a library from the seed file beside ``out``, then swap it in (all or nothing)."""
    tmp = out.with_name(out.name + ".building")

    def remove_tmp() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)

    remove_tmp()
    try:
        with Library.open(tmp, create=True) as lib:
            report = import_file(Catalogue(lib), seed_path, "seed")
            from desktop_app.core.curation.topic_labels import apply_bundled_labels

            apply_bundled_labels(Catalogue(lib))  # topic labels in pt_BR, es, fr, th
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        os.replace(tmp, out)
    except BaseException:
        remove_tmp()
        raise
    for suffix in ("-wal", "-shm"):  # the old library's journal must never meet the new file
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    return report.added


if __name__ == "__main__":
    sys.exit(main())
