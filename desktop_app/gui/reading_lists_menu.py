"""The Reading lists menu: add the selection to a list, open or manage lists, back to
everything; and what the window does when a list is opened.

Opening a list shows exactly that list: the search box and the facet filters are
cleared first (the status bar says so when there was something to clear), so an
earlier search never makes a list look empty; words typed afterwards search
within the list. Adding to a list is confirmed in the status bar, "3 added to
Year 9 online safety", the list's name a link that opens it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMenu, QWidget

from desktop_app.core.library.values import ListInfo
from desktop_app.gui.accessibility import announce
from desktop_app.gui.menus import make_action
from desktop_app.gui.reading_lists.jobs import lists_source
from desktop_app.gui.worker import Worker

if TYPE_CHECKING:
    from desktop_app.core.library.lists import Added
    from desktop_app.gui.panes.search_bar import SearchBar
    from desktop_app.gui.reading_lists.manage_dialog import ManageListsDialog
    from desktop_app.gui.search_state import SearchState

NOTICE_MS = 30_000  # how long a confirmation stays in the status bar


class ReadingListsMenu(QObject):
    """Lists are kept by the worker; this menu asks it and shows what it answers."""

    openRequested = Signal(str)  # a list's name
    closeRequested = Signal()  # back to the whole library
    listsUpdated = Signal(object)  # [ListInfo], after the lists changed

    def __init__(
        self, worker: Worker, host: QWidget, selected_ids: Callable[[], list[int]]
    ) -> None:
        super().__init__(host)
        self.worker = worker
        self.host = host  # the widget the name dialog belongs to
        self.selected_ids = selected_ids
        self.lists: list[ListInfo] = []
        self.state: SearchState | None = None  # the window's, from the first list opened
        self.dialog: ManageListsDialog | None = None
        self.notice: QLabel | None = None  # made on first use, in the window's status bar
        self._reopening: str | None = None  # a list shown again after a change keeps its search
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.menu = QMenu(self.tr("&Reading lists"), host)
        self.menu.setObjectName("menuLists")
        self.act_add = make_action(
            self,
            self.tr("&Add selection to reading list…"),
            self.add_selection,
            "Ctrl+D",
            "actionAddToList",
        )
        self.menu.addAction(self.act_add)
        self.open_menu = self.menu.addMenu(self.tr("&Open reading list"))
        self.open_menu.setObjectName("menuOpenList")
        self.act_manage = make_action(
            self,
            self.tr("&Manage reading lists…"),
            self.manage,
            "Ctrl+Shift+D",
            "actionManageLists",
        )
        self.menu.addAction(self.act_manage)
        self.menu.addAction(
            make_action(self, self.tr("Show the &whole library"), self.closeRequested.emit)
        )

    # -- adding -----------------------------------------------------------------------------------
    def add_selection(self, name: str | None = None) -> None:
        """Add the selected resources to list ``name`` (asked for when not given)."""
        ids = self.selected_ids()
        if not ids:
            return
        if not name:
            name, ok = QInputDialog.getItem(
                self.host,
                self.tr("Add to reading list"),
                self.tr("Add %Ln resource(s) to the reading list:", "", len(ids)),
                [info.name for info in self.lists],
                0,
                True,
            )
            if not ok or not name.strip():
                return
        wanted, source = name.strip(), lists_source(self.worker)
        self.worker.call(
            lambda: (lambda lists: (lists.add(wanted, ids), lists.all()))(source()),
            self._added,
            self.say,
        )

    def _added(self, answer: tuple[Added, list[ListInfo]]) -> None:
        added, lists = answer
        self.show_lists(lists)
        name = added.info.name
        link = f"<a href='list:{quote(name)}'>{html.escape(name)}</a>"
        text = self.tr("%Ln added to %2", "", len(added.added))
        if not added.added and added.already:
            text = self.tr("Already in %2")
        elif added.already:
            text += self.tr(" (%Ln already in it)", "", added.already)
        self.say(text.replace("%2", link), rich=True)
        if self.state is not None and self.state.list_name == name:
            self.reopen(name)  # the open list grew: show its new items

    # -- the confirmation in the status bar ------------------------------------------------------
    def say(self, text: str, *, rich: bool = False) -> None:
        """A confirmation (or a problem) beside the search count, for a while."""
        label = self._notice()
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.show()
        self._timer.start(NOTICE_MS)
        announce(label, text)

    def notice_text(self) -> str:
        """The confirmation shown now, as plain text ("" when none)."""
        if self.notice is None or not self.notice.isVisible():
            return ""
        doc_text = self.notice.text()
        if self.notice.textFormat() == Qt.TextFormat.RichText:
            from PySide6.QtGui import QTextDocument

            doc = QTextDocument()
            doc.setHtml(doc_text)
            return doc.toPlainText()
        return doc_text

    def _notice(self) -> QLabel:
        if self.notice is None:
            self.notice = QLabel(self.host)
            self.notice.setObjectName("listNotice")
            self.notice.setAccessibleName(self.tr("Reading list"))
            self.notice.setOpenExternalLinks(False)
            self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            self.notice.linkActivated.connect(self._link)
            self._timer.timeout.connect(self.notice.hide)
            if isinstance(self.host, QMainWindow):
                self.host.statusBar().addPermanentWidget(self.notice)
        return self.notice

    def _link(self, href: str) -> None:
        if href.startswith("list:"):
            self.openRequested.emit(unquote(href[5:]))

    # -- opening ----------------------------------------------------------------------------------
    def prepare_open(
        self, state: SearchState, search_bar: SearchBar, name: str, ids: list[int]
    ) -> None:
        """Make ``state`` show exactly list ``name``: the words typed and the facet
        filters are cleared (and the status bar says so), unless the open list is
        only being shown again after a change."""
        self.state = state
        again, self._reopening = self._reopening, None
        if again is None or state.list_name is None:
            words = search_bar.query()
            filtered = bool(state.include or state.exclude)
            search_bar.set_text("")
            state.include, state.exclude = {}, {}
            if words:
                self.say(
                    self.tr("Showing all of “%1”: the search “%2” was cleared")
                    .replace("%1", name)
                    .replace("%2", words)
                )
            elif filtered:
                cleared = self.tr("Showing all of “%1”: the filters were cleared")
                self.say(cleared.replace("%1", name))
        state.reading_list = (name, list(ids))

    def reopen(self, name: str) -> None:
        """Show the open list again (changed elsewhere), keeping the search within it."""
        self._reopening = name
        self.openRequested.emit(name)

    # -- managing ---------------------------------------------------------------------------------
    def manage(self) -> None:
        """The Manage reading lists dialog (one at a time)."""
        from desktop_app.gui.reading_lists.manage_dialog import ManageListsDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        current = self.state.list_name if self.state is not None else None
        self.dialog = ManageListsDialog(self.worker, self.host, current)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.listsChanged.connect(self.show_lists)
        self.dialog.listChanged.connect(self._list_changed)
        self.dialog.openRequested.connect(self.openRequested)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.show()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _list_changed(self, old: str, new: str) -> None:
        """A list changed in the dialog: if the window shows it, show it again (or leave)."""
        if self.state is None or self.state.list_name is None:
            return
        if self.state.list_name.casefold() != old.casefold():
            return
        if new:
            self.reopen(new)
        else:
            self.closeRequested.emit()

    def refresh(self, *_: object) -> None:
        """Ask the worker for the lists again (after a pack or file import brought some)."""
        library = self.worker.library
        self.worker.call(lambda: library.lists.all(), self.show_lists)

    def show_lists(self, lists: list[ListInfo]) -> None:
        """The lists as they are now, each under Open reading list."""
        self.lists = lists
        self.open_menu.clear()
        for info in lists:
            act = self.open_menu.addAction(f"{info.name} ({info.count})")
            act.triggered.connect(lambda _=False, n=info.name: self.openRequested.emit(n))
        self.open_menu.setEnabled(bool(lists))
        self.listsUpdated.emit(lists)
