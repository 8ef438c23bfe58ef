"""Collection pack commands: ``librarian pack export`` and ``librarian pack import``."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli_common import open_library, require_curator
from desktop_app.core.errors import LibraryError
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import Resolution, export_pack, import_pack


def add_pack_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("pack", help="collection packs for offline distribution")
    ops = p.add_subparsers(dest="pack_command", required=True, metavar="OP")
    e = ops.add_parser("export", parents=[common], help="write the library as a .librarypack")
    e.add_argument("-o", "--output", required=True, metavar="FILE.librarypack")
    e.add_argument(
        "--since",
        metavar="PACK",
        help="an earlier pack of this library: pass on only deletions made after it",
    )
    e.set_defaults(func=cmd_pack_export)
    i = ops.add_parser("import", parents=[common], help="merge a .librarypack into the library")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    i.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="UUID=mine|theirs|FIELD:SIDE,…",
        help="settle a conflict: keep mine, take theirs, or field by field "
        "(e.g. UUID=title:theirs,summary:mine); repeatable",
    )
    i.add_argument(
        "--all",
        choices=("mine", "theirs"),
        help="settle every conflict not named by --resolve the same way",
    )
    i.set_defaults(func=cmd_pack_import)


def parse_resolution(text: str) -> tuple[str, Resolution]:
    uuid, sep, choice = text.partition("=")
    if not sep or not uuid.strip():
        raise LibraryError(
            f"--resolve {text!r}: expected UUID=mine, UUID=theirs or UUID=FIELD:SIDE"
        )
    choice = choice.strip()
    if choice in ("mine", "theirs"):
        return uuid.strip(), choice
    fields: dict[str, str] = {}
    for part in choice.split(","):
        name, _, side = part.partition(":")
        if side not in ("mine", "theirs") or not name:
            raise LibraryError(f"--resolve {text!r}: '{part}' is not FIELD:mine or FIELD:theirs")
        fields[name.strip()] = side
    return uuid.strip(), fields


def cmd_pack_export(args: argparse.Namespace) -> int:
    with open_library(args, read_only=True) as lib:
        out = export_pack(Catalogue(lib), args.output, since=args.since)
    print(out.summary())
    return 0


def cmd_pack_import(args: argparse.Namespace) -> int:
    resolutions = dict(parse_resolution(r) for r in args.resolve)
    with open_library(args) as lib:
        if not args.dry_run:
            require_curator(lib)
        cat = Catalogue(lib)
        if args.all:
            preview = import_pack(cat, args.file, dry_run=True)
            for c in preview.conflicts:
                resolutions.setdefault(c.uuid, args.all)
        report = import_pack(cat, args.file, dry_run=args.dry_run, resolutions=resolutions)
    print(report.summary())
    for kind, name in report.created_terms[:200]:
        print(f"  new {kind}: {name}")
    open_conflicts = [c for c in report.conflicts if c.uuid not in resolutions]
    for c in report.conflicts:
        mark = "settled" if c.uuid in resolutions else "CONFLICT"
        print(f"  {mark}: {c.describe()}")
        if c.theirs is not None and c.uuid not in resolutions:
            for name in c.fields:
                print(f"      {name}: mine {c.mine.get(name)!r}")
                print(f"      {' ' * len(name)}  theirs {c.theirs.get(name)!r}")
    if open_conflicts and not args.dry_run:
        print(
            f"  {len(open_conflicts)} conflicts kept your version for now; settle them with "
            "--resolve UUID=theirs (or mine, or FIELD:SIDE,…) or --all theirs|mine"
        )
    return 0
