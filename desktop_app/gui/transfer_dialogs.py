"""Dialogs for export, import and packs: what to export, and previews before writing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.formats import csvfmt
from desktop_app.core.importing import ImportReport
from desktop_app.core.packs import Conflict, PackReport
from desktop_app.gui.tables import Index

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


# -- import preview ---------------------------------------------------------------------------


class ImportPreview(QDialog):
    """What an import would do, before it does it; CSV columns can be re-mapped here."""

    def __init__(self, parent: QWidget, report: ImportReport) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import %1").replace("%1", Path(report.path).name))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.mapping: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if report.format == "csv" and report.csv_headers:
            box = QGroupBox(self.tr("Columns (which field each column fills)"), self)
            form = QFormLayout(box)
            for header in report.csv_headers[:60]:
                combo = QComboBox(box)
                combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
                combo.addItem(self.tr("(ignore)"), "")
                for name in csvfmt.FIELDS:
                    combo.addItem(name, name)
                combo.setCurrentIndex(max(combo.findData(report.csv_mapping.get(header, "")), 0))
                form.addRow(header or self.tr("(no name)"), combo)
                self.mapping[header] = combo
            self.remap = QPushButton(self.tr("&Apply column choices"), box)
            self.remap.setObjectName("importRemap")
            form.addRow("", self.remap)
            layout.addWidget(box)
        dup_box = QGroupBox(self.tr("Entries already in the library"), self)
        self.skip = QRadioButton(self.tr("&Skip them"), dup_box)
        self.merge = QRadioButton(
            self.tr("&Merge them in (fill empty fields, add topics, countries, names)"), dup_box
        )
        self.merge.setObjectName("importMerge")
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.merge)
        dup_l = QVBoxLayout(dup_box)
        dup_l.addWidget(self.skip)
        dup_l.addWidget(self.merge)
        layout.addWidget(dup_box)
        self.tabs = QTabWidget(self)
        self.lists = {
            key: QListWidget(self.tabs) for key in ("duplicates", "terms", "problems", "notes")
        }
        for key, widget in self.lists.items():
            widget.setObjectName(f"import_{key}")
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        self.show_report(report)

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        lines = [report.summary()]
        if report.added == 0 and not (self.merge.isChecked() and report.duplicates):
            lines.append(self.tr("There is nothing new to add."))
        self.summary.setText("\n".join(lines))
        self.tabs.clear()
        rows = {
            "duplicates": report.duplicate_titles,
            "terms": [f"{kind}: {name}" for kind, name in report.created_terms],
            "problems": report.problems,
            "notes": report.notes,
        }
        # each duplicate line names its rule and whether it is in the library or the file
        in_file = report.repeated_in_file
        labels = {
            "duplicates": self.tr("Already in the library (%1)")
            if not in_file
            else self.tr("Duplicates (%1 in the library, %2 within the file)")
            .replace("%2", str(in_file))
            .replace("%1", str(report.duplicates - in_file)),
            "terms": self.tr("New vocabulary terms (%1)"),
            "problems": self.tr("Problems (%1)"),
            "notes": self.tr("Notes (%1)"),
        }
        counts = {"duplicates": report.duplicates}
        for key, widget in self.lists.items():
            widget.clear()
            widget.addItems(rows[key][:2000])
            n = counts.get(key, len(rows[key]))
            self.tabs.addTab(widget, labels[key].replace("%1", str(n)))
        first = next((i for i, k in enumerate(self.lists) if rows[k]), 0)
        self.tabs.setCurrentIndex(first)  # open on the first list with something in it
        self.ok.setEnabled(report.added > 0 or report.duplicates > 0)

    def csv_mapping(self) -> dict[str, str] | None:
        if not self.mapping:
            return None
        return {h: c.currentData() for h, c in self.mapping.items() if c.currentData()}

    def duplicates(self) -> str:
        return "merge" if self.merge.isChecked() else "skip"


# -- pack preview ------------------------------------------------------------------------------


class ConflictModel(QAbstractTableModel):
    """One row per conflicting field; the last column says which side to take."""

    HEADERS = ("Resource", "Field", "Mine", "Theirs", "Take theirs")

    def __init__(self, conflicts: list[Conflict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Conflict, str]] = []
        for c in conflicts:
            for name in c.fields or ["(deleted there)"]:
                self.rows.append((c, name))
        self.theirs: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict, name = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 4:
            return Qt.CheckState.Checked if index.row() in self.theirs else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return conflict.title
            if col == 1:
                return name
            if col == 2:
                return _show(conflict.mine.get(name, "(kept)"))
            if col == 3:
                if conflict.theirs is None:
                    return self.tr("deleted")
                return _show(conflict.theirs.get(name))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 4 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 4:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.theirs.add if checked else self.theirs.discard)(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, theirs: bool) -> None:
        self.theirs = set(range(len(self.rows))) if theirs else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def resolutions(self) -> dict[str, Any]:
        """Every listed conflict settled: field by field, or whole for a deletion."""
        out: dict[str, Any] = {}
        for row, (conflict, name) in enumerate(self.rows):
            side = "theirs" if row in self.theirs else "mine"
            if conflict.theirs is None:
                out[conflict.uuid] = side
            else:
                out.setdefault(conflict.uuid, {})[name] = side
        return out


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


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
