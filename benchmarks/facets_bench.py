"""The facet "More…" dialog with 5,000 topics and 2,000 organisations, against a peer.

    uv run python benchmarks/facets_bench.py [--n 10000] [--runs 5]

Builds (once, cached in benchmarks/out/) a synthetic library like generate.py's but
with 5,000 topics and 2,000 organisations, every one of them used; counts the facets
with the search engine (not timed as part of the dialog); then, offscreen on the GUI
thread, times

* opening the dialog: built, filled, shown and painted;
* each keystroke in its filter box (typing a word, then deleting it again), up to
  the repaint;

for our dialog (a table model, a filter proxy over folded labels) and, in the same
run, the straightforward peer a competent engineer would write: a QListWidget with
one checkable item per value, filtered by hiding the rows that do not match (labels
case-folded once, only rows whose state changes touched, updates off while hiding).
Also the sidebar's own filter box (nested search over the tree) per keystroke.
Prints medians and maxima, and the peer/ours ratios (above 1: ours is quicker).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout
from PySide6.QtWidgets import QDialog as QtDialog

from desktop_app.core.library.db import Library
from desktop_app.core.search import FacetValue, SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue, NewResource
from desktop_app.gui.dialogs.facet_dialog import FacetDialog
from desktop_app.gui.panes.facet_sidebar import FacetSidebar

N_TOPICS, N_ORGS = 5000, 2000
WORDS = (
    "online child safety abuse exploitation school teacher parent grooming sexting "
    "trafficking labour marriage refugee disability health data privacy policy law court "
    "police hotline helpline victim support prevention education curriculum training "
    "recruitment screening risk harm rights platform industry finance research evidence"
).split()
TYPED = "online safe"  # typed one key at a time, then deleted again


def topic_names(rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < N_TOPICS:
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))]
        name = " ".join(words).capitalize()
        if name in names:
            name = f"{name} ({rng.choice(generate.SYLLABLES)}{rng.choice(generate.SYLLABLES)})"
        names.add(name)
    return sorted(names)


def org_names(rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < N_ORGS:
        a, b, c = (rng.choice(x) for x in (generate.ORG_A, generate.ORG_B, generate.ORG_C))
        name = f"{a} {b} for {c}"
        if name in names:
            name = (
                f"{name} {rng.choice(generate.SYLLABLES).title()}{rng.choice(generate.SYLLABLES)}"
            )
        names.add(name)
    return sorted(names)


def library(n: int, seed: int = 11) -> Path:
    """A cached synthetic library in which all 5,000 topics and 2,000 organisations occur."""
    path = Path(__file__).resolve().parent / "out" / f"facets-{n}-s{seed}.db"
    marker = path.with_suffix(".done")
    if path.exists() and marker.exists():
        return path
    rng = random.Random(seed)
    generate.TOPICS = topic_names(rng)
    original = generate.generate

    orgs = org_names(rng)

    def every_term_used(count: int, s: int) -> Iterator[NewResource]:
        for i, item in enumerate(original(count, s)):
            picks = {generate.zipf_choice(rng, orgs, 0.8) for _ in item.data.organisations}
            data = dataclasses.replace(
                item.data,
                topics=sorted({*item.data.topics, generate.TOPICS[i % N_TOPICS]}),
                organisations=sorted({*picks, orgs[i % N_ORGS]}),
            )
            yield NewResource(data, provenance=item.provenance)

    generate.generate = every_term_used  # type: ignore[assignment]
    try:
        secs = generate.build(n, seed, path)
    finally:
        generate.generate = original  # type: ignore[assignment]
    marker.write_text(f"{secs:.1f}\n", "utf-8")
    return path


class PeerDialog(QtDialog):
    """The straightforward peer: a QListWidget of checkable items, filtered by hiding rows."""

    def __init__(self, values: list[FacetValue]) -> None:
        super().__init__()
        self.box = QLineEdit(self)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.folded: list[str] = []
        for v in sorted(values, key=lambda v: -v.count):
            item = QListWidgetItem(f"{v.label} ({v.count:,})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self.folded.append(v.label.casefold())
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.list)
        self.box.textChanged.connect(self.filter)
        self.resize(560, 520)

    def filter(self, text: str) -> None:
        needle = text.strip().casefold()
        self.list.setUpdatesEnabled(False)
        for row, label in enumerate(self.folded):
            hide = bool(needle) and needle not in label
            item = self.list.item(row)
            if item.isHidden() != hide:
                item.setHidden(hide)
        self.list.setUpdatesEnabled(True)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def time_open(app: QApplication, make: Callable[[], QtDialog], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        dialog = make()
        dialog.show()
        settle(app)
        out.append((time.perf_counter() - started) * 1000)
        dialog.close()
        dialog.deleteLater()
        settle(app)
    return out


def time_typing(app: QApplication, box: QLineEdit) -> list[float]:
    box.setFocus()
    settle(app)
    keys = [*TYPED, *(["\b"] * len(TYPED))]
    out = []
    for ch in keys:
        started = time.perf_counter()
        if ch == "\b":
            QTest.keyClick(box, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(box, ch)
        settle(app)
        out.append((time.perf_counter() - started) * 1000)
    return out


def stats(ms: list[float]) -> tuple[float, float]:
    return statistics.median(ms), max(ms)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000, help="resources in the library")
    ap.add_argument("--runs", type=int, default=5, help="dialog openings timed")
    args = ap.parse_args()
    app = QApplication([sys.argv[0]])
    path = library(args.n)
    with Library.open(path) as lib:
        engine = SearchEngine(Catalogue(lib))
        print("preparing index:", engine.open())
        started = time.perf_counter()
        result = engine.search(SearchRequest())
        search_ms = (time.perf_counter() - started) * 1000
        engine.close()
    facets = result.facets
    print(
        f"library: {args.n:,} resources, {len(facets['topic'].values):,} topics, "
        f"{len(facets['organisation'].values):,} organisations; a search with all facet "
        f"counts took {search_ms:.0f} ms (engine, worker thread)"
    )
    print(f"typed {TYPED!r} into each filter box one key at a time, then deleted it\n")
    rows = []
    for name in ("topic", "organisation"):
        values = list(facets[name].values)
        label = facets[name].label
        ours_open = time_open(app, lambda v=values, t=label: FacetDialog(t, v), args.runs)
        peer_open = time_open(app, lambda v=values: PeerDialog(v), args.runs)
        ours = FacetDialog(label, values)
        ours.show()
        ours_keys = time_typing(app, ours.filter_box)
        ours.close()
        peer = PeerDialog(values)
        peer.show()
        peer_keys = time_typing(app, peer.box)
        peer.close()
        rows.append((f"{label} ({len(values):,}): open", ours_open, peer_open))
        rows.append((f"{label} ({len(values):,}): keystroke", ours_keys, peer_keys))
    print(f"{'':34} {'ours median/max':>18} {'peer median/max':>18} {'ratio (median)':>15}")
    for what, ours_ms, peer_ms in rows:
        (om, ox), (pm, px) = stats(ours_ms), stats(peer_ms)
        print(f"{what:34} {om:8.1f} /{ox:7.1f} ms {pm:8.1f} /{px:7.1f} ms {pm / om:14.1f}x")

    sidebar = FacetSidebar(["topic", "region", "organisation"])
    sidebar.resize(260, 700)
    sidebar.show()
    started = time.perf_counter()
    sidebar.show_facets(facets, result.country_regions)
    settle(app)
    first_ms = (time.perf_counter() - started) * 1000
    keys = time_typing(app, sidebar.filter_box)
    med, top = stats(keys)
    print(
        f"\nsidebar: new counts shown in {first_ms:.1f} ms; its filter box (nested search "
        f"over all values) {med:.1f} ms median, {top:.1f} ms max per keystroke"
    )


if __name__ == "__main__":
    main()
