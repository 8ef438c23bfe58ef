"""Small text helpers for the GUI."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's lupdate under ``context`` where it is written as data (a table
    of labels); the code that shows it translates it (``QCoreApplication.translate(context,
    text)``, or ``self.tr(text)`` in the class named ``context``). Typed, unlike PySide6's."""
    return text


def short(value: Any, width: int = 60) -> str:
    """A value (a list is joined) cut to ``width`` characters for a table cell."""
    text = "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def count_text(n: int, one: str, many: str) -> str:
    """ "1 resource", "23 resources" (English only: being replaced by ``tr("%Ln …", "", n)``)."""
    return f"{n:,} {one if n == 1 else many}"
