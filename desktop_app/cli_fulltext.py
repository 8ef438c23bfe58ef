"""Text of local copies: ``librarian extract`` and ``librarian attach``.

``extract [--all] [--force] [ID ...]`` reads the text of the named resources' local
copies (or, with ``--all``, of every local copy without text yet; ``--force`` reads
again those that have it), one file at a time in the extraction process, saving each
as it finishes: progress on stderr, then a summary and a note per file that did not
go well. ``attach ID FILE`` stores a document as the resource's local copy and reads
its text. Both write the library, so they need the curator password when one is set.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.cli_common import find_resource, open_library, require_curator
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import display_name, store_file
from desktop_app.core.progress import Progress
from desktop_app.core.service import Catalogue


def add_fulltext_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "extract",
        parents=[common],
        help="read the text of local copies so search finds words inside them",
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="resource id or UUID")
    p.add_argument(
        "--all", action="store_true", help="every local copy in the library without text yet"
    )
    p.add_argument("--force", action="store_true", help="read again those that have text")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "attach", parents=[common], help="store a document as a resource's local copy"
    )
    p.add_argument("id", metavar="ID", help="resource id or UUID")
    p.add_argument("file", help="the document (PDF, Office, OpenDocument, EPUB, text …)")
    p.set_defaults(func=cmd_attach)


def _writable(lib: Library) -> None:
    if lib.read_only:
        raise LibraryError(f"{lib.location}: the library is read-only; nothing was changed")
    require_curator(lib)


def _progress() -> Progress:
    def show(done: int, total: int, name: str) -> None:
        if name:
            print(f"[{done + 1}/{total}] reading {name}", file=sys.stderr, flush=True)

    return Progress(show, interval=0.0)


def _extract_and_report(cat: Catalogue, names: list[str] | None, force: bool) -> int:
    from desktop_app.core.fulltext.store import extract_documents, pending_documents

    report = extract_documents(cat, names, force=force, progress=_progress())
    if not report.items and not report.cancelled:
        if names is None and not pending_documents(cat, force=True):
            print(
                "nothing to read: no resource has a local copy yet "
                "(librarian attach ID FILE, or librarian attach-folder DIR)"
            )
        else:
            print("nothing to read: every local copy already has its text (--force reads again)")
        return 0
    print(report.summary())
    for item in report.items:
        pages = f"{item.pages:,} page(s)" if item.pages else "no pages"
        line = f"  {display_name(item.name)}: {item.status}, {pages}"
        print(f"{line}; {item.note}" if item.note else line)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    if not args.ids and not args.all:
        raise LibraryError("name the resources (ID ...) or give --all for every local copy")
    with open_library(args) as lib:
        _writable(lib)
        cat = Catalogue(lib)
        names: list[str] | None = None
        if args.ids:
            names = []
            for ident in args.ids:
                view = find_resource(cat, ident)
                if not view.local_file:
                    raise LibraryError(
                        f"resource {view.id} ('{view.title[:60]}') has no local copy"
                    )
                names.append(view.local_file)
        return _extract_and_report(cat, names, args.force)


def cmd_attach(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if source.is_dir():
        raise LibraryError(
            f"{source}: is a folder; attach one file, or match a folder's files to "
            "resources with librarian attach-folder DIR"
        )
    if not source.exists():
        raise LibraryError(f"{source}: no such file; nothing was attached")
    with open_library(args) as lib:
        _writable(lib)
        cat = Catalogue(lib)
        view = find_resource(cat, args.id)
        name = store_file(lib, source)  # refuses what is not a document
        if view.local_file != name:
            cat.update(
                view.id,
                replace(view.editable(), local_file=name),
                expected_version=view.version,
                action="attach local copy",
            )
        replaced = (
            f" (it replaces {display_name(view.local_file)})"
            if view.local_file and view.local_file != name
            else ""
        )
        print(f"attached {source.name} to resource {view.id} ('{view.title[:60]}'){replaced}")
        return _extract_and_report(cat, [name], force=False)
