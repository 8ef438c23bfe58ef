"""The window follows what other curators commit, and keeps working when the server
goes away (issue 16): a title edited through another connection shows in the results
within seconds, by the poll (a file) or at once by NOTIFY (a server); when the server
cannot be reached the status bar says so, the results stay, and the window catches up
when it is back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.gui.dialogs.editor import Edited, ResourceDialog
from desktop_app.gui.main_window import MainWindow
from tests.core.shared.test_follow import drop_connections
from tests.gui.conftest import TIMEOUT, enter_curator_mode, open_window

WAIT = 10_000
TYPED = "Typed while the server went away"


def shown_titles(w: MainWindow) -> set[str]:
    """The titles of the result rows the window has loaded (what it shows)."""
    model = w.results.model
    return {model.views[i].title for i in model.ids if i in model.views}


def retitle(target: str | Path, rid: int, title: str) -> None:
    """Another curator's edit, through a connection of its own."""
    with Library.open(target) as lib:
        cat = Catalogue(lib)
        view = cat.get(rid)
        data = view.editable()
        data.title = title
        cat.update(rid, data, expected_version=view.version)


def test_an_edit_by_another_program_on_the_same_file_shows_after_the_poll(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    w = open_window(qtbot, seeded_path, tmp_path / "settings.ini")
    try:
        w.shared.poll_ms = 100
        w.shared.timer.start(100)
        qtbot.waitUntil(lambda: bool(shown_titles(w)), timeout=TIMEOUT)
        current = w.detail.view
        assert current is not None
        other = next(i for i in w.results.model.ids if i != current.id)
        retitle(seeded_path, other, "Edited in another window: aardvark")
        qtbot.waitUntil(
            lambda: "Edited in another window: aardvark" in shown_titles(w), timeout=WAIT
        )
        assert w.detail.view is not None and w.detail.view.id == current.id  # stays put
    finally:
        w.close()


def test_a_window_on_a_server_hears_other_curators_and_rides_out_an_outage(
    qtbot: Any, postgres_catalogue: str, postgres_server: Any, tmp_path: Path
) -> None:
    with Library.open(postgres_catalogue) as lib:
        cat = Catalogue(lib)
        ids = [
            cat.create(ResourceData(title=f"Shared guide {i}", type="guide")).id for i in range(3)
        ]
    url = make_url(postgres_catalogue)
    w = open_window(qtbot, postgres_catalogue, tmp_path / "settings.ini")  # type: ignore[arg-type]
    try:
        shared = w.shared
        shared.poll_ms = 600_000  # no poll: what follows comes by NOTIFY
        shared.timer.start(shared.poll_ms)
        shared.retry_ms = 300
        qtbot.waitUntil(lambda: shared.listener is not None, timeout=TIMEOUT)
        assert shared.listener is not None and shared.listener.connected.wait(10)
        qtbot.waitUntil(lambda: len(shown_titles(w)) == 3, timeout=TIMEOUT)
        looking_at = w.detail.view
        assert looking_at is not None
        other = next(i for i in ids if i != looking_at.id)
        retitle(postgres_catalogue, other, "Renamed by a colleague")
        qtbot.waitUntil(lambda: "Renamed by a colleague" in shown_titles(w), timeout=WAIT)
        qtbot.waitUntil(  # the resource looked at stays, though the rows were reordered
            lambda: w.detail.view is not None and w.detail.view.id == looking_at.id,
            timeout=WAIT,
        )
        assert w.results.current_id() == looking_at.id

        # the server goes away: the window says so, naming it, and keeps its results
        database = url.database or ""
        drop_connections(postgres_server, database, allow=False)
        try:
            label = shared.label
            qtbot.waitUntil(lambda: shared.offline and label.isVisible(), timeout=WAIT)
            where = f"{url.host}:{url.port}"
            assert label.text().startswith(f"Offline: {where} cannot be reached")
            assert url.password is not None and url.password not in label.text()
            assert "Renamed by a colleague" in shown_titles(w)
            w.grab().save(str(tmp_path / "offline.png"))
        finally:
            drop_connections(postgres_server, database, allow=True)
        retitle(postgres_catalogue, looking_at.id, "Renamed while the window was away")
        qtbot.waitUntil(lambda: not shared.offline, timeout=WAIT)
        assert label.text().startswith(f"Back online ({where})")
        qtbot.waitUntil(
            lambda: "Renamed while the window was away" in shown_titles(w), timeout=WAIT
        )
        qtbot.waitUntil(
            lambda: (
                w.detail.view is not None
                and w.detail.view.title == "Renamed while the window was away"
            ),
            timeout=WAIT,
        )
    finally:
        w.close()
    assert w.shared.listener is None  # stopped with the window


def test_an_edit_saved_while_offline_fails_in_one_line_and_keeps_the_text(
    qtbot: Any,
    postgres_catalogue: str,
    postgres_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Library.open(postgres_catalogue) as lib:
        rid = Catalogue(lib).create(ResourceData(title="Shared checklist", type="checklist")).id
    url = make_url(postgres_catalogue)
    database = url.database or ""
    w = open_window(qtbot, postgres_catalogue, tmp_path / "settings.ini")  # type: ignore[arg-type]
    enter_curator_mode(qtbot, w)
    opened: list[ResourceData] = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))

    def edit(_cls: Any, _parent: Any, data: ResourceData, *_a: Any, **_k: Any) -> Edited | None:
        opened.append(data)
        if len(opened) > 1:
            return None  # the curator closes the reopened editor
        typed = ResourceData.from_dict({**data.to_dict(), "title": TYPED})
        drop_connections(postgres_server, database, allow=False)  # while typing
        return Edited(typed)

    monkeypatch.setattr(ResourceDialog, "edit", classmethod(edit))
    try:
        w.curation.edit(rid)
        qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT)
    finally:
        drop_connections(postgres_server, database, allow=True)
    # one line naming the server (not its password); the editor came back with the text
    assert len(warned) == 1 and "\n" not in warned[0]
    assert warned[0] == f"{url.host}:{url.port}: the PostgreSQL server cannot be reached"
    assert opened[1].title == "Typed while the server went away"
    with Library.open(postgres_catalogue) as lib:
        assert Catalogue(lib).get(rid).title == "Shared checklist"  # nothing half-written
    w.close()
