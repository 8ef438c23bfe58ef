"""Curator mode: the lock, the Curate menu and the curation dialogs.

Reader mode is the default: no editing commands, no hidden or draft resources,
no curator notes. Curator mode needs the curator password and relocks after an
idle time. All database work goes through the window's worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from desktop_app import APP_NAME
from desktop_app.core import auth, bulk
from desktop_app.core.auth import AuthError
from desktop_app.core.completeness import likely_duplicates, problems
from desktop_app.core.errors import ConflictError
from desktop_app.core.history import History
from desktop_app.core.records import ResourceData, ResourceView
from desktop_app.core.service import Catalogue
from desktop_app.core.vocab_admin import VocabularyAdmin
from desktop_app.core.vocabulary import country_lookup
from desktop_app.gui.dialogs.bulk_dialog import BulkDialog
from desktop_app.gui.dialogs.editor import Edited, ResourceDialog
from desktop_app.gui.dialogs.table_dialog import TableDialog
from desktop_app.gui.dialogs.vocabulary_dialog import VocabularyDialog
from desktop_app.gui.strings import short
from desktop_app.gui.window_layout import make_action

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class Curation(QObject):
    """Adds curator mode to a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.cat = window.catalogue
        self.relock_minutes = 10
        self._after_unlock: Callable[[], None] | None = None
        self.key: auth.CuratorKey | None = None  # curator mode, checked again at each write
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._build_menu()
        self.set_mode(False)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        library = self.cat.library
        self.call(
            lambda: (auth.hide_staff_in_reader_mode(library), auth.relock_minutes(library)),
            self._settings_loaded,
        )

    # -- plumbing ------------------------------------------------------------------------------
    def call(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run the Qt-free ``fn`` on the worker; ``done`` gets its result here."""
        self.w.worker.call(fn, done, self.error, owner=owner)

    def when_curator(self, then: Callable[[], None]) -> None:
        """Run ``then`` now in curator mode, or after the password has been given again.

        Writing is checked at the moment of writing: if the idle lock closed curator
        mode meanwhile (an editor or a preview left open), nothing is written unless
        the password is given again; the user's work in the dialog is kept.
        """
        if self.w.curator:
            then()
        else:
            self._after_unlock = then
            self.unlock()

    def write(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Like :meth:`call` for a change, which goes through only in curator mode.

        The worker checks the curator key again just before writing, so a relock
        between the click and the write still stops it.
        """

        def start() -> None:
            key, library = self.key, self.cat.library

            def guarded() -> Any:
                auth.ensure_curator(key, library)
                return fn()

            self.call(guarded, done, owner)

        self.when_curator(start)

    def error(self, message: str) -> None:
        QMessageBox.warning(self.w, APP_NAME, message)

    def _settings_loaded(self, values: tuple[bool, int]) -> None:
        self.w.hide_staff, self.relock_minutes = values
        self.w.run_search()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.w.curator and event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.idle.start(self.relock_minutes * 60_000)
        return False

    def _build_menu(self) -> None:
        w = self.w
        self.act_mode = QAction(self.tr("Curator &mode…"), w)
        self.act_mode.setObjectName("actionCuratorMode")
        self.act_mode.triggered.connect(self.unlock)
        w.menuBar().actions()[0].menu().insertAction(  # File menu, before Quit
            w.menuBar().actions()[0].menu().actions()[0], self.act_mode
        )
        self.menu = QMenu(self.tr("&Curate"), w)
        self.menu.setObjectName("menuCurate")
        w.menuBar().insertMenu(w.menuBar().actions()[-1], self.menu)
        self.actions: list[QAction] = []

        def add(text: str, slot: Callable[[], None], keys: Any = None, name: str = "") -> QAction:
            act = make_action(w, text, slot, keys, name)
            self.menu.addAction(act)
            w.addAction(act)
            self.actions.append(act)
            return act

        add("&New resource…", self.new_resource, QKeySequence.StandardKey.New, "actionNew")
        add("&Edit resource…", self.edit_current, "Ctrl+E", "actionEdit")
        add("D&uplicate resource…", self.duplicate_current, None, "actionDuplicate")
        add("Move to &trash", self.trash_selected, QKeySequence.StandardKey.Delete, "actionTrash")
        self.act_undo = add("&Undo", self.undo, QKeySequence.StandardKey.Undo, "actionUndo")
        self.menu.addSeparator()
        add("&History of this resource…", self.history, "Ctrl+H", "actionHistory")
        add("&Bulk edit selection…", self.bulk_edit, "Ctrl+B", "actionBulkEdit")
        add("T&rash…", self.show_trash, None, "actionShowTrash")
        add("&Vocabulary and thesaurus…", self.vocabulary, None, "actionVocabulary")
        add("&Completeness…", self.completeness, None, "actionCompleteness")
        add("Library &settings…", self.library_settings, None, "actionLibrarySettings")
        self.menu.addSeparator()
        add("&Lock (back to reader mode)", self.lock, "Ctrl+Shift+L", "actionLock")
        w.results_view.doubleClicked.connect(lambda _i: self.edit_current())

    def set_mode(self, curator: bool) -> None:
        self.w.curator = curator
        self.w.detail.curator = curator
        self.menu.menuAction().setVisible(curator)
        for act in self.actions:
            act.setEnabled(curator)
        self.act_mode.setEnabled(not curator)
        if curator:
            self.idle.start(self.relock_minutes * 60_000)
            self.w.status_label.setText(self.tr("Curator mode: editing is on"))
        else:
            self.idle.stop()
        self.w.setWindowTitle(
            self.w.windowTitle().split(" [")[0] + (self.tr(" [curator]") if curator else "")
        )
        self.w.run_search()

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
                lambda text: QMessageBox.information(self.w, self.tr("Curator mode"), text),
            )
            return
        password, ok = QInputDialog.getText(
            self.w,
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
        if self.w.curator:
            self.set_mode(False)

    # -- editing ---------------------------------------------------------------------------------
    def _current_id(self) -> int | None:
        ids = self.w.selected_ids()
        return ids[0] if ids else None

    def new_resource(self) -> None:
        cat = self.cat
        self.call(
            lambda: editor_vocabulary(cat),
            lambda vocab: self._open_editor(None, ResourceData(), vocab),
        )

    def edit_current(self) -> None:
        rid = self._current_id()
        if rid is not None and self.w.curator:
            self.edit(rid)

    def edit(self, rid: int) -> None:
        """Open the editor on resource ``rid``."""
        cat = self.cat
        self.call(
            lambda: (cat.get(rid), editor_vocabulary(cat)),
            lambda r: self._open_editor(r[0], r[0].editable(), r[1]),
        )

    def duplicate_current(self) -> None:
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
        title = self.tr("Edit resource") if view else self.tr("New resource")
        edited = ResourceDialog.edit(self.w, data, vocab, title=title)
        if edited is None:
            return
        if view is None:
            cat = self.cat
            self.call(
                lambda: likely_duplicates(cat, edited.data),
                lambda dups: self._create_checked(edited, dups),
            )
        else:
            self._save(view, edited)

    def _create_checked(self, edited: Edited, dups: list[ResourceView]) -> None:
        if dups:
            listing = "\n".join(f"• {d.title}" + (f" ({d.url})" if d.url else "") for d in dups)
            if (
                QMessageBox.question(
                    self.w,
                    APP_NAME,
                    self.tr(
                        "These resources look like the one you are adding:\n\n%1\n\nAdd it anyway?"
                    ).replace("%1", listing),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
        cat = self.cat
        self.write(
            lambda: cat.create(edited.adopt(cat.library)),
            lambda v: self.w.status_label.setText(self.tr("Added “%1”").replace("%1", v.title)),
        )

    def _save(self, view: ResourceView, edited: Edited) -> None:
        cat = self.cat

        def attempt() -> Any:
            try:
                data = edited.adopt(cat.library)
                return cat.update(view.id, data, expected_version=view.version)[0]
            except ConflictError:
                return ("conflict", cat.get(view.id))

        def done(result: Any) -> None:
            if isinstance(result, tuple) and result[0] == "conflict":
                self._conflict(view, edited, result[1])
            else:
                self.w.status_label.setText(self.tr("Saved “%1”").replace("%1", result.title))

        self.write(attempt, done)

    def _conflict(self, mine_base: ResourceView, mine: Edited, theirs: ResourceView) -> None:
        dialog = TableDialog(
            self.tr("Changed elsewhere meanwhile"),
            [self.tr("Field"), self.tr("Your version"), self.tr("Their version (saved)")],
            self.w,
        )
        other = theirs.editable().to_dict()
        rows = [
            (k, short(v), short(other[k])) for k, v in mine.data.to_dict().items() if v != other[k]
        ]
        dialog.model.set_rows(rows, [r[0] for r in rows])
        dialog.info.setText(
            self.tr(
                "Someone else saved this resource while you were editing it. Nothing has been "
                "overwritten. Keep your version, or take theirs (your edits are discarded)."
            )
        )
        choice: dict[str, str] = {}
        dialog.add_button(self.tr("Keep &mine"), lambda: (choice.update(c="mine"), dialog.accept()))
        dialog.add_button(
            self.tr("Take &theirs"), lambda: (choice.update(c="theirs"), dialog.accept())
        )
        run_dialog(dialog)
        if choice.get("c") == "mine":
            self._save(theirs, mine)

    def trash_selected(self) -> None:
        ids = self.w.selected_ids()
        if ids:
            cat = self.cat
            self.write(
                lambda: cat.trash(ids),
                lambda c: self.w.status_label.setText(
                    self.tr("Moved %1 to the trash (Ctrl+Z undoes)").replace("%1", str(len(ids)))
                ),
            )

    def undo(self) -> None:
        cat = self.cat

        def undo() -> str:
            history = History(cat)
            return history.undo()[0].action if history.last_undoable() else ""

        def done(action: str) -> None:
            text = self.tr("Undone: %1").replace("%1", action) if action else ""
            self.w.status_label.setText(text or self.tr("There is nothing to undo."))

        self.write(undo, done)

    # -- views ---------------------------------------------------------------------------------
    def history(self) -> None:
        rid = self._current_id()
        if rid is None:
            return
        dialog = TableDialog(
            self.tr("History"),
            [
                self.tr("When"),
                self.tr("Change"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ],
            self.w,
        )
        dialog.setObjectName("historyDialog")
        cat = self.cat

        def load(entries: list[Any]) -> None:
            dialog.model.set_rows(
                [
                    (
                        f"{e.at:%Y-%m-%d %H:%M}",
                        e.action + (" (undone)" if e.undone else ""),
                        e.field,
                        short(e.old),
                        short(e.new),
                    )
                    for e in entries
                ],
                [e.action_id for e in entries],
            )

        def revert() -> None:
            keys = dialog.selected_keys()
            if keys:
                self.write(
                    lambda: History(cat).revert(rid, keys[0]),
                    lambda _c: self.call(lambda: History(cat).entries(rid), load, dialog),
                    dialog,
                )

        dialog.add_button(self.tr("&Revert to after this change"), revert, name="revertButton")
        self.call(lambda: History(cat).entries(rid), load, dialog)
        run_dialog(dialog)

    def show_trash(self) -> None:
        dialog = TableDialog(self.tr("Trash"), [self.tr("Id"), self.tr("Title")], self.w)
        dialog.setObjectName("trashDialog")
        cat = self.cat

        def fetch() -> list[ResourceView]:
            return [v for v in cat.iter_views(include_trashed=True) if v.status == "trashed"]

        def load(views: list[ResourceView]) -> None:
            dialog.model.set_rows([(v.id, v.title) for v in views], [v.id for v in views])
            dialog.info.setText(
                self.tr("%1 resources in the trash. Restored resources keep their tags.").replace(
                    "%1", str(len(views))
                )
            )

        def restore() -> None:
            ids = dialog.selected_keys()
            if ids:
                self.write(
                    lambda: cat.restore(ids), lambda _c: self.call(fetch, load, dialog), dialog
                )

        def empty() -> None:
            if (
                QMessageBox.question(
                    dialog, APP_NAME, self.tr("Delete everything in the trash for good?")
                )
                == QMessageBox.StandardButton.Yes
            ):
                self.write(lambda: cat.purge(), lambda _c: self.call(fetch, load, dialog), dialog)

        dialog.add_button(self.tr("&Restore"), restore)
        dialog.add_button(self.tr("&Empty trash…"), empty)
        self.call(fetch, load, dialog)
        run_dialog(dialog)

    def completeness(self) -> None:
        dialog = TableDialog(
            self.tr("Completeness"), [self.tr("Id"), self.tr("Title"), self.tr("Problems")], self.w
        )
        dialog.setObjectName("completenessDialog")
        cat = self.cat

        def load(found: list[Any]) -> None:
            dialog.model.set_rows(
                [(p.id, p.title, "; ".join(p.problems)) for p in found], [p.id for p in found]
            )
            dialog.info.setText(
                self.tr("%1 resources need attention. Double-click one to edit it.").replace(
                    "%1", str(len(found))
                )
            )

        dialog.view.doubleClicked.connect(lambda index: self.edit(dialog.model.keys[index.row()]))
        self.call(lambda: problems(cat), load, dialog)
        run_dialog(dialog)

    def bulk_edit(self) -> None:
        ids = self.w.selected_ids()
        if len(ids) < 1:
            return
        dialog = BulkDialog(len(ids), self.w)
        cat = self.cat

        def preview() -> None:
            op = dialog.op()  # read on the GUI thread; the worker gets plain values
            self.call(lambda: bulk.preview(cat, ids, op), dialog.show_plan, dialog)

        def apply() -> None:
            plan, op = list(dialog.plan), dialog.op()
            self.write(lambda: bulk.apply(cat, plan, op), lambda _c: dialog.accept(), dialog)

        dialog.preview.clicked.connect(preview)
        dialog.apply.clicked.connect(apply)
        run_dialog(dialog)

    def vocabulary(self) -> None:
        run_dialog(VocabularyDialog(self))

    def library_settings(self) -> None:
        dialog = QDialog(self.w)
        dialog.setWindowTitle(self.tr("Library settings"))
        form = QFormLayout()
        hide = QCheckBox(self.tr("Hide staff-only resources in reader mode"), dialog)
        hide.setChecked(self.w.hide_staff)
        minutes = QSpinBox(dialog)
        minutes.setRange(1, 240)
        minutes.setValue(self.relock_minutes)
        minutes.setSuffix(self.tr(" minutes"))
        minutes.setAccessibleName(self.tr("Lock curator mode after idle minutes"))
        form.addRow(hide)
        form.addRow(self.tr("Lock curator mode after"), minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = (hide.isChecked(), minutes.value())
        dialog.deleteLater()
        if not accepted:
            return
        library = self.cat.library

        key = self.key

        def save() -> tuple[bool, int]:
            settings = {auth.HIDE_STAFF: "1" if values[0] else "0", auth.RELOCK: str(values[1])}
            auth.set_settings(library, settings, key)
            return values

        self.write(save, self._settings_loaded)


def editor_vocabulary(cat: Catalogue) -> dict[str, list[str]]:
    """The names the editor offers as completions (runs on the worker)."""
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


def run_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally, then delete it (on the GUI thread, where it was made)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
