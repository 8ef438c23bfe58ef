"""Reading lists ▸ Manage reading lists…: every list and the items of the chosen one.

Lists: new, rename, duplicate, delete (with Undo, also Ctrl+Z), open in the window.
Items: reorder by drag or Ctrl+Up / Ctrl+Down, remove (Delete), and a short note
per item for the handout. Every change runs on the worker; its answer brings the
lists and the shown list back, so the dialog always shows what the library holds.
Problems (a name taken, a note too long) are said in the dialog, in one line.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.values import ListInfo
from desktop_app.gui.accessibility import error_colour, fit_on_screen
from desktop_app.gui.reading_lists.jobs import Answer, run

if TYPE_CHECKING:
    from desktop_app.core.library.lists import DeletedList, ListContents
    from desktop_app.gui.worker import Worker

ID = Qt.ItemDataRole.UserRole


class ManageListsDialog(QDialog):
    """Manage the library's reading lists; tells the window what changed."""

    listsChanged = Signal(object)  # [ListInfo], after any change
    listChanged = Signal(str, str)  # old name, new name ("" when deleted) of a changed list
    openRequested = Signal(str)  # show this list in the window

    def __init__(self, worker: Worker, parent: QWidget, current: str | None = None) -> None:
        super().__init__(parent)
        from desktop_app.core.library.lists import NOTE_MAX

        self.worker = worker
        self.setObjectName("manageListsDialog")
        self.setWindowTitle(self.tr("Manage reading lists"))
        self.shown: ListContents | None = None
        self.deleted: DeletedList | None = None
        self._wanted = current  # the list to show once the lists have come
        self._busy = 0

        self.lists = QListWidget(self)
        self.lists.setObjectName("readingLists")
        self.lists.setAccessibleName(self.tr("Reading lists"))
        self.lists.currentItemChanged.connect(lambda *_: self._list_chosen())
        self.items = QListWidget(self)
        self.items.setObjectName("listItems")
        self.items.setAccessibleName(self.tr("Items of the reading list, in order"))
        self.items.setAccessibleDescription(
            self.tr("Ctrl+Up and Ctrl+Down move an item; Delete removes it")
        )
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setWordWrap(True)
        self.items.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._dropped))
        self.items.currentItemChanged.connect(lambda *_: self._item_chosen())
        self.items.installEventFilter(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("itemNote")
        self.note.setAccessibleName(self.tr("Note on this item, for the handout"))
        self.note.setPlaceholderText(self.tr("A short note for the handout (optional)"))
        self.note.setMaxLength(NOTE_MAX)
        self.note.editingFinished.connect(self.save_note)
        self.error = QLabel("", self)
        self.error.setObjectName("manageListsError")
        self.error.setStyleSheet(f"color: {error_colour(self)}")
        self.error.setWordWrap(True)
        self.undo_label = QLabel("", self)
        self.undo = QPushButton(self.tr("&Undo"), self)
        self.undo.setObjectName("undoDelete")
        self.undo.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)

        def button(text: str, slot: Any, name: str) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(slot)
            return b

        self.b_new = button(self.tr("&New…"), self.new_list, "newList")
        self.b_rename = button(self.tr("&Rename…"), self.rename, "renameList")
        self.b_duplicate = button(self.tr("D&uplicate"), self.duplicate, "duplicateList")
        self.b_delete = button(self.tr("&Delete"), self.delete, "deleteList")
        self.b_open = button(self.tr("&Show in window"), self.open_in_window, "openList")
        self.b_up = button(self.tr("Move &up"), lambda: self.move_current(-1), "moveUp")
        self.b_down = button(self.tr("Move do&wn"), lambda: self.move_current(1), "moveDown")
        self.b_remove = button(self.tr("Re&move from list"), self.remove_current, "removeItem")

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Reading lists:"), self))
        left.addWidget(self.lists, 1)
        row = QHBoxLayout()
        for b in (self.b_new, self.b_rename, self.b_duplicate, self.b_delete):
            row.addWidget(b)
        left.addLayout(row)
        right = QVBoxLayout()
        self.items_label = QLabel(self.tr("Items:"), self)
        right.addWidget(self.items_label)
        right.addWidget(self.items, 1)
        row = QHBoxLayout()
        for b in (self.b_up, self.b_down, self.b_remove, self.b_open):
            row.addWidget(b)
        right.addLayout(row)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        right.addLayout(row)
        panes = QHBoxLayout()
        panes.addLayout(left, 2)
        panes.addLayout(right, 3)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.error)
        layout.addLayout(undo_row)
        layout.addWidget(buttons)
        fit_on_screen(self, 900, 520)
        self._show_undo(None)
        self._enable()
        self.refresh()

    # -- talking to the worker ------------------------------------------------------------------
    def _run(self, job: Any, show: str | None, after: Any = None, *, read: bool = False) -> None:
        """``job`` on the worker, then show the answer; a change (not a ``read``) clears
        the last problem shown."""
        self._busy += 1
        if not read:
            self.error.clear()

        def done(answer: Answer) -> None:
            self._busy -= 1
            self._answered(answer)
            if after is not None:
                after(answer.result)

        def failed(message: str) -> None:
            self._busy -= 1
            self.error.setText(message)
            self.refresh()  # show what the library holds after all

        run(self.worker, job, show, done, failed, owner=self)

    def refresh(self) -> None:
        """Read the lists (and the shown list) again."""
        self._run(lambda lists: None, self._wanted or self.current_name(), read=True)

    def _answered(self, answer: Answer) -> None:
        self.listsChanged.emit(answer.lists)
        wanted = answer.contents.name if answer.contents is not None else self._wanted
        self._wanted = None
        self.lists.blockSignals(True)
        self.lists.clear()
        for info in answer.lists:
            item = QListWidgetItem(f"{info.name} ({info.count})", self.lists)
            item.setData(ID, info.name)
            if wanted is not None and info.name.casefold() == wanted.casefold():
                self.lists.setCurrentItem(item)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        self.lists.blockSignals(False)
        name = self.current_name()
        if answer.contents is not None and answer.contents.name == name:
            self._show_items(answer.contents)
        elif name is not None:
            self._run(lambda lists: None, name, read=True)
        else:
            self._show_items(None)

    def _show_items(self, contents: ListContents | None) -> None:
        keep = self.current_id()
        self.shown = contents
        self.items.blockSignals(True)
        self.items.clear()
        for n, item in enumerate(contents.items if contents else [], 1):
            text = f"{n}. {item.title}"
            if item.status != "published":
                text += f"  [{item.status}]"
            if item.note:
                text += "\n     " + self.tr("Note: %1").replace("%1", item.note)
            row = QListWidgetItem(text, self.items)
            row.setData(ID, item.resource_id)
            row.setToolTip(html.escape(item.note) if item.note else "")
            if item.resource_id == keep:
                self.items.setCurrentItem(row)
        if self.items.currentItem() is None and self.items.count():
            self.items.setCurrentRow(0)
        self.items.blockSignals(False)
        self.items_label.setText(
            self.tr("Items of “%1”:").replace("%1", contents.name) if contents else ""
        )
        self._item_chosen()
        self._enable()

    # -- what is chosen ----------------------------------------------------------------------------
    def current_name(self) -> str | None:
        """The chosen list's name."""
        item = self.lists.currentItem()
        return str(item.data(ID)) if item is not None else None

    def current_id(self) -> int | None:
        """The chosen item's resource id."""
        item = self.items.currentItem()
        return int(item.data(ID)) if item is not None else None

    def item_ids(self) -> list[int]:
        """The items' resource ids in the order shown."""
        return [int(self.items.item(i).data(ID)) for i in range(self.items.count())]

    def _list_chosen(self) -> None:
        name = self.current_name()
        if name is not None and (self.shown is None or self.shown.name != name):
            self._run(lambda lists: None, name, read=True)
        self._enable()

    def _item_chosen(self) -> None:
        rid = self.current_id()
        note = ""
        if self.shown is not None and rid is not None:
            note = next((i.note for i in self.shown.items if i.resource_id == rid), "")
        self.note.blockSignals(True)
        self.note.setText(note)
        self.note.blockSignals(False)
        self.note.setEnabled(rid is not None)
        self._enable()

    def _enable(self) -> None:
        has_list, has_item = self.current_name() is not None, self.current_id() is not None
        for b in (self.b_rename, self.b_duplicate, self.b_delete, self.b_open):
            b.setEnabled(has_list)
        for b in (self.b_up, self.b_down, self.b_remove):
            b.setEnabled(has_item)

    # -- lists ------------------------------------------------------------------------------------
    def new_list(self) -> None:
        """Ask for a name and make an empty list."""
        name, ok = QInputDialog.getText(self, self.tr("New reading list"), self.tr("Name:"))
        if ok and name.strip():
            wanted = name.strip()
            self._run(lambda lists: lists.create(wanted), wanted)

    def rename(self) -> None:
        """Ask for a new name for the chosen list."""
        old = self.current_name()
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Rename reading list"), self.tr("New name:"), text=old
        )
        if not ok or not new.strip() or new.strip() == old:
            return
        wanted = new.strip()
        self._run(
            lambda lists: lists.rename(old, wanted).name,
            wanted,
            lambda kept: self.listChanged.emit(old, kept),
        )

    def duplicate(self) -> None:
        """Copy the chosen list (items, order, notes) as "NAME (copy)"."""
        name = self.current_name()
        if name is not None:
            self._run(lambda lists: lists.duplicate(name), None, self._show_copy)

    def _show_copy(self, info: ListInfo) -> None:
        self._wanted = info.name
        self.refresh()

    def delete(self) -> None:
        """Delete the chosen list; Undo puts it back."""
        name = self.current_name()
        if name is not None:
            self._run(lambda lists: lists.delete(name), None, self._was_deleted)

    def _was_deleted(self, gone: DeletedList) -> None:
        self._show_undo(gone)
        self.listChanged.emit(gone.name, "")

    def _show_undo(self, gone: DeletedList | None) -> None:
        self.deleted = gone
        self.undo.setVisible(gone is not None)
        self.undo_label.setText(
            self.tr("Deleted “%1”.").replace("%1", gone.name) if gone is not None else ""
        )

    def undo_delete(self) -> None:
        """Put the last deleted list back, with its items and notes."""
        gone = self.deleted
        if gone is None:
            return
        self._show_undo(None)
        self._run(lambda lists: lists.restore(gone), gone.name, self._show_copy)

    def open_in_window(self) -> None:
        """Show the chosen list in the window (the dialog stays open)."""
        name = self.current_name()
        if name is not None:
            self.openRequested.emit(name)

    # -- items ------------------------------------------------------------------------------------
    def move_current(self, step: int) -> None:
        """Move the chosen item one place up (-1) or down (1)."""
        name, rid = self.current_name(), self.current_id()
        row = self.items.currentRow()
        target = row + step
        if name is None or rid is None or not 0 <= target < self.items.count():
            return
        self.items.blockSignals(True)
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)
        self.items.blockSignals(False)
        self._run(lambda lists: lists.move(name, rid, target), name, self._order_changed)

    def _dropped(self) -> None:
        name = self.current_name()
        order = self.item_ids()
        if name is None or self.shown is None:
            return
        if order != [i.resource_id for i in self.shown.items]:
            self._run(lambda lists: lists.reorder(name, order), name, self._order_changed)

    def _order_changed(self, _order: object) -> None:
        name = self.current_name()
        if name is not None:
            self.listChanged.emit(name, name)

    def remove_current(self) -> None:
        """Take the chosen item out of the list (the resource stays in the library)."""
        name, rid = self.current_name(), self.current_id()
        if name is None or rid is None:
            return
        row = self.items.currentRow()
        if row + 1 < self.items.count():
            self.items.setCurrentRow(row + 1)  # keep the cursor where the item was
        elif row > 0:
            self.items.setCurrentRow(row - 1)
        self._run(lambda lists: lists.remove(name, [rid]), name, self._order_changed)

    def save_note(self) -> None:
        """Keep the note typed for the chosen item (if it changed)."""
        name, rid = self.current_name(), self.current_id()
        if name is None or rid is None or self.shown is None:
            return
        text = self.note.text()
        old = next((i.note for i in self.shown.items if i.resource_id == rid), None)
        if old is None or text.strip() == old:
            return
        self._run(lambda lists: lists.set_note(name, rid, text), name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up / Ctrl+Down move the chosen item, Delete removes it."""
        if watched is self.items and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    @property
    def busy(self) -> bool:
        """True while a change or a read is on its way."""
        return self._busy > 0
