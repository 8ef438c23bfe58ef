"""``python -m desktop_app`` runs the command-line interface."""

from __future__ import annotations

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":  # build processes import this module again
    multiprocessing.freeze_support()  # index build processes, in the portable build
    sys.exit(main())
