"""``librarian attach-folder``: the preview, --yes, --json and the curator password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.curation import auth
from desktop_app.core.library import files
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Document
from desktop_app.core.service import Catalogue
from tests.cli.running import run
from tests.core.fulltext.test_attach_folder import make_folder, make_library

PASSWORD = "correct horse"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    path = tmp_path / "lib.db"
    with Library.open(path, create=True) as lib:  # no password (it is slow to check)
        ids = make_library(lib)
    return path, make_folder(tmp_path), ids


def local_files(path: Path) -> dict[int, str]:
    with Library.open(path) as lib:
        return {v.id: files.display_name(v.local_file) for v in Catalogue(lib).iter_views()}


def test_the_preview_lists_each_group_with_reasons_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], setup: tuple[Path, Path, dict[str, int]]
) -> None:
    lib, folder, ids = setup
    code, out, _ = run(capsys, "attach-folder", str(folder), "--library", str(lib))
    assert code == 0
    assert "7 files in" in out and "3 matched, 1 ambiguous, 1 unmatched, 2 not documents" in out
    assert (
        f"scan0001.pdf -> #{ids['doi']} Acquaintance Molestation and Youth-Serving "
        "Organizations (2014)  [DOI 10.1177/1079063214.5]" in out
    )
    assert "Online_Child_Sexual_Exploitation_2019.pdf -> #" in out
    assert "[file name 100%; year 2019]" in out
    assert "Ambiguous (1): choose one with `librarian attach ID FILE`" in out
    assert f"    #{ids['asia']} Protecting Children from Cybercrime" in out
    assert "Unmatched (1):\n  holiday_photos.pdf" in out
    assert "setup.exe: 'setup.exe' is not a document type" in out
    assert "3 files would be attached: run again with --yes to attach (1 ambiguous" in out
    assert set(local_files(lib).values()) == {""}


def test_yes_attaches_only_the_matched_files_and_reads_their_text(
    capsys: pytest.CaptureFixture[str], setup: tuple[Path, Path, dict[str, int]]
) -> None:
    lib, folder, ids = setup
    code, out, _ = run(capsys, "attach-folder", str(folder), "--yes", "--library", str(lib))
    assert code == 0, out
    assert out.strip().endswith("3 files attached; text: read 3 file(s): 3 with text")
    attached = local_files(lib)
    assert attached[ids["doi"]] == "scan0001.pdf"
    assert attached[ids["page"]] == "report_final.pdf"
    assert attached[ids["name"]] == "Online_Child_Sexual_Exploitation_2019.pdf"
    assert attached[ids["asia"]] == attached[ids["latam"]] == ""  # ambiguous: never
    with Library.open(lib) as opened, opened.read() as s:
        assert len(s.scalars(select(Document.name)).all()) == 3
    # once more: all three already have theirs
    code, out, _ = run(capsys, "attach-folder", str(folder), "--yes", "--library", str(lib))
    assert code == 0 and out.strip().endswith("nothing to attach")
    assert run(capsys, "undo", "--library", str(lib))[1].startswith(
        "undone: attach files from a folder (3 resources)"
    )
    assert set(local_files(lib).values()) == {""}


def test_json_and_replace(
    capsys: pytest.CaptureFixture[str], setup: tuple[Path, Path, dict[str, int]], tmp_path: Path
) -> None:
    lib, folder, ids = setup
    other = tmp_path / "older.txt"
    other.write_text("an older copy")
    assert run(capsys, "attach", str(ids["name"]), str(other), "--library", str(lib))[0] == 0
    code, out, _ = run(capsys, "attach-folder", str(folder), "--json", "--library", str(lib))
    data = json.loads(out)
    assert code == 0 and data["counts"]["matched"] == 3 and data["attached"] == []
    named = next(f for f in data["files"] if f["file"].startswith("Online_"))
    assert named["candidates"][0]["local_file"] == "older.txt"
    assert named["notes"] == [
        "the resource already has a local copy (older.txt); replaced only if ticked"
    ]
    code, out, _ = run(
        capsys, "attach-folder", str(folder), "--yes", "--json", "--library", str(lib)
    )
    assert sorted(a["id"] for a in json.loads(out)["attached"]) == [ids["doi"], ids["page"]]
    assert local_files(lib)[ids["name"]] == "older.txt"
    code, out, _ = run(
        capsys, "attach-folder", str(folder), "--yes", "--replace", "--library", str(lib)
    )
    assert code == 0 and "1 file attached" in out
    assert local_files(lib)[ids["name"]] == "Online_Child_Sexual_Exploitation_2019.pdf"


def test_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str],
    setup: tuple[Path, Path, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    lib, folder, _ = setup
    code, _, err = run(capsys, "attach-folder", str(tmp_path / "nope"), "--library", str(lib))
    assert (
        code == 1
        and err.strip() == f"librarian: {tmp_path / 'nope'}: no such folder; nothing was read"
    )
    code, _, err = run(capsys, "attach-folder", str(folder), "--replace", "--library", str(lib))
    assert code == 1 and "--replace goes with --yes" in err
    with Library.open(lib) as opened:
        auth.set_password(opened, PASSWORD)
    code, _, err = run(capsys, "attach-folder", str(folder), "--library", str(lib))
    assert code == 1 and "curator password" in err
    monkeypatch.setenv("LIBRARIAN_PASSWORD", PASSWORD)
    assert run(capsys, "attach-folder", str(folder), "--library", str(lib))[0] == 0
