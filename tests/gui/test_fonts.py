"""The bundled fonts load and cover the scripts of the collection, with no system fonts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextLayout

from desktop_app.gui.fonts import FAMILY, FONTS, handout_font, register_bundled_fonts

SAMPLES = {
    "Vietnamese": "Bảo vệ trẻ em",
    "Russian": "Защита детей",
    "Greek": "Προστασία",
    "Thai": "การคุ้มครองเด็ก",
    "Khmer": "ការការពារកុមារ",
    "Arabic": "حماية الطفل",
    "Hebrew": "הגנה על ילדים",
    "Devanagari": "बाल संरक्षण",
    "Chinese": "儿童保护",
    "Korean": "아동 보호",
    "Amharic": "የልጆች ጥበቃ",
}


def test_every_bundled_font_has_its_licence() -> None:
    assert (FONTS / "LICENSE-Noto-OFL.txt").exists()
    assert (FONTS / "LICENSE-DroidSansFallback-Apache-2.0.txt").exists()
    assert len(list(FONTS.glob("*.ttf"))) >= 30


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_handout_text_in_every_script_is_set_in_bundled_fonts(qapp: Any, language: str) -> None:
    """Laid out as the handout lays text out: every glyph found, all in bundled families."""
    families = register_bundled_fonts()
    assert families[0] == FAMILY
    layout = QTextLayout(SAMPLES[language], handout_font(10))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    for run in runs:
        family = run.rawFont().familyName()
        assert family.casefold() in {f.casefold() for f in families}, (language, family)
        assert 0 not in run.glyphIndexes(), language  # glyph 0: the empty box
