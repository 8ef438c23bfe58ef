"""File ▸ Export, Import and collection packs: dialogs over the core, work on the worker.

Every long step runs on the worker thread behind a progress dialog that can be
cancelled; a cancelled or failed export leaves no file, a cancelled or failed
import leaves the library as it was. Imports show a preview first (counts,
duplicates, new terms, problems; the CSV column mapping is editable there).

:class:`Transfers` is given what it needs (the worker, the search state, the
results on screen, curator mode's gate) and says what happened by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.values import ListInfo
from desktop_app.core.progress import Progress
from desktop_app.gui.dialogs.export_dialog import EXPORT_KINDS, ExportDialog, documents_folder
from desktop_app.gui.export_job import ExportJob, run_export, selection_for
from desktop_app.gui.menus import Shortcut, make_action
from desktop_app.gui.search_state import SearchState
from desktop_app.gui.strings import QT_TRANSLATE_NOOP
from desktop_app.gui.task import Task
from desktop_app.gui.worker import Worker

if TYPE_CHECKING:
    from desktop_app.core.curation import auth
    from desktop_app.core.transfer.exporting import Selection
    from desktop_app.core.transfer.importing import ImportReport
    from desktop_app.core.transfer.packs import PackReport
    from desktop_app.gui.dialogs.import_preview import ImportPreview
    from desktop_app.gui.dialogs.pack_preview import PackPreview

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "Transfers",
    "Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;"
    "All files (*)",
)

T = TypeVar("T")


class ResultsOnScreen(Protocol):
    """What the export dialog needs to know of the results list."""

    @property
    def total(self) -> int: ...

    def chosen_ids(self) -> list[int]: ...


class CuratorGate(Protocol):
    """Writing needs curator mode: ``then`` runs with the key once it is on."""

    def with_key(self, then: Callable[[auth.CuratorKey | None], None]) -> None: ...


class Transfers(QObject):
    """File-menu actions for export, import and packs."""

    status = Signal(str)  # a passing message for the status bar
    summary = Signal(str)  # a lasting one (an import's outcome)
    exported = Signal(str)  # path, after an export or pack finished
    imported = Signal(str)  # summary, after an import or pack merge finished
    documentsArrived = Signal(object)  # [stored name]: a pack's files whose text is to read

    def __init__(
        self,
        worker: Worker,
        host: QWidget,
        state: SearchState,
        results: ResultsOnScreen,
        gate: CuratorGate,
    ) -> None:
        super().__init__(host)
        self.worker = worker
        self.host = host  # the widget the dialogs belong to
        self.state = state
        self.results = results
        self.gate = gate
        self.export_dialog: ExportDialog | None = None
        self.preview: ImportPreview | None = None
        self.preview_pack: PackPreview | None = None

        def add(text: str, slot: Callable[[], None], keys: Shortcut, name: str) -> QAction:
            return make_action(self, text, slot, keys, name)

        self.act_export = add(self.tr("&Export…"), self.export, "Ctrl+Shift+E", "actionExport")
        self.act_pack_out = add(
            self.tr("Export collection &pack…"), self.export_pack, None, "actionExportPack"
        )
        self.act_import = add(self.tr("&Import…"), self.import_, "Ctrl+I", "actionImport")
        self.act_pack_in = add(
            self.tr("Import collection pa&ck…"), self.import_pack, None, "actionImportPack"
        )
        self.set_writable(False)

    def file_actions(self) -> list[QAction | None]:
        """The File menu's part, in order; None stands for a separator."""
        return [self.act_export, self.act_pack_out, None, self.act_import, self.act_pack_in, None]

    def set_writable(self, curator: bool) -> None:
        """Importing writes: curator mode only, like every other edit."""
        for act in (self.act_import, self.act_pack_in):
            act.setEnabled(curator)

    def _task(self, title: str, label: str) -> Task:
        return Task(self.worker, self.host, title, label)

    def _ask_path(
        self, title: str, filters: str, suffix: str, save: bool, start: Path | None = None
    ) -> Path | None:
        if save:  # starts at ``start`` (a suggested file) or Documents, never the program folder
            start = start or documents_folder()
            name, _ = QFileDialog.getSaveFileName(self.host, title, str(start), filters)
        else:
            name, _ = QFileDialog.getOpenFileName(self.host, title, "", filters)
        if not name:
            return None
        path = Path(name)
        if save and suffix and not path.suffix:
            path = path.with_suffix(suffix)
        return path

    # -- export
    def export(self) -> None:
        from desktop_app.core.library.lists import ReadingLists

        total = self.results.total
        cat = self.worker.catalogue
        self.worker.call(
            lambda: (ReadingLists(cat.library).all(), cat.count()),
            lambda r: self._export_dialog(r[0], r[1], total),
        )

    def _export_dialog(self, lists: list[ListInfo], count: int, results: int) -> None:
        selected = self.results.chosen_ids()
        names = [i.name for i in lists]
        dialog = ExportDialog(self.host, len(selected), results, names, count)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self._export_chosen(dialog, selected))
        dialog.open()

    def _export_chosen(self, dialog: ExportDialog, selected: list[int]) -> None:
        fmt = dialog.format.currentData()
        _key, _label, filters, suffix = next(k for k in EXPORT_KINDS if k[0] == fmt)
        start = dialog.suggested_path(suffix)
        filters = QCoreApplication.translate("ExportDialog", filters)  # marked in EXPORT_KINDS
        path = self._ask_path(self.tr("Export to"), filters, suffix, save=True, start=start)
        if path is None:
            return
        scope, list_name = dialog.scope.currentData()
        self.start_export(
            ExportJob(
                fmt=fmt,
                path=path,
                scope=scope,
                list_name=list_name,
                selection=self.selection(scope, list_name, selected),
                title=dialog.title.text().strip() or self.tr("Resources"),
                toc=dialog.toc.isChecked(),
                qr=dialog.qr.isChecked(),
                page_size=dialog.page.currentData(),
                request=self.state.last_request,
                curator=self.state.curator,
            )
        )

    def selection(self, scope: str, list_name: str, selected: list[int]) -> Selection:
        """What is exported, for the handout's cover (``results``: the last search)."""
        return selection_for(scope, list_name, selected, self.state.results_selection())

    def start_export(self, job: ExportJob) -> None:
        task = self._task(self.tr("Export"), self.tr("Exporting…"))
        cat, engine = self.worker.catalogue, self.worker.engine
        task.run(
            lambda t: run_export(cat, engine, job, t),
            lambda n: self._done(self.tr("Exported %Ln resource(s) to %1", "", n), job.path),
        )

    def _done(self, text: str, path: Path) -> None:
        message = text.replace("%1", str(path))
        self.status.emit(message)
        self.exported.emit(str(path))

    def export_pack(self) -> None:
        from desktop_app.core.transfer.packs import SUFFIX, export_pack

        path = self._ask_path(
            self.tr("Export collection pack"),
            self.tr("Collection packs (*%1)").replace("%1", SUFFIX),
            SUFFIX,
            save=True,
        )
        if path is None:
            return
        task = self._task(self.tr("Export collection pack"), self.tr("Writing the pack…"))
        cat = self.worker.catalogue
        task.run(
            lambda t: export_pack(cat, path, progress=t.report, cancelled=t.cancelled).resources,
            lambda n: self._done(self.tr("Wrote %Ln resource(s) to %1", "", n), path),
        )

    # -- import
    def import_(self, path: Path | None = None) -> None:
        filters = self.tr(IMPORT_FILTER)  # marked above
        path = path or self._ask_path(self.tr("Import"), filters, "", save=False)
        if path is not None:
            self.preview_import(path, None, "skip", None)

    def preview_import(
        self,
        path: Path,
        mapping: dict[str, str] | None,
        duplicates: str,
        dialog: ImportPreview | None,
    ) -> None:
        """Read ``path`` without writing (the preview), busy and cancellable from the start."""
        from desktop_app.core.transfer.importing import import_file

        cat = self.worker.catalogue
        task = self._task(self.tr("Import"), self.tr("Reading %1…").replace("%1", path.name))
        task.run(
            lambda t: import_file(
                cat,
                path,
                dry_run=True,
                csv_mapping=mapping,
                duplicates=duplicates,
                progress=_entries_read(t),
            ),
            lambda report: self._show_import(path, report, dialog),
        )

    def _show_import(self, path: Path, report: ImportReport, dialog: ImportPreview | None) -> None:
        from desktop_app.gui.dialogs.import_preview import ImportPreview

        if dialog is not None:
            dialog.show_report(report)
            return
        preview = ImportPreview(self.host, report)
        self.preview = preview

        def again() -> None:
            self.preview_import(path, preview.csv_mapping(), preview.duplicates(), preview)

        if preview.mapping:
            preview.remap.clicked.connect(again)
        for radio in (preview.skip, preview.merge):
            radio.toggled.connect(lambda on: again() if on else None)
        preview.accepted.connect(
            lambda: self._run_import(path, preview.csv_mapping(), preview.duplicates())
        )
        preview.finished.connect(preview.deleteLater)
        preview.open()

    def _run_import(self, path: Path, mapping: dict[str, str] | None, duplicates: str) -> None:
        from desktop_app.core.transfer.importing import import_file

        cat = self.worker.catalogue
        self._write_task(
            self.tr("Import"),
            self.tr("Importing…"),
            lambda t: import_file(
                cat, path, csv_mapping=mapping, duplicates=duplicates, progress=_entries_read(t)
            ),
            lambda r: self._imported(self.tr("Import"), r.summary(), "\n".join(r.detail_lines())),
        )

    def _write_task(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], T],
        done: Callable[[T], object],
    ) -> None:
        """Long work that writes: in curator mode only (the password is asked again after
        the idle lock), checked once more on the worker at the moment of writing. The
        progress dialog is made only once it will run (a cancelled unlock leaves none)."""
        from desktop_app.core.curation import auth

        library = self.worker.catalogue.library

        def start(key: auth.CuratorKey | None) -> None:
            def guarded(progress: Progress) -> T:
                auth.ensure_curator(key, library)
                return work(progress)

            self._task(title, label).run(guarded, done)

        self.gate.with_key(start)

    def _imported(self, title: str, summary: str, details: str = "") -> None:
        """A lasting summary: in the status bar and in a box the user closes."""
        self.summary.emit(summary)
        box = QMessageBox(QMessageBox.Icon.Information, title, summary, parent=self.host)
        box.setObjectName("importSummary")
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.imported.emit(summary)

    def import_pack(self, path: Path | None = None) -> None:
        from desktop_app.core.transfer.packs import SUFFIX, import_pack

        path = path or self._ask_path(
            self.tr("Import collection pack"),
            self.tr("Collection packs (*%1);;All files (*)").replace("%1", SUFFIX),
            "",
            save=False,
        )
        if path is None:
            return
        cat = self.worker.catalogue
        task = self._task(self.tr("Import collection pack"), self.tr("Checking the pack…"))
        task.run(
            lambda t: import_pack(cat, path, dry_run=True, progress=t.report),
            lambda report: self._show_pack(path, report),
        )

    def _show_pack(self, path: Path, report: PackReport) -> None:
        from desktop_app.gui.dialogs.pack_preview import PackPreview

        dialog = PackPreview(self.host, report)
        self.preview_pack = dialog
        dialog.accepted.connect(lambda: self._run_pack(path, dialog.model.resolutions()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run_pack(self, path: Path, resolutions: dict[str, Any]) -> None:
        from desktop_app.core.transfer.packs import import_pack

        cat = self.worker.catalogue
        self._write_task(
            self.tr("Import collection pack"),
            self.tr("Merging…"),
            lambda t: import_pack(cat, path, resolutions=resolutions, progress=t.report),
            self._pack_imported,
        )

    def _pack_imported(self, report: PackReport) -> None:
        self._imported(self.tr("Import collection pack"), report.summary())
        if report.to_extract:  # files that came without text that fits them
            self.documentsArrived.emit(list(report.to_extract))


def _entries_read(progress: Progress) -> Callable[[int], None]:
    """An importer's progress callback: entries read so far (total unknown), and a way out.

    Cancelling raises inside the import, whose transaction is then rolled back.
    """

    def report(n: int) -> None:
        text = QCoreApplication.translate("Transfers", "Read %1 entries…")
        progress.report(n, 0, text.replace("%1", QLocale().toString(n)))
        if progress.cancelled():
            raise LibraryError(
                QCoreApplication.translate(
                    "Transfers", "Import cancelled; the library is as it was."
                )
            )

    return report
