"""Apply a table of topic labels to a library (issue 14).

    uv run python tools/topic_labels.py [--library PATH] [--labels FILE]

The table (default ``desktop_app/translations/topic_labels.tsv``) is tab-separated:
``topic<TAB>pt_BR<TAB>es<TAB>fr<TAB>th``, one topic a line. Each topic of the library
named there gets those labels (empty cells keep what the topic has); each change is
one logged, undoable action. The library is migrated first if it is older. Without
--library the bundled resources.db is updated (and left as one file, no WAL).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.curation.topic_labels import (  # noqa: E402
    TOPIC_LABELS_FILE,
    apply_topic_labels,
    read_topic_labels,
)
from desktop_app.core.curation.vocab_admin import VocabularyAdmin  # noqa: E402
from desktop_app.core.errors import LibraryError  # noqa: E402
from desktop_app.core.library.db import Library  # noqa: E402
from desktop_app.core.library.paths import BUNDLED_LIBRARY  # noqa: E402
from desktop_app.core.service import Catalogue  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--library", type=Path, default=BUNDLED_LIBRARY)
    parser.add_argument("--labels", type=Path, default=TOPIC_LABELS_FILE)
    args = parser.parse_args(argv)
    try:
        table = read_topic_labels(args.labels)
        with Library.open(args.library) as lib:
            done = apply_topic_labels(VocabularyAdmin(Catalogue(lib)), table)
    except LibraryError as exc:
        print(f"topic_labels: {exc}", file=sys.stderr)
        return 1
    if Path(args.library).resolve() == BUNDLED_LIBRARY.resolve():
        conn = sqlite3.connect(args.library)  # the bundled library ships as one file
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
    n = len(done.changed)
    print(f"{n} topic{'' if n == 1 else 's'} labelled, {len(done.unchanged)} already so")
    for name in done.missing:
        print(f"not in the library: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
