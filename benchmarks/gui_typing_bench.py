"""Event-loop stalls while typing in the real window on a large library.

    uv run python benchmarks/gui_typing_bench.py --n 100000 [--query "online safeguarding"]

Opens the main window offscreen on the synthetic library (index built first, not
timed), types the query one character every 120 ms, and measures the longest gap
between ticks of a 5 ms timer on the GUI thread (target: under 100 ms). The peer,
in the same run: the same searches done synchronously on the GUI thread, as a
naive app would.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.library.db import Library
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue
from desktop_app.gui import create_main_window


class StallMeter:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.gaps: list[float] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.gaps.clear()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return gaps[-1], gaps[int(0.99 * (len(gaps) - 1))]


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--query", default="online safeguarding policy")
    args = ap.parse_args()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("gui-typing-bench")
    source = generate.ensure(args.n)
    lib_path = source.with_name(source.stem + "-gui.db")
    if not lib_path.exists():
        shutil.copyfile(source, lib_path)
    with Library.open(lib_path) as lib:  # build or catch up the index first (not timed)
        engine = SearchEngine(Catalogue(lib))
        print("preparing index:", engine.open())
        engine.close()

    window = create_main_window(lib_path, lib_path.with_suffix(".ini"))
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    window.searchFinished.connect(loop.quit)
    loop.exec()  # first search done
    meter = StallMeter()
    meter.start()
    for ch in args.query:
        QTest.keyClick(window.search_box, ch)
        wait(120)
    finished = QEventLoop()
    window.searchFinished.connect(finished.quit)
    QTimer.singleShot(10_000, finished.quit)
    finished.exec()
    wait(300)
    ours_max, ours_p99 = meter.stop()
    total = window.last_result.total if window.last_result else -1
    window.close()

    # the peer: every keystroke's search run on the GUI thread
    with Library.open(lib_path) as lib:
        engine = SearchEngine(Catalogue(lib))
        engine.open()
        meter.start()
        text = ""
        for ch in args.query:
            text += ch
            engine._matches.clear()
            engine.search(SearchRequest(query=text, limit=100))
            QApplication.processEvents()
            wait(120)
        naive_max, naive_p99 = meter.stop()
        engine.close()
    print(
        f"library: {args.n} resources; typed {args.query!r} ({len(args.query)} keys, "
        f"120 ms apart); final result {total} resources"
    )
    print(
        f"longest event-loop stall: ours {ours_max:.0f} ms (p99 {ours_p99:.0f} ms); "
        f"search on the GUI thread {naive_max:.0f} ms (p99 {naive_p99:.0f} ms); "
        f"ratio {ours_max / naive_max:.2f}"
    )


if __name__ == "__main__":
    main()
