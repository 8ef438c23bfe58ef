"""Start-up time: process start to the first results painted, against a minimal PySide6 window.

    uv run python benchmarks/startup_bench.py [--n 5] [--portable dist/ResourceLibrarian]

Each launch is a fresh process with the project's own Python (no ``uv run`` in front) on
the offscreen platform. "first" launches start with an empty data folder (the bundled
library is copied and its index built); "warm" ones reuse it. The peer, measured in the
same run, is a minimal PySide6 window with a 30-row list. Prints medians and ratios.

"first results" is when the window has painted results: on a warm start the page kept
from the last start (shown while the library and its index open behind the window,
only while it is still true), otherwise the live answer; "live" is when the library
has answered its first search. Python's bytecode cache is on for every launch, as on
a user's machine (``PYTHONDONTWRITEBYTECODE`` is dropped from the children's
environment: this sandbox sets it, which makes each start recompile every module).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication(sys.argv)
w = QListWidget()
w.addItems([f"Resource {i}" for i in range(30)])
w.show()
def done():
    w.repaint()
    print("first-results 30", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting ``command`` to its 'first-results' and 'live-results' lines."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    first = live = 0.0
    for line in proc.stdout:
        if line.startswith("first-results"):
            first = time.perf_counter() - start
        elif line.startswith("live-results"):
            live = time.perf_counter() - start
            break
    if not first:
        raise SystemExit(f"{command[0]} ended without showing results (exit {proc.wait()})")
    proc.wait(60)
    return first, live or first


def measure(command: list[str], n: int, fresh: bool) -> list[tuple[float, float]]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            home = Path(tmp) / (f"home{i}" if fresh else "home")
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_CONFIG_HOME": str(home / "config"),
                "LIBRARIAN_EXIT_AFTER_FIRST_RESULTS": "1",
            }
            env.pop("LIBRARIAN_LIBRARY", None)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            if not fresh and i == 0:
                launch(command, env)  # make the library and index once
            times.append(launch(command, env))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5)
    parser.add_argument("--portable", type=Path, help="also time a portable build's folder")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(MINIMAL)
    peer = statistics.median(t[0] for t in measure([sys.executable, f.name], args.n, False))
    print(f"minimal PySide6 window, 30 rows: {peer * 1000:.0f} ms (median of {args.n})")
    print(f"{'':21}  first results      live results")
    apps = {"source": [sys.executable, str(ROOT / "main.py")]}
    if args.portable:
        apps["portable"] = [str(args.portable / "resource-librarian")]
    for name, command in apps.items():
        for kind, fresh in (("first launch", True), ("warm", False)):
            times = measure(command, args.n, fresh)
            first = statistics.median(t[0] for t in times)
            live = statistics.median(t[1] for t in times)
            print(
                f"{name:8} {kind:12}: {first * 1000:6.0f} ms {first / peer:5.1f}x"
                f"  {live * 1000:6.0f} ms {live / peer:5.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
