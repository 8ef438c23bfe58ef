from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop_app.core.curation import auth
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.gui.dialogs.editor import Edited, ResourceDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.panes.detail_pane import LOCAL_COPY_URL

from .conftest import TIMEOUT, open_window

PASSWORD = "correct horse"


@pytest.fixture
def locked(qtbot: Any, seeded_path: Path, tmp_path: Path) -> Any:
    with Library.open(seeded_path) as lib:
        auth.set_password(lib, PASSWORD)
    w = open_window(qtbot, seeded_path, tmp_path / "s.ini")
    yield w
    w.close()


def unlock(qtbot: Any, w: MainWindow, password: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (password, True))
    with qtbot.waitSignal(w.worker.callFinished, timeout=TIMEOUT):
        w.curation.unlock()  # asks whether a password is set, then for it
    with qtbot.waitSignal(w.worker.callFinished, timeout=TIMEOUT):
        pass  # the check of the password


def select_only_hit(qtbot: Any, w: MainWindow, query: str) -> None:
    """Search at once for ``query``, expect one hit, and select it."""
    w.search_box.setText(query)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT) as blocker:
        w.search_now()
    assert blocker.args[0].total == 1
    w.results.view.setCurrentIndex(w.results.model.index(0))


def action(w: MainWindow, name: str) -> Any:
    return w.findChild(type(w.curation.act_mode), name)


