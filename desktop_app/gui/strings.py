"""Small text helpers for the GUI."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's lupdate under ``context`` where it is written as data (a table
    of labels); the code that shows it translates it (``QCoreApplication.translate(context,
    text)``, or ``self.tr(text)`` in the class named ``context``). Typed, unlike PySide6's."""
    return text


def short(value: Any, width: int = 60) -> str:
    """A value (a list is joined) cut to ``width`` characters for a table cell."""
    text = "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


# Progress messages the core sends (English, as the core stays Qt-free): shown translated.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("Core", "Waiting for another program to finish the search index"),
    QT_TRANSLATE_NOOP("Core", "Search index ready"),
    QT_TRANSLATE_NOOP("Core", "Building the search index"),
    QT_TRANSLATE_NOOP("Core", "Writing resources…"),
    QT_TRANSLATE_NOOP("Core", "Merging resources…"),
)


def core_text(message: str) -> str:
    """A message of the core (one of CORE_TEXTS) in the window's language; any other as is."""
    return QCoreApplication.translate("Core", message)
