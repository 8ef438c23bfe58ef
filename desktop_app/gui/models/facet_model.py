"""The faceted sidebar's model: facet groups over plain facet data from the core.

Groups stay put across searches (so their expanded state does too); only their
children are replaced when counts change. Region -> Country and Decade -> Year
are trees. Checking a value includes it; excluded values are struck through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.search import Facet, FacetValue
from desktop_app.gui.models import Index
from desktop_app.gui.strings import count_text

FacetRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11
KindRole = Qt.ItemDataRole.UserRole + 12
CountRole = Qt.ItemDataRole.UserRole + 13
TOP_N = 8
GROUPS = (
    ("topic", "Topic"),
    ("region", "Region / country"),
    ("organisation", "Organisation"),
    ("type", "Type"),
    ("decade", "Year"),
    ("language", "Language"),
)


@dataclass(eq=False)
class Node:
    kind: str  # group | value | more
    facet: str
    value: str = ""
    label: str = ""
    count: int = 0
    selected: bool = False
    excluded: bool = False
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class FacetModel(QAbstractItemModel):
    toggled = Signal(str, str)  # facet, value: include on/off
    showAll = Signal(str)  # facet group

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "")
        self.groups = {
            name: Node("group", name, label=label, parent=self.root) for name, label in GROUPS
        }
        self.root.children = list(self.groups.values())
        self.expanded_all: set[str] = set()
        self.filter_text = ""
        self.counted = False  # no search has answered yet (e.g. the index is building)

    # -- feeding ---------------------------------------------------------------------------
    def update(self, facets: dict[str, Facet], country_regions: dict[str, list[str]]) -> None:
        self.counted = True
        for name, group in self.groups.items():
            children = self._children(name, facets, country_regions, group)
            self._replace(group, children)

    def _values(self, facet: Facet | None) -> list[FacetValue]:
        if facet is None:
            return []
        needle = self.filter_text.casefold()
        return [
            v
            for v in facet.values
            if not needle or needle in v.label.casefold() or v.selected or v.excluded
        ]

    def _children(
        self,
        name: str,
        facets: dict[str, Facet],
        country_regions: dict[str, list[str]],
        group: Node,
    ) -> list[Node]:
        values = self._values(facets.get(name))
        if name == "decade":
            years = self._values(facets.get("year"))
        show = (
            values
            if (name in self.expanded_all or self.filter_text)
            else [v for i, v in enumerate(values) if i < TOP_N or v.selected or v.excluded]
        )
        nodes = [self._node(name, v, group) for v in show]
        if name == "region":
            countries = self._values(facets.get("country"))
            for node in nodes:
                node.children = [
                    self._node("country", c, node)
                    for c in countries
                    if node.value in country_regions.get(c.value, ())
                ]
        if name == "decade":
            for node in nodes:
                node.children = [
                    self._node("year", y, node) for y in years if y.value.startswith(node.value[:3])
                ]
        if len(show) < len(values):
            nodes.append(
                Node(
                    "more",
                    name,
                    label=self.tr("Show all (%1)").replace("%1", str(len(values))),
                    parent=group,
                )
            )
        return nodes

    @staticmethod
    def _node(facet: str, v: FacetValue, parent: Node) -> Node:
        return Node("value", facet, v.value, v.label, v.count, v.selected, v.excluded, parent)

    def _replace(self, group: Node, children: list[Node]) -> None:
        parent = self.createIndex(group.row(), 0, group)
        same = [_shape(c) for c in group.children] == [_shape(c) for c in children]
        if same:
            return
        if group.children:
            self.beginRemoveRows(parent, 0, len(group.children) - 1)
            group.children = []
            self.endRemoveRows()
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            group.children = children
            self.endInsertRows()

    # -- Qt model API ------------------------------------------------------------------------
    def _node_of(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node_of(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node_of(index)
        up = node.parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node_of(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node_of(index)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind == "value":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node_of(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind == "value":
                prefix = self.tr("not ") if node.excluded else ""
                return f"{prefix}{node.label} ({node.count})"
            if node.kind == "group" and not node.children and self.counted:
                return self.tr("%s: none in these results") % node.label
            return node.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if node.kind == "value":
                state = (
                    self.tr(", included")
                    if node.selected
                    else self.tr(", excluded")
                    if node.excluded
                    else ""
                )
                return (
                    f"{node.label}, "
                    + count_text(node.count, self.tr("resource"), self.tr("resources"))
                    + state
                )
            return node.label
        if role == Qt.ItemDataRole.CheckStateRole and node.kind == "value":
            return Qt.CheckState.Checked if node.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            if node.kind == "group" or node.selected:
                font.setBold(True)
            if node.excluded:
                font.setStrikeOut(True)
            if node.kind == "more":
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            pal = QApplication.palette()
            if node.excluded or (node.kind == "group" and not node.children):
                return QBrush(pal.color(QPalette.ColorRole.PlaceholderText))
            if node.kind == "more":
                return QBrush(pal.color(QPalette.ColorRole.Link))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "value":
            return self.tr("Click to include, Ctrl+click or right-click to exclude")
        if role == FacetRole:
            return node.facet
        if role == ValueRole:
            return node.value
        if role == KindRole:
            return node.kind
        if role == CountRole:
            return node.count
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node_of(index)
        if role == Qt.ItemDataRole.CheckStateRole and node.kind == "value":
            self.toggled.emit(node.facet, node.value)
            return True
        return False

    def activate(self, index: Index) -> None:
        """A click or Enter on a row: toggle a value, or show all of a group."""
        node = self._node_of(index)
        if node.kind == "value":
            self.toggled.emit(node.facet, node.value)
        elif node.kind == "more":
            self.expanded_all.add(node.facet)
            self.showAll.emit(node.facet)

    def group_index(self, name: str) -> QModelIndex:
        group = self.groups[name]
        return self.createIndex(group.row(), 0, group)


def _shape(node: Node) -> tuple[object, ...]:
    """What a sidebar row shows: equal shapes need no model update."""
    return (
        node.kind,
        node.facet,
        node.value,
        node.count,
        node.selected,
        node.excluded,
        [(g.value, g.count, g.selected, g.excluded) for g in node.children],
    )
