"""The import preview: what an import would do, before it does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.transfer.formats import csvfmt
from desktop_app.core.transfer.importing import ImportReport
from desktop_app.gui.accessibility import fit_on_screen


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
        self.tabs.setAccessibleName(self.tr("What the import found"))
        self.tabs.tabBar().setAccessibleName(self.tr("What the import found"))
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
        fit_on_screen(self, 720, 620)
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
            widget.setAccessibleName(labels[key].replace("%1", str(n)))
        first = next((i for i, k in enumerate(self.lists) if rows[k]), 0)
        self.tabs.setCurrentIndex(first)  # open on the first list with something in it
        self.ok.setEnabled(report.added > 0 or report.duplicates > 0)

    def csv_mapping(self) -> dict[str, str] | None:
        if not self.mapping:
            return None
        return {h: c.currentData() for h, c in self.mapping.items() if c.currentData()}

    def duplicates(self) -> str:
        return "merge" if self.merge.isChecked() else "skip"
