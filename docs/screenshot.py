"""Take a screenshot of the real main window on (a copy of) the bundled library.

    uv run python docs/screenshot.py [--query "missing children"] [--facet region=ASEAN]
        [--size 1400x900] [--text-size 3] [--language th] [-o docs/screenshot.png]

Runs offscreen unless a display is set (e.g. under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.gui import create_main_window
from desktop_app.gui.settings import Settings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--query", default="missing children")
    ap.add_argument("--facet", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("-o", "--output", default=str(Path(__file__).parent / "screenshot.png"))
    ap.add_argument("--size", default="1400x860")
    ap.add_argument("--text-size", type=int, default=0, help="points above the normal size")
    ap.add_argument("--language", default="en", help="the window's language (pt_BR, es, fr, th)")
    args = ap.parse_args()
    app = QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="librarian-shot-"))
    lib = tmp / "library.db"
    shutil.copyfile(BUNDLED_LIBRARY, lib)
    settings = Settings(tmp / "settings.ini")
    settings.language = args.language
    settings.sync()
    window = create_main_window(lib, tmp / "settings.ini")
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    if args.text_size:
        window.zoom.apply(args.text_size)
    window.show()
    steps = [lambda: (window.search_box.setText(args.query), window.search_now())]
    for item in args.facet:
        name, _, value = item.partition("=")
        steps.append(lambda n=name, v=value: window.toggle_facet(n, v))

    def next_step(_result: object = None) -> None:
        if steps:
            steps.pop(0)()
        else:
            QTimer.singleShot(500, finish)

    def finish() -> None:
        window.grab().save(args.output)
        print(f"saved {args.output}")
        window.close()
        app.quit()

    window.ready.connect(next_step)
    window.searchFinished.connect(lambda r: next_step() if window.is_ready and r else None)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
