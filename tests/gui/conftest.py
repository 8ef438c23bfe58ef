from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.curation import auth
from desktop_app.gui import create_main_window
from desktop_app.gui.main_window import MainWindow

TIMEOUT = 30_000


def open_window(qtbot: Any, library: Path, settings: Path) -> MainWindow:
    window = create_main_window(library, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT):
        window.show()
    return window


PASSWORD = "correct horse"


def enter_curator_mode(qtbot: Any, w: MainWindow) -> None:
    """Give the library a curator password if it has none, and unlock with it."""
    if not auth.has_password(w.catalogue.library):
        auth.set_password(w.catalogue.library, PASSWORD)
    w.curation.try_password(PASSWORD)
    qtbot.waitUntil(lambda: w.curator, timeout=TIMEOUT)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Modal message boxes never block a test: each is recorded and answered.

    A warning or critical box a test did not expect (it would have patched
    ``QMessageBox`` itself) fails the test at teardown, with its text.
    """
    shown: list[str] = []

    def box(kind: str, answer: Any) -> Any:
        def show(*args: Any, **_kw: Any) -> Any:
            shown.append(f"{kind}: {args[2] if len(args) > 2 else ''}")
            return answer

        return show

    ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "warning", box("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", box("critical", ok))
    monkeypatch.setattr(QMessageBox, "information", box("information", ok))
    monkeypatch.setattr(QMessageBox, "question", box("question", yes))
    yield shown
    unexpected = [s for s in shown if s.startswith(("warning", "critical"))]
    assert not unexpected, f"unexpected message boxes: {unexpected}"


@pytest.fixture
def window(qtbot: Any, seeded_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    yield w
    w.close()
