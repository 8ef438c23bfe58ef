"""What to export (selection, results, a reading list, everything) and in which format.

A reading list's handout is titled with the list's name (unless the title was
typed), and the file is suggested as ``<title>.pdf`` (or the format's suffix) in
the user's Documents folder, never the program's folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
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

from desktop_app.gui.strings import QT_TRANSLATE_NOOP

# key, label, file-dialog filter, suffix; labels and filters translated where shown (ExportDialog)
EXPORT_KINDS = (
    (
        "pdf",
        QT_TRANSLATE_NOOP("ExportDialog", "PDF handout"),
        QT_TRANSLATE_NOOP("ExportDialog", "PDF files (*.pdf)"),
        ".pdf",
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet"),
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
        ".csv",
    ),
    (
        "json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON (full records)"),
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
        ".json",
    ),
    (
        "ris",
        QT_TRANSLATE_NOOP("ExportDialog", "RIS (Zotero, EndNote)"),
        QT_TRANSLATE_NOOP("ExportDialog", "RIS files (*.ris)"),
        ".ris",
    ),
    (
        "bibtex",
        QT_TRANSLATE_NOOP("ExportDialog", "BibTeX (JabRef, LaTeX)"),
        QT_TRANSLATE_NOOP("ExportDialog", "BibTeX files (*.bib)"),
        ".bib",
    ),
)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def documents_folder() -> Path:
    """The user's Documents folder (their home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_name_for(title: str, suffix: str) -> str:
    """A file name from a title: characters no file system takes become "-"."""
    stem = _UNSAFE.sub("-", title).strip(" .-")[:120] or QCoreApplication.translate(
        "ExportDialog", "Resources"
    )
    return stem + suffix


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
            self.format.addItem(self.tr(label), key)  # marked in EXPORT_KINDS
        self.default_title = self.tr("Child protection resources")
        self.title = QLineEdit(self.default_title, self)
        self.title.setObjectName("exportTitle")
        self._typed_title = False
        self.title.textEdited.connect(lambda _t: setattr(self, "_typed_title", True))
        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.title.setAccessibleName(self.tr("Handout title"))
        self.toc = QCheckBox(self.tr("Table of contents"), self)
        self.toc.setChecked(True)
        self.qr = QCheckBox(self.tr("QR code for each link"), self)
        self.page = QComboBox(self)
        self.page.setAccessibleName(self.tr("Page size"))
        self.page.addItem(self.tr("A4"), "A4")
        self.page.addItem(self.tr("Letter"), "Letter")
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
        self._scope_changed()

    def _scope_changed(self) -> None:
        """A reading list's handout takes the list's name as its title (unless typed)."""
        if self._typed_title:
            return
        scope, name = self.scope.currentData()
        self.title.setText(name if scope == "list" else self.default_title)

    def suggested_path(self, suffix: str) -> Path:
        """Where the save dialog starts: ``<title or list name><suffix>`` in Documents."""
        _scope, name = self.scope.currentData()
        title = self.title.text().strip() if self.format.currentData() == "pdf" else ""
        return documents_folder() / file_name_for(title or name or self.default_title, suffix)
