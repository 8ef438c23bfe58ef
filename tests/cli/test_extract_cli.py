"""librarian attach / extract: files in, text out, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.curation import auth
from desktop_app.core.fulltext.store import document_pages
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Document
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.service import Catalogue
from tests.cli.running import run
from tests.core.fulltext import pdf_samples as ps


def test_attach_stores_the_file_and_reads_its_text(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    pdf = ps.write(tmp_path / "Report 2019.pdf", ps.text_pdf(["one", "two", "three zebrafinch"]))
    code, out, err = run(capsys, "attach", "3", str(pdf), "--library", str(seeded_path))
    assert code == 0, err
    assert out.splitlines()[0].startswith("attached Report 2019.pdf to resource 3 (")
    assert "read 1 file(s): 1 with text" in out
    assert "Report 2019.pdf: ok, 3 page(s)" in out
    assert "[1/1] reading Report 2019.pdf" in err
    with Library.open(seeded_path) as lib:
        name = Catalogue(lib).get(3).local_file
        assert name.endswith("-Report 2019.pdf")
        with lib.read() as s:
            assert document_pages(s, name)[2] == (3, "three zebrafinch")


def test_extract_all_then_again_with_force_and_notes(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    lib = str(seeded_path)
    run(
        capsys,
        "attach",
        "1",
        str(ps.write(tmp_path / "scan.pdf", ps.scanned_pdf())),
        "--library",
        lib,
    )
    run(capsys, "attach", "2", str(ps.write(tmp_path / "a.txt", b"plain words")), "--library", lib)
    code, out, _ = run(capsys, "extract", "--all", "--library", lib)
    assert (code, out) == (
        0,
        "nothing to read: every local copy already has its text (--force reads again)\n",
    )
    code, out, err = run(capsys, "extract", "--all", "--force", "--library", lib)
    assert code == 0
    assert out.splitlines()[0] == "read 2 file(s): 1 with text, 1 without text"
    assert "  scan.pdf: no_text, 2 page(s); no text layer: scanned?" in out.splitlines()
    assert "[2/2] reading" in err
    code, out, _ = run(capsys, "extract", "2", "--force", "--library", lib)
    assert out.splitlines() == ["read 1 file(s): 1 with text", "  a.txt: ok, 1 page(s)"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract"], "librarian: name the resources (ID ...) or give --all for every local copy"),
        (["extract", "999"], "librarian: no resource with id 999"),
        (["extract", "7"], "librarian: resource 7 ('"),
        (
            ["attach", "7", "/nonexistent/x.pdf"],
            "librarian: /nonexistent/x.pdf: no such file; nothing was attached",
        ),
    ],
)
def test_clear_one_line_errors(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args, "--library", str(seeded_path))
    assert code == 1 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_not_a_document_read_only_and_password(
    capsys: pytest.CaptureFixture[str],
    seeded_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = ps.write(tmp_path / "run.sh", b"#!/bin/sh\n")
    code, _, err = run(capsys, "attach", "1", str(script), "--library", str(seeded_path))
    assert code == 1 and "is not a document type the library keeps" in err
    # the bundled library is always opened read-only
    bundled = run(capsys, "extract", "--all", "--library", str(BUNDLED_LIBRARY))
    assert bundled[0] == 1 and "the library is read-only; nothing was changed" in bundled[2]
    with Library.open(seeded_path) as lib:
        auth.set_password(lib, "s3cret pass")
    pdf = ps.write(tmp_path / "a.pdf", ps.text_pdf(["words"]))
    code, _, err = run(capsys, "attach", "1", str(pdf), "--library", str(seeded_path))
    assert code == 1 and "password" in err
    monkeypatch.setenv(auth.ENV_PASSWORD, "s3cret pass")
    assert run(capsys, "attach", "1", str(pdf), "--library", str(seeded_path))[0] == 0
    with Library.open(seeded_path) as lib, lib.read() as s:
        assert len(s.scalars(select(Document)).all()) == 1
