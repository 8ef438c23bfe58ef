"""Attach files from a folder at scale: how fast and how right the preview matches.

    uv run python benchmarks/attach_bench.py --n 100000 [--files 300]

Builds (or reuses) a synthetic library of N resources (benchmarks/generate.py), then
writes a folder of real PDFs for ``--files`` random resources, a third each:

- named by the first six words of the title, its year and "_final_web" (no title inside);
- "scanNNNN.pdf" whose first page holds the title broken over two lines under an
  organisation's name;
- "docNNNN.pdf" whose metadata title is "Microsoft Word - <title in lower case>.docx";

and 100 unrelated PDFs (meeting minutes). It times reading the library's titles, the
title index and the whole preview (each file's first page read in the extraction
process), and counts how many files were matched to their own resource, to another,
left ambiguous or unmatched. Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

from desktop_app.core.fulltext.attach_folder import load_targets, preview_folder
from desktop_app.core.fulltext.attach_match import ResourceIndex
from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue
from tests.core.fulltext.pdf_samples import text_pdf


def write_folder(folder: Path, picks: list, unrelated: int) -> dict[str, int]:
    """The PDFs (see the module docstring); file name -> the resource it is the copy of."""
    want: dict[str, int] = {}
    for n, t in enumerate(picks):
        words = t.title.split()
        year = f"_{t.year}" if t.year else ""
        if n % 3 == 0:
            name = "-".join(words[:6]) + f"{year}_final_web.pdf"
            name = "".join(ch for ch in name if ch.isalnum() or ch in "-_.")
            data = text_pdf(["Contents\nForeword"])
        elif n % 3 == 1:
            name = f"scan{n:04d}.pdf"
            half = len(words) // 2
            first = f"Some Organisation\n{' '.join(words[:half])}\n{' '.join(words[half:])}"
            data = text_pdf([f"{first}\nA report, {t.year or ''}", "page 2"])
        else:
            name = f"doc{n:04d}.pdf"
            title = f"Microsoft Word - {t.title.lower()}.docx"
            data = text_pdf(["1. Introduction"], info={"Title": title})
        (folder / name).write_bytes(data)
        want[name] = t.id
    for n in range(unrelated):
        (folder / f"unrelated{n:03d}.pdf").write_bytes(
            text_pdf([f"Minutes of the staff meeting {n}\nAgenda"])
        )
    return want


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--files", type=int, default=300)
    args = ap.parse_args()
    source = generate.ensure(args.n, args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="librarian-attach-"))
    try:
        db = tmp / "lib.db"
        shutil.copyfile(source, db)
        with Library.open(db) as lib:
            cat = Catalogue(lib)
            t0, c0 = time.perf_counter(), time.process_time()
            targets = load_targets(cat)
            t1, c1 = time.perf_counter(), time.process_time()
            ResourceIndex(targets)
            t2, c2 = time.perf_counter(), time.process_time()
            print(f"library: {len(targets):,} resources ({source.name})")
            print(f"reading titles and identifiers: {t1 - t0:.1f} s ({c1 - c0:.1f} s CPU)")
            print(f"title index: {t2 - t1:.1f} s ({c2 - c1:.1f} s CPU)")
            folder = tmp / "folder"
            folder.mkdir()
            picks = random.Random(5).sample(targets, args.files)
            want = write_folder(folder, picks, 100)
            t0, c0 = time.perf_counter(), time.process_time()
            preview = preview_folder(cat, folder)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        n = len(preview.files)
        print(
            f"preview of {n} files: {wall:.1f} s, {1000 * wall / n:.0f} ms a file "
            f"({cpu:.1f} s CPU here, library and index included; first pages are read "
            "in the extraction process)"
        )
        right = wrong = listed = unmatched = 0
        for f in preview.files:
            if f.name not in want:
                continue
            ids = [c.resource_id for c in f.candidates]
            if f.status == "matched":
                right += ids[0] == want[f.name]
                wrong += ids[0] != want[f.name]
            elif f.status == "ambiguous":
                listed += want[f.name] in ids
                wrong += want[f.name] not in ids
            else:
                unmatched += 1
        stray = sum(1 for f in preview.files if f.name.startswith("unrelated") and f.resource)
        print(
            f"{len(want)} copies of library resources: {right} matched to their resource, "
            f"{wrong} to another, {listed} ambiguous with theirs listed, {unmatched} unmatched; "
            f"100 unrelated files: {stray} matched"
        )
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
