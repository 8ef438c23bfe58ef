"""File ▸ Export, Import and collection packs: dialogs over the core, work on the worker.

Every long step runs on the worker thread behind a progress dialog that can be
cancelled; a cancelled or failed export leaves no file, a cancelled or failed
import leaves the library as it was. Imports show a preview first (counts,
duplicates, new terms, problems; the CSV column mapping is editable there).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LibraryError
from desktop_app.core.exporting import ExportCancelled, Selection, export_to_file, iter_selected
from desktop_app.core.formats import csvfmt
from desktop_app.core.importing import ImportReport, import_file
from desktop_app.core.lists import ReadingLists
from desktop_app.core.packs import SUFFIX, Conflict, PackReport, export_pack, import_pack
from desktop_app.gui.tables import Index

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

EXPORT_KINDS = (
    ("pdf", "PDF handout", "PDF files (*.pdf)", ".pdf"),
    ("csv", "CSV spreadsheet", "CSV files (*.csv)", ".csv"),
    ("json", "JSON (full records)", "JSON files (*.json)", ".json"),
    ("ris", "RIS (Zotero, EndNote)", "RIS files (*.ris)", ".ris"),
    ("bibtex", "BibTeX (JabRef, LaTeX)", "BibTeX files (*.bib)", ".bib"),
)
IMPORT_FILTER = (
    "Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;"
    "All files (*)"
)


class Task(QObject):
    """One piece of long work on the worker thread, behind a cancellable progress dialog."""

    progressed = Signal(int, int, str)

    def __init__(self, window: MainWindow, title: str, label: str) -> None:
        super().__init__(window)
        self.window = window
        self.stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, window)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.stop.set)
        self.progressed.connect(self._show)

    # called on the worker thread
    def report(self, done: int, total: int, message: str = "") -> None:
        self.progressed.emit(done, total, message)

    def cancelled(self) -> bool:
        return self.stop.is_set()

    # GUI thread
    def _show(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if message:
            self.dialog.setLabelText(message)

    def run(self, work: Callable[[Task], Any], done: Callable[[Any], None]) -> None:
        def finished(result: Any) -> None:
            self._close()
            done(result)

        def failed(message: str) -> None:
            self._close()
            QMessageBox.warning(self.window, self.dialog.windowTitle(), message)

        self.window.worker.call(lambda: work(self), finished, failed)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.stop.set)
        self.dialog.close()
        self.deleteLater()


# -- export -----------------------------------------------------------------------------------


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


@dataclasses.dataclass(slots=True)
class ExportJob:
    fmt: str
    path: Path
    scope: str
    list_name: str
    selection: Selection
    title: str
    toc: bool
    qr: bool
    page_size: str


def run_export(window: MainWindow, job: ExportJob, task: Task) -> int:
    """On the worker: find the ids, then stream them to the file."""
    backend = window.worker.backend
    cat = backend.catalogue
    ids: list[int] | None
    if job.scope == "all":
        ids = None
    elif job.scope == "list":
        ids = ReadingLists(cat.library).items(job.list_name)
    elif job.scope == "selection":
        ids = list(job.selection.ids or [])
    else:
        request = window.last_request
        first = backend.engine.search(dataclasses.replace(request, limit=0, with_facets=False))
        ids = backend.engine.search(
            dataclasses.replace(request, offset=0, limit=first.total, with_facets=False)
        ).ids
    total = len(ids) if ids is not None else cat.count()
    task.report(0, total, "Exporting…")
    if job.fmt != "pdf":
        return export_to_file(
            cat,
            job.fmt,
            ids,
            job.path,
            progress=lambda n, t: task.report(n, t, f"Exported {n:,} of {t:,}…"),
            cancelled=task.cancelled,
            curator=window.curator,
        )
    from desktop_app.core.handout import Handout, entries
    from desktop_app.gui.pdf import Cancelled, export_pdf

    handout = Handout(
        title=job.title,
        description=job.selection.describe(),
        count=total,
        toc=job.toc,
        qr=job.qr,
        page_size=job.page_size,
    )
    tmp = job.path.with_name(f".{job.path.name}.partial.pdf")

    def keep_going(done: int) -> bool:
        task.report(done, total, f"Laid out {done:,} of {total:,}…")
        return not task.cancelled()

    try:
        n = export_pdf(handout, lambda: entries(iter_selected(cat, ids)), tmp, progress=keep_going)
        tmp.replace(job.path)
        return n
    except Cancelled:
        raise ExportCancelled from None
    except OSError as exc:
        raise LibraryError(f"{job.path}: cannot be written ({exc.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)


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
        labels = {
            "duplicates": self.tr("Already in the library (%1)"),
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


# -- the menu and the flows ---------------------------------------------------------------------


class Transfers(QObject):
    """File-menu actions for export, import and packs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        file_menu = window.menuBar().actions()[0].menu()
        quit_action = file_menu.actions()[-1]

        def add(text: str, slot: Callable[[], None], keys: Any, name: str) -> QAction:
            act = QAction(self.tr(text), window)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.setObjectName(name)
            act.triggered.connect(slot)
            file_menu.insertAction(quit_action, act)
            return act

        self.act_export = add("&Export…", self.export, "Ctrl+Shift+E", "actionExport")
        self.act_pack_out = add(
            "Export collection &pack…", self.export_pack, None, "actionExportPack"
        )
        file_menu.insertSeparator(quit_action)
        self.act_import = add("&Import…", self.import_, "Ctrl+I", "actionImport")
        self.act_pack_in = add(
            "Import collection pa&ck…", self.import_pack, None, "actionImportPack"
        )
        file_menu.insertSeparator(quit_action)
        # importing writes: curator mode only, like every other edit
        window.curation.actions.extend([self.act_import, self.act_pack_in])
        for act in (self.act_import, self.act_pack_in):
            act.setEnabled(window.curator)

    def _ask_path(self, title: str, filters: str, suffix: str, save: bool) -> Path | None:
        if save:
            name, _ = QFileDialog.getSaveFileName(self.w, title, "", filters)
        else:
            name, _ = QFileDialog.getOpenFileName(self.w, title, "", filters)
        if not name:
            return None
        path = Path(name)
        if save and suffix and not path.suffix:
            path = path.with_suffix(suffix)
        return path

    # -- export
    def export(self) -> None:
        total = self.w.results_model.total
        self.w.worker.call(
            lambda: (ReadingLists(self.w.catalogue.library).all(), self.w.catalogue.count()),
            lambda r: self._export_dialog(r[0], r[1], total),
        )

    def _export_dialog(self, lists: Any, count: int, results: int) -> None:
        has_selection = self.w.results_view.selectionModel().hasSelection()
        selected = self.w.selected_ids() if has_selection else []
        dialog = ExportDialog(self.w, len(selected), results, [i.name for i in lists], count)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self._export_chosen(dialog, selected))
        dialog.open()

    def _export_chosen(self, dialog: ExportDialog, selected: list[int]) -> None:
        fmt = dialog.format.currentData()
        _key, _label, filters, suffix = next(k for k in EXPORT_KINDS if k[0] == fmt)
        path = self._ask_path(self.tr("Export to"), filters, suffix, save=True)
        if path is None:
            return
        scope, list_name = dialog.scope.currentData()
        self.start_export(
            ExportJob(
                fmt=fmt,
                path=path,
                scope=scope,
                list_name=list_name,
                selection=self._selection(scope, list_name, selected),
                title=dialog.title.text().strip() or "Resources",
                toc=dialog.toc.isChecked(),
                qr=dialog.qr.isChecked(),
                page_size=dialog.page.currentText(),
            )
        )

    def _selection(self, scope: str, list_name: str, selected: list[int]) -> Selection:
        if scope == "selection":
            return Selection(ids=selected)
        if scope == "list":
            return Selection(reading_list=list_name)
        if scope == "all":
            return Selection()
        req = self.w.last_request
        return Selection(
            query=req.query,
            include={k: sorted(v) for k, v in req.include.items()},
            exclude={k: sorted(v) for k, v in req.exclude.items()},
            reading_list=self.w.reading_list[0] if self.w.reading_list else None,
        )

    def start_export(self, job: ExportJob) -> None:
        task = Task(self.w, self.tr("Export"), self.tr("Exporting…"))
        task.run(
            lambda t: run_export(self.w, job, t),
            lambda n: self._done(self.tr("Exported %n resources to %1", "", n), job.path),
        )

    def _done(self, text: str, path: Path) -> None:
        message = text.replace("%1", str(path))
        self.w.status_label.setText(message)
        self.w.exported.emit(str(path))

    def export_pack(self) -> None:
        path = self._ask_path(
            self.tr("Export collection pack"),
            self.tr("Collection packs (*%1)").replace("%1", SUFFIX),
            SUFFIX,
            save=True,
        )
        if path is None:
            return
        task = Task(self.w, self.tr("Export collection pack"), self.tr("Writing the pack…"))
        task.run(
            lambda t: (
                export_pack(
                    self.w.worker.backend.catalogue, path, progress=t.report, cancelled=t.cancelled
                ).resources
            ),
            lambda n: self._done(self.tr("Wrote %n resources to %1", "", n), path),
        )

    # -- import
    def import_(self, path: Path | None = None) -> None:
        path = path or self._ask_path(self.tr("Import"), self.tr(IMPORT_FILTER), "", save=False)
        if path is not None:
            self.preview_import(path, None, "skip", None)

    def preview_import(
        self,
        path: Path,
        mapping: dict[str, str] | None,
        duplicates: str,
        dialog: ImportPreview | None,
    ) -> None:
        cat = self.w.worker.backend.catalogue
        self.w.worker.call(
            lambda: import_file(
                cat, path, dry_run=True, csv_mapping=mapping, duplicates=duplicates
            ),
            lambda report: self._show_import(path, report, dialog),
        )

    def _show_import(self, path: Path, report: ImportReport, dialog: ImportPreview | None) -> None:
        if dialog is not None:
            dialog.show_report(report)
            return
        dialog = ImportPreview(self.w, report)
        self.preview = dialog
        if dialog.mapping:
            dialog.remap.clicked.connect(
                lambda: self.preview_import(path, dialog.csv_mapping(), dialog.duplicates(), dialog)
            )
        for radio in (dialog.skip, dialog.merge):
            radio.toggled.connect(
                lambda on: (
                    on
                    and self.preview_import(path, dialog.csv_mapping(), dialog.duplicates(), dialog)
                )
            )
        dialog.accepted.connect(
            lambda: self._run_import(path, dialog.csv_mapping(), dialog.duplicates())
        )
        dialog.open()

    def _run_import(self, path: Path, mapping: dict[str, str] | None, duplicates: str) -> None:
        cat = self.w.worker.backend.catalogue
        task = Task(self.w, self.tr("Import"), self.tr("Importing…"))

        def work(t: Task) -> ImportReport:
            def progress(n: int) -> None:
                t.report(n, 0, f"Read {n:,} entries…")
                if t.cancelled():
                    raise LibraryError("import cancelled; the library is as it was")

            return import_file(
                cat, path, csv_mapping=mapping, duplicates=duplicates, progress=progress
            )

        task.run(work, lambda r: self._imported(r.summary()))

    def _imported(self, summary: str) -> None:
        self.w.status_label.setText(summary)
        self.w.imported.emit(summary)

    def import_pack(self, path: Path | None = None) -> None:
        path = path or self._ask_path(
            self.tr("Import collection pack"),
            self.tr("Collection packs (*%1);;All files (*)").replace("%1", SUFFIX),
            "",
            save=False,
        )
        if path is None:
            return
        cat = self.w.worker.backend.catalogue
        self.w.worker.call(
            lambda: import_pack(cat, path, dry_run=True),
            lambda report: self._show_pack(path, report),
        )

    def _show_pack(self, path: Path, report: PackReport) -> None:
        dialog = PackPreview(self.w, report)
        self.preview_pack = dialog
        dialog.accepted.connect(lambda: self._run_pack(path, dialog.model.resolutions()))
        dialog.open()

    def _run_pack(self, path: Path, resolutions: dict[str, Any]) -> None:
        cat = self.w.worker.backend.catalogue
        task = Task(self.w, self.tr("Import collection pack"), self.tr("Merging…"))
        task.run(
            lambda t: import_pack(cat, path, resolutions=resolutions, progress=t.report),
            lambda r: self._imported(r.summary()),
        )
