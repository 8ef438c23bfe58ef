"""An edit that met a change saved elsewhere meanwhile: keep mine, or take theirs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.dialogs.table_dialog import TableDialog, run_dialog
from desktop_app.gui.strings import short


def choose_version(parent: QWidget, mine: dict[str, Any], theirs: dict[str, Any]) -> str | None:
    """Show the fields that differ; "mine", "theirs", or None when the dialog was closed."""

    dialog = TableDialog(
        QCoreApplication.translate("ConflictDialog", "Changed elsewhere meanwhile"),
        [
            QCoreApplication.translate("ConflictDialog", "Field"),
            QCoreApplication.translate("ConflictDialog", "Your version"),
            QCoreApplication.translate("ConflictDialog", "Their version (saved)"),
        ],
        parent,
    )
    rows = [(k, short(v), short(theirs[k])) for k, v in mine.items() if v != theirs[k]]
    dialog.model.set_rows(rows, [r[0] for r in rows])
    dialog.info.setText(
        QCoreApplication.translate(
            "ConflictDialog",
            "Someone else saved this resource while you were editing it. Nothing has been "
            "overwritten. Keep your version, or take theirs (your edits are discarded).",
        )
    )
    choice: list[str] = []

    def choose(side: str) -> None:
        choice.append(side)
        dialog.accept()

    dialog.add_button(
        QCoreApplication.translate("ConflictDialog", "Keep &mine"), lambda: choose("mine")
    )
    dialog.add_button(
        QCoreApplication.translate("ConflictDialog", "Take &theirs"), lambda: choose("theirs")
    )
    run_dialog(dialog)
    return choice[0] if choice else None
