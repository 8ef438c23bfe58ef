"""The bundled fonts load and cover the scripts of the collection, with no system fonts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QRawFont

from desktop_app.gui.fonts import FAMILY, FONTS, register_bundled_fonts

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
def test_the_bundled_fonts_cover(qapp: Any, language: str) -> None:
    families = register_bundled_fonts()
    assert families[0] == FAMILY
    raw = [QRawFont.fromFont(QFont(f)) for f in families]
    for ch in SAMPLES[language].replace(" ", ""):
        assert any(r.supportsCharacter(ch) for r in raw), (language, ch)
