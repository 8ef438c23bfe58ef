"""Full text of local copies: extraction speed, and pypdfium2 against pdfminer.six.

    uv run python benchmarks/fulltext_bench.py --extract [--files 300]
    uv run --with pdfminer.six python benchmarks/fulltext_bench.py --compare

``--extract`` writes a few hundred realistic multi-page PDFs (2-300 pages of prose
about child protection, lengths skewed as a real collection's are) and reads them the
way the app does (``extract_file``: the extraction process, one file after another),
reporting pages per second; beside it, pypdfium2 alone in this process.

``--compare`` reads the same PDFs, and the app's own PDF handouts (Qt-written, with
embedded subset fonts), with pypdfium2 and with pdfminer.six: pages per second, and
text quality as the share of each page's words found again (a multiset overlap, so
line breaks and order do not count); then each hostile file, in a process of its
own with a 30 s limit, saying what each library made of it.

Each section is a function taking the parsed arguments (``SECTIONS``): add a section
(say, search at scale) as another function and flag.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.fulltext import sandbox
from desktop_app.core.fulltext.extract import extract_file
from tests.core.fulltext import pdf_samples as ps

SUBJECTS = [
    "Mandatory reporting", "A school's designated safeguarding lead", "The child protection policy",
    "Online grooming", "Peer-on-peer abuse", "Safer recruitment", "Child sexual abuse material",
    "The referral pathway", "Staff training on safeguarding", "Sexting among pupils",
    "The local children's services", "A disclosure by a child", "Record keeping",
]  # fmt: skip
VERBS = [
    "requires", "should be reviewed alongside", "is often confused with", "depends on",
    "must be explained to", "strengthens", "is set out in", "is rarely discussed with",
]  # fmt: skip
OBJECTS = [
    "the duty of every teacher to report a reasonable suspicion",
    "clear procedures for responding to concerns about a child's welfare",
    "the legislative framework of each country in the region",
    "the views of children and young people themselves",
    "multi-agency cooperation between schools, police and social workers",
    "confidential records kept apart from the pupil's academic file",
    "a code of conduct that staff sign every year",
    "guidance on images shared by pupils on their phones",
]  # fmt: skip


def prose(rng: random.Random, words: int) -> str:
    out: list[str] = []
    count = 0
    while count < words:
        sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
        if rng.random() < 0.15:
            where = f"{rng.randint(1, 12)}.{rng.randint(1, 9)}, p. {rng.randint(2, 300)}"
            sentence += f" (See section {where}.)"
        out.append(sentence)
        count += len(sentence.split())
        if rng.random() < 0.2:
            out.append("\n")
    return " ".join(out)


def make_pdfs(folder: Path, files: int, seed: int = 15) -> list[tuple[Path, list[str]]]:
    """``files`` PDFs of 2-300 pages (median about 20), each page about 450 words."""
    rng = random.Random(seed)
    made = []
    for n in range(files):
        pages = max(2, min(300, int(rng.lognormvariate(3.0, 1.0))))
        texts = [prose(rng, 450) for _ in range(pages)]
        path = folder / f"report-{n:04d}.pdf"
        path.write_bytes(ps.text_pdf(texts, info={"Title": f"Report {n}"}))
        made.append((path, texts))
    return made


def pdfium_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def pdfminer_pages(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        "".join(el.get_text() for el in page if isinstance(el, LTTextContainer))
        for page in extract_pages(str(path))
    ]


_WORD = re.compile(r"\w+")


def recall(expected: str, got: str) -> float:
    want = Counter(_WORD.findall(expected.lower()))
    have = Counter(_WORD.findall(got.lower()))
    total = sum(want.values())
    return sum((want & have).values()) / total if total else 1.0


# -- sections -------------------------------------------------------------------------------


def section_extract(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        made = make_pdfs(Path(tmp), args.files)
        pages = sum(len(t) for _, t in made)
        print(f"made {len(made)} PDFs, {pages:,} pages, in {time.perf_counter() - start:.1f} s")
        sizes = sorted(len(t) for _, t in made)
        print(f"  pages per file: min {sizes[0]}, median {sizes[len(sizes) // 2]}, max {sizes[-1]}")
        start = time.perf_counter()
        statuses: Counter[str] = Counter()
        for path, _ in made:
            statuses[extract_file(path).status] += 1
        took = time.perf_counter() - start
        print(
            f"extract_file (extraction process, one file after another): {pages:,} pages in "
            f"{took:.1f} s = {pages / took:,.0f} pages/s; {dict(statuses)}"
        )
        sandbox.shutdown()  # the extraction process ends: its peak memory is counted now
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"  extraction process peak memory: {peak:.0f} MB")
        start = time.perf_counter()
        for path, _ in made:
            pdfium_pages(path)
        took = time.perf_counter() - start
        print(f"pypdfium2 alone, in this process: {pages / took:,.0f} pages/s")


def section_compare(args: argparse.Namespace) -> None:
    try:
        import pdfminer  # noqa: F401
    except ImportError:
        sys.exit(
            "--compare needs pdfminer.six: uv run --with pdfminer.six python "
            + __file__
            + " --compare"
        )
    readers: dict[str, Callable[[Path], list[str]]] = {
        "pypdfium2": pdfium_pages,
        "pdfminer.six": pdfminer_pages,
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = make_pdfs(folder, args.compare_files, seed=7)
        handouts = make_handouts(folder)
        pages = sum(len(t) for _, t in made)
        print(f"{len(made)} generated PDFs ({pages:,} pages) and {len(handouts)} Qt handouts")
        print(f"{'library':<14}{'pages/s':>10}{'word recall':>14}{'handout recall':>17}")
        for name, read in readers.items():
            start = time.perf_counter()
            scores = []
            for path, texts in made:
                got = read(path)
                scores += [recall(t, g) for t, g in zip(texts, got, strict=False)]
            took = time.perf_counter() - start
            hand = [
                recall(pdfium_reference, " ".join(read(path)))
                for path, pdfium_reference in handouts
            ]
            print(
                f"{name:<14}{pages / took:>10,.0f}{sum(scores) / len(scores):>14.3f}"
                f"{sum(hand) / max(len(hand), 1):>17.3f}"
            )
        print("\nhostile files (each in its own process, 30 s limit):")
        hostile = {
            "encrypted": ps.encrypted_pdf(),
            "corrupt": b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
            "truncated": ps.text_pdf(["words " * 300] * 20)[:3000],
            "scanned": ps.scanned_pdf(),
            "nested 200k": ps.nested_pdf(200_000),
            "inflates 2 GB": ps.inflating_pdf(2048),
        }
        for label, data in hostile.items():
            path = folder / f"{label.split()[0]}.pdf"
            path.write_bytes(data)
            row = [f"{label:<15}"]
            for name in readers:
                row.append(f"{name}: {one_file(name, path)}")
            print("  " + " | ".join(row))


def make_handouts(folder: Path) -> list[tuple[Path, str]]:
    """The app's PDF handouts (Qt), with the text the handout holds per pypdf as reference."""
    from pypdf import PdfReader

    out = []
    for query in ("child protection", "online"):
        path = folder / f"handout-{len(out)}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "export", "--format", "pdf", "--query", query,
             "-o", str(path)],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        if done.returncode == 0:
            reference = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
            out.append((path, reference))
    return out


def one_file(reader: str, path: Path) -> str:
    """What ``reader`` makes of ``path``, in a process of its own (a hang or crash is an answer)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--one", reader, str(path)],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return "still running after 30 s"
    took = time.perf_counter() - start
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return f"{last[:70]} ({took:.1f} s)"
    return f"{done.stdout.strip()} ({took:.1f} s)"


def read_one(reader: str, path: str) -> None:
    pages = (pdfium_pages if reader == "pypdfium2" else pdfminer_pages)(Path(path))
    print(f"{len(pages)} pages, {sum(len(p.strip()) for p in pages):,} chars")


SECTIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "extract": section_extract,
    "compare": section_compare,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="extraction pages per second")
    parser.add_argument("--compare", action="store_true", help="pypdfium2 against pdfminer.six")
    parser.add_argument("--files", type=int, default=300, help="PDFs for --extract")
    parser.add_argument("--compare-files", type=int, default=30, help="PDFs for --compare")
    parser.add_argument("--one", nargs=2, metavar=("READER", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        read_one(*args.one)
        return
    chosen = [name for name in SECTIONS if getattr(args, name)] or ["extract"]
    for name in chosen:
        print(f"== {name}")
        SECTIONS[name](args)


if __name__ == "__main__":
    main()
