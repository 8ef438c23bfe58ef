"""Curator mode: the lock, the Curate menu's actions and the editing flows.

Reader mode is the default: no editing commands, no hidden or draft resources,
no curator notes. Curator mode needs the curator password and relocks after an
idle time. All database work goes through the worker.

:class:`Curation` knows the window only through what it is given (the worker, the
widget its dialogs belong to, a way to read the selected resources) and says what
happened by signal: the window shows ``status`` messages, follows ``modeChanged``
and searches again when ``staffSettingChanged``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.curation import auth
from desktop_app.core.curation.auth import AuthError
from desktop_app.core.errors import ConflictError
from desktop_app.core.library.records import ResourceData, ResourceView
from desktop_app.gui.attach_folder import AttachFolder
from desktop_app.gui.dialogs.conflict_dialog import choose_version
from desktop_app.gui.dialogs.library_settings import LibrarySettingsDialog
from desktop_app.gui.dialogs.table_dialog import run_dialog
from desktop_app.gui.menus import Shortcut, make_action
from desktop_app.gui.worker import Worker

if TYPE_CHECKING:
    from desktop_app.core.service import Catalogue
    from desktop_app.gui.dialogs.editor import Edited

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class _Conflict:
    """A save that met a newer version saved elsewhere."""

    theirs: ResourceView


class Curation(QObject):
    """Curator mode for a window; provides :class:`~desktop_app.gui.jobs.Jobs` to dialogs."""

    modeChanged = Signal(bool)  # curator mode on or off
    staffSettingChanged = Signal(bool)  # hide staff-only resources from readers
    status = Signal(str)  # a message for the status bar
    attached = Signal(str)  # a saved resource's newly attached local copy (stored name)

    @property
    def cat(self) -> Catalogue:
        """The library's catalogue (open once the window is ready)."""
        return self.worker.catalogue

    def __init__(
        self, worker: Worker, host: QWidget, selected_ids: Callable[[], list[int]]
    ) -> None:
        super().__init__(host)
        self.worker = worker
        self.host = host  # the widget the dialogs belong to
        self.selected_ids = selected_ids
        self.curator = False
        self.hide_staff = True
        self.relock_minutes = 10
        self._after_unlock: Callable[[], None] | None = None
        self.key: auth.CuratorKey | None = None  # curator mode, checked again at each write
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.actions: list[QAction] = []  # enabled only in curator mode
        self.act_mode = make_action(
            self, self.tr("Curator &mode…"), self.unlock, None, "actionCuratorMode"
        )
        self.attach_folder = AttachFolder(self)  # Curate ▸ Attach files from a folder…
        self.attach_folder.status.connect(self.status)
        self.menu = self._build_menu(host)
        self.set_mode(False)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        worker.backend.opened.connect(self._load_settings)

    def _load_settings(self) -> None:
        library = self.cat.library
        self.call(
            lambda: (auth.hide_staff_in_reader_mode(library), auth.relock_minutes(library)),
            self._settings_loaded,
        )

    # -- plumbing ------------------------------------------------------------------------------
    def call(
        self,
        fn: Callable[[], T],
        done: Callable[[T], object] | None = None,
        owner: QObject | None = None,
        error: Callable[[str], None] | None = None,
    ) -> None:
        """Run the Qt-free ``fn`` on the worker; ``done`` gets its result here (``error``
        its failure's message; by default shown in a box)."""
        self.worker.call(fn, done, error or self.error, owner=owner)

    def when_curator(self, then: Callable[[], None]) -> None:
        """Run ``then`` now in curator mode, or after the password has been given again.

        Writing is checked at the moment of writing: if the idle lock closed curator
        mode meanwhile (an editor or a preview left open), nothing is written unless
        the password is given again; the user's work in the dialog is kept.
        """
        if self.curator:
            then()
        else:
            self._after_unlock = then
            self.unlock()

    def with_key(self, then: Callable[[auth.CuratorKey | None], None]) -> None:
        """Like :meth:`when_curator`; ``then`` gets the key to check again when writing."""
        self.when_curator(lambda: then(self.key))

    def write(
        self,
        fn: Callable[[], T],
        done: Callable[[T], object] | None = None,
        owner: QObject | None = None,
        error: Callable[[str], None] | None = None,
    ) -> None:
        """Like :meth:`call` for a change, which goes through only in curator mode.

        The worker checks the curator key again just before writing, so a relock
        between the click and the write still stops it.
        """

        def start(key: auth.CuratorKey | None) -> None:
            library = self.cat.library

            def guarded() -> T:
                auth.ensure_curator(key, library)
                return fn()

            self.call(guarded, done, owner, error)

        self.with_key(start)

    def error(self, message: str) -> None:
        """A failed job's message, in a box over the window."""
        QMessageBox.warning(self.host, APP_NAME, message)

    def _settings_loaded(self, values: tuple[bool, int]) -> None:
        self.hide_staff, self.relock_minutes = values
        self.staffSettingChanged.emit(self.hide_staff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.curator and event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.idle.start(self.relock_minutes * 60_000)
        return False

    def _build_menu(self, host: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Curate"), host)
        menu.setObjectName("menuCurate")

        def add(text: str, slot: Callable[[], None], keys: Shortcut = None, name: str = "") -> None:
            act = make_action(self, text, slot, keys, name)
            menu.addAction(act)
            self.actions.append(act)

        add(self.tr("&New resource…"), self.new_resource, QKeySequence.StandardKey.New, "actionNew")
        add(self.tr("&Edit resource…"), self.edit_current, "Ctrl+E", "actionEdit")
        add(self.tr("D&uplicate resource…"), self.duplicate_current, None, "actionDuplicate")
        add(
            self.tr("Move to &trash"),
            self.trash_selected,
            QKeySequence.StandardKey.Delete,
            "actionTrash",
        )
        add(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, "actionUndo")
        menu.addSeparator()
        add(self.tr("&History of this resource…"), self.history, "Ctrl+H", "actionHistory")
        add(self.tr("&Bulk edit selection…"), self.bulk_edit, "Ctrl+B", "actionBulkEdit")
        add(self.tr("T&rash…"), self.show_trash, None, "actionShowTrash")
        add(self.tr("&Vocabulary and thesaurus…"), self.vocabulary, None, "actionVocabulary")
        add(self.tr("&Completeness…"), self.completeness, None, "actionCompleteness")
        attach = self.tr("&Attach files from a folder…")
        add(attach, lambda: self.attach_folder.start(), None, "actionAttachFolder")
        add(self.tr("Library &settings…"), self.library_settings, None, "actionLibrarySettings")
        menu.addSeparator()
        add(self.tr("&Lock (back to reader mode)"), self.lock, "Ctrl+Shift+L", "actionLock")
        return menu

    def set_mode(self, curator: bool) -> None:
        """Curator mode on or off: the Curate menu, its actions and the idle lock follow."""
        self.curator = curator
        self.menu.menuAction().setVisible(curator)
        for act in self.actions:
            act.setEnabled(curator)
        self.act_mode.setEnabled(not curator)
        if curator:
            self.idle.start(self.relock_minutes * 60_000)
            self.status.emit(self.tr("Curator mode: editing is on"))
        else:
            self.idle.stop()
        self.modeChanged.emit(curator)

    # -- the lock --------------------------------------------------------------------------------
    def unlock(self) -> None:
        """Ask for the curator password; with none set yet, say who sets it and how."""
        library = self.cat.library
        self.call(lambda: auth.has_password(library), self._unlock)

    def _unlock(self, has_password: bool) -> None:
        if not has_password:
            # the first password is chosen by whoever installs the app, never by
            # whoever happens to click Curator mode first
            self._after_unlock = None
            library = self.cat.library
            self.call(
                lambda: auth.no_password_message(library),
                lambda text: QMessageBox.information(self.host, self.tr("Curator mode"), text),
            )
            return
        password, ok = QInputDialog.getText(
            self.host,
            self.tr("Curator mode"),
            self.tr("Curator password:"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.try_password(password)
        else:
            self._after_unlock = None

    def try_password(self, password: str) -> None:
        """Enter curator mode if ``password`` is right; then run what was waiting for it."""
        library = self.cat.library

        def attempt() -> auth.CuratorKey | str:
            try:
                return auth.unlock(library, password)
            except AuthError as exc:
                return str(exc)

        def done(result: auth.CuratorKey | str) -> None:
            then, self._after_unlock = self._after_unlock, None
            if isinstance(result, str):
                self.error(result[:1].upper() + result[1:] + ".")
                return
            self.key = result
            self.set_mode(True)
            if then is not None:
                then()

        self.call(attempt, done)

    def lock(self) -> None:
        """Back to reader mode; a write still on its way is refused by the key."""
        if self.key is not None:
            self.key.lock()
            self.key = None
        if self.curator:
            self.set_mode(False)

    # -- editing ---------------------------------------------------------------------------------
    def _current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def new_resource(self) -> None:
        """The editor on a new, empty resource."""
        cat = self.cat
        self.call(
            lambda: editor_vocabulary(cat),
            lambda vocab: self._open_editor(None, ResourceData(), vocab),
        )

    def edit_current(self) -> None:
        """The editor on the current resource (curator mode only)."""
        rid = self._current_id()
        if rid is not None and self.curator:
            self.edit(rid)

    def edit(self, rid: int) -> None:
        """Open the editor on resource ``rid``."""
        cat = self.cat
        self.call(
            lambda: (cat.get(rid), editor_vocabulary(cat)),
            lambda r: self._open_editor(r[0], r[0].editable(), r[1]),
        )

    def duplicate_current(self) -> None:
        """The editor on a copy of the current resource, saved as a new one."""
        rid = self._current_id()
        if rid is None:
            return

        def opened(r: tuple[ResourceView, dict[str, list[str]]]) -> None:
            data = r[0].editable()
            data.title = self.tr("Copy of %1").replace("%1", data.title)
            self._open_editor(None, data, r[1])

        cat = self.cat
        self.call(lambda: (cat.get(rid), editor_vocabulary(cat)), opened)

    def _open_editor(
        self, view: ResourceView | None, data: ResourceData, vocab: dict[str, list[str]]
    ) -> None:
        from desktop_app.core.curation.completeness import likely_duplicates
        from desktop_app.gui.dialogs.editor import ResourceDialog

        title = self.tr("Edit resource") if view else self.tr("New resource")
        edited = ResourceDialog.edit(self.host, data, vocab, title=title)
        if edited is None:
            return
        if view is None:
            cat = self.cat
            self.call(
                lambda: likely_duplicates(cat, edited.data),
                lambda dups: self._create_checked(edited, dups),
            )
        else:
            self._save(view, edited, vocab)

    def _create_checked(self, edited: Edited, dups: list[ResourceView]) -> None:
        if dups:
            listing = "\n".join(f"• {d.title}" + (f" ({d.url})" if d.url else "") for d in dups)
            question = self.tr(
                "These resources look like the one you are adding:\n\n%1\n\nAdd it anyway?"
            ).replace("%1", listing)
            if QMessageBox.question(self.host, APP_NAME, question) != (
                QMessageBox.StandardButton.Yes
            ):
                return
        cat = self.cat

        def done(v: ResourceView) -> None:
            self.status.emit(self.tr("Added “%1”").replace("%1", v.title))
            if edited.chosen_file is not None and v.local_file:
                self.attached.emit(v.local_file)  # its text is read next

        self.write(lambda: cat.create(edited.adopt(cat.library)), done)

    def _save(
        self, view: ResourceView, edited: Edited, vocab: dict[str, list[str]] | None = None
    ) -> None:
        cat = self.cat

        def attempt() -> ResourceView | _Conflict:
            try:
                data = edited.adopt(cat.library)
                return cat.update(view.id, data, expected_version=view.version)[0]
            except ConflictError:
                return _Conflict(cat.get(view.id))

        def done(result: ResourceView | _Conflict) -> None:
            if isinstance(result, _Conflict):
                self._conflict(edited, result.theirs)
            else:
                self.status.emit(self.tr("Saved “%1”").replace("%1", result.title))
                if edited.chosen_file is not None and result.local_file:
                    self.attached.emit(result.local_file)  # its text is read next

        def failed(message: str) -> None:  # nothing saved (offline, say): text kept
            self.error(message)
            if vocab is not None:
                self._open_editor(view, edited.data, vocab)

        self.write(attempt, done, error=failed)

    def _conflict(self, mine: Edited, theirs: ResourceView) -> None:
        mine_fields, their_fields = mine.data.to_dict(), theirs.editable().to_dict()
        if choose_version(self.host, mine_fields, their_fields) == "mine":
            self._save(theirs, mine)

    def trash_selected(self) -> None:
        """Move the selected resources to the trash (Undo brings them back)."""
        ids = self.selected_ids()
        if ids:
            cat = self.cat
            self.write(
                lambda: cat.trash(ids),
                lambda _c: self.status.emit(
                    self.tr("Moved %Ln resource(s) to the trash (Ctrl+Z undoes)", "", len(ids))
                ),
            )

    def undo(self) -> None:
        """Undo the last change, or say there is nothing to undo."""
        from desktop_app.core.curation.history import History

        cat = self.cat

        def undo() -> str:
            history = History(cat)
            return history.undo()[0].action if history.last_undoable() else ""

        def done(action: str) -> None:
            text = self.tr("Undone: %1").replace("%1", action) if action else ""
            self.status.emit(text or self.tr("There is nothing to undo."))

        self.write(undo, done)

    # -- the curator's dialogs -------------------------------------------------------------------
    def history(self) -> None:
        """The current resource's changes, any of which can be reverted to."""
        from desktop_app.gui.dialogs.curator_lists import HistoryDialog

        rid = self._current_id()
        if rid is not None:
            run_dialog(HistoryDialog(self, self.cat, rid, self.host))

    def show_trash(self) -> None:
        """The trash: restore, or empty it."""
        from desktop_app.gui.dialogs.curator_lists import TrashDialog

        run_dialog(TrashDialog(self, self.cat, self.host))

    def completeness(self) -> None:
        """Resources with missing or doubtful fields."""
        from desktop_app.gui.dialogs.curator_lists import CompletenessDialog

        dialog = CompletenessDialog(self, self.cat, self.host)
        dialog.editRequested.connect(self.edit)
        run_dialog(dialog)

    def bulk_edit(self) -> None:
        """One change to all selected resources, previewed first."""
        from desktop_app.gui.dialogs.bulk_dialog import BulkDialog

        ids = self.selected_ids()
        if ids:
            run_dialog(BulkDialog(self, self.cat, ids, self.host))

    def vocabulary(self) -> None:
        """The vocabulary and thesaurus manager."""
        from desktop_app.gui.dialogs.vocabulary_dialog import VocabularyDialog

        run_dialog(VocabularyDialog(self, self.cat, self.host))

    def library_settings(self) -> None:
        """Staff-only resources for readers and the idle lock, saved in the library."""
        values = LibrarySettingsDialog.ask(self.host, self.hide_staff, self.relock_minutes)
        if values is None:
            return
        library, key = self.cat.library, self.key

        def save() -> tuple[bool, int]:
            settings = {auth.HIDE_STAFF: "1" if values[0] else "0", auth.RELOCK: str(values[1])}
            auth.set_settings(library, settings, key)
            return values

        self.write(save, self._settings_loaded)


def editor_vocabulary(cat: Catalogue) -> dict[str, list[str]]:
    """The names the editor offers as completions (runs on the worker)."""
    from desktop_app.core.curation.vocab_admin import VocabularyAdmin
    from desktop_app.core.library.vocabulary import country_lookup

    admin = VocabularyAdmin(cat)
    orgs = admin.terms("organisation")
    return {
        "topic": [t.name for t in admin.terms("topic")],
        "organisation": [t.name for t in orgs]
        + [t.extra["acronym"] for t in orgs if t.extra.get("acronym")],
        "country": [t.name for t in admin.terms("country")],
        "country_names": list(country_lookup()) + [r.name for r in country_lookup().values()],
        "author": [],
    }
