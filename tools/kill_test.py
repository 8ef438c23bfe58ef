"""Kill -9 at random moments: an import, a pack import, a reindex and an edit, then check.

    uv run python tools/kill_test.py [--kills 40] [--seed 1] [--work DIR] [--marc FILE]

Each round copies a prepared library, starts one operation on it in a subprocess and
kills it (SIGKILL) after a delay drawn from a seeded random number generator, then
checks what a user would find: ``librarian check`` passes; the resources are those
from before the operation or those from after it (all or nothing), none that was
there before is gone; an edited resource has its old title or its new one; the next
search works and agrees with the library (the index heals); no build process
outlives the killed one. It ends with "N kills, N survived, 0 records lost".

``drive`` runs one operation, and is what the rounds and tests/core/test_kill.py
start: it prints ``PROGRESS`` lines as it goes, and with ``--hold POINT`` stops at
that point (inside the database transaction, in an index catch-up, just before an
index swap, at the Nth progress step), prints ``HOLD POINT`` and waits for a line
on its input: a test kills it there, or lets it go on.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.library.db import Library  # noqa: E402
from desktop_app.core.service import Catalogue  # noqa: E402

MARC = ROOT.parent / "shared" / "data" / "catalog_loc_marc" / "loc_books_random_sample_5000.mrc"
EDIT_TITLE = "Edited by the kill test"
OPS = ("import", "pack", "reindex", "edit")  # what the rounds kill; ``open`` too for tests


# -- the operation, in the subprocess --------------------------------------------------------
class Holder:
    """Stops the process at ``point`` (its ``nth`` time) until a line comes on stdin."""

    def __init__(self, spec: str) -> None:
        point, _, nth = spec.partition(":")
        self.point, self.nth, self.seen = point, int(nth or 1), 0

    def reached(self, point: str) -> None:
        if point != self.point:
            return
        self.seen += 1
        if self.seen == self.nth:
            print(f"HOLD {point}", flush=True)
            sys.stdin.readline()  # killed here, or let go by a line (or the end of input)


def install_hooks(holder: Holder) -> None:
    """Hold points: ``commit`` (every write transaction, before it commits),
    ``catch-up`` (an index catch-up, before Whoosh commits it), ``build`` (a rebuild,
    holding the index lock, before it writes), ``swap`` (a rebuild, between moving
    the old index aside and moving the new one in)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from whoosh.writing import SegmentWriter

    import desktop_app.core.search.index as index_mod

    real_write = index_mod.write_segments

    def write_segments(*args: Any, **kw: Any) -> Any:
        holder.reached("build")
        return real_write(*args, **kw)

    index_mod.write_segments = write_segments

    event.listen(Session, "before_commit", lambda session: holder.reached("commit"))
    real_commit = SegmentWriter.commit

    def commit(self: Any, *args: Any, **kw: Any) -> Any:
        holder.reached("catch-up")
        return real_commit(self, *args, **kw)

    SegmentWriter.commit = commit
    real_replace = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kw: Any) -> None:
        if str(src).endswith(".index.new"):
            holder.reached("swap")
        real_replace(src, dst, *args, **kw)

    os.replace = replace


def progress_line(holder: Holder) -> Callable[..., None]:
    def progress(*args: Any) -> None:
        print("PROGRESS", *args, flush=True)
        holder.reached("progress")

    return progress


def with_progress(fn: Callable[..., Any], progress: Callable[..., None]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kw: Any) -> Any:
        inner = kw.get("progress")

        def both(*a: Any) -> None:
            progress(*a)
            if inner is not None:
                inner(*a)

        kw["progress"] = both
        return fn(*args, **kw)

    return wrapped


def drive(op: str, library: str, arg: str, hold: str, engine: bool) -> int:
    """Run ``op`` on ``library`` (as the command line does; ``engine``: with a search
    engine listening, as the window does)."""
    import desktop_app.cli as cli
    import desktop_app.cli_pack as cli_pack
    import desktop_app.cli_search as cli_search
    from desktop_app.core.search import SearchEngine, SearchRequest

    holder = Holder(hold)
    install_hooks(holder)
    progress = progress_line(holder)
    listening = None
    if op == "open":  # the window opening: print what the index did, and what it finds
        listening = SearchEngine(Catalogue(Library.open(library)))
        print("ACTION", listening.open(progress), flush=True)
        print("FOUND", listening.search(SearchRequest(query=arg)).total, flush=True)
        return 0
    if engine or op == "edit":
        listening = SearchEngine(Catalogue(Library.open(library)))
        listening.open()
        catalogue = listening.catalogue
        cli.Catalogue = lambda lib: catalogue  # type: ignore[assignment,misc]
        cli_pack.Catalogue = cli.Catalogue  # type: ignore[attr-defined]
    print("STARTED", flush=True)
    if op == "import":
        cli.import_file = with_progress(cli.import_file, progress)  # type: ignore[attr-defined]
        code = cli.main(["import", arg, "--library", library])
    elif op == "pack":
        cli_pack.import_pack = with_progress(cli_pack.import_pack, progress)  # type: ignore[attr-defined]
        code = cli.main(["pack", "import", arg, "--library", library])
    elif op == "reindex":
        cli_search._progress = progress  # type: ignore[assignment]
        code = cli.main(["reindex", "--library", library])
    else:
        assert listening is not None
        cat = listening.catalogue
        for step in range(int(arg.partition(":")[2] or 3)):
            view = cat.get(int(arg.partition(":")[0]))
            data = view.editable()
            data.title = f"{EDIT_TITLE} {step}"
            cat.update(view.id, data, expected_version=view.version)
            progress(step)
        code = 0
    print("DONE", code, flush=True)
    return code


