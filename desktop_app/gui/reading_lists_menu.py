"""The Reading lists menu: add the selection to a list, open a list, back to everything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from desktop_app.core.library.values import ListInfo
from desktop_app.gui.menus import make_action
from desktop_app.gui.strings import count_text
from desktop_app.gui.worker import Worker


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
        self.menu = QMenu(self.tr("&Reading lists"), host)
        self.menu.setObjectName("menuLists")
        self.act_add = make_action(
            self,
            "&Add selection to reading list…",
            self.add_selection,
            "Ctrl+D",
            "actionAddToList",
        )
        self.menu.addAction(self.act_add)
        self.open_menu = self.menu.addMenu(self.tr("&Open reading list"))
        self.open_menu.setObjectName("menuOpenList")
        self.menu.addAction(make_action(self, "Show the &whole library", self.closeRequested.emit))

    def add_selection(self, name: str | None = None) -> None:
        """Add the selected resources to list ``name`` (asked for when not given)."""
        ids = self.selected_ids()
        if not ids:
            return
        if not name:
            name, ok = QInputDialog.getItem(
                self.host,
                self.tr("Add to reading list"),
                self.tr("Add %1 to the reading list:").replace(
                    "%1", count_text(len(ids), self.tr("resource"), self.tr("resources"))
                ),
                [info.name for info in self.lists],
                0,
                True,
            )
            if not ok or not name.strip():
                return
        self.worker.add_to_list(name.strip(), ids)

    def show_lists(self, lists: list[ListInfo]) -> None:
        """The lists as they are now, each under Open reading list."""
        self.lists = lists
        self.open_menu.clear()
        for info in lists:
            act = self.open_menu.addAction(f"{info.name} ({info.count})")
            act.triggered.connect(lambda _=False, n=info.name: self.openRequested.emit(n))
        self.open_menu.setEnabled(bool(lists))
        self.listsUpdated.emit(lists)
