"""The faceted sidebar's model: facet groups over plain facet data from the core.

Groups stay put across searches (so their expanded state does too). When a search
answers with the same rows (a click changes only counts and ticks) the rows are
updated in place, so the view keeps its cursor; otherwise a group's children are
replaced. Topics (by their broader topic), Region -> Country and Decade -> Year are
trees; the others are lists. A group shows its first values and, when the facet has
more, a "More…" row, which opens the facet's dialog with all of them.

The filter box's text finds values at any depth, accent- and case-insensitively
(``fold``): a match is shown under its parents, which the sidebar opens. Checked
and excluded values are always kept, matching or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.search.results import Facet
from desktop_app.gui.models import Index
from desktop_app.gui.models.facet_forest import Forest, forest, quick_fold
from desktop_app.gui.models.facet_rows import Node, RowBuilder
from desktop_app.gui.strings import QT_TRANSLATE_NOOP

FacetRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11
KindRole = Qt.ItemDataRole.UserRole + 12
CountRole = Qt.ItemDataRole.UserRole + 13
LabelRole = Qt.ItemDataRole.UserRole + 14  # the label alone ("not " before an excluded one)
OpenRole = Qt.ItemDataRole.UserRole + 15  # a group: shown in full (True) or only its ticks
TOP_N = 8  # values a group shows before "More…"
MATCH_CAP = 25  # matches a group shows for the filter text before "More…"
GROUPS = (
    ("topic", QT_TRANSLATE_NOOP("FacetModel", "Topic")),
    ("region", QT_TRANSLATE_NOOP("FacetModel", "Region / country")),
    ("organisation", QT_TRANSLATE_NOOP("FacetModel", "Organisation")),
    ("type", QT_TRANSLATE_NOOP("FacetModel", "Type")),
    ("decade", QT_TRANSLATE_NOOP("FacetModel", "Year")),
    ("language", QT_TRANSLATE_NOOP("FacetModel", "Language")),
)
# the facet a group's "More…" dialog lists: countries for regions, years for decades
DIALOG_FACET = {"region": "country", "decade": "year"}


class FacetModel(QAbstractItemModel):
    toggled = Signal(str, str)  # facet, value: include on/off
    moreRequested = Signal(str)  # group: open its "More…" dialog

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "")
        self.groups = {
            name: Node("group", name, label=self.tr(label), parent=self.root)  # marked
            for name, label in GROUPS
        }
        self.root.children = list(self.groups.values())
        self.open_groups: set[str] = {name for name, _ in GROUPS}
        self.filter_text = ""
        self.counted = False  # no search has answered yet (e.g. the index is building)
        self.totals: dict[str, int] = {}  # values the "More…" dialog of each group lists
        self.rows = RowBuilder(lambda total: self.tr("More… (%1)").replace("%1", f"{total:,}"))
        self._fonts: dict[tuple[bool, bool, bool], QFont] = {}  # by (bold, struck, italic)
        self._fonts_of = ""  # the application font they were made from
        # rows replaced by the last update, kept alive: a stale index still points at them
        self._retired: list[Node] = []

    @property
    def topic_labels(self) -> dict[str, str]:
        """{topic name: its label in the interface's language}; values stay names."""
        return self.rows.topic_labels

    @topic_labels.setter
    def topic_labels(self, labels: dict[str, str]) -> None:
        self.rows.topic_labels = labels

    # -- feeding ---------------------------------------------------------------------------
    def update(self, facets: dict[str, Facet], country_regions: dict[str, list[str]]) -> None:
        """New counts (and ticks) from a search, filtered by ``filter_text``."""
        self.counted = True
        self._retired = []
        needle = quick_fold(self.filter_text.strip())
        for name, group in self.groups.items():
            dialog_facet = facets.get(DIALOG_FACET.get(name, name))
            self.totals[name] = len(dialog_facet.values) if dialog_facet else 0
            trees = forest(name, facets, country_regions)
            self._replace(group, self._nodes(name, trees, needle, group))

    def _nodes(self, name: str, trees: Forest, needle: str, group: Node) -> list[Node]:
        """The group's rows: the first values (or the matches), then "More…"."""
        shown: list[Node] = []
        facet = trees.facet
        if needle:
            hits = 0
            marked = trees.marked
            for i, v in enumerate(trees.roots):
                if len(shown) >= MATCH_CAP and not marked:
                    hits += self.rows.count_hits(trees, trees.roots[i:], needle)
                    break
                if len(shown) < MATCH_CAP or (facet, v.value) in marked:
                    node = self.rows.match(trees, facet, v, needle, group, frozenset())
                    if node is not None:
                        shown.append(node)
                        hits += 1
                elif self.rows.hits(trees, v, needle):
                    hits += 1
            more = hits > len(shown)
            label = self.tr("More… (%1 matches)").replace("%1", f"{hits:,}")
        else:
            marked = trees.marked
            roots = trees.roots if marked else trees.roots[:TOP_N]
            for i, v in enumerate(roots):
                if i < TOP_N or (facet, v.value) in marked:
                    shown.append(self.rows.node(trees, facet, v, group, frozenset()))
            total = self.totals.get(name, 0)
            listed = _values_of(shown, DIALOG_FACET.get(name, name))
            more = total > len(listed)  # values the group does not show: the dialog has them
            label = self.tr("More… (%1)").replace("%1", f"{total:,}")
        if more:
            shown.append(Node("more", name, label=label, parent=group))
        return shown

    def _replace(self, group: Node, children: list[Node]) -> None:
        parent = self.createIndex(group.row(), 0, group)
        if _keys(group.children) == _keys(children):
            self._update_in_place(group, children, parent)
            return
        if group.children:
            self.beginRemoveRows(parent, 0, len(group.children) - 1)
            self._retired += group.children
            group.children = []
            self.endRemoveRows()
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            group.children = children
            self.endInsertRows()

    def _update_in_place(self, node: Node, fresh: list[Node], parent: QModelIndex) -> None:
        """Same rows as before: copy the new counts and ticks, say which rows changed."""
        for old, new in zip(node.children, fresh, strict=True):
            changed = (old.label, old.count, old.selected, old.excluded) != (
                new.label,
                new.count,
                new.selected,
                new.excluded,
            )
            old.label, old.count, old.selected, old.excluded = (
                new.label,
                new.count,
                new.selected,
                new.excluded,
            )
            old.open = new.open
            idx = self.createIndex(old.row(), 0, old)
            if changed:
                self.dataChanged.emit(idx, idx)
            self._update_in_place(old, new.children, idx)

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

    _ROW = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _VALUE = _ROW | Qt.ItemFlag.ItemIsUserCheckable

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._VALUE if self._node_of(index).kind == "value" else self._ROW

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node_of(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind == "value":
                return f"{self._label(node)} ({node.count:,})"
            if node.kind == "group" and not node.children and self.counted:
                if self.filter_text.strip():
                    return self.tr("%s: no match") % node.label
                return self.tr("%s: none in these results") % node.label
            return node.label
        if role == LabelRole:
            return self._label(node) if node.kind == "value" else self.data(index)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(node)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._described(node, index)
        if role == Qt.ItemDataRole.CheckStateRole and node.kind == "value":
            return Qt.CheckState.Checked if node.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole:
            return self._font(node)
        if role == Qt.ItemDataRole.ForegroundRole:
            pal = QApplication.palette()
            if node.excluded or (node.kind == "group" and not node.children):
                return QBrush(pal.color(QPalette.ColorRole.PlaceholderText))
            if node.kind == "more":
                return QBrush(pal.color(QPalette.ColorRole.Link))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        return self._plain(node, role)

    def _label(self, node: Node) -> str:
        return self.tr("not %1").replace("%1", node.label) if node.excluded else node.label

    def _accessible(self, node: Node) -> str:
        if node.kind == "value":
            state = (
                self.tr(", included")
                if node.selected
                else self.tr(", excluded")
                if node.excluded
                else ""
            )
            counted = self.tr("%1, %Ln resource(s)", "", node.count)
            return counted.replace("%1", node.label) + state
        if node.kind == "group":
            shown = (
                self.tr(", expanded") if node.facet in self.open_groups else self.tr(", collapsed")
            )
            return node.label + shown
        return node.label

    def _described(self, node: Node, index: Index) -> str:
        """The state, position and level a screen reader adds to a row's text."""
        parts = []
        if node.kind == "value":
            parts.append(
                self.tr("checked")
                if node.selected
                else self.tr("excluded")
                if node.excluded
                else self.tr("not checked")
            )
        siblings = self.rowCount(index.parent())
        parts.append(
            self.tr("%1 of %2").replace("%1", f"{index.row() + 1}").replace("%2", f"{siblings}")
        )
        level, up = 1, index.parent()
        while up.isValid():
            level, up = level + 1, up.parent()
        parts.append(self.tr("level %1").replace("%1", f"{level}"))
        return ", ".join(parts)

    def _font(self, node: Node) -> QFont:
        key = (node.kind == "group" or node.selected, node.excluded, node.kind == "more")
        font = self._fonts.get(key)
        if font is None or self._fonts_of != QApplication.font().key():
            if self._fonts_of != QApplication.font().key():
                self._fonts, self._fonts_of = {}, QApplication.font().key()
            font = QFont(QApplication.font())
            font.setBold(key[0])
            font.setStrikeOut(key[1])
            font.setItalic(key[2])
            self._fonts[key] = font
        return font

    def _tooltip(self, node: Node) -> str | None:
        if node.kind == "value":
            return self.tr("Click to include, Ctrl+click or right-click to exclude")
        if node.kind == "more":
            return self.tr("All values: filter, sort, include or exclude several at once")
        return None

    def _plain(self, node: Node, role: int) -> Any:
        if role == FacetRole:
            return node.facet
        if role == ValueRole:
            return node.value
        if role == KindRole:
            return node.kind
        if role == CountRole:
            return node.count
        if role == OpenRole:
            return node.kind == "group" and node.facet in self.open_groups
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node_of(index)
        if role == Qt.ItemDataRole.CheckStateRole and node.kind == "value":
            self.toggled.emit(node.facet, node.value)
            return True
        return False

    # -- what the sidebar asks -----------------------------------------------------------------
    def activate(self, index: Index) -> None:
        """A click or Enter on a row: toggle a value, or open a group's "More…" dialog."""
        node = self._node_of(index)
        if node.kind == "value":
            self.toggled.emit(node.facet, node.value)
        elif node.kind == "more":
            self.moreRequested.emit(node.facet)

    def set_group_open(self, name: str, shown: bool) -> None:
        """Show a group in full, or only its ticked values (its arrow follows)."""
        if (name in self.open_groups) == shown:
            return
        (self.open_groups.add if shown else self.open_groups.discard)(name)
        idx = self.group_index(name)
        self.dataChanged.emit(idx, idx)

    def group_index(self, name: str) -> QModelIndex:
        group = self.groups[name]
        return self.createIndex(group.row(), 0, group)

    def node(self, index: Index) -> Node:
        """The row's node (the root for an invalid index)."""
        return self._node_of(index)

    def index_of(self, node: Node) -> QModelIndex:
        """The index of a node of this model."""
        return QModelIndex() if node is self.root else self.createIndex(node.row(), 0, node)

    def path(self, index: Index) -> list[tuple[str, str, str]]:
        """Where a row is, as keys from its group down (to find it after an update)."""
        keys: list[tuple[str, str, str]] = []
        node: Node | None = self._node_of(index) if index.isValid() else None
        while node is not None and node is not self.root:
            keys.append(node.key())
            node = node.parent
        return keys[::-1]

    def find(self, path: Sequence[tuple[str, str, str]]) -> QModelIndex:
        """The row at ``path`` (see :meth:`path`), or its nearest ancestor still there."""
        node = self.root
        for key in path:
            nxt = next((c for c in node.children if c.key() == key), None)
            if nxt is None:
                break
            node = nxt
        return self.index_of(node)


def _values_of(nodes: Iterable[Node], facet: str) -> set[str]:
    """The distinct values of ``facet`` among the rows, at any depth."""
    out: set[str] = set()
    for n in nodes:
        if n.kind == "value" and n.facet == facet:
            out.add(n.value)
        out |= _values_of(n.children, facet)
    return out


def _keys(nodes: Iterable[Node]) -> list[Any]:
    """The rows' identities, recursively: equal keys can be updated in place."""
    return [(n.key(), _keys(n.children)) for n in nodes]
