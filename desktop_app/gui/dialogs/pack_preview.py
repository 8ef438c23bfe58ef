"""The collection pack preview: the summary and the conflicts to settle before merging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.transfer.packs import PackReport
from desktop_app.gui.models.conflict_model import ConflictModel


class PackPreview(QDialog):
    def __init__(self, parent: QWidget, report: PackReport) -> None:
        super().__init__(parent)
        self.setObjectName("packPreview")
        self.setWindowTitle(self.tr("Import collection pack"))
        summary = QLabel(report.summary(), self)
        summary.setObjectName("packSummary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ConflictModel(report.conflicts, self)
        self.view = QTableView(self)
        self.view.setObjectName("packConflicts")
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        modes = (
            QHeaderView.ResizeMode.Interactive,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.ResizeToContents,
        )
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 200)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr(
                "Changed on both sides since the last exchange: tick what to take from the "
                "pack; everything else keeps this library's version."
            )
            if report.conflicts
            else self.tr("No conflicts."),
            self,
        )
        hint.setWordWrap(True)
        mine = QPushButton(self.tr("Keep all &mine"), self)
        mine.clicked.connect(lambda: self.model.set_all(False))
        theirs = QPushButton(self.tr("Take all &theirs"), self)
        theirs.clicked.connect(lambda: self.model.set_all(True))
        row = QHBoxLayout()
        row.addWidget(mine)
        row.addWidget(theirs)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.view.setVisible(bool(report.conflicts))
        mine.setVisible(bool(report.conflicts))
        theirs.setVisible(bool(report.conflicts))
        self.resize(900, 560 if report.conflicts else 220)
