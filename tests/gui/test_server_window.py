"""The window on a catalogue on a PostgreSQL server (issue 16): opened from a URL (the
command line, $LIBRARIAN_LIBRARY, File ▸ Open library…), searched like a file, its
title "db on host:port" and never the password; the open dialog says in one line why
a library did not open and keeps the recent libraries without their password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import URL

from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import PROJECT_ROOT
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search import first_page
from desktop_app.core.service import Catalogue
from desktop_app.gui import create_main_window
from desktop_app.gui.dialogs.open_library_dialog import OpenLibraryDialog
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import TIMEOUT, open_window

SHOTS = os.environ.get("LIBRARIAN_SCREENSHOTS")  # a folder: keep the screenshots there


def shared_catalogue(url: URL) -> str:
    target = url.render_as_string(hide_password=False)
    with Library.open(target, create=True) as lib:
        cat = Catalogue(lib)
        for title in ("Safeguarding in schools", "Safeguarding online", "Child helplines"):
            cat.create(ResourceData(title=title, type="report"))
    return target


def shot(widget: Any, name: str) -> None:
    """Save ``widget`` with its title drawn above it (offscreen, no window manager draws it)."""
    if not SHOTS:
        return
    from PySide6.QtGui import QColor, QPainter, QPixmap

    body = widget.grab()
    out = QPixmap(body.width(), body.height() + 28)
    out.fill(QColor("#dcdcdc"))
    painter = QPainter(out)
    painter.drawText(10, 19, widget.windowTitle())
    painter.drawPixmap(0, 28, body)
    painter.end()
    out.save(str(Path(SHOTS) / name))


def test_the_window_opens_and_searches_a_server_catalogue(
    qtbot: Any, postgres_url: URL, tmp_path: Path
) -> None:
    target = shared_catalogue(postgres_url)
    w = open_window(qtbot, target, tmp_path / "settings.ini")  # type: ignore[arg-type]
    name = f"{postgres_url.database} on {postgres_url.host}:{postgres_url.port}"
    assert w.windowTitle() == f"Resource Librarian — {name}"
    assert str(postgres_url.password) not in w.windowTitle()
    assert w.catalogue.library.is_server
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as found:
        w.search_bar.box.setText("safeguarding")
        w.search_now()
    assert found.args[0].total == 2
    qtbot.waitUntil(lambda: len(w.results.loaded_views(found.args[0].ids)) == 2, timeout=TIMEOUT)
    shot(w, "server-window.png")
    # no start-up page for a server catalogue, and none read back (nor an error)
    assert not first_page.page_file(w.catalogue.library.path).exists()
    assert w.show_first_page() is False
    w.close()


def test_the_environment_names_a_server_catalogue(
    qtbot: Any, postgres_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.library.paths import resolve_library

    target = shared_catalogue(postgres_url)
    monkeypatch.setenv("LIBRARIAN_LIBRARY", target)
    w = open_window(qtbot, resolve_library(None), tmp_path / "settings.ini")  # type: ignore[arg-type]
    assert w.catalogue.count() == 3
    w.close()


def open_dialog(qtbot: Any, w: MainWindow) -> OpenLibraryDialog:
    w.findChild(type(w.opener.action), "actionOpenLibrary").trigger()
    dialog = w.opener.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    return dialog


def test_file_open_library_takes_a_url_and_a_password(
    qtbot: Any, window: MainWindow, postgres_url: URL, tmp_path: Path
) -> None:
    shared_catalogue(postgres_url)
    u = postgres_url
    bare = f"postgresql+psycopg://{u.username}@{u.host}:{u.port}/{u.database}"
    password = str(u.password)
    dialog = open_dialog(qtbot, window)
    assert not dialog.password.isEnabled()  # nothing typed yet: not a server
    # the wrong password: one line in the dialog, which stays; this window too
    dialog.where.setCurrentText(bare)
    assert dialog.password.isEnabled()
    dialog.password.setText("not-the-password")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "wrong password" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.message.text() == (
        f"{u.host}:{u.port}: wrong password for user '{u.username}' (database '{u.database}')"
    )
    assert dialog.isVisible() and window.isVisible() and window.opener.pending is None
    shot(dialog, "open-library-dialog.png")
    # the right one: the catalogue takes the window's place
    dialog.password.setText(password)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.opener.successor is not None, timeout=TIMEOUT)
    new = window.opener.successor
    assert new is not None
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.isVisible() and not window.isVisible(), timeout=TIMEOUT)
    assert new.catalogue.library.is_server and new.catalogue.count() == 3
    assert new.windowTitle() == f"Resource Librarian — {u.database} on {u.host}:{u.port}"
    # kept among the recent libraries, without the password (on disk too)
    assert new.settings.recent_libraries[0] == bare
    new.settings.sync()
    settings_text = Path(new.settings.qsettings.fileName()).read_text(encoding="utf-8")
    assert u.database in settings_text and password not in settings_text
    with qtbot.waitSignal(new.searchFinished, timeout=TIMEOUT) as found:
        new.search_bar.box.setText("helplines")
        new.search_now()
    assert found.args[0].total == 1
    new.close()


def test_the_open_dialog_says_what_is_wrong_in_one_line(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.open_button.click()
    assert dialog.message.text() == "Name a library file or a server's URL."
    dialog.where.setCurrentText(str(tmp_path / "missing.db"))
    dialog.open_button.click()
    assert dialog.message.text().endswith(
        "missing.db: no library here (use --create to make a new one)"
    )
    dialog.where.setCurrentText("postgresql+psycopg://librarian:Sekr1t@127.0.0.1:1/shared")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.message.text() == "127.0.0.1:1: the PostgreSQL server cannot be reached"
    assert "Sekr1t" not in dialog.message.text() + window.windowTitle()
    dialog.reject()
    assert window.isVisible() and window.opener.pending is None
    QApplication.processEvents()


def test_a_library_file_opens_from_the_dialog_too(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    with Library.open(other, create=True) as lib:
        Catalogue(lib).create(ResourceData(title="Another library's report", type="report"))
    dialog = open_dialog(qtbot, window)
    dialog.where.setCurrentText(str(other))
    assert not dialog.password.isEnabled()
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.opener.successor is not None, timeout=TIMEOUT)
    new = window.opener.successor
    assert new is not None
    qtbot.addWidget(new)
    assert new.windowTitle() == "Resource Librarian — other.db"
    assert new.settings.recent_libraries[0] == str(other)
    new.close()


def test_the_library_is_named_without_its_password(
    qtbot: Any, postgres_url: URL, tmp_path: Path
) -> None:
    target = shared_catalogue(postgres_url)
    u = postgres_url
    w = create_main_window(target, tmp_path / "settings.ini")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=TIMEOUT):
        w.show()
    assert w.library.location == f"postgresql+psycopg://{u.username}@{u.host}:{u.port}/{u.database}"
    assert w.catalogue.library.location == u.render_as_string(hide_password=True)
    w.close()


@pytest.mark.slow
def test_the_program_opens_a_url_given_on_its_command_line(
    postgres_url: URL, tmp_path: Path
) -> None:
    target = shared_catalogue(postgres_url)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LIBRARIAN_EXIT_AFTER_FIRST_RESULTS": "1",  # prints the results, then quits
    }
    proc = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--library", target],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "live-results 3" in proc.stdout
    assert str(postgres_url.password) not in proc.stdout + proc.stderr
