"""The resource editor on its own: inline validation, no silent rewrites, how it looks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.library.records import ResourceData
from desktop_app.gui.dialogs.editor import ResourceDialog


def test_editor_validates_inline(qtbot: Any) -> None:
    dialog = ResourceDialog(ResourceData(), {"topic": ["Cybercrime"]}, title="New resource")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "title" in dialog.problems.text()
    qtbot.keyClicks(dialog.title, "A guide for teachers")
    assert save.isEnabled()
    qtbot.keyClicks(dialog.url, "ftp://nope")
    assert not save.isEnabled() and "link" in dialog.problems.text()
    dialog.url.clear()
    qtbot.keyClicks(dialog.date, "2017-02-30")
    assert not save.isEnabled()
    dialog.date.clear()
    qtbot.keyClicks(dialog.topics, "Cybercrimes")
    assert "did you mean “Cybercrime”" in dialog.new_names_warning()
    assert dialog.data().topics == ["Cybercrimes"]
    assert dialog.dirty()


def test_the_editor_changes_nothing_it_was_not_asked_to(qtbot: Any, catalogue: Any) -> None:
    """Every seed resource opens clean: no field (non-breaking spaces included) is
    rewritten just by passing through the editor."""
    for view in catalogue.iter_views():
        dialog = ResourceDialog(view.editable(), {}, title="Edit resource")
        assert dialog.data().to_dict() == view.editable().to_dict(), view.title
        assert not dialog.dirty()
        dialog.deleteLater()


def test_editor_screenshot(qtbot: Any, tmp_path: Path, catalogue: Any) -> None:
    view = catalogue.get(15)
    dialog = ResourceDialog(view.editable(), {}, title="Edit resource")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "editor.png"))
