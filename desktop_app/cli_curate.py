"""Curator commands: password, trash, restore, undo, history, vocab.

Once a curator password is set, every one of them needs it (as the README's
command table says): typed at the prompt, or in $LIBRARIAN_PASSWORD for scripted
administration. ``history`` and ``vocab list`` only read, but what they show
(old values, hidden and staff-only resources' changes) is for curators.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_common import open_library_path, password_from_user, require_curator
from desktop_app.core.curation import auth
from desktop_app.core.curation.history import History
from desktop_app.core.curation.vocab_admin import VocabularyAdmin
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue

ENV_NEW_PASSWORD = "LIBRARIAN_NEW_PASSWORD"


def add_curator_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("password", parents=[common], help="set or change the curator password")
    p.set_defaults(func=cmd_password)
    for name, helptext in (
        ("trash", "move resources to the trash"),
        ("restore", "restore resources from the trash"),
    ):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("ids", nargs="+", type=int)
        p.set_defaults(func=cmd_status, action=name)
    p = sub.add_parser("empty-trash", parents=[common], help="delete trashed resources for good")
    p.set_defaults(func=cmd_empty_trash)
    p = sub.add_parser("undo", parents=[common], help="undo the last curator action")
    p.set_defaults(func=cmd_undo)
    p = sub.add_parser("history", parents=[common], help="a resource's changes")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_history)
    p = sub.add_parser(
        "vocab", parents=[common], help="list, rename or merge vocabulary terms; label topics"
    )
    p.add_argument("op", choices=("list", "rename", "merge", "labels"))
    p.add_argument("kind", choices=("topic", "organisation", "country"))
    p.add_argument(
        "names",
        nargs="*",
        help="rename: OLD NEW; merge: FROM INTO; labels: a table topic<TAB>pt_BR<TAB>es… "
        "(default: the bundled one) whose labels the library's topics get",
    )
    p.set_defaults(func=cmd_vocab)


def _open(args: argparse.Namespace) -> Library:
    return open_library_path(args)


def cmd_password(args: argparse.Namespace) -> int:
    """Set the first curator password (whoever installs the app) or change it."""
    interactive = sys.stdin is not None and sys.stdin.isatty()
    with _open(args) as lib:
        current = None
        if auth.has_password(lib):
            current = password_from_user("Current curator password: ")
            if current is None:
                raise LibraryError(
                    "this library has a curator password: give the current one when asked, "
                    f"or in ${auth.ENV_PASSWORD}; nothing was changed"
                )
        new = os.environ.get(ENV_NEW_PASSWORD)
        if new is None:
            if not interactive:
                raise LibraryError(
                    f"no new password: run this in a terminal, or give it in ${ENV_NEW_PASSWORD}"
                )
            new = getpass.getpass("New curator password: ")
            if getpass.getpass("Again: ") != new:
                raise LibraryError("the two passwords differ; nothing was changed")
        auth.set_password(lib, new, current=current)
    print("curator password set")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        require_curator(lib)
        cat = Catalogue(lib)
        changes = cat.trash(args.ids) if args.action == "trash" else cat.restore(args.ids)
    print(f"{args.action}: {len(changes.touched)} resources")
    return 0


def cmd_empty_trash(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        require_curator(lib)
        changes = Catalogue(lib).purge()
    print(f"deleted {len(changes.removed)} resources for good")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        require_curator(lib)
        info, changes = History(Catalogue(lib)).undo()
    print(f"undone: {info.action} ({len(changes.touched)} resources)")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        require_curator(lib)
        for e in History(Catalogue(lib)).entries(args.id):
            mark = " (undone)" if e.undone else ""
            print(
                f"{e.at:%Y-%m-%d %H:%M}  #{e.action_id} {e.action}{mark}: {e.field}: "
                f"{e.old!r} -> {e.new!r}"[:300]
            )
    return 0


def cmd_vocab(args: argparse.Namespace) -> int:
    if args.op == "labels":
        return _vocab_labels(args)
    if args.op != "list" and len(args.names) != 2:
        raise LibraryError(f"vocab {args.op} needs two names")
    with _open(args) as lib:
        require_curator(lib)
        admin = VocabularyAdmin(Catalogue(lib))
        if args.op == "list":
            for term in admin.terms(args.kind):
                print(f"{term.count:>6}  {term.name}")
            return 0
        first = admin.find(args.kind, args.names[0])
        if args.op == "rename":
            admin.rename(args.kind, first.id, args.names[1])
        else:
            second = admin.find(args.kind, args.names[1])
            admin.merge(args.kind, first.id, second.id)
    print(f"{args.op}d {args.kind} '{args.names[0]}'")
    return 0


def _vocab_labels(args: argparse.Namespace) -> int:
    """Give the library's topics the labels of a table (issue 14): empty cells keep a
    label, other languages are kept; each changed topic is one undoable action."""
    from desktop_app.core.curation.topic_labels import (
        TOPIC_LABELS_FILE,
        apply_topic_labels,
        read_topic_labels,
    )

    if args.kind != "topic" or len(args.names) > 1:
        raise LibraryError("vocab labels topic [TABLE]: only topics have labels, from one table")
    table = read_topic_labels(Path(args.names[0]) if args.names else TOPIC_LABELS_FILE)
    with _open(args) as lib:
        require_curator(lib)
        done = apply_topic_labels(VocabularyAdmin(Catalogue(lib)), table)
    n = len(done.changed)
    print(f"{n} topic{'' if n == 1 else 's'} labelled, {len(done.unchanged)} already so")
    for name in done.missing:
        print(f"not in the library: {name}")
    return 0
