"""``librarian attach-folder DIR``: match a folder's files to resources, then attach them.

Without ``--yes`` it only shows the preview: each file matched (to which resource, and
why), ambiguous (the candidates, best first), unmatched, or not a document (why).
With ``--yes`` it attaches the matched files whose resource has no local copy yet
(``--replace``: those with one too) in one action (``librarian undo`` takes it back),
then reads their text. An ambiguous file is never attached from here: attach it with
``librarian attach ID FILE``, or choose in the window (Curate ▸ Attach files from a
folder…). The matches show hidden and staff-only resources too, so the preview needs
the curator password like every other curator command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.cli_common import open_library, require_curator
from desktop_app.core.errors import LibraryError
from desktop_app.core.progress import Progress

if TYPE_CHECKING:
    from desktop_app.core.fulltext.attach_folder import AttachPreview, FileMatch

HEADINGS = (  # "{n}": the group's size
    ("matched", "Matched ({n}):"),
    ("ambiguous", "Ambiguous ({n}): choose one with `librarian attach ID FILE`"),
    ("unmatched", "Unmatched ({n}):"),
    ("refused", "Not documents, never attached ({n}):"),
)


def add_attach_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "attach-folder",
        parents=[common],
        help="match the files of a folder to resources and attach them as local copies",
    )
    p.add_argument("folder", metavar="DIR")
    p.add_argument("--recursive", action="store_true", help="read its subfolders too")
    p.add_argument(
        "--yes",
        action="store_true",
        help="attach the matched files (without it, only show what would be attached)",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="with --yes: also replace the local copy a matched resource already has",
    )
    p.add_argument("--json", action="store_true", help="the preview (and outcome) as JSON")
    p.set_defaults(func=cmd_attach_folder)


def _progress(quiet: bool, verb: str = "") -> Progress:
    def show(done: int, total: int, message: str) -> None:
        if message and not quiet:
            where = f"[{done + 1}/{total}] " if done < total else ""
            print(f"{where}{verb}{message}", file=sys.stderr, flush=True)

    return Progress(show, interval=0.5)


def cmd_attach_folder(args: argparse.Namespace) -> int:
    from desktop_app.core.fulltext.attach_folder import (
        Attachment,
        attach_files,
        extract_attached,
        preview_folder,
    )
    from desktop_app.core.service import Catalogue

    if args.replace and not args.yes:
        raise LibraryError("--replace goes with --yes (it says what attaching may replace)")
    if not os.path.lexists(args.folder):
        raise LibraryError(f"{args.folder}: no such folder; nothing was read")
    with open_library(args) as lib:
        require_curator(lib)
        if args.yes and lib.read_only:
            raise LibraryError(f"{lib.location}: the library is read-only; nothing was changed")
        cat = Catalogue(lib)
        preview = preview_folder(
            cat, args.folder, recursive=args.recursive, progress=_progress(args.json)
        )
        chosen = [
            Attachment(f.path, f.resource.resource_id, args.replace, f.sha256)
            for f in preview.files
            if f.resource is not None
            and not f.same_file
            and (f.ready or (args.replace and f.resource.local_file))
        ]
        out: dict[str, Any] = preview.as_json()
        if not args.json:
            _print_preview(preview)
        if not args.yes:
            if not args.json:
                print(_would(len(chosen), preview))
            else:
                out["attached"] = []
                print(json.dumps(out, ensure_ascii=False, indent=2))
            return 0
        if not chosen:
            result_text = "nothing to attach"
            out["attached"], out["skipped"], out["text"] = [], [], ""
        else:
            result = attach_files(cat, chosen, progress=_progress(args.json))
            text = extract_attached(cat, result.names, progress=_progress(args.json, "text of "))
            result_text = f"{result.summary()}; text: {text.summary()}"
            out["attached"] = [{"id": rid, "local_file": name} for rid, name in result.attached]
            out["skipped"] = result.skipped
            out["text"] = text.summary()
            if not args.json:
                for line in result.skipped:
                    print(f"  left out: {line}")
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(result_text)
    return 0


def _would(n: int, preview: AttachPreview) -> str:
    if not n:
        return "nothing would be attached"
    ambiguous = len(preview.group("ambiguous"))
    text = f"{n} file{'' if n == 1 else 's'} would be attached: run again with --yes to attach"
    if ambiguous:
        text += f" ({ambiguous} ambiguous left for you to choose)"
    return text


def _print_preview(preview: AttachPreview) -> None:
    print(preview.summary())
    for status, heading in HEADINGS:
        group = preview.group(status)
        if not group:
            continue
        print("\n" + heading.format(n=len(group)))
        for f in group:
            for line in _describe(f):
                print(f"  {line}")
    print()


def _describe(f: FileMatch) -> list[str]:
    if f.status == "refused":
        return [f"{f.name}: {f.reason}"]
    lines = []
    if f.status == "matched" and f.resource is not None:
        r = f.resource
        lines.append(f"{f.name} -> #{r.resource_id} {r.label}  [{r.reason}]")
    else:
        lines.append(f.name)
        lines += [f"    #{c.resource_id} {c.label}  [{c.reason}]" for c in f.candidates]
    lines += [f"    note: {n}" for n in f.notes]
    if f.reason:
        lines.append(f"    read: {f.reason}")
    return lines
