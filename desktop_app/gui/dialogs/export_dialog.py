"""What to export (selection, results, a reading list, everything) and in which format."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

EXPORT_KINDS = (
    ("pdf", "PDF handout", "PDF files (*.pdf)", ".pdf"),
    ("csv", "CSV spreadsheet", "CSV files (*.csv)", ".csv"),
    ("json", "JSON (full records)", "JSON files (*.json)", ".json"),
    ("ris", "RIS (Zotero, EndNote)", "RIS files (*.ris)", ".ris"),
    ("bibtex", "BibTeX (JabRef, LaTeX)", "BibTeX files (*.bib)", ".bib"),
)


class ExportDialog(QDialog):
    """What to export (selection, results, a reading list, everything) and how."""

    def __init__(
        self, parent: QWidget, selected: int, results: int, lists: list[str], total: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.scope = QComboBox(self)
        self.scope.setObjectName("exportScope")
        self.scope.setAccessibleName(self.tr("What to export"))
        if selected:
            self.scope.addItem(self.tr("Selected resources (%n)", "", selected), ("selection", ""))
        self.scope.addItem(self.tr("Current results (%n)", "", results), ("results", ""))
        for name in lists:
            self.scope.addItem(self.tr("Reading list: %1").replace("%1", name), ("list", name))
        self.scope.addItem(self.tr("The whole library (%n)", "", total), ("all", ""))
        # one selected row is usually just the current one: offer it, default to the results
        wanted = "selection" if selected > 1 else "results"
        for i in range(self.scope.count()):
            if self.scope.itemData(i)[0] == wanted:
                self.scope.setCurrentIndex(i)
                break
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for key, label, _filter, _ext in EXPORT_KINDS:
            self.format.addItem(self.tr(label), key)
        self.title = QLineEdit(self.tr("Child protection resources"), self)
        self.title.setObjectName("exportTitle")
        self.title.setAccessibleName(self.tr("Handout title"))
        self.toc = QCheckBox(self.tr("Table of contents"), self)
        self.toc.setChecked(True)
        self.qr = QCheckBox(self.tr("QR code for each link"), self)
        self.page = QComboBox(self)
        self.page.setAccessibleName(self.tr("Page size"))
        self.page.addItems(["A4", "Letter"])
        self.pdf_box = QGroupBox(self.tr("Handout"), self)
        pdf_form = QFormLayout(self.pdf_box)
        pdf_form.addRow(self.tr("&Title:"), self.title)
        pdf_form.addRow("", self.toc)
        pdf_form.addRow("", self.qr)
        pdf_form.addRow(self.tr("&Page size:"), self.page)
        self.format.currentIndexChanged.connect(
            lambda _i: self.pdf_box.setVisible(self.format.currentData() == "pdf")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.scope)
        form.addRow(self.tr("&Format:"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pdf_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
