"""The handout's own words (cover, contents, note, footer) in the window's language."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.handout import Handout, entries
from desktop_app.core.transfer.selection import Selection
from desktop_app.gui import i18n
from desktop_app.gui.pdf.labels import describe_selection, handout_labels
from desktop_app.gui.pdf.renderer import export_pdf


def bare(text: str) -> str:
    """Letters only: text extraction splits Thai combining marks off or drops them."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        c for c in text if not c.isspace() and unicodedata.category(c) not in ("Mn", "Co")
    )


@pytest.fixture
def english_afterwards(qapp: Any) -> Iterator[None]:
    yield
    i18n.install_translators("en")


def handout_text(library: Path, out: Path, count: int) -> tuple[str, str]:
    """Cover page and the rest of a handout of ``count`` resources, the first with a note."""
    with Library.open(library) as lib:
        views = list(Catalogue(lib).iter_views())[:count]
        sel = Selection(query="grooming", include={"type": ["guide"]})
        handout = Handout(title="Year 9", description=describe_selection(sel), count=len(views))
        export_pdf(handout, lambda: entries(views, {views[0].id: "Read first"}), out)
    pages = [p.extract_text() for p in pypdf.PdfReader(str(out)).pages]
    return pages[0], " ".join(pages[1:])


@pytest.mark.parametrize("lang", ["pt_BR", "es", "fr", "th"])
def test_the_handout_speaks_the_window_language(
    english_afterwards: None, seeded_path: Path, tmp_path: Path, lang: str
) -> None:
    i18n.install_translators(lang)
    labels = handout_labels(12, "2026-11-29")
    i18n.install_translators("en")
    english = handout_labels(12, "2026-11-29")
    i18n.install_translators(lang)
    assert labels.contents != english.contents and labels.cover != english.cover
    cover, rest = handout_text(seeded_path, tmp_path / "h.pdf", 12)
    assert bare(labels.cover.split("·")[0]) in bare(cover)  # "12 recursos"
    guide = QCoreApplication.translate("ResourceType", "Guide")
    assert bare(guide) in bare(cover)  # the type filter by its label, not its code
    assert bare(labels.contents) in bare(rest)
    assert bare(labels.note) in bare(rest)
    assert bare(labels.page_footer("Year 9", 2)) in bare(rest)
    assert "Contents" not in rest and "page 2" not in rest


def test_one_resource_is_singular_in_every_language(english_afterwards: None) -> None:
    covers = {}
    for lang in ("en", "pt_BR", "es", "fr", "th"):
        i18n.install_translators(lang)
        covers[lang] = (
            handout_labels(1, "2026-11-29").cover,
            handout_labels(5, "2026-11-29").cover,
        )
    assert covers["en"][0].startswith("1 resource ·") and covers["en"][1].startswith(
        "5 resources ·"
    )
    for lang in ("pt_BR", "es", "fr"):
        one, five = covers[lang]
        assert one.split("·")[0].strip()[2:] != five.split("·")[0].strip()[2:], lang
    assert covers["th"][0].split("·")[0][2:] == covers["th"][1].split("·")[0][2:]  # one form
