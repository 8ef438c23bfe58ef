"""The pinned PySide6 keeps None's reference count (6.12.0 does not, on Python 3.11).

PySide6 6.12.0 drops a reference to None on every call of a method returning
nothing. Python 3.12 made None immortal, but on 3.11 the count runs down and
the process dies ("deallocating None") after some tens of thousands of calls:
a long PDF export, or a long session in the app. This guards the pin.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp: Any) -> None:
    doc = QTextDocument()
    label = QLabel()
    before = sys.getrefcount(None)
    for n in range(2000):
        doc.setDefaultFont(QFont("DejaVu Sans", 10))
        doc.setTextWidth(300.0 + n % 7)
        label.setText(str(n))
        label.setEnabled(n % 2 == 0)
    # other threads may hold or drop a few references meanwhile; 8000 calls each
    # losing one would show as thousands
    assert sys.getrefcount(None) - before > -100
