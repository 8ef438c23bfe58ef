"""Kill -9 at chosen moments (subprocesses held at a point, then killed): nothing is lost,
``librarian check`` passes and the next search heals the index. Two processes opening
a library without an index build it once. ``tools/kill_test.py`` kills at random
moments many more times.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import PROJECT_ROOT
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import SearchEngine
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import export_pack
from tests.conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="kills and /proc: Linux only"
)
MARC = SHARED_DATA / "catalog_loc_marc" / "loc_books_random_sample_5000.mrc"
BUILD_PROCESSES = {"LIBRARIAN_INDEX_MP_THRESHOLD": "1"}


@pytest.fixture(scope="module")
def kt() -> ModuleType:
    """tools/kill_test.py, whose driver and checks these tests share."""
    spec = importlib.util.spec_from_file_location("kill_test", PROJECT_ROOT / "tools/kill_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_test"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def indexed(seeded_path: Path) -> Path:
    """The bundled library with its search index built."""
    with Library.open(seeded_path) as lib:
        engine = SearchEngine(Catalogue(lib))
        engine.open()
        engine.close()
    return seeded_path


@pytest.fixture
def procs() -> Iterator[list[Any]]:
    """Driver processes a test starts: none outlives it."""
    started: list[Any] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        if proc.stdin is not None:
            proc.stdin.close()


def held(kt: ModuleType, procs: list[Any], *args: Any, **kw: Any) -> Any:
    """A driver started and stopped at its hold point."""
    proc = kt.start(*args, **kw)
    procs.append(proc)
    hold = kw.get("hold", "none").partition(":")[0]
    line = kt.read_until(proc, "HOLD")
    assert line == f"HOLD {hold}", (line, Path(str(args[1]) + ".stderr").read_text())
    return proc


def killed(kt: ModuleType, proc: Any) -> None:
    left = kt.kill_and_reap(proc)
    assert left == [], f"{len(left)} processes outlived the killed one"


# -- two processes, one index ------------------------------------------------------------
@pytest.mark.slow  # processes killed and waited for: seconds each
def test_two_processes_opening_a_library_without_index_build_it_once(
    kt: ModuleType, seeded_path: Path, procs: list[Any]
) -> None:
    first = held(kt, procs, "open", seeded_path, "sexting", hold="build")
    second = kt.start("open", seeded_path, "sexting")
    procs.append(second)
    # the second waits for the first (before the lock it built into the same folder)
    assert "Waiting for another program" in kt.read_until(second, "PROGRESS")
    first.stdin.write("go\n")
    first.stdin.flush()
    assert kt.read_until(first, "ACTION") == "ACTION rebuilt: no index yet"
    assert kt.read_until(first, "FOUND") == "FOUND 1"
    # ... and then uses what the first built
    assert kt.read_until(second, "ACTION") == "ACTION up to date"
    assert kt.read_until(second, "FOUND") == "FOUND 1"
    assert first.wait() == 0 and second.wait() == 0


# -- a killed rebuild -------------------------------------------------------------------------
@pytest.mark.slow  # processes killed and waited for: seconds each
def test_a_killed_rebuild_takes_its_build_processes_along_and_heals(
    kt: ModuleType, indexed: Path, procs: list[Any]
) -> None:
    before = kt.Snapshot.of(indexed)
    proc = held(kt, procs, "reindex", indexed, "", hold="progress:1", env=BUILD_PROCESSES)
    # the first progress step comes from a build process: they exist now
    assert len(kt.descendants(proc.pid)) >= 2
    killed(kt, proc)  # the build processes and the resource tracker are gone too
    assert Path(f"{indexed}.index.new").exists()  # what the killed build left
    assert kt.verify(indexed, before, None) == []  # cleared on the next open


def test_a_rebuild_killed_between_its_two_moves_is_swapped_in_on_the_next_open(
    kt: ModuleType, indexed: Path, procs: list[Any]
) -> None:
    before = kt.Snapshot.of(indexed)
    killed(kt, held(kt, procs, "reindex", indexed, "", hold="swap"))
    assert not Path(f"{indexed}.index").exists() and Path(f"{indexed}.index.new").exists()
    with Library.open(indexed) as lib:
        engine = SearchEngine(Catalogue(lib))
        assert engine.open() == "up to date"  # the finished build, not a new one
        engine.close()
    assert kt.verify(indexed, before, None) == []


# -- killed writes: all or nothing, and the index heals --------------------------------------
@pytest.mark.skipif(not MARC.exists(), reason="shared MARC sample missing")
@pytest.mark.slow  # processes killed and waited for: seconds each
def test_a_marc_import_killed_in_its_transaction_changes_nothing(
    kt: ModuleType, indexed: Path, procs: list[Any]
) -> None:
    before = kt.Snapshot.of(indexed)
    # 200 records written, the transaction still open
    killed(kt, held(kt, procs, "import", indexed, str(MARC), hold="progress:1"))
    assert kt.verify(indexed, before, None) == []


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A pack from another library holding a dozen resources."""
    with Library.open(tmp_path / "other.db", create=True) as lib:
        cat = Catalogue(lib)
        for k in range(12):
            cat.create(ResourceData(title=f"Pangolin handout number {k}", countries=["Kenya"]))
        export_pack(cat, tmp_path / "other.librarypack")
    return tmp_path / "other.librarypack"


def test_a_pack_import_killed_before_its_commit_changes_nothing(
    kt: ModuleType, indexed: Path, pack: Path, procs: list[Any]
) -> None:
    before = kt.Snapshot.of(indexed)
    killed(kt, held(kt, procs, "pack", indexed, str(pack), hold="commit", engine=True))
    assert kt.verify(indexed, before, None) == []


def test_an_edit_killed_while_the_index_catches_up_is_kept_and_found(
    kt: ModuleType, indexed: Path, procs: list[Any]
) -> None:
    with Library.open(indexed) as lib:
        target = Catalogue(lib).ids()[3]
    before = kt.Snapshot.of(indexed)
    # the edit is committed; the index was catching up when the process died
    killed(kt, held(kt, procs, "edit", indexed, f"{target}:3", hold="catch-up"))
    assert kt.Snapshot.of(indexed).titles[target] == f"{kt.EDIT_TITLE} 0"
    assert kt.verify(indexed, before, None, edited=target) == []


def test_the_tool_copies_libraries_with_their_index(
    kt: ModuleType, indexed: Path, tmp_path: Path
) -> None:
    copy = kt.copy_library(indexed, tmp_path / "copy.db")
    assert Path(f"{copy}.index").is_dir()
    assert kt.Snapshot.of(copy).uuids == kt.Snapshot.of(indexed).uuids
    shutil.rmtree(f"{copy}.index")