def test_wrong_password_keeps_reader_mode(
    qtbot: Any, locked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert not locked.curator
    assert not action(locked, "actionEdit").isEnabled()
    assert not locked.curation.menu.menuAction().isVisible()
    unlock(qtbot, locked, "wrong password", monkeypatch)
    qtbot.waitUntil(lambda: bool(warned), timeout=TIMEOUT)
    assert "Wrong curator password" in warned[0]
    assert not locked.curator
    for name in ("actionEdit", "actionNew", "actionTrash", "actionUndo", "actionBulkEdit"):
        assert not action(locked, name).isEnabled(), name
    # the shortcut does nothing either
    qtbot.keyClick(locked.results.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not locked.findChildren(ResourceDialog)


def test_curator_edits_show_up_at_once(
    qtbot: Any, locked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = locked
    unlock(qtbot, w, PASSWORD, monkeypatch)
    qtbot.waitUntil(lambda: w.curator, timeout=TIMEOUT)
    assert action(w, "actionEdit").isEnabled()
    # create
    new = ResourceData(
        title="Platypus online safety checklist",
        type="checklist",
        topics=["Schools"],
        countries=["Kenya"],
    )
    monkeypatch.setattr(ResourceDialog, "edit", classmethod(lambda cls, *a, **k: Edited(new)))

    def has_kenya(result: Any) -> bool:
        return {v.value: v.count for v in result.facets["country"].values}.get("Kenya") == 1

    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT, check_params_cb=has_kenya):
        w.curation.new_resource()
    select_only_hit(qtbot, w, "platypus")
    # edit
    edited = ResourceData.from_dict({**new.to_dict(), "title": "Echidna online safety list"})
    monkeypatch.setattr(ResourceDialog, "edit", classmethod(lambda cls, *a, **k: Edited(edited)))
    with qtbot.waitSignal(
        w.searchFinished, timeout=TIMEOUT, check_params_cb=lambda r: r.total == 0
    ):
        w.curation.edit_current()  # "platypus" no longer matches
    select_only_hit(qtbot, w, "echidna")
    # trash, then undo
    with qtbot.waitSignal(
        w.searchFinished, timeout=TIMEOUT, check_params_cb=lambda r: r.total == 0
    ):
        w.curation.trash_selected()
    with qtbot.waitSignal(
        w.searchFinished, timeout=TIMEOUT, check_params_cb=lambda r: r.total == 1
    ):
        w.curation.undo()
    # lock again: editing unreachable
    w.curation.lock()
    assert not w.curator and not action(w, "actionEdit").isEnabled()


def test_a_local_copy_is_attached_kept_and_opened(
    qtbot: Any, locked: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = locked
    unlock(qtbot, w, PASSWORD, monkeypatch)
    qtbot.waitUntil(lambda: w.curator, timeout=TIMEOUT)
    source = tmp_path / "Wombat guide.pdf"
    source.write_bytes(b"%PDF-1.4 wombat")
    # the editor's row: Choose… sets an absolute path, Remove clears it
    dialog = ResourceDialog(ResourceData(title="Wombat guide"), {}, title="New resource")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog._choose_local_file()
    assert dialog.data().local_file == str(source.resolve())
    assert dialog.local_file_label.text() == "Wombat guide.pdf"
    qtbot.mouseClick(dialog.remove_local_file, Qt.MouseButton.LeftButton)
    assert dialog.data().local_file == ""
    dialog._choose_local_file()
    chosen = Edited(dialog.data(), dialog.chosen_file)
    dialog.deleteLater()  # never shown, so never asked to discard
    monkeypatch.setattr(ResourceDialog, "edit", classmethod(lambda cls, *a, **k: chosen))
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: yes)  # "looks like …"
    with qtbot.waitSignal(
        w.searchFinished, timeout=TIMEOUT, check_params_cb=lambda r: r.total == 31
    ):
        w.curation.new_resource()
    select_only_hit(qtbot, w, "wombat")
    qtbot.waitUntil(lambda: w.detail.view is not None, timeout=TIMEOUT)
    stored = w.detail.view.local_file
    assert stored and not Path(stored).is_absolute()  # copied into the library's folder
    assert "Local copy: Wombat guide.pdf" in w.detail.browser.toPlainText()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    w.detail._anchor(QUrl(LOCAL_COPY_URL))
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()).read_bytes() == source.read_bytes()
    Path(opened[0].toLocalFile()).unlink()  # gone: a message, nothing opened
    w.detail._anchor(QUrl(LOCAL_COPY_URL))
    assert len(opened) == 1 and "not on this computer" in warned[0]


def test_with_no_password_yet_curator_mode_says_who_sets_it(
    qtbot: Any, window: MainWindow, message_boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first password is the installer's (librarian password), never the first clicker's."""
    asked: list[Any] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("x", True))
    with qtbot.waitSignal(window.worker.callFinished, timeout=TIMEOUT):
        window.curation.unlock()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=TIMEOUT)
    assert "librarian password" in message_boxes[0] and message_boxes[0].startswith("information")
    assert not asked and not window.curator
    assert not auth.has_password(window.catalogue.library)


def test_an_editor_left_open_across_the_idle_lock_saves_only_with_the_password(
    qtbot: Any, locked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = locked
    unlock(qtbot, w, PASSWORD, monkeypatch)
    qtbot.waitUntil(lambda: w.curator, timeout=TIMEOUT)
    select_only_hit(qtbot, w, '"Global Hotline and Helpline Directory"')
    view = w.catalogue.get(w.selected_ids()[0])
    changed = ResourceData.from_dict({**view.editable().to_dict(), "title": "Relocked edit"})

    def edit_then_relock(cls: Any, *a: Any, **k: Any) -> Edited:
        w.curation.lock()  # the idle lock fires while the editor is open
        return Edited(changed)

    monkeypatch.setattr(ResourceDialog, "edit", classmethod(edit_then_relock))
    # asked for the password again, the curator cancels: nothing is written
    asked: list[Any] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
    with qtbot.waitSignal(w.worker.callFinished, timeout=TIMEOUT):
        w.curation.edit_current()  # opens the editor (patched), which relocks
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT)
    with qtbot.waitSignal(w.worker.callFinished, timeout=TIMEOUT):
        w.catalogue.count()  # nothing queued behind the prompt
        w.worker.call(lambda: None)
    assert not w.curator
    assert w.catalogue.get(view.id).title == view.title  # not saved
    # with the right password given again, the same save goes through
    unlock(qtbot, w, PASSWORD, monkeypatch)
    qtbot.waitUntil(lambda: w.curator, timeout=TIMEOUT)
    with qtbot.waitSignal(w.worker.backend.changed, timeout=TIMEOUT):
        w.curation.edit_current()
    assert w.catalogue.get(view.id).title == "Relocked edit"
