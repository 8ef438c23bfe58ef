"""Reading list commands: ``librarian lists`` and its operations, for scripting.

``librarian lists`` prints every list with its count; ``lists show NAME`` its items
in order with their notes (``--json`` for scripts); ``create``, ``add``, ``remove``,
``rename``, ``delete``, ``note`` and ``move`` change one list. Resources are named by
id or UUID; an unknown one changes nothing. Lists are the reader's own: no curator
password is asked for.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli_common import open_library
from desktop_app.core.errors import NotFoundError
from desktop_app.core.library.db import Library
from desktop_app.core.library.lists import ReadingLists
from desktop_app.core.service import Catalogue


def add_list_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """``librarian lists …`` under the command parser ``sub``."""
    p = sub.add_parser("lists", help="reading lists: show and change them")
    # its own name for --library: an operation's default would overwrite one given before it
    p.add_argument(
        "--library", dest="lists_library", metavar="PATH|URL", help="library file or server URL"
    )
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="")
    p.add_argument("--json", action="store_true", help="the lists as JSON")
    p.set_defaults(func=cmd_lists)
    ops = p.add_subparsers(dest="lists_command", metavar="OP")
    o = ops.add_parser("show", parents=[common], help="a list's items in order, with notes")
    o.add_argument("name")
    o.add_argument("--json", action="store_true")
    o.set_defaults(func=cmd_show)
    o = ops.add_parser("create", parents=[common], help="a new, empty list")
    o.add_argument("name")
    o.set_defaults(func=cmd_create)
    o = ops.add_parser("add", parents=[common], help="add resources (id or UUID) to the end")
    o.add_argument("name")
    o.add_argument("ids", nargs="+", metavar="ID")
    o.set_defaults(func=cmd_add)
    o = ops.add_parser("remove", parents=[common], help="take resources out of a list")
    o.add_argument("name")
    o.add_argument("ids", nargs="+", metavar="ID")
    o.set_defaults(func=cmd_remove)
    o = ops.add_parser("rename", parents=[common], help="rename a list")
    o.add_argument("old")
    o.add_argument("new")
    o.set_defaults(func=cmd_rename)
    o = ops.add_parser("delete", parents=[common], help="delete a list (not its resources)")
    o.add_argument("name")
    o.set_defaults(func=cmd_delete)
    o = ops.add_parser("note", parents=[common], help="set (or with '' clear) an item's note")
    o.add_argument("name")
    o.add_argument("id", metavar="ID")
    o.add_argument("note")
    o.set_defaults(func=cmd_note)
    o = ops.add_parser("move", parents=[common], help="move an item to a position (1 = top)")
    o.add_argument("name")
    o.add_argument("id", metavar="ID")
    o.add_argument("position", type=int)
    o.set_defaults(func=cmd_move)


def _library_args(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` with the --library given before the operation, if none was given after."""
    outer = getattr(args, "lists_library", None)
    if outer and not getattr(args, "library", None):
        args.library = outer
    if not hasattr(args, "library"):
        args.library = None
    return args


def resource_ids(lib: Library, idents: list[str]) -> list[int]:
    """Resource ids for ids or UUIDs, in order; an unknown one is an error."""
    cat = Catalogue(lib)
    known = set(cat.ids(include_trashed=True))
    out: list[int] = []
    for ident in idents:
        ident = ident.strip()
        if ident.isdigit() and int(ident) in known:
            out.append(int(ident))
            continue
        view = None if ident.isdigit() else cat.find_by_uuid(ident)
        if view is None:
            raise NotFoundError(f"no resource with id or UUID '{ident}'; nothing was changed")
        out.append(view.id)
    return out


def cmd_lists(args: argparse.Namespace) -> int:
    with open_library(_library_args(args), read_only=True) as lib:
        infos = ReadingLists(lib).all()
    if args.json:
        print(json.dumps([{"name": i.name, "count": i.count} for i in infos], ensure_ascii=False))
        return 0
    if not infos:
        print("no reading lists (make one with: librarian lists create NAME)")
    for info in infos:
        print(f"{info.count:>5}  {info.name}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_library(_library_args(args), read_only=True) as lib:
        contents = ReadingLists(lib).contents(args.name)
    if args.json:
        data = {
            "name": contents.name,
            "uuid": contents.uuid,
            "count": len(contents.items),
            "items": [
                {
                    "position": n,
                    "id": item.resource_id,
                    "uuid": item.uuid,
                    "title": item.title,
                    "status": item.status,
                    "note": item.note,
                }
                for n, item in enumerate(contents.items, 1)
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{contents.name} ({len(contents.items)})")
    for n, item in enumerate(contents.items, 1):
        status = "" if item.status == "published" else f" [{item.status}]"
        print(f"{n:>4}. [{item.resource_id}] {item.title}{status}")
        if item.note:
            print(f"      Note: {item.note}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        info = ReadingLists(lib).create(args.name)
    print(f"created reading list '{info.name}'")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        ids = resource_ids(lib, args.ids)
        lists = ReadingLists(lib)
        try:
            result = lists.add(args.name, ids, create=False)
        except NotFoundError:
            raise NotFoundError(
                f"no reading list named '{args.name}' "
                f"(make it first: librarian lists create '{args.name}')"
            ) from None
    extra = f" ({result.already} already in it)" if result.already else ""
    print(f"{len(result.added)} added to '{result.info.name}'{extra}; it has {result.info.count}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        ids = resource_ids(lib, args.ids)
        lists = ReadingLists(lib)
        removed = lists.remove(args.name, ids)
        info = lists.info(args.name)
    print(f"{removed} removed from '{info.name}'; it has {info.count}")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        info = ReadingLists(lib).rename(args.old, args.new)
    print(f"renamed reading list '{args.old}' to '{info.name}'")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        gone = ReadingLists(lib).delete(args.name)
    print(f"deleted reading list '{gone.name}' ({len(gone.items)} items; the resources stay)")
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        (rid,) = resource_ids(lib, [args.id])
        note = ReadingLists(lib).set_note(args.name, rid, args.note)
    print(f"note on {rid}: {note}" if note else f"note on {rid} cleared")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with open_library(_library_args(args)) as lib:
        (rid,) = resource_ids(lib, [args.id])
        order = ReadingLists(lib).move(args.name, rid, args.position - 1)
    print(f"{rid} is now number {order.index(rid) + 1} of {len(order)}")
    return 0
