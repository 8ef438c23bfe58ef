"""What reading the text of local copies did: one row per file, its note, problems first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.files import display_name
from desktop_app.gui.text_notes import ORDER, note_text, run_summary

if TYPE_CHECKING:
    from desktop_app.gui.text_notes import FileText


class TextSummaryDialog(QDialog):
    """Every file of a run with its note; failed, missing and scanned ones first."""

    def __init__(
        self, parent: QWidget, items: Sequence[FileText], left: int = 0, error: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textSummary")
        self.setWindowTitle(self.tr("Text of local copies"))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        if error:
            head = error
        elif items or left:
            head = run_summary(items, left)
        else:
            head = self.tr("Nothing was read.")
        self.heading = QLabel(head, self)
        self.heading.setObjectName("textSummaryHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.table = QTreeWidget(self)
        self.table.setObjectName("textSummaryTable")
        self.table.setAccessibleName(self.tr("Files and how their text was read"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("File"), self.tr("Text")])
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rank = {status: n for n, status in enumerate(ORDER)}
        ordered = sorted(items, key=lambda i: (rank.get(i.status, 0), display_name(i.name)))
        for item in ordered:
            row = QTreeWidgetItem([display_name(item.name), note_text(item)])
            row.setToolTip(1, note_text(item))
            row.setData(0, Qt.ItemDataRole.UserRole, item.status)
            self.table.addTopLevelItem(row)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(file, text, status) of every row, top first."""
        out = []
        for n in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(n)
            if row is not None:
                status = str(row.data(0, Qt.ItemDataRole.UserRole))
                out.append((row.text(0), row.text(1), status))
        return out

    @classmethod
    def show_items(
        cls, parent: QWidget, items: Sequence[FileText], left: int = 0, error: str = ""
    ) -> TextSummaryDialog:
        """Open the summary over ``parent`` (not blocking); it is deleted when closed."""
        dialog = cls(parent, items, left, error)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
