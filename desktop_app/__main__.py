"""``python -m desktop_app`` runs the command-line interface."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__" and sys.argv[1:2] == ["_extract-worker"]:
    # the text-extraction process (core/fulltext/sandbox.py), before anything heavy loads
    from desktop_app.core.fulltext.sandbox import main as extract_worker

    sys.exit(extract_worker())

from desktop_app.cli import main

if __name__ == "__main__":  # build processes import this module again
    multiprocessing.freeze_support()  # index build processes, in the portable build
    sys.exit(main())
