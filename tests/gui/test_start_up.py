"""Start-up: the window shows before the database layer and index load, with the kept page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop_app.core.library.db import Library
from desktop_app.core.service import Catalogue
from desktop_app.gui import create_main_window
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import TIMEOUT, open_window

HEAVY = ("sqlalchemy", "whoosh", "numpy", "bibtexparser", "rispy", "pymarc", "pypdf", "alembic")


def test_the_window_needs_no_database_layer_or_search_engine_to_show() -> None:
    code = (
        "import sys\n"
        "import desktop_app.gui.app, desktop_app.gui.main_window\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"


def _second_start(qtbot: Any, library: Path, settings: Path) -> MainWindow:
    window = create_main_window(library, settings)
    qtbot.addWidget(window)
    return window


def test_a_second_start_shows_the_kept_page_at_once_then_the_live_one(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    first = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    live_ids = first.results.model.ids[:]
    first.close()
    second = _second_start(qtbot, seeded_path, tmp_path / "s.ini")
    assert not second.is_ready  # nothing opened yet: the page is what was kept
    kept = second.last_result
    assert kept is not None and kept.ids == live_ids
    assert second.results.model.ids == live_ids
    assert second.detail.view is not None and second.detail.view.id == live_ids[0]
    with qtbot.waitSignal(second.searchFinished, timeout=TIMEOUT) as live:
        second.show()
    assert live.args[0].ids == live_ids and second.results.model.ids == live_ids
    second.close()


def test_a_change_made_in_the_window_is_in_the_next_kept_page(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    first = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    view = first.catalogue.get(first.results.model.ids[0])
    data = view.editable()
    data.title = "Changed while the window was open"
    with qtbot.waitSignal(first.searchFinished, timeout=TIMEOUT):
        first.catalogue.update(view.id, data, expected_version=view.version)
    first.close()
    second = _second_start(qtbot, seeded_path, tmp_path / "s.ini")
    assert second.last_result is not None
    assert "Changed while the window was open" in {
        v.title for v in second.results.loaded_views(second.results.model.ids)
    }
    second.close()


def test_after_a_change_elsewhere_the_next_start_waits_for_the_live_page(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    first = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    rid = first.results.model.ids[0]
    first.close()
    with Library.open(seeded_path) as library:  # another program, or the command line
        catalogue = Catalogue(library)
        view = catalogue.get(rid)
        data = view.editable()
        data.title = "Changed by librarian edit"
        catalogue.update(rid, data, expected_version=view.version)
    second = _second_start(qtbot, seeded_path, tmp_path / "s.ini")
    assert second.last_result is None  # the kept page is no longer true
    with qtbot.waitSignal(second.searchFinished, timeout=TIMEOUT):
        second.show()
    second.close()


def test_a_library_that_cannot_open_says_why(qtbot: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a library" * 100)
    window = _second_start(qtbot, broken, tmp_path / "s.ini")
    with qtbot.waitSignal(window.openFailed, timeout=TIMEOUT) as failed:
        window.show()
    assert "not a library" in failed.args[0] and str(broken.name) in failed.args[0]
    window.close()
