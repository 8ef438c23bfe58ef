"""The CLI's safety rules: build-db never replaces a library silently, curator commands need
the password (README table), and no command ever prints a traceback."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from desktop_app import cli, cli_errors
from desktop_app.core.curation import auth
from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from tests.cli.running import run

PASSWORD = "s3cret-pass"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap hashes: the parameters themselves are tested in test_auth.py."""
    monkeypatch.setattr(auth, "N", 2**10)


def one_line_error(code: int, err: str) -> bool:
    return code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def protect(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LIBRARIAN_NEW_PASSWORD", PASSWORD)
    assert run(capsys, "password", "--library", str(path))[0] == 0
    monkeypatch.delenv("LIBRARIAN_NEW_PASSWORD")


@pytest.fixture
def small_library(tmp_path: Path) -> Path:
    """A curator's own library: not the seed, so replacing it would lose work."""
    path = tmp_path / "school.db"
    with Library.open(path, create=True) as lib:
        cat = Catalogue(lib)
        for i in range(3):
            cat.create(ResourceData(title=f"Our own guide {i}", topics=["Schools"]))
    return path


def titles(path: Path) -> list[str]:
    with Library.open(path, read_only=True) as lib:
        return sorted(v.title for v in Catalogue(lib).iter_views())


# -- build-db ------------------------------------------------------------------------------------
def test_build_db_refuses_to_replace_a_library_without_force(
    capsys: pytest.CaptureFixture[str], small_library: Path
) -> None:
    before = small_library.read_bytes()
    code, _, err = run(capsys, "build-db", "-o", str(small_library))
    assert one_line_error(code, err)
    assert "--force" in err and "3 resources" in err and "nothing was changed" in err
    assert small_library.read_bytes() == before
    assert not small_library.with_name(small_library.name + ".building").exists()


def test_build_db_force_needs_the_password_of_a_protected_library(
    capsys: pytest.CaptureFixture[str], small_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    protect(small_library, monkeypatch, capsys)
    mine = titles(small_library)
    code, _, err = run(capsys, "build-db", "-o", str(small_library), "--force")
    assert one_line_error(code, err) and "curator password" in err
    monkeypatch.setenv("LIBRARIAN_PASSWORD", "not the password")
    code, _, err = run(capsys, "build-db", "-o", str(small_library), "--force")
    assert one_line_error(code, err) and "wrong curator password" in err
    assert titles(small_library) == mine
    with Library.open(small_library) as lib:
        assert auth.has_password(lib) and auth.wait_seconds(lib) > 0  # the wrong one was counted
        with lib.write() as s:  # no waiting for the slow-down in this test
            from desktop_app.core.library.models import Setting

            s.merge(Setting(key=auth.FAILS, value="0:0"))
    monkeypatch.setenv("LIBRARIAN_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "build-db", "-o", str(small_library), "--force")
    assert code == 0 and "30 resources" in out
    assert len(titles(small_library)) == 30


def test_build_db_force_replaces_an_unprotected_library(
    capsys: pytest.CaptureFixture[str], small_library: Path
) -> None:
    code, _, _ = run(capsys, "build-db", "-o", str(small_library), "--force")
    assert code == 0 and len(titles(small_library)) == 30
    for suffix in ("-wal", "-shm", ".building"):
        assert not Path(f"{small_library}{suffix}").exists()


def test_build_db_refuses_a_library_another_program_has_open(
    capsys: pytest.CaptureFixture[str], small_library: Path
) -> None:
    with Library.open(small_library) as other:
        Catalogue(other).create(ResourceData(title="Saved by the open window"))
        code, _, err = run(capsys, "build-db", "-o", str(small_library), "--force")
        assert one_line_error(code, err) and "open in another program" in err
    assert "Saved by the open window" in titles(small_library)


def test_build_db_refuses_a_file_that_is_not_a_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a library\n", "utf-8")
    code, _, err = run(capsys, "build-db", "-o", str(notes), "--force")
    assert one_line_error(code, err) and "cannot be checked" in err
    assert notes.read_text("utf-8") == "my notes, not a library\n"


def test_build_db_rewrites_a_copy_of_the_bundled_library_only_with_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default output is the bundled file: the same rules, and never a write to open it."""
    bundled = tmp_path / "resources.db"
    shutil.copyfile(BUNDLED_LIBRARY, bundled)
    monkeypatch.setattr(cli, "BUNDLED_LIBRARY", bundled)
    before = bundled.read_bytes()
    code, _, err = run(capsys, "build-db", "-o", str(bundled))
    assert one_line_error(code, err) and bundled.read_bytes() == before
    assert not Path(f"{bundled}-wal").exists()
    code, _, _ = run(capsys, "build-db", "-o", str(bundled), "--force")
    assert code == 0 and len(titles(bundled)) == 30


def test_build_db_to_a_new_file_needs_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "build-db", "-o", str(tmp_path / "new.db"))
    assert code == 0 and len(titles(tmp_path / "new.db")) == 30


# -- curator commands ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "command", [("history", "3"), ("vocab", "list", "topic"), ("undo",), ("empty-trash",)]
)
def test_curator_commands_need_the_password_as_the_readme_says(
    capsys: pytest.CaptureFixture[str],
    seeded_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    lib = str(seeded_path)
    assert run(capsys, "trash", "3", "--library", lib)[0] == 0  # something in the history
    protect(seeded_path, monkeypatch, capsys)
    code, out, err = run(capsys, *command, "--library", lib)
    assert one_line_error(code, err) and "curator password" in err and out == ""
    monkeypatch.setenv("LIBRARIAN_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, *command, "--library", lib)
    assert code == 0 and out


def test_password_without_a_terminal_says_where_to_give_it(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = str(seeded_path)
    code, _, err = run(capsys, "password", "--library", lib)  # stdin is not a terminal here
    assert one_line_error(code, err) and "LIBRARIAN_NEW_PASSWORD" in err
    protect(seeded_path, monkeypatch, capsys)
    monkeypatch.setenv("LIBRARIAN_NEW_PASSWORD", "another-pass")
    code, _, err = run(capsys, "password", "--library", lib)
    assert one_line_error(code, err) and "LIBRARIAN_PASSWORD" in err and "wrong" not in err
    monkeypatch.setenv("LIBRARIAN_PASSWORD", PASSWORD)
    assert run(capsys, "password", "--library", lib)[0] == 0
    with Library.open(seeded_path) as opened:
        assert auth.verify(opened, "another-pass")


# -- no tracebacks -------------------------------------------------------------------------------
EVERY_COMMAND = [
    ("list",),
    ("show", "1"),
    ("check",),
    ("stats",),
    ("search", "child"),
    ("reindex",),
    ("export", "--format", "csv"),
    ("pack", "export", "-o", "out.librarypack"),
    ("pack", "import", "in.librarypack"),
    ("import", "in.ris"),
    ("trash", "1"),
    ("restore", "1"),
    ("empty-trash",),
    ("undo",),
    ("history", "1"),
    ("vocab", "list", "topic"),
    ("password",),
]


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("library", ["missing.db", "notes.txt", "folder"])
def test_every_command_says_what_is_wrong_with_the_library_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: tuple[str, ...], library: str
) -> None:
    (tmp_path / "notes.txt").write_text("not a library", "utf-8")
    (tmp_path / "folder").mkdir()
    target = tmp_path / library
    if len(command) > 1 and command[-1].endswith((".librarypack", ".ris")):
        command = (*command[:-1], str(tmp_path / command[-1]))
    code, _, err = run(capsys, *command, "--library", str(target))
    assert one_line_error(code, err) and str(target) in err


def test_an_unexpected_error_is_one_line_and_its_report_goes_to_the_log(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_library: Library) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "check_library", broken)
    code, _, err = run(capsys, "stats", "--library", str(seeded_path))
    assert one_line_error(code, err)
    assert "unexpected error: RuntimeError: boom; second line" in err
    log = cli_errors.log_path()
    assert str(log) in err
    report = log.read_text("utf-8")
    assert "Traceback" in report and "RuntimeError: boom" in report and "stats" in report
    for args in (("--debug", "stats"), ("stats", "--debug")):
        code, _, err = run(capsys, *args, "--library", str(seeded_path))
        assert code == 1 and "Traceback" in err and "RuntimeError: boom" in err


def test_an_os_error_is_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(_library: Library) -> None:
        raise PermissionError(13, "Permission denied", "/srv/library/library.db")

    monkeypatch.setattr(cli, "check_library", denied)
    code, _, err = run(capsys, "check", "--library", str(seeded_path))
    assert one_line_error(code, err)
    assert err.strip() == "librarian: /srv/library/library.db: Permission denied"
    assert not cli_errors.log_path().exists()  # a known kind of error: nothing to report


def test_an_unwritable_log_still_gives_one_line(
    capsys: pytest.CaptureFixture[str],
    seeded_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the log folder should be", "utf-8")
    monkeypatch.setattr(cli_errors, "log_path", lambda: blocker / "librarian.log")

    def broken(_library: Library) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(cli, "check_library", broken)
    code, _, err = run(capsys, "stats", "--library", str(seeded_path))
    assert one_line_error(code, err) and "--debug" in err and "could not be logged" in err


def test_a_problem_the_core_logs_is_one_line_with_its_details_in_the_log(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cli.check_library

    def logs_a_caught_failure(library: Library) -> object:
        try:
            raise ValueError("segment gone")
        except ValueError:
            logging.getLogger("desktop_app.core.search.engine").exception(
                "the search index could not follow a saved change"
            )
        logging.getLogger("desktop_app.core.search.index").info("not for the user")
        return real(library)

    monkeypatch.setattr(cli, "check_library", logs_a_caught_failure)
    code, out, err = run(capsys, "stats", "--library", str(seeded_path))
    assert code == 0 and "resources: 30" in out
    assert err.startswith("librarian: error: the search index could not follow a saved change")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "ValueError: segment gone" in cli_errors.log_path().read_text("utf-8")
    code, _, err = run(capsys, "--debug", "stats", "--library", str(seeded_path))
    assert code == 0 and "Traceback" in err and "ValueError: segment gone" in err


def test_searching_an_empty_library_prints_no_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "search", "child", "--library", str(tmp_path / "new.db"), "--create"
    )
    assert "Traceback" not in out + err
    assert code == 0 or one_line_error(code, err)
