"""Run Resource Librarian: ``uv run main.py`` opens the app on your library.

On first run your own library is made as a copy of the bundled one (resources.db).
"""

from __future__ import annotations

import multiprocessing
import sys

from desktop_app.gui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # index build processes, in the portable build
    sys.exit(main())
