"""All values of one facet for the "More…" dialog: a table model and its filter proxy.

The source model holds the rows in the chosen order (sorting 5,000 labels in Python
is one ``list.sort`` with a precomputed key, not a comparison per call from Qt); the
proxy only filters, on labels folded once (accents and case aside), so each
keystroke costs Qt one cheap Python question per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.core.library.collation import sort_key
from desktop_app.core.search.results import FacetValue
from desktop_app.gui.models import Index
from desktop_app.gui.models.facet_forest import quick_fold

NONE, INCLUDE, EXCLUDE = 0, 1, 2
VALUE, COUNT, EXCLUDED = 0, 1, 2  # columns
ValueRole = Qt.ItemDataRole.UserRole + 1
SORTS = ("count", "name")


@dataclass(slots=True)
class ValueRow:
    value: str
    label: str
    count: int
    state: int
    context: str  # a topic's broader topic, a country's regions
    folded: str


class FacetValuesModel(QAbstractTableModel):
    """One row per facet value: its label (ticked = include), count, and Exclude."""

    def __init__(
        self,
        values: Sequence[FacetValue],
        context: dict[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        context = context or {}
        self.rows = [
            ValueRow(
                v.value,
                v.label,
                v.count,
                INCLUDE if v.selected else EXCLUDE if v.excluded else NONE,
                context.get(v.value, ""),
                quick_fold(v.label),
            )
            for v in values
        ]
        self.sort_key = "count"
        self.headers = (self.tr("Value"), self.tr("Resources"), self.tr("Exclude"))

    def sort_by(self, key: str) -> None:
        """Most resources first ("count") or alphabetically in the UI language's order,
        accents aside ("name": core.library.collation, as Qt's collation sorts)."""
        if key not in SORTS:
            raise ValueError(f"unknown order '{key}' (count or name)")
        self.sort_key = key
        self.beginResetModel()
        if key == "count":
            self.rows.sort(key=lambda r: (-r.count, r.folded))
        else:
            self.rows.sort(key=lambda r: (sort_key(r.label), r.value))  # the UI language's order
        self.endResetModel()

    def set_state(self, rows: Iterable[int], state: int) -> None:
        """Include, exclude or clear the given source rows."""
        for row in rows:
            if self.rows[row].state != state:
                self.rows[row].state = state
                self.dataChanged.emit(self.index(row, 0), self.index(row, EXCLUDED))

    def chosen(self) -> tuple[set[str], set[str]]:
        """The values to include and to exclude."""
        return (
            {r.value for r in self.rows if r.state == INCLUDE},
            {r.value for r in self.rows if r.state == EXCLUDE},
        )

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (VALUE, EXCLUDED):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if col == VALUE else f"{row.count:,}" if col == COUNT else ""
        if role == Qt.ItemDataRole.CheckStateRole and col in (VALUE, EXCLUDED):
            on = row.state == (INCLUDE if col == VALUE else EXCLUDE)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == VALUE and row.state != NONE:
            font = QFont()
            font.setBold(row.state == INCLUDE)
            font.setStrikeOut(row.state == EXCLUDE)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.context:
            return row.context
        if role == Qt.ItemDataRole.AccessibleTextRole and col == VALUE:
            state = {INCLUDE: self.tr(", included"), EXCLUDE: self.tr(", excluded")}
            return f"{row.label}, {row.count:,}{state.get(row.state, '')}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == VALUE:
            state = {INCLUDE: self.tr("checked"), EXCLUDE: self.tr("excluded")}
            where = self.tr("%1 of %2").replace("%1", f"{index.row() + 1}")
            return (
                state.get(row.state, self.tr("not checked"))
                + ", "
                + where.replace("%2", f"{len(self.rows)}")
            )
        if role == ValueRole:
            return row.value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (VALUE, EXCLUDED):
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        target = INCLUDE if index.column() == VALUE else EXCLUDE
        self.set_state([index.row()], target if on else NONE)
        return True


class FacetFilterProxy(QSortFilterProxyModel):
    """Rows whose folded label holds the folded filter text (accents and case aside)."""

    def __init__(self, source: FacetValuesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self._rows = source.rows  # sorted in place: always the source's order
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        """Keep only the values whose label holds ``text``."""
        needle = quick_fold(text.strip())
        if needle == self.needle:
            return
        self.beginFilterChange()
        self.needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return not self.needle or self.needle in self._rows[source_row].folded
