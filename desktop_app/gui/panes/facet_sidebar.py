"""The faceted sidebar: a filter box over the facet tree, and the year range.

A click on a value includes it (Ctrl+click, or right-click ▸ Exclude, leaves it
out); Space or Enter on the current value toggles it, and the cursor stays on that
value when the new counts arrive. A click (or Enter, Space, Left, Right) on a
group's title collapses or opens it; a collapsed group still shows its ticked and
excluded values. "More…" opens the facet's dialog with all its values. The filter
box finds values at any depth (Cambodia under its regions) and opens the tree to
show them. The Year group has a From/To range over a histogram of years.

The sidebar only says what was asked for (``toggled``, one signal per value that
changes); the window changes the search and shows the new counts with
:meth:`FacetSidebar.show_facets`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.search.year_ranges import range_value, year_range
from desktop_app.gui.models import Index
from desktop_app.gui.models.facet_model import (
    DIALOG_FACET,
    GROUPS,
    FacetModel,
    FacetRole,
    KindRole,
    ValueRole,
)
from desktop_app.gui.models.facet_rows import Node
from desktop_app.gui.panes.facet_delegate import FacetDelegate
from desktop_app.gui.panes.year_range import YearRange

if TYPE_CHECKING:
    from desktop_app.core.search.results import Facet
    from desktop_app.gui.dialogs.facet_dialog import FacetDialog

Path = tuple[tuple[str, str, str], ...]


class FacetSidebar(QWidget):
    """The facets of the current results, with their counts."""

    toggled = Signal(str, str, bool)  # facet, value, exclude: include or exclude on/off
    expansionChanged = Signal(list)  # names of the expanded groups

    def __init__(self, expanded: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expanded = list(expanded)
        self._include: dict[str, set[str]] = {}
        self._exclude: dict[str, set[str]] = {}
        self._shown: tuple[dict[str, Facet], dict[str, list[str]]] | None = None
        self._opened: set[Path] = set()  # value rows the user opened
        self._applying = False  # the sidebar itself is opening or closing rows
        self._chained = False
        self.dialog: FacetDialog | None = None
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("facetFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter facet values…"))
        self.filter_box.setAccessibleName(self.tr("Filter facet values"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.model = FacetModel(self)
        self.model.open_groups = set(self.expanded)
        self.model.toggled.connect(lambda facet, value: self.toggled.emit(facet, value, False))
        self.model.moreRequested.connect(self.open_more)
        self.tree = QTreeView(self)
        self.tree.setObjectName("facetTree")
        self.tree.setAccessibleName(self.tr("Facets"))
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(FacetDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)  # the delegate draws the groups' arrows
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._activated)
        self.tree.expanded.connect(lambda index: self._opened_or_closed(index, True))
        self.tree.collapsed.connect(lambda index: self._opened_or_closed(index, False))
        self.tree.installEventFilter(self)
        self.years = YearRange(self)
        self.years.rangeChosen.connect(self._range_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.years)
        self._show_years()

    # -- what the window tells the sidebar ---------------------------------------------------
    def show_facets(self, facets: dict[str, Facet], country_regions: dict[str, list[str]]) -> None:
        """New counts from a search; the open groups, the cursor and the scroll stay."""
        self._shown = (facets, country_regions)
        where = self.model.path(self.tree.currentIndex())
        scroll = self.tree.verticalScrollBar().value()
        self.model.update(facets, country_regions)
        self.restore_expansion()
        if where:
            found = self.model.find(where)
            if found.isValid() and found != self.tree.currentIndex():
                self.tree.selectionModel().setCurrentIndex(
                    found, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self.tree.verticalScrollBar().setValue(scroll)
        years = facets.get("year")
        self.years.set_counts(
            {int(v.value): v.count for v in years.values if v.value.isdigit()} if years else {}
        )

    def set_filters(self, include: dict[str, set[str]], exclude: dict[str, set[str]]) -> None:
        """The search's filters: the ticks of the right-click menu, the year range."""
        self._include = {k: set(v) for k, v in include.items()}
        self._exclude = {k: set(v) for k, v in exclude.items()}
        ranges = [r for r in map(year_range, self._include.get("year", ())) if r]
        self.years.set_range(*(ranges[0] if ranges else (None, None)))
        self._show_years()

    def set_topic_labels(self, labels: dict[str, str]) -> None:
        """Show topics by these labels ({name: label in the interface's language})."""
        self.model.topic_labels = dict(labels)
        self._refresh()

    def set_text_font(self, font: QFont) -> None:
        """The font of the tree and the year range (the text size setting)."""
        self.tree.setFont(font)
        self.years.setFont(font)

    def restore_expansion(self) -> None:
        """Open the groups the user left open (all while filtering); a collapsed group
        shows only its ticked values; rows with a match or a ticked value below open."""
        filtering = bool(self.model.filter_text.strip())
        self._applying = True
        try:
            for name, group in self.model.groups.items():
                full = filtering or name in self.expanded
                self.model.set_group_open(name, full)
                index = self.model.group_index(name)
                self.tree.setExpanded(index, True)
                self._show_rows(index, group, compact=not full)
        finally:
            self._applying = False

    def _show_rows(self, index: QModelIndex, node: Node, *, compact: bool) -> None:
        for row, child in enumerate(node.children):
            hide = compact and not child.marked()
            self.tree.setRowHidden(row, index, hide)
            if hide or not child.children:
                continue
            child_index = self.model.index(row, 0, index)
            path = tuple(self.model.path(child_index))
            self.tree.setExpanded(child_index, compact or child.open or path in self._opened)
            self._show_rows(child_index, child, compact=compact)

    def _refresh(self) -> None:
        if self._shown is not None:
            self.show_facets(*self._shown)

    def _filter(self, text: str) -> None:
        self.model.filter_text = text.strip()
        self._refresh()

    # -- groups open and collapsed -----------------------------------------------------------------
    def set_group_open(self, name: str, full: bool) -> None:
        """Show a group in full, or collapse it to its ticked values."""
        if full == (name in self.expanded):
            return
        self.expanded = [
            n for n, _ in GROUPS if (n == name and full) or (n != name and n in self.expanded)
        ]
        self.expansionChanged.emit(self.expanded)
        self.restore_expansion()
        self._show_years()

    def _show_years(self) -> None:
        # the range shows with the Year group open, or while a range is set
        self.years.setVisible(
            "decade" in self.expanded or any(map(year_range, self._include.get("year", ())))
        )

    def _opened_or_closed(self, index: QModelIndex, opened: bool) -> None:
        if self._applying:
            return
        kind = index.data(KindRole)
        if kind == "group":  # the tree's own collapse (a key it handles): collapse ours
            self._applying = True
            self.tree.setExpanded(index, True)
            self._applying = False
            self.set_group_open(str(index.data(FacetRole)), opened)
            return
        path = tuple(self.model.path(index))
        (self._opened.add if opened else self._opened.discard)(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):  # the Menu key: the menu of the row under the cursor, wherever the mouse is
            self._menu(self.tree.visualRect(self.tree.currentIndex()).center())
            return True
        if watched is not self.tree or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        index = self.tree.currentIndex()
        kind = index.data(KindRole)
        key = event.key()
        if kind == "group":
            name = str(index.data(FacetRole))
            full = name in self.expanded
            if (key == Qt.Key.Key_Left and full) or (key == Qt.Key.Key_Right and not full):
                self.set_group_open(name, not full)
                return True
            if key == Qt.Key.Key_Space:
                self.set_group_open(name, not full)
                return True
        if kind == "more" and key == Qt.Key.Key_Space:
            self.model.activate(index)
            return True
        return False

    # -- clicks ----------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        mods = QApplication.keyboardModifiers()
        kind = index.data(KindRole)
        if kind == "value" and mods & Qt.KeyboardModifier.ControlModifier:
            self.toggled.emit(index.data(FacetRole), index.data(ValueRole), True)
        elif kind in ("value", "more"):
            self.model.activate(index)
        elif kind == "group":
            name = str(index.data(FacetRole))
            self.set_group_open(name, name not in self.expanded)

    def _activated(self, index: Index) -> None:
        # Enter on a row; a mouse click arrives through clicked()
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        kind = index.data(KindRole)
        if kind in ("value", "more"):
            self.model.activate(index)
        elif kind == "group":
            name = str(index.data(FacetRole))
            self.set_group_open(name, name not in self.expanded)

    def _menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.data(KindRole) != "value":
            return
        facet, value = index.data(FacetRole), index.data(ValueRole)
        menu = QMenu(self)
        inc = menu.addAction(self.tr("Include"))
        exc = menu.addAction(self.tr("Exclude"))
        inc.setCheckable(True)
        exc.setCheckable(True)
        inc.setChecked(value in self._include.get(facet, ()))
        exc.setChecked(value in self._exclude.get(facet, ()))
        chosen = menu.exec(self.tree.viewport().mapToGlobal(pos))
        if chosen is inc:
            self.toggled.emit(facet, value, False)
        elif chosen is exc:
            self.toggled.emit(facet, value, True)

    # -- several values at once --------------------------------------------------------------
    def choose(self, facet: str, values: set[str], include: set[str], exclude: set[str]) -> None:
        """Make ``values`` of ``facet`` included or excluded as given (the rest of them
        neither): one ``toggled`` per value that changes."""
        was_in, was_out = self._include.get(facet, set()), self._exclude.get(facet, set())
        for value in sorted(values):
            now = "in" if value in include else "out" if value in exclude else ""
            before = "in" if value in was_in else "out" if value in was_out else ""
            if now == before:
                continue
            if now:
                self.toggled.emit(facet, value, now == "out")
            else:
                self.toggled.emit(facet, value, before == "out")

    def _range_chosen(self, low: int | None, high: int | None) -> None:
        ranges = {v for v in self._include.get("year", ()) if year_range(v)}
        wanted = range_value(low, high)
        keep = {wanted} if wanted else set()
        self.choose("year", ranges | keep, keep, set())
        self._include.setdefault("year", set()).difference_update(ranges)
        self._include["year"] |= keep
        self._show_years()

    def open_more(self, group: str) -> None:
        """The "More…" dialog of a group's facet; Apply changes the search."""
        from desktop_app.gui.dialogs.facet_dialog import FacetDialog

        if self._shown is None:
            return
        facets, country_regions = self._shown
        facet = DIALOG_FACET.get(group, group)
        values = facets[facet].values if facet in facets else ()
        if facet == "topic":  # topics by their labels in the interface's language
            shown = self.model.topic_labels
            values = tuple(replace(v, label=shown.get(v.value, v.label)) for v in values)
        else:
            shown = {}
        context = {
            v.value: self.tr("Under %1").replace("%1", shown.get(v.parent, v.parent))
            for v in values
            if v.parent
        }
        if facet == "country":
            context = {c: ", ".join(rs) for c, rs in country_regions.items()}
        title = facets[facet].label if facet in facets else facet
        dialog = FacetDialog(
            title, values, context=context, filter_text=self.model.filter_text, parent=self
        )
        listed = {v.value for v in values}

        def finished(result: int) -> None:
            if result == FacetDialog.DialogCode.Accepted:
                include, exclude = dialog.chosen()
                self.choose(facet, listed, include, exclude)
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    # -- focus order -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Tab goes from the tree to the year range before leaving the sidebar."""
        super().showEvent(event)
        if not self._chained:
            self._chained = True
            QWidget.setTabOrder(self.tree, self.years.low)
            QWidget.setTabOrder(self.years.low, self.years.high)
            QWidget.setTabOrder(self.years.high, self.years.clear)
