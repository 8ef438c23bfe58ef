"""The faceted sidebar: a filter box over the facet tree.

A click on a value includes it (Ctrl+click, or right-click ▸ Exclude, leaves it
out); Space or Enter on the current value toggles it. The sidebar only says what
was asked for (``toggled``); the window changes the search and shows the new
counts with :meth:`FacetSidebar.show_facets`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from desktop_app.core.search import Facet
from desktop_app.gui.models import Index
from desktop_app.gui.models.facet_model import FacetModel, FacetRole, KindRole, ValueRole


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
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("facetFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter facet values…"))
        self.filter_box.setAccessibleName(self.tr("Filter facet values"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.model = FacetModel(self)
        self.model.toggled.connect(lambda facet, value: self.toggled.emit(facet, value, False))
        self.model.showAll.connect(lambda _facet: self._refresh())
        self.tree = QTreeView(self)
        self.tree.setObjectName("facetTree")
        self.tree.setAccessibleName(self.tr("Facets"))
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._activated)
        self.tree.expanded.connect(self._remember_expanded)
        self.tree.collapsed.connect(self._remember_expanded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)

    def show_facets(self, facets: dict[str, Facet], country_regions: dict[str, list[str]]) -> None:
        """New counts from a search; the groups the user opened stay open."""
        self._shown = (facets, country_regions)
        self.model.update(facets, country_regions)
        self.restore_expansion()

    def set_filters(self, include: dict[str, set[str]], exclude: dict[str, set[str]]) -> None:
        """The search's filters, for the ticks of the right-click menu."""
        self._include = {k: set(v) for k, v in include.items()}
        self._exclude = {k: set(v) for k, v in exclude.items()}

    def set_text_font(self, font: QFont) -> None:
        """The font of the tree (the text size setting)."""
        self.tree.setFont(font)

    def restore_expansion(self) -> None:
        """Open the groups the user left open."""
        for name in list(self.expanded):
            if name in self.model.groups:
                self.tree.expand(self.model.group_index(name))

    def _refresh(self) -> None:
        if self._shown is not None:
            self.show_facets(*self._shown)

    def _filter(self, text: str) -> None:
        self.model.filter_text = text.strip()
        self._refresh()

    def _remember_expanded(self, _index: QModelIndex) -> None:
        self.expanded = [
            name for name in self.model.groups if self.tree.isExpanded(self.model.group_index(name))
        ]
        self.expansionChanged.emit(self.expanded)

    def _clicked(self, index: QModelIndex) -> None:
        mods = QApplication.keyboardModifiers()
        kind = index.data(KindRole)
        if kind == "value" and mods & Qt.KeyboardModifier.ControlModifier:
            self.toggled.emit(index.data(FacetRole), index.data(ValueRole), True)
        elif kind in ("value", "more"):
            self.model.activate(index)

    def _activated(self, index: Index) -> None:
        # Enter on a value; a mouse click arrives through clicked()
        if QApplication.mouseButtons() == Qt.MouseButton.NoButton and index.data(KindRole) in (
            "value",
            "more",
        ):
            self.model.activate(index)

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
