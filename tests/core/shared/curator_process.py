"""A curator's machine in a process of its own, driven line by line (for
test_two_processes.py): ``python -m tests.core.shared.curator_process URL RID``.

It opens the catalogue with its own data folder (XDG_DATA_HOME, set by the caller)
and its search index, reads resource RID, and prints ``ready <version>``. Then, per
line on stdin:

- ``save <title>``: save the title over the version read at the start (or at the
  last ``reread``); prints ``saved <counter>`` or ``conflict <their version>``;
- ``reread``: read the resource again; prints ``version <version>``;
- ``search <json list of queries>``: catch up (``SearchEngine.sync``), then print
  ``ids <json list of id lists>``;
- ``quit``.
"""

from __future__ import annotations

import json
import sys

from desktop_app.core.errors import ConflictError
from desktop_app.core.library.db import Library
from desktop_app.core.search.engine import SearchEngine
from desktop_app.core.search.results import SearchRequest
from desktop_app.core.service import Catalogue


def main(target: str, rid: int) -> None:
    with Library.open(target) as lib:
        cat = Catalogue(lib)
        engine = SearchEngine(cat)
        engine.open()
        view = cat.get(rid)
        print("ready", view.version, flush=True)
        for line in sys.stdin:
            command, _, arg = line.rstrip("\n").partition(" ")
            if command == "save":
                data = view.editable()
                data.title = arg
                try:
                    _saved, changes = cat.update(rid, data, expected_version=view.version)
                    print("saved", changes.counter, flush=True)
                except ConflictError:
                    print("conflict", cat.get(rid).version, flush=True)
            elif command == "reread":
                view = cat.get(rid)
                print("version", view.version, flush=True)
            elif command == "search":
                engine.sync()
                found = [
                    engine.search(SearchRequest(query=q, limit=500)).ids for q in json.loads(arg)
                ]
                print("ids", json.dumps(found), flush=True)
            elif command == "quit":
                break
        engine.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
