"""The worker's rules: jobs are Qt-free, and what they hold is released on the GUI thread."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.curation import auth
from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import PROJECT_ROOT
from desktop_app.core.service import Catalogue
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.worker import qt_objects_in

from .conftest import TIMEOUT
from .crash_scenarios import PASSWORD


def test_qt_objects_in_finds_widgets_behind_closures_selves_and_partials(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setObjectName("vocab")
    holder = {"d": [dialog]}
    assert qt_objects_in(lambda: dialog.isVisible())
    assert qt_objects_in(dialog.isVisible)
    assert qt_objects_in(functools.partial(print, dialog))
    assert qt_objects_in(lambda: holder)  # inside a container
    assert "QDialog 'vocab'" in qt_objects_in(lambda: dialog)[0]
    plain = {"title": "x"}
    assert qt_objects_in(lambda: plain["title"].upper()) == []


def test_a_job_that_reaches_a_widget_is_refused_before_it_runs(window: MainWindow) -> None:
    ran = threading.Event()
    widget = QWidget(window)
    with pytest.raises(TypeError, match="must be Qt-free"):
        window.worker.call(lambda: (ran.set(), widget.objectName()))
    assert not ran.is_set()


def test_an_answer_for_a_deleted_dialog_is_dropped(qtbot: Any, window: MainWindow) -> None:
    dialog = QDialog(window)
    got: list[int] = []
    with qtbot.waitSignal(window.worker.callFinished, timeout=TIMEOUT):
        window.worker.call(lambda: 1, got.append, owner=dialog)
        dialog.deleteLater()
    # delivered or dropped, never a call into a deleted widget; the worker goes on (other
    # jobs of the window's may finish first: wait for this one's answer, not any call's)
    window.worker.call(lambda: 2, got.append)
    qtbot.waitUntil(lambda: bool(got) and got[-1] == 2, timeout=TIMEOUT)


def test_vocabulary_dialog_then_trash_does_not_crash(seeded_path: Path) -> None:
    """Curator mode → Vocabulary and thesaurus… → Close → select → Del killed the
    process (SIGSEGV): the dialog, captured by a job, was destroyed on the worker."""
    with Library.open(seeded_path) as lib:
        auth.set_password(lib, PASSWORD)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.crash_scenarios",
            "vocabulary_then_trash",
            str(seeded_path),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    with Library.open(seeded_path) as lib:
        assert Catalogue(lib).count() == 27  # the three trashed ones are gone from view


def test_create_main_window_does_not_create_a_missing_library(tmp_path: Path) -> None:
    from desktop_app.core.errors import LibraryError
    from desktop_app.gui import create_main_window

    with pytest.raises(LibraryError):
        create_main_window(tmp_path / "missing.db", tmp_path / "s.ini")
    assert not (tmp_path / "missing.db").exists()