# -- checking, in the parent ---------------------------------------------------------------
@dataclass
class Snapshot:
    uuids: set[str]
    titles: dict[int, str]
    # what the resources hold, whatever their UUIDs: a file import gives new UUIDs
    # each run, so a finished run is compared with the reference run by content
    contents: list[tuple[str, str]]

    @classmethod
    def of(cls, path: Path) -> Snapshot:
        with Library.open(path, read_only=True) as lib:
            views = list(Catalogue(lib).iter_views(include_trashed=True))
        contents = sorted((v.title, v.source_record) for v in views)
        return cls({v.uuid for v in views}, {v.id: v.title for v in views}, contents)


def verify(
    path: Path, before: Snapshot, after: Snapshot | None, edited: int | None = None
) -> list[str]:
    """What is wrong with the library at ``path`` after a kill (nothing: [])."""
    from desktop_app.cli import main
    from desktop_app.core.search import SearchEngine, SearchRequest

    wrong: list[str] = []
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["check", "--library", str(path)])
    if code != 0:
        wrong.append("librarian check failed: " + out.getvalue().strip().splitlines()[-1])
    now = Snapshot.of(path)
    lost = before.uuids - now.uuids
    if lost:
        wrong.append(f"{len(lost)} records lost")
    if now.uuids != before.uuids and (after is None or now.contents != after.contents):
        wrong.append(f"{len(now.uuids)} resources: neither {len(before.uuids)} before nor after")
    if edited is not None:
        title = now.titles[edited]
        if title != before.titles[edited] and not title.startswith(EDIT_TITLE):
            wrong.append(f"edited resource has title {title!r}")
    with Library.open(path) as lib:
        cat = Catalogue(lib)
        engine = SearchEngine(cat)
        try:
            engine.open()
            everything = engine.search(SearchRequest(curator=True, limit=0, with_facets=False))
            if everything.total != cat.count():
                wrong.append(f"search finds {everything.total} of {cat.count()} resources")
            if edited is not None:
                title = now.titles[edited]
                words = " ".join(f"title:{w}" for w in title.split()[:6] if w.isalnum())
                found = engine.search(SearchRequest(query=words, curator=True, limit=10_000))
                if edited not in found.ids:
                    wrong.append(f"search for the edited title {title!r} misses it")
        except Exception as exc:
            wrong.append(f"search failed: {exc.__class__.__name__}: {exc}")
        finally:
            engine.close()
    index = path.with_name(path.name + ".index")
    for leftover in (".new", ".old"):
        if index.with_name(index.name + leftover).exists():
            wrong.append(f"{index.name}{leftover} left after the next open")
    return wrong


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (Linux: from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def wait_gone(pids: list[int], timeout: float) -> list[int]:
    """Wait (at most ``timeout`` s in all) for the processes to exit; returns those
    still running. Not our children: waited on through pidfds, no polling."""
    deadline = time.monotonic() + timeout
    alive = []
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        try:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                alive.append(pid)
        finally:
            os.close(fd)
    return alive


def start(op: str, library: Path, arg: str, hold: str = "none", engine: bool = False,
          env: dict[str, str] | None = None) -> subprocess.Popen[str]:  # fmt: skip
    """The ``drive`` subprocess (stdin, stdout piped; stderr to a file beside the library)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "drive", op, str(library), arg]
    cmd += ["--hold", hold] + (["--engine"] if engine else [])
    errors = library.with_name(library.name + ".stderr")
    return subprocess.Popen(
        cmd, cwd=ROOT, env={**os.environ, **(env or {})}, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors.open("w"),
    )  # fmt: skip


def read_until(proc: subprocess.Popen[str], prefix: str) -> str:
    """Lines of the driver's output until one starting with ``prefix`` (or its end)."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(prefix):
            return line.strip()
    return ""


def kill_and_reap(proc: subprocess.Popen[str], timeout: float = 30) -> list[int]:
    """SIGKILL the driver; returns its descendants that outlived it by ``timeout`` s."""
    below = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    left = wait_gone(below, timeout)
    for pid in left:  # tidy up after a failure
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return left


# -- the random rounds ---------------------------------------------------------------------
def copy_library(src: Path, dst: Path) -> Path:
    for suffix in ("", ".index", ".files", ".stderr", "-wal", "-shm", ".index.lock"):
        target = Path(str(dst) + suffix)
        if target.is_dir():
            shutil.rmtree(target)
        target.unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    if Path(f"{src}-wal").exists():  # not checkpointed yet: part of the library
        shutil.copyfile(f"{src}-wal", f"{dst}-wal")
    if Path(str(src) + ".index").is_dir():
        shutil.copytree(Path(str(src) + ".index"), Path(str(dst) + ".index"))
    return dst


def prepare(work: Path, marc: Path) -> dict[str, Any]:
    """The libraries each operation starts from, and what a finished run leaves."""
    from desktop_app.cli import main
    from desktop_app.core.library.paths import BUNDLED_LIBRARY
    from desktop_app.core.search import SearchEngine
    from desktop_app.core.transfer.packs import export_pack

    def indexed(path: Path) -> Path:
        with Library.open(path) as lib:
            engine = SearchEngine(Catalogue(lib))
            engine.open()
            engine.close()
        return path

    small = work / "small.db"
    shutil.copyfile(BUNDLED_LIBRARY, small)
    indexed(small)
    big = work / "big.db"
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):
        main(["import", str(marc), "--library", str(big), "--create"])
    indexed(big)
    pack = work / "big.librarypack"
    with Library.open(big) as lib:
        export_pack(Catalogue(lib), pack)
    with Library.open(small) as lib:
        target = Catalogue(lib).ids()[0]
    plan = {
        "import": (small, str(marc)),
        "pack": (small, str(pack)),
        "reindex": (big, ""),
        "edit": (small, f"{target}:20"),
    }
    out: dict[str, Any] = {}
    for op, (base, arg) in plan.items():  # a run to its end: how long, and what it leaves
        lib = copy_library(base, work / f"full-{op}.db")
        began = time.monotonic()
        proc = start(op, lib, arg, env=ENV)
        proc.communicate("")
        if proc.returncode != 0:
            raise SystemExit(f"{op} failed without a kill: see {lib}.stderr")
        out[op] = (base, arg, time.monotonic() - began, Snapshot.of(lib))
    return out


