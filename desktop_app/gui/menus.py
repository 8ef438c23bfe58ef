"""Actions and menus: made by name, so that parts added later find their place by name."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
Slot = Callable[[], object]


def make_action(
    parent: QObject, text: str, slot: Slot, shortcut: Shortcut = None, name: str = ""
) -> QAction:
    """An action (``text`` already translated), with an optional shortcut and object name."""
    act = QAction(text, parent)
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
        """A new menu (``title`` translated) on the bar, before the menu ``before`` or last."""
        menu = QMenu(title, self.owner)
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


def build_window_menus(w: MainWindow) -> QAction:
    """The main window's menu bar, by name (curator mode and transfers bring their own
    parts); the Copy citation action."""
    from desktop_app.gui.dialogs.about import show_about, show_help
    from desktop_app.gui.i18n import LanguageMenu

    m = w.menus
    m.menu("file", QCoreApplication.translate("MainWindow", "&File"))
    quit_ = m.action(
        "file",
        QCoreApplication.translate("MainWindow", "&Quit"),
        w.close,
        QKeySequence.StandardKey.Quit,
        "actionQuit",
    )
    m.menu("edit", QCoreApplication.translate("MainWindow", "&Edit"))
    find = QKeySequence.StandardKey.Find
    m.action(
        "edit",
        QCoreApplication.translate("MainWindow", "&Find"),
        w.focus_search,
        find,
        "actionFind",
    )
    act_copy = m.action(
        "edit",
        QCoreApplication.translate("MainWindow", "Copy &citation"),
        w.copy_citations,
        "Ctrl+Shift+C",
        "actionCopyCitation",
    )
    m.menu("view", QCoreApplication.translate("MainWindow", "&View"))
    focus = QCoreApplication.translate("MainWindow", "Go to results &list")
    m.action("view", focus, w.focus_list, "Ctrl+L", "actionFocusList")
    w.zoom.add_actions(m)
    m["view"].addSeparator()
    clear = QCoreApplication.translate("MainWindow", "Clear all &filters")
    m.action("view", clear, w.clear_filters, "Ctrl+Shift+Backspace")
    m["view"].addSeparator()
    m["view"].addMenu(LanguageMenu(w, w.settings).menu)
    m.place("lists", w.lists_menu.menu)
    m.menu("help", QCoreApplication.translate("MainWindow", "&Help"))
    help_key = QKeySequence.StandardKey.HelpContents
    m.action(
        "help",
        QCoreApplication.translate("MainWindow", "&Help"),
        lambda: show_help(w),
        help_key,
        "actionHelp",
    )
    about = functools.partial(show_about, w, w.library.location)
    m.action("help", QCoreApplication.translate("MainWindow", "&About"), about, None, "actionAbout")
    m.insert("file", quit_, [w.curation.act_mode, *w.transfers.file_actions()])
    m.place("curate", w.curation.menu, before="help")
    w.addActions(w.curation.actions)  # their shortcuts work with the menu hidden
    return act_copy
