"""A hostile user's probes of issue 15 that found bugs: each test fails without its fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.errors import LibraryError
from desktop_app.core.fulltext.attach_folder import Attachment, attach_files, preview_folder
from desktop_app.core.fulltext.extract import Extraction
from desktop_app.core.fulltext.limits import MAX_PAGE_CHARS, one_line
from desktop_app.core.fulltext.store import save_extraction
from desktop_app.core.library import files
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search.document_text import best_page
from desktop_app.core.search.schema import STEM
from desktop_app.core.search.snippets import Highlight
from desktop_app.core.service import Catalogue
from tests.core.fulltext.pdf_samples import text_pdf


def test_notes_and_metadata_lose_bidirectional_overrides() -> None:
    # a PDF title "Report<RLO>fdp.exe" would show in the preview as "Reportexe.pdf"
    shown = one_line("Report\u202efdp.exe \u2066x\u2069 \u202atitle\u202c")
    assert shown == "Reportfdp.exe x title"


def test_a_word_at_the_end_of_a_long_page_is_in_its_snippet(seeded: Library) -> None:
    # the extractor keeps pages of up to 200,000 characters and the index holds them
    # whole; the snippet looked only at the first 100,000, so it showed the page's start
    filler = " ".join(f"alpha{n}" for n in range(40_000))[: MAX_PAGE_CHARS - 20]
    page = filler + " zebrafinch"
    cat = Catalogue(seeded)
    save_extraction(cat, "0000000000000000-long.txt", Extraction((page,), "ok", "", "0" * 64, "t"))
    marks = Highlight(frozenset(STEM.stems("zebrafinch")))
    snip = best_page(seeded, "0000000000000000-long.txt", marks)
    assert snip is not None and snip.page == 1
    assert snip.text.endswith("zebrafinch") and snip.spans
    start, end = snip.spans[-1]
    assert snip.text[start:end] == "zebrafinch"


@pytest.fixture
def swapped(seeded: Library, tmp_path: Path) -> tuple[Catalogue, Attachment, Path]:
    """A file matched in the preview, then replaced by a link to a PDF outside the folder
    (which the preview itself refuses to read)."""
    cat = Catalogue(seeded)
    title = "Zanzibarite Safeguarding Handbook for Rural Schools"
    rid = cat.create(ResourceData(title=title, date="2021")).id
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "handbook.pdf").write_bytes(text_pdf([title], info={"Title": title}))
    preview = preview_folder(cat, folder)
    (match,) = [f for f in preview.files if f.status == "matched"]
    assert match.resource is not None and match.resource.resource_id == rid
    outside = tmp_path / "private.pdf"
    outside.write_bytes(text_pdf(["private words of another file"]))
    (folder / "handbook.pdf").unlink()
    os.symlink(outside, folder / "handbook.pdf")
    return cat, Attachment(match.path, rid, sha256=match.sha256), outside


def test_a_file_changed_after_the_preview_is_not_attached(
    swapped: tuple[Catalogue, Attachment, Path],
) -> None:
    cat, chosen, _ = swapped
    before = cat.get(chosen.resource_id)
    with pytest.raises(LibraryError, match="changed since the preview") as err:
        attach_files(cat, [chosen])
    assert "\n" not in str(err.value) and "handbook.pdf" in str(err.value)
    assert cat.get(chosen.resource_id).local_file == before.local_file
    folder = files.files_dir(cat.library)
    assert not folder.is_dir() or not [p for p in folder.iterdir() if "handbook" in p.name]


def test_a_pack_text_claiming_ok_without_any_text_is_dropped() -> None:
    # taken, it would stand for the file for good (never read again), finding nothing
    import json

    from desktop_app.core.transfer.packs.document_text import TextProblem, parse_text

    text = {"name": "0123456789abcdef-r.pdf", "sha256": "a" * 64, "status": "ok",
            "page_count": 0, "pages": []}  # fmt: skip
    with pytest.raises(TextProblem, match="status ok but no page holds text"):
        parse_text(json.dumps(text).encode())
    text.update(page_count=2, pages=[{"page": 1, "text": "  \n "}])
    with pytest.raises(TextProblem, match="no page holds text"):
        parse_text(json.dumps(text).encode())
    text.update(status="no_text")
    assert parse_text(json.dumps(text).encode()).status == "no_text"
