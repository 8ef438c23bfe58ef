"""Saved searches in the sidebar: each with how many resources it finds now.

A click (or Enter) runs one again with its filters and sort; the context menu
renames, deletes or exports it. The pane is hidden while there are none (Searches ▸
Save search… makes the first). It only says what was asked for, by signal;
:class:`desktop_app.gui.finding_more.FindingMore` does the work on the worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.strings import filter_text

if TYPE_CHECKING:
    from desktop_app.core.library.saved_searches import SavedSearchInfo

NameRole = Qt.ItemDataRole.UserRole
ROWS_SHOWN = 8  # rows shown before the list scrolls


def describe(info: SavedSearchInfo) -> str:
    """What a saved search searches for, in a line: "grooming · Topic: Cybercrime · NOT …"."""
    parts = [f"“{info.query}”"] if info.query else []
    for facet, values in info.include.items():
        parts.append(filter_text(facet, values))
    for facet, values in info.exclude.items():
        parts.append(filter_text(facet, values, excluded=True))
    return " · ".join(parts) or QCoreApplication.translate("SavedSearchesPane", "everything")


class SavedSearchesPane(QWidget):
    """The saved searches, A-Z, with live counts."""

    opened = Signal(str)  # a saved search's name: run it
    renameRequested = Signal(str)
    deleteRequested = Signal(str)
    exportRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedSearchesPane")
        self.setAccessibleName(self.tr("Saved searches"))
        self.searches: dict[str, SavedSearchInfo] = {}
        self.counts: dict[str, int] = {}
        self.title = QLabel(self.tr("Saved searches"), self)
        self.title.setStyleSheet("font-weight: bold")  # the size follows the window's
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("savedSearchesList")
        self.tree.setAccessibleName(self.tr("Saved searches"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(lambda item, _col: self.opened.emit(item.data(0, NameRole)))
        self.tree.itemActivated.connect(lambda item, _col: self.opened.emit(item.data(0, NameRole)))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        self.setVisible(False)

    def show_searches(self, searches: list[SavedSearchInfo], counts: dict[str, int]) -> None:
        """The saved searches as they are now, each with its count (if known)."""
        current = self.tree.currentItem()
        keep = current.data(0, NameRole) if current is not None else None
        self.searches = {s.name: s for s in searches}
        self.counts = dict(counts)
        self.tree.clear()
        for info in searches:
            count = counts.get(info.name)
            item = QTreeWidgetItem([info.name, "" if count is None else f"{count:,}"])
            item.setData(0, NameRole, info.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, describe(info))
            self.tree.addTopLevelItem(item)
            if info.name == keep:
                self.tree.setCurrentItem(item)
        self.setVisible(bool(searches))
        self._fit()

    def show_counts(self, counts: dict[str, int]) -> None:
        """New counts (after a change to the library or the mode)."""
        self.counts = dict(counts)
        for item in self._items():
            count = counts.get(item.data(0, NameRole))
            item.setText(1, "" if count is None else f"{count:,}")

    def names(self) -> list[str]:
        """The names shown, in order."""
        return [item.text(0) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def set_text_font(self, font: QFont) -> None:
        self.tree.setFont(font)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows (``ROWS_SHOWN`` at most, then it scrolls): the facets
        below keep the rest."""
        rows = min(max(1, self.tree.topLevelItemCount()), ROWS_SHOWN)
        row = self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else 20
        frame = 2 * self.tree.frameWidth() + 4
        margins = self.column.contentsMargins()
        self.setMaximumHeight(
            self.title.sizeHint().height()
            + rows * row
            + frame
            + margins.top()
            + margins.bottom()
            + self.column.spacing()
        )

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        name = item.data(0, NameRole)
        menu = QMenu(self)
        menu.addAction(self.tr("&Run search"), lambda: self.opened.emit(name))
        menu.addAction(self.tr("&Rename…"), lambda: self.renameRequested.emit(name))
        menu.addAction(self.tr("Export to &PDF…"), lambda: self.exportRequested.emit(name))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), lambda: self.deleteRequested.emit(name))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
