"""Actions and menus: made by name, so that parts added later find their place by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
Slot = Callable[[], object]


def make_action(
    parent: QObject, text: str, slot: Slot, shortcut: Shortcut = None, name: str = ""
) -> QAction:
    """A translated action with an optional shortcut and object name (for tests)."""
    act = QAction(parent.tr(text), parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if name:
        act.setObjectName(name)
    act.triggered.connect(slot)
    return act


class Menus:
    """The menu bar's menus by key ("file", "edit", …) and the actions in them."""

    def __init__(self, owner: QWidget, bar: QMenuBar) -> None:
        self.owner = owner
        self.bar = bar
        self.menus: dict[str, QMenu] = {}

    def __getitem__(self, key: str) -> QMenu:
        return self.menus[key]

    def menu(self, key: str, title: str, *, before: str | None = None) -> QMenu:
        """A new menu on the bar (before the menu ``before``, or at the end)."""
        menu = QMenu(self.owner.tr(title), self.owner)
        menu.setObjectName("menu" + key.title().replace("_", ""))
        self.place(key, menu, before=before)
        return menu

    def place(self, key: str, menu: QMenu, *, before: str | None = None) -> None:
        """Put an existing menu on the bar under ``key``."""
        if before is None:
            self.bar.addMenu(menu)
        else:
            self.bar.insertMenu(self.menus[before].menuAction(), menu)
        self.menus[key] = menu

    def action(
        self, key: str, text: str, slot: Slot, shortcut: Shortcut = None, name: str = ""
    ) -> QAction:
        """A new action at the end of menu ``key``."""
        act = make_action(self.owner, text, slot, shortcut, name)
        self.menus[key].addAction(act)
        return act

    def insert(self, key: str, before: QAction, actions: list[QAction | None]) -> None:
        """Put ``actions`` into menu ``key`` before ``before``; None is a separator."""
        menu = self.menus[key]
        for act in actions:
            if act is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, act)
