"""File ▸ Export, Import and collection packs: dialogs over the core, work on the worker.

Every long step runs on the worker thread behind a progress dialog that can be
cancelled; a cancelled or failed export leaves no file, a cancelled or failed
import leaves the library as it was. Imports show a preview first (counts,
duplicates, new terms, problems; the CSV column mapping is editable there).
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)

from desktop_app.core import auth
from desktop_app.core.errors import LibraryError
from desktop_app.core.exporting import ExportCancelled, Selection, export_to_file, iter_selected
from desktop_app.core.importing import ImportReport, import_file
from desktop_app.core.lists import ReadingLists
from desktop_app.core.packs import SUFFIX, PackReport, export_pack, import_pack
from desktop_app.core.progress import Progress
from desktop_app.core.search import SearchEngine, SearchRequest
from desktop_app.core.service import Catalogue
from desktop_app.gui.dialogs.export_dialog import EXPORT_KINDS, ExportDialog
from desktop_app.gui.dialogs.import_preview import ImportPreview
from desktop_app.gui.dialogs.pack_preview import PackPreview
from desktop_app.gui.window_layout import make_action

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

IMPORT_FILTER = (
    "Library files (*.txt *.json *.csv *.tsv *.ris *.bib *.bibtex *.mrc *.marc *.dat *.xml);;"
    "All files (*)"
)


class Task(QObject):
    """One piece of long work on the worker thread, behind a cancellable progress dialog.

    The dialog and this object stay on the GUI thread; the work gets a Qt-free
    :class:`Progress` whose reports come back here by queued signal.
    """

    def __init__(self, window: MainWindow, title: str, label: str) -> None:
        super().__init__(window)
        self.window = window
        self.stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, window)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.stop.set)

    def _show(self, done: int, total: int, message: str) -> None:
        # total 0: the amount is unknown, so the bar is a busy indicator, never "100%"
        self.dialog.setMaximum(total if total > 0 else 0)
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.dialog.setLabelText(message)

    def run(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` on the worker; ``done(result)`` here when it has finished."""

        def finished(result: Any) -> None:
            self._close()
            done(result)

        def failed(message: str) -> None:
            self._close()
            QMessageBox.warning(self.window, self.dialog.windowTitle(), message)

        self.window.worker.task(work, finished, failed, self._show, self.stop)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.stop.set)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


# -- export -----------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class ExportJob:
    """An export as chosen in the dialog: plain values the worker can take."""

    fmt: str
    path: Path
    scope: str
    list_name: str
    selection: Selection
    title: str
    toc: bool
    qr: bool
    page_size: str
    request: SearchRequest  # the window's search, for the "results" scope
    curator: bool


def run_export(cat: Catalogue, engine: SearchEngine, job: ExportJob, task: Progress) -> int:
    """On the worker: find the ids, then stream them to the file."""
    ids: list[int] | None
    if job.scope == "selection":
        ids = list(job.selection.ids or [])
    elif job.scope == "all" and job.curator:
        ids = None
    else:
        # the results, a list or (for a reader) the whole library: only what this
        # reader may see (no drafts, hidden or, if so set, staff-only resources)
        request = job.request
        if job.scope != "results":
            within = ReadingLists(cat.library).items(job.list_name) if job.scope == "list" else None
            request = SearchRequest(
                curator=job.curator, hide_staff=request.hide_staff, within=within
            )
        first = engine.search(dataclasses.replace(request, limit=0, with_facets=False))
        ids = engine.search(
            dataclasses.replace(request, offset=0, limit=first.total, with_facets=False)
        ).ids
        if request.within is not None and job.scope == "list":
            visible = set(ids)
            ids = [i for i in request.within if i in visible]  # in the list's order
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
            curator=job.curator,
        )
    from desktop_app.core.handout import Handout, entries
    from desktop_app.gui.pdf.renderer import Cancelled, export_pdf

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


# -- the menu and the flows ---------------------------------------------------------------------


