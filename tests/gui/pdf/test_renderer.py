"""The PDF handout: every title, every link, non-Latin scripts and the cover.

Rendering needs Qt, so these tests live with the GUI tests and reuse their
QApplication (``qapp``); the real command line is run once in a subprocess.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pypdf

from desktop_app.cli import main

from ...conftest import titles


def pdf_text(path: Path) -> str:
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


def test_pdf_has_every_title_link_script_and_cover(qapp: Any, linked: Path, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    args = ["export", "--library", str(linked), "--format", "pdf", "-o", str(out)]
    assert main([*args, "--title", "Reading list for staff", "--qr"]) == 0
    text = pdf_text(out)

    def bare(t: str) -> str:
        # Text extraction drops Thai combining marks or maps their shaped forms to
        # private-use code points (from the font's own glyph names): compare the base letters.
        return "".join(c for c in t if c != " " and unicodedata.category(c) not in ("Mn", "Co"))

    squashed = bare(text)
    for title in titles(linked):
        assert bare(title) in squashed, title
    assert "Reading list for staff" in text and "The whole library" in text
    assert "33 resources" in text
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages]
    contents = [p for p in pages if "Contents" in p or re.match(r"^\d+\. ", p)]
    last_listed = re.findall(r" (\d+) Reading list for staff", contents[-1].replace("ﬀ", "ff"))
    assert last_listed and int(last_listed[-1]) == len(pages)  # the contents' pages are right
    reader = pypdf.PdfReader(str(out))
    links = {
        a.get_object()["/A"]["/URI"]
        for p in reader.pages
        for a in (p.get("/Annots") or [])
        if "/A" in a.get_object()
    }
    assert {"https://example.org/ru", "https://example.org/th", "https://example.org/pt"} <= links


def test_cli_pdf_in_its_own_process_describes_the_filter(linked: Path, tmp_path: Path) -> None:
    out = tmp_path / "filtered.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "desktop_app", "export", "--library", str(linked)]
    cmd += ["--format", "pdf", "-o", str(out), "--facet", "country=Cambodia", "--no-toc"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Country: Cambodia" in pdf_text(out)
    assert "Table of contents" not in pdf_text(out)


def test_pdf_to_a_missing_folder_is_a_clear_error(
    qapp: Any, linked: Path, tmp_path: Path, capsys: Any
) -> None:
    target = tmp_path / "no such folder" / "x.pdf"
    assert main(["export", "--library", str(linked), "--format", "pdf", "-o", str(target)]) == 1
    assert "does not exist or cannot be written" in capsys.readouterr().err
    assert not target.parent.exists()
