"""A dialog that shows a table of plain rows with action buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.models.rows_model import RowsModel


class TableDialog(QDialog):
    """A titled table with action buttons; buttons act on the selected rows' keys."""

    def __init__(self, title: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.model = RowsModel(headers, self)
        self.view = QTableView(self)
        self.view.setAccessibleName(title)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.info = QLabel("", self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QHBoxLayout()
        self.main_layout = QVBoxLayout(self)  # subclasses put their controls on top
        self.main_layout.addWidget(self.info)
        self.main_layout.addWidget(self.view, 1)
        self.main_layout.addLayout(self.buttons)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self.buttons.addStretch(1)
        self.buttons.addWidget(close)
        self.resize(900, 520)

    def add_button(self, text: str, slot: Callable[[], object], *, name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 2, button)
        return button

    def selected_keys(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.keys[r] for r in rows]


def run_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally, then delete it (on the GUI thread, where it was made)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