class Transfers(QObject):
    """File-menu actions for export, import and packs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        file_menu = window.menuBar().actions()[0].menu()
        quit_action = file_menu.actions()[-1]

        def add(text: str, slot: Callable[[], None], keys: Any, name: str) -> QAction:
            act = make_action(window, text, slot, keys, name)
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
        cat = self.w.catalogue
        self.w.worker.call(
            lambda: (ReadingLists(cat.library).all(), cat.count()),
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
                request=self.w.last_request,
                curator=self.w.curator,
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
        cat, engine = self.w.worker.catalogue, self.w.worker.engine
        task.run(
            lambda t: run_export(cat, engine, job, t),
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
        cat = self.w.worker.catalogue
        task.run(
            lambda t: export_pack(cat, path, progress=t.report, cancelled=t.cancelled).resources,
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
        """Read ``path`` without writing (the preview), busy and cancellable from the start."""
        cat = self.w.worker.catalogue
        task = Task(self.w, self.tr("Import"), self.tr("Reading %1…").replace("%1", path.name))
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
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run_import(self, path: Path, mapping: dict[str, str] | None, duplicates: str) -> None:
        cat = self.w.worker.catalogue
        task = Task(self.w, self.tr("Import"), self.tr("Importing…"))

        def work(t: Progress, key: auth.CuratorKey | None) -> ImportReport:
            auth.ensure_curator(key, cat.library)  # checked again at the moment of writing
            return import_file(
                cat, path, csv_mapping=mapping, duplicates=duplicates, progress=_entries_read(t)
            )

        self.w.curation.when_curator(
            lambda: task.run(
                functools.partial(work, key=self.w.curation.key),
                lambda r: self._imported(self.tr("Import"), r.summary(), import_details(r)),
            ),
        )

    def _imported(self, title: str, summary: str, details: str = "") -> None:
        """A lasting summary: in the status bar and in a box the user closes."""
        self.w.show_summary(summary)
        box = QMessageBox(QMessageBox.Icon.Information, title, summary, parent=self.w)
        box.setObjectName("importSummary")
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
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
        cat = self.w.worker.catalogue
        task = Task(self.w, self.tr("Import collection pack"), self.tr("Checking the pack…"))
        task.run(
            lambda t: import_pack(cat, path, dry_run=True, progress=t.report),
            lambda report: self._show_pack(path, report),
        )

    def _show_pack(self, path: Path, report: PackReport) -> None:
        dialog = PackPreview(self.w, report)
        self.preview_pack = dialog
        dialog.accepted.connect(lambda: self._run_pack(path, dialog.model.resolutions()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run_pack(self, path: Path, resolutions: dict[str, Any]) -> None:
        cat = self.w.worker.catalogue
        task = Task(self.w, self.tr("Import collection pack"), self.tr("Merging…"))

        def work(t: Progress, key: auth.CuratorKey | None) -> PackReport:
            auth.ensure_curator(key, cat.library)  # checked again at the moment of writing
            return import_pack(cat, path, resolutions=resolutions, progress=t.report)

        self.w.curation.when_curator(
            lambda: task.run(
                functools.partial(work, key=self.w.curation.key),
                lambda r: self._imported(self.tr("Import collection pack"), r.summary()),
            ),
        )


def _entries_read(progress: Progress) -> Callable[[int], None]:
    """An importer's progress callback: entries read so far (total unknown), and a way out.

    Cancelling raises inside the import, whose transaction is then rolled back.
    """

    def report(n: int) -> None:
        progress.report(n, 0, f"Read {n:,} entries…")
        if progress.cancelled():
            raise LibraryError("import cancelled; the library is as it was")

    return report


def import_details(report: ImportReport) -> str:
    """The lines behind an import's summary: what was skipped and why, and every problem."""
    lines = [f"Skipped as a duplicate: {title}" for title in report.duplicate_titles]
    lines += report.notes + report.problems
    return "\n".join(lines)
