"""librarian attach / extract as a new user types them, wrong input included."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue
from tests.cli.running import run
from tests.core.fulltext.pdf_samples import text_pdf


def test_attach_names_a_missing_file_and_a_folder_for_what_they_are(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    """It said "not a file that can be attached" for both, as if the type were wrong."""
    lib = str(seeded_path)
    code, _, err = run(capsys, "attach", "3", str(tmp_path / "Report.pdf"), "--library", lib)
    assert code == 1
    assert (
        err.strip() == f"librarian: {tmp_path / 'Report.pdf'}: no such file; nothing was attached"
    )
    code, _, err = run(capsys, "attach", "3", str(tmp_path), "--library", lib)
    assert code == 1
    assert err.strip().startswith(f"librarian: {tmp_path}: is a folder; attach one file, or ")
    assert "librarian attach-folder DIR" in err
    with Library.open(seeded_path) as opened:
        assert Catalogue(opened).get(3).local_file == ""


def test_extract_all_in_a_library_without_local_copies_says_so(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    """It said "every local copy already has its text" when there was none at all."""
    code, out, _ = run(capsys, "extract", "--all", "--library", str(seeded_path))
    assert code == 0
    assert out.strip() == (
        "nothing to read: no resource has a local copy yet "
        "(librarian attach ID FILE, or librarian attach-folder DIR)"
    )


def test_attach_folder_says_how_to_choose_an_ambiguous_file_after_its_count(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    """The heading read "Ambiguous (choose with `librarian attach ID FILE`) (1):", the
    count after the hint in a second pair of brackets."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ProtectingChildrenFromCybercrime.pdf").write_bytes(text_pdf(["Contents"]))
    code, out, _ = run(capsys, "attach-folder", str(folder), "--library", str(seeded_path))
    assert code == 0
    lines = out.splitlines()
    at = lines.index("Ambiguous (1): choose one with `librarian attach ID FILE`")
    assert lines[at + 1] == "  ProtectingChildrenFromCybercrime.pdf"


def test_attach_folder_names_a_missing_folder(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    """A mistyped folder said "is not a folder", as if it were a file."""
    missing = tmp_path / "Reprots"
    code, _, err = run(capsys, "attach-folder", str(missing), "--library", str(seeded_path))
    assert code == 1
    assert err.strip() == f"librarian: {missing}: no such folder; nothing was read"
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(text_pdf(["Contents"]))
    code, _, err = run(capsys, "attach-folder", str(pdf), "--library", str(seeded_path))
    assert code == 1 and err.strip() == f"librarian: {pdf}: is not a folder"
