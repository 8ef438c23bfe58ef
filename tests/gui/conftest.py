from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui import create_main_window
from desktop_app.gui.main_window import MainWindow

TIMEOUT = 30_000


def open_window(qtbot: Any, library: Path, settings: Path) -> MainWindow:
    window = create_main_window(library, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.show()
    return window


@pytest.fixture
def window(qtbot: Any, seeded_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    yield w
    w.close()
