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

``--search`` (search at scale) builds a library of ``--search-n`` resources (100,000,
benchmarks/generate.py), gives ``--search-docs`` of them (10,000) the text of a local
copy of ``--search-pages`` pages (30) written straight into the document tables, and
reports the index's growth (build time and size without and with the text), search
speed (common term, phrases, prefix, a ``text:`` phrase; each with facet counts and
then facet clicks) against SQLite FTS5 with the text as a column of its table, in the
same run, hit counts side by side, and the peak memory of searching and of building.

Each section is a function taking the parsed arguments (``SECTIONS``).
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
from typing import Any

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


# -- search at scale -------------------------------------------------------------------------

# (label, our query, FTS5 MATCH): words the documents' prose uses, and one only in details
SEARCH_QUERIES = [
    ("common term", "child", "child"),
    ("phrase", '"mandatory reporting"', '"mandatory reporting"'),
    ("phrase, 3 common words", '"child protection policy"', '"child protection policy"'),
    ("prefix", "protect*", "protect*"),
    ("text: phrase", 'text:"designated safeguarding lead"', 'text:"designated safeguarding lead"'),
    ("two terms", "online safeguarding", "online safeguarding"),
    ("rare term", "vivilo", "vivilo"),
]


def add_documents(db: Path, docs: int, pages: int, words: int, seed: int = 16) -> tuple[int, int]:
    """Give ``docs`` resources spread over the library a local copy's text of ``pages``
    pages of about ``words`` words each, written straight into the document tables
    (as extraction would leave them); returns (pages, characters) written."""
    import hashlib
    import sqlite3

    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM resource ORDER BY id")]
        step = max(1, len(ids) // docs)
        chosen = ids[::step][:docs]
        total_chars = 0
        for rid in chosen:
            name = f"bench-{rid}.pdf"
            texts = [prose(rng, words) for _ in range(pages)]
            chars = sum(map(len, texts))
            total_chars += chars
            conn.execute(
                "INSERT INTO document(name, sha256, status, note, page_count, char_count, "
                "extractor, extracted_at) VALUES (?, ?, 'ok', '', ?, ?, 'bench', "
                "'2026-11-29 00:00:00')",
                (name, hashlib.sha256(name.encode()).hexdigest(), pages, chars),
            )
            conn.executemany(
                "INSERT INTO document_page(name, page, text) VALUES (?, ?, ?)",
                [(name, i + 1, t) for i, t in enumerate(texts)],
            )
            conn.execute("UPDATE resource SET local_file = ? WHERE id = ?", (name, rid))
        conn.commit()
        return len(chosen) * pages, total_chars
    finally:
        conn.close()


def section_search(args: argparse.Namespace) -> None:
    """Index growth and search speed with the documents' text, against FTS5."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import shutil

    import generate
    import search_bench as sb

    from desktop_app.core.library.db import Library
    from desktop_app.core.search import SearchEngine
    from desktop_app.core.service import Catalogue

    source = generate.ensure(args.search_n, 7)
    tmp = Path(tempfile.mkdtemp(prefix="librarian-fulltext-"))
    try:

        def built(db: Path) -> tuple[Any, Any, float, float]:
            lib = Library.open(db)
            engine = SearchEngine(Catalogue(lib))
            start = time.perf_counter()
            engine.open()  # no index yet: a full rebuild
            took = time.perf_counter() - start
            size = sum(p.stat().st_size for p in engine.index.folder.rglob("*")) / 2**20
            return lib, engine, took, size

        plain = tmp / "plain.db"
        shutil.copyfile(source, plain)
        lib, engine, plain_s, plain_mb = built(plain)
        engine.close()
        lib.close()
        full = tmp / "full.db"
        shutil.copyfile(plain, full)
        for suffix in ("-wal", "-shm"):
            if Path(str(plain) + suffix).exists():
                shutil.copyfile(Path(str(plain) + suffix), Path(str(full) + suffix))
        shutil.rmtree(Path(str(full) + ".index"), ignore_errors=True)
        start = time.perf_counter()
        pages, chars = add_documents(full, args.search_docs, args.search_pages, args.page_words)
        print(
            f"library: {args.search_n:,} resources; {args.search_docs:,} with a local copy's "
            f"text of {args.search_pages} pages (~{args.page_words} words a page): "
            f"{pages:,} pages, {chars / 2**20:.0f} MB of text, written in "
            f"{time.perf_counter() - start:.0f} s"
        )
        lib, engine, full_s, full_mb = built(full)
        build_peak = sb.child_peak_mb()
        print(
            f"index without text: {plain_s:.1f} s, {plain_mb:.0f} MB; with text: "
            f"{full_s:.1f} s, {full_mb:.0f} MB (x{full_s / plain_s:.1f} time, "
            f"x{full_mb / plain_mb:.1f} size); largest build process {build_peak:.0f} MB"
        )
        plans = sb.make_plans(engine, SEARCH_QUERIES)
        rows, labels, totals, snippet_ms = sb.time_ours(engine, plans, args.repeat)
        search_peak = sb.peak_mb()
        engine.close()
        lib.close()
        start = time.perf_counter()
        peer = sb.Fts5Peer(full, text=True)
        peer_s = time.perf_counter() - start
        print(
            f"FTS5 peer (text as a column of the same table) build: {peer_s:.1f} s; "
            f"ours/FTS5 {full_s / peer_s:.2f}"
        )
        peer_samples, peer_totals = sb.time_peer(peer, plans, args.repeat)
        sb.report(rows, peer_samples, labels, totals, peer_totals, args.repeat)
        sm, _ = sb.stats(snippet_ms)
        print(f"\nsnippets for 20 rows (pages read for the shown rows): median {sm:.1f} ms")
        print(
            f"peak RSS: searching (this process, before FTS5) {search_peak:.0f} MB; "
            f"building (largest build process) {build_peak:.0f} MB; limit 400 MB"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


SECTIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "extract": section_extract,
    "compare": section_compare,
    "search": section_search,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="extraction pages per second")
    parser.add_argument("--compare", action="store_true", help="pypdfium2 against pdfminer.six")
    parser.add_argument("--files", type=int, default=300, help="PDFs for --extract")
    parser.add_argument("--compare-files", type=int, default=30, help="PDFs for --compare")
    parser.add_argument("--search", action="store_true", help="search at scale with text")
    parser.add_argument("--search-n", type=int, default=100_000, help="resources for --search")
    parser.add_argument("--search-docs", type=int, default=10_000, help="of them with text")
    parser.add_argument("--search-pages", type=int, default=30, help="pages of text each")
    parser.add_argument("--page-words", type=int, default=400, help="words a page")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (--search)")
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
