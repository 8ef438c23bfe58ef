"""The Qt-free core: storage, catalogue service, search and import/export.

Nothing in this package may import PySide6; ``tests/core/test_no_qt.py`` checks it.
"""

from __future__ import annotations
