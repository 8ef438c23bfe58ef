"""Reading the text of local copies from the window, off the GUI thread (issue 15).

The window makes one :class:`TextExtraction`. It reads text

- when a curator saves a resource with a newly attached local copy (``Curation.attached``),
- when a collection pack brought files without their text (``Transfers.documentsArrived``),
- for the whole library on demand (Curate ▸ Extract text from local copies…: a progress
  dialog with Cancel, then a summary of every file's note, failed and scanned ones first),
- and for whoever else asks (:meth:`TextExtraction.extract`: Attach files from a folder).

Each file is one job on the worker (a Qt-free closure over plain values calling
``core.fulltext.store.extract_documents``), so searches still run between files. Progress
and the outcome show in the status bar; :class:`DocumentTextLine` says in the detail pane
whether the shown resource's local copy has text ("Document text: 84 pages").
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from desktop_app.core.library.files import display_name
from desktop_app.core.library.records import ResourceView
from desktop_app.core.progress import Progress
from desktop_app.gui.menus import make_action
from desktop_app.gui.text_notes import (
    FileText,
    run_summary,
    shown_note,
)

if TYPE_CHECKING:
    from desktop_app.core.curation import auth
    from desktop_app.core.service import Catalogue
    from desktop_app.gui.main_window import MainWindow


class DocumentTextLine(QLabel):
    """One line under the details: the shown resource's document text, or why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTextLine")
        self.setAccessibleName(self.tr("Document text"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the window's text colour: readable on
        # any palette (the quiet grey of hints was faint on the window's background)
        self.hide()

    def show_state(self, info: tuple[str, str, int] | None, reading: bool) -> None:
        """``info``: (status, note, pages) of the local copy's text, None if not read yet."""
        if reading:
            text = self.tr("Document text: reading…")
        elif info is None:
            text = self.tr("Document text: not read yet")
        else:
            status, note, pages = info
            shown = shown_note(note)
            shown = shown[:1].upper() + shown[1:]
            if status == "ok":
                text = self.tr("Document text: %Ln page(s)", "", pages)
                text += f" ({note})" if note else ""
            elif status == "no_text":
                text = self.tr("Document text: none.") + (f" {shown}" if shown else "")
            else:
                text = self.tr("Document text: could not be read.") + (f" {shown}" if shown else "")
        self.setText(text)
        self.show()


class TextExtraction(QObject):
    """Reads local copies' text on the worker, one file a job; says how it went."""

    finished = Signal(object)  # [FileText] of the run just over
    lineUpdated = Signal()  # the detail pane's line shows its answer (tests wait on it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.queue: list[str] = []
        self.force: set[str] = set()  # names to read again although they have text
        self.items: list[FileText] = []
        self.running = ""  # the stored name being read, "" when idle
        self.total = 0
        self.key: auth.CuratorKey | None = None
        self.stop = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.summary_wanted = False
        self.locked = False  # the run stopped because curator mode was locked meanwhile
        self.view: ResourceView | None = None
        self.line = DocumentTextLine(window.detail)
        layout = window.detail.layout()
        if layout is not None:  # right under the details text, above the Copy citation row
            under = layout.indexOf(window.detail.browser) + 1
            layout.insertWidget(under, self.line)  # type: ignore[attr-defined]
        self.act_extract = make_action(
            self, self.tr("E&xtract text from local copies…"), self.extract_all, None,
            "actionExtractText",
        )  # fmt: skip
        self._add_to_menu()
        # after the window's own slots: the detail pane shows its resource by then
        window.results.currentChanged.connect(self._follow_details)
        window.worker.backend.rowsLoaded.connect(self._follow_details)
        window.curation.attached.connect(lambda name: self.extract([name]))
        window.transfers.documentsArrived.connect(self.extract)

    def _add_to_menu(self) -> None:
        curation = self.window.curation
        acts = curation.menu.actions()
        lock = next((i for i, a in enumerate(acts) if a.objectName() == "actionLock"), len(acts))
        curation.menu.insertAction(acts[max(lock - 1, 0)], self.act_extract)
        curation.actions.append(self.act_extract)  # enabled in curator mode only
        self.act_extract.setEnabled(curation.curator)

    # -- asking --------------------------------------------------------------------------------
    def extract(self, names: Sequence[str], *, force: bool = False) -> None:
        """Read the text of these stored files on the worker, after any run under way.

        Progress and the outcome show in the status bar. Writing needs curator mode
        (the password is asked again after the idle lock).
        """
        wanted = [n for n in dict.fromkeys(names) if n and n != self.running]
        wanted = [n for n in wanted if n not in self.queue]
        if wanted:
            self.window.curation.with_key(lambda key: self._enqueue(wanted, key, force))

    def extract_all(self) -> None:
        """Curate ▸ Extract text from local copies…: every copy without text, in a dialog."""
        if self.dialog is not None:
            self.dialog.show()
            return
        cat = self.window.catalogue

        def job() -> tuple[list[str], list[str]]:
            from desktop_app.core.fulltext.store import pending_documents

            return pending_documents(cat), pending_documents(cat, force=True)

        self.window.curation.call(job, self._all_listed)

    def _all_listed(self, found: tuple[list[str], list[str]]) -> None:
        pending, every = found
        title = self.tr("Extract text")
        force = False
        if not every:
            QMessageBox.information(
                self.window, title, self.tr("No resource has a local copy yet.")
            )
            return
        if not pending:
            question = self.tr(
                "The text of every local copy has been read (%Ln file(s)). Read them all again?",
                "",
                len(every),
            )
            answer = QMessageBox.question(self.window, title, question)
            if answer != QMessageBox.StandardButton.Yes:
                return
            pending, force = every, True

        def start(key: auth.CuratorKey | None) -> None:  # not if the password is refused
            self.summary_wanted = True
            if self.dialog is None:
                self._open_dialog()
            self._enqueue(pending, key, force)

        self.window.curation.with_key(start)

    def _open_dialog(self) -> None:
        dialog = QProgressDialog(
            self.tr("Reading the text of local copies…"), self.tr("Cancel"), 0, 0, self.window
        )
        dialog.setObjectName("textProgress")
        dialog.setWindowTitle(self.tr("Extract text"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        dialog.show()

    def cancel(self) -> None:
        """Stop after (or during) the file being read; what was read is kept."""
        self.stop.set()

    # -- running -------------------------------------------------------------------------------
    def _enqueue(self, names: list[str], key: auth.CuratorKey | None, force: bool) -> None:
        self.key = key
        fresh = [n for n in names if n not in self.queue and n != self.running]
        self.queue.extend(fresh)
        if force:
            self.force.update(fresh)
        self.total += len(fresh)
        self._refresh_line()
        if not self.running:
            self.stop.clear()
            self._next()

    def _next(self) -> None:
        if self.stop.is_set() or not self.queue:
            self._finish()
            return
        name = self.queue.pop(0)
        self.running = name
        done = len(self.items)
        message = self.tr("Reading text %1 of %2: %3")
        message = (
            message.replace("%1", str(done + 1))
            .replace("%2", str(self.total))
            .replace("%3", display_name(name))
        )
        self.window.status.show_progress(done, self.total, message)
        if self.dialog is not None:
            self.dialog.setMaximum(self.total)
            self.dialog.setValue(done)
            self.dialog.setLabelText(message)
        cat, key, force = self.window.catalogue, self.key, name in self.force

        def job(progress: Progress) -> FileText:
            return read_one(cat, key, name, force, progress)

        self.worker.task(job, self._one_done, self._failed, _ignore, self.stop, owner=self)

    def _one_done(self, item: FileText) -> None:
        self.items.append(item)
        self.force.discard(item.name)
        self.running = ""
        if item.status in ("cancelled", LOCKED):
            self.locked = self.locked or item.status == LOCKED
            self.stop.set()
        self._next()

    def _failed(self, message: str) -> None:
        self.running = ""
        self.stop.set()
        self.window.status.show_summary(message)
        self._finish(message)

    def _finish(self, error: str = "") -> None:
        detached = sum(1 for i in self.items if i.status == DETACHED)  # not wanted any more
        items = [i for i in self.items if i.status not in ("cancelled", LOCKED, DETACHED)]
        left = len(self.queue) + (len(self.items) - len(items) - detached)
        self.queue.clear()
        self.force.clear()
        self.items, self.total, self.running = [], 0, ""
        self.window.status.hide_progress()
        if self.locked and not error:  # the idle lock (or Lock) stopped a long run
            self.locked = False
            error = self.tr("Curator mode was locked, so reading stopped.")
            error += " " + run_summary(items, left)
            self.window.status.show_summary(error)
        elif items and not error:  # lasting: the search count that follows does not hide it
            self.window.status.show_summary(run_summary(items, left))
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.summary_wanted:
            self.summary_wanted = False
            from desktop_app.gui.dialogs.text_summary import TextSummaryDialog

            TextSummaryDialog.show_items(self.window, items, left, error)
        self._refresh_line()
        self.finished.emit(items)

    # -- the detail pane's line -----------------------------------------------------------
    def _follow_details(self, *_args: object) -> None:
        """The detail pane shows another resource, or a new version of it: follow."""
        if self.window.detail.view is not self.view:
            self.view = self.window.detail.view
            self._refresh_line()

    def _refresh_line(self) -> None:
        view = self.view
        if view is None:
            self.line.hide()
            return
        cat, rid = self.window.catalogue, view.id

        def job() -> tuple[str, tuple[str, str, int] | None]:
            return text_state(cat, rid)

        def done(found: tuple[str, tuple[str, str, int] | None]) -> None:
            name, info = found
            if self.view is None or self.view.id != rid:
                return  # another resource is shown by now
            if not name:
                self.line.hide()
            else:
                self.line.show_state(info, name == self.running or name in self.queue)
            self.lineUpdated.emit()

        self.worker.call(job, done, owner=self)


LOCKED = "locked"  # read_one's status when curator mode was locked before the file
DETACHED = "detached"  # read_one's status for a file no resource refers to any more


def _ignore(done: int, total: int, message: str) -> None:
    """Progress within one file is not shown: the run counts files."""


def read_one(
    cat: Catalogue, key: auth.CuratorKey | None, name: str, force: bool, progress: Progress
) -> FileText:
    """On the worker: read and save one file's text (curator mode checked first)."""
    from sqlalchemy import select

    from desktop_app.core.curation import auth
    from desktop_app.core.fulltext.store import document_info, extract_documents
    from desktop_app.core.library.models import Resource

    try:
        auth.ensure_curator(key, cat.library)
    except auth.AuthError:  # locked since the run began: stop, keeping what was read
        return FileText(name, LOCKED, "", 0)
    with cat.library.read() as s:
        wanted = s.scalar(select(Resource.id).where(Resource.local_file == name).limit(1))
    if wanted is None:  # no resource refers to it now (the attach was undone): skip it
        return FileText(name, DETACHED, "", 0)
    report = extract_documents(cat, [name], force=force, progress=progress)
    if report.cancelled:
        return FileText(name, "cancelled", "", 0)
    if report.items:
        item = report.items[0]
        return FileText(item.name, item.status, item.note, item.pages)
    with cat.library.read() as s:  # read before: it is up to date
        info = document_info(s, name)
    if info is None:
        return FileText(name, "missing", "", 0)
    return FileText(name, info[0], info[1], info[2])


def text_state(cat: Catalogue, rid: int) -> tuple[str, tuple[str, str, int] | None]:
    """On the worker: resource ``rid``'s local copy and its text's (status, note, pages)."""
    from desktop_app.core.errors import NotFoundError
    from desktop_app.core.fulltext.store import document_info

    try:
        name = cat.get(rid).local_file
    except NotFoundError:
        return "", None
    if not name:
        return "", None
    with cat.library.read() as s:
        info = document_info(s, name)
    return name, (info[0], info[1], info[2]) if info is not None else None