ENV = {"LIBRARIAN_INDEX_MP_THRESHOLD": "1"}  # rebuilds spawn their build processes


def rounds(kills: int, seed: int, work: Path, marc: Path) -> int:
    rng = random.Random(seed)
    plans = prepare(work, marc)
    done = survived = lost = 0
    tried = 0
    while done < kills and tried < kills * 3:
        tried += 1
        op = OPS[tried % len(OPS)]
        base, arg, duration, after = plans[op]
        lib = copy_library(base, work / "round.db")
        before = Snapshot.of(lib)
        engine = op == "import" and rng.random() < 0.5
        proc = start(op, lib, arg, engine=engine, env=ENV)
        read_until(proc, "STARTED")
        delay = rng.uniform(0, duration * 0.9)
        try:
            proc.wait(delay)  # finished before its kill: not counted
            proc.communicate("")
            continue
        except subprocess.TimeoutExpired:
            pass
        left = kill_and_reap(proc)
        done += 1
        edited = int(arg.partition(":")[0]) if op == "edit" else None
        wrong = verify(lib, before, after, edited)
        if left:
            wrong.append(f"{len(left)} processes outlived the killed {op}")
        lost += len(before.uuids - Snapshot.of(lib).uuids)
        if wrong:
            print(f"kill {done} ({op} after {delay:.1f} s): " + "; ".join(wrong))
            keep = work / f"failed-{done}-{op}.db"
            copy_library(lib, keep)
        else:
            survived += 1
            print(f"kill {done} ({op} after {delay:.1f} s{', engine' if engine else ''}): ok")
    print(f"{done} kills, {survived} survived, {lost} records lost")
    return 0 if survived == done and not lost else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    d = sub.add_parser("drive", help="run one operation (for the rounds and the tests)")
    d.add_argument("op", choices=(*OPS, "open"))
    d.add_argument("library")
    d.add_argument("arg", help="the file to import, RESOURCE_ID:EDITS to edit, a query to open")
    d.add_argument("--hold", default="none")
    d.add_argument("--engine", action="store_true", help="with a search engine listening")
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--marc", type=Path, default=MARC)
    args = parser.parse_args(argv)
    if args.command == "drive":
        return drive(args.op, args.library, args.arg, args.hold, args.engine)
    if not sys.platform.startswith("linux"):
        raise SystemExit("the kill test needs Linux (/proc, pidfds)")
    with contextlib.ExitStack() as stack:
        work = args.work or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        work.mkdir(parents=True, exist_ok=True)
        return rounds(args.kills, args.seed, work, args.marc)


if __name__ == "__main__":
    sys.exit(main())
