"""Curate ▸ Attach files from a folder…: choose a folder, preview, attach, read the text.

The folder is read on the worker (each file's metadata and first page, behind a
progress dialog that can be cancelled); the preview dialog
(:class:`~desktop_app.gui.dialogs.attach_folder_dialog.AttachFolderDialog`) shows
what would go where; Attach copies the ticked files in as one action on the worker
(curator key checked again at the moment of writing, so Undo takes it back); then
each attached file is handed to the window's text reading (``Curation.attached``, which
:class:`~desktop_app.gui.text_extraction.TextExtraction` follows: one file a job on the
worker, progress and outcome in the status bar).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.progress import Progress
from desktop_app.gui.task import Task

if TYPE_CHECKING:
    from desktop_app.core.curation import auth
    from desktop_app.core.fulltext.attach_folder import AttachPreview, AttachResult, FileMatch
    from desktop_app.gui.curator_mode import Curation
    from desktop_app.gui.dialogs.attach_folder_dialog import AttachFolderDialog


class _Counting(Progress):
    """Reports "``what`` %1 of %2" for a core step (its own messages are English)."""

    def __init__(self, inner: Progress, what: str) -> None:
        super().__init__()
        self.inner = inner
        self.what = what

    def report(self, done: int, total: int = 0, message: str = "") -> None:
        text = self.what.replace("%1", str(min(done + 1, total))).replace("%2", str(total))
        self.inner.report(done, total, text if total else "")

    def cancel(self) -> None:
        self.inner.cancel()

    def cancelled(self) -> bool:
        return self.inner.cancelled()


class AttachFolder(QObject):
    """The flow behind the menu item; made by curator mode, which it writes through."""

    status = Signal(str)  # for the status bar
    attached = Signal(int)  # files attached (0 when nothing was)

    def __init__(self, curation: Curation) -> None:
        super().__init__(curation)
        self.curation = curation
        self.dialog: AttachFolderDialog | None = None

    def start(self, folder: Path | None = None) -> None:
        """Ask for a folder (unless given), then read it and show the preview."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.curation.host, self.tr("Attach files from a folder")
            )
            if not chosen:
                return
            folder = Path(chosen)
        self.scan(folder, recursive=False)

    def scan(self, folder: Path, *, recursive: bool, again: bool = False) -> None:
        """Read ``folder`` on the worker (nothing is written), then show the preview (or,
        ``again``, refresh the one open: closed meanwhile, nothing is shown)."""
        from desktop_app.core.fulltext.attach_folder import preview_folder

        cat = self.curation.cat
        what = self.tr("Reading file %1 of %2…")
        task = Task(
            self.curation.worker,
            self.curation.host,
            self.tr("Attach files from a folder"),
            self.tr("Reading %1…").replace("%1", folder.name or str(folder)),
        )
        task.run(
            lambda t: preview_folder(cat, folder, recursive=recursive, progress=_Counting(t, what)),
            lambda preview: self._show(preview, again),
        )

    def _show(self, preview: AttachPreview, again: bool = False) -> None:
        from desktop_app.gui.dialogs.attach_folder_dialog import AttachFolderDialog

        if again or self.dialog is not None:
            if self.dialog is not None:
                self.dialog.show_preview(preview)
            return
        dialog = AttachFolderDialog(self.curation.host, preview)
        self.dialog = dialog
        folder = preview.folder
        dialog.rescanRequested.connect(lambda on: self.scan(folder, recursive=on, again=True))
        dialog.accepted.connect(lambda: self.attach(dialog.chosen(), dialog.preview.files))
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def attach(
        self, chosen: list[tuple[Path, int, bool]], previewed: Sequence[FileMatch] = ()
    ) -> None:
        """Copy ``chosen`` (path, resource id, replace) in as one action, then read the
        text; a file whose content is not what the preview read (``previewed``) is refused."""
        if not chosen:
            return
        from desktop_app.core.curation import auth
        from desktop_app.core.fulltext.attach_folder import Attachment, attach_files

        cat = self.curation.cat
        digests = {f.path: f.sha256 for f in previewed}
        items = [
            Attachment(path, rid, replace, digests.get(path, "")) for path, rid, replace in chosen
        ]
        what = self.tr("Copying file %1 of %2…")

        def start(key: auth.CuratorKey | None) -> None:
            def work(progress: Progress) -> AttachResult:
                auth.ensure_curator(key, cat.library)
                return attach_files(cat, items, progress=_Counting(progress, what))

            task = Task(
                self.curation.worker,
                self.curation.host,
                self.tr("Attach files from a folder"),
                self.tr("Attaching…"),
            )
            task.run(work, self._attached)

        self.curation.with_key(start)

    def _attached(self, result: AttachResult) -> None:
        n = len(result.attached)
        if n:
            text = self.tr("%Ln file(s) attached; text is being read", "", n)
        else:
            text = self.tr("Nothing was attached")
        if result.skipped:
            QMessageBox.information(
                self.curation.host,
                self.tr("Attach files from a folder"),
                self.tr("Left out:") + "\n" + "\n".join(result.skipped[:50]),
            )
        self.status.emit(text)
        self.attached.emit(n)
        for name in result.names:  # the window's TextExtraction reads each one's text
            self.curation.attached.emit(name)
