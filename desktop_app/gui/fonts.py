"""The fonts that travel with the app (``assets/fonts``), registered with Qt once.

A handout looks the same on every machine, whatever fonts the host has: its text is
set in Noto Sans, and characters Noto Sans lacks (Thai, Khmer, Arabic, CJK…) fall
back to the bundled script fonts before any font of the host's.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop_app.core.library.paths import ASSETS

log = logging.getLogger(__name__)

FONTS = ASSETS / "fonts"
FAMILY = "Noto Sans"
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to Qt (needs a Q(Gui)Application); the families, Noto Sans first.

    Safe to call again: fonts are added once per process.
    """
    if _registered:
        return list(_registered)
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    fallbacks = [f for f in families if f != FAMILY]
    # script fonts before the CJK catch-all, so each script takes its own design
    fallbacks.sort(key=lambda f: f.startswith("Droid"))  # (Nanum Gothic: Korean)
    QFont.insertSubstitutions(FAMILY, fallbacks)
    # the window's own font (the system's) falls back to them too
    ui_family = QGuiApplication.font().family()
    if ui_family and ui_family != FAMILY:
        QFont.insertSubstitutions(ui_family, [FAMILY, *fallbacks])
    _registered.extend([FAMILY, *fallbacks] if FAMILY in families else fallbacks)
    return list(_registered)


def handout_font(point_size: float = 10) -> QFont:
    """The handout's text font: bundled Noto Sans with the bundled fallbacks."""
    register_bundled_fonts()
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    return font
