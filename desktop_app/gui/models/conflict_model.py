"""A pack's conflicts as a table: one row per field changed on both sides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop_app.core.transfer.packs import Conflict
from desktop_app.gui.models import Index
from desktop_app.gui.strings import QT_TRANSLATE_NOOP


class ConflictModel(QAbstractTableModel):
    """One row per conflicting field; the last column says which side to take."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictModel", "Resource"),
        QT_TRANSLATE_NOOP("ConflictModel", "Field"),
        QT_TRANSLATE_NOOP("ConflictModel", "Mine"),
        QT_TRANSLATE_NOOP("ConflictModel", "Theirs"),
        QT_TRANSLATE_NOOP("ConflictModel", "Take theirs"),
    )

    def __init__(self, conflicts: list[Conflict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Conflict, str]] = []
        for c in conflicts:
            for name in c.fields or [self.tr("(deleted there)")]:
                self.rows.append((c, name))
        self.theirs: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict, name = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 4:
            return Qt.CheckState.Checked if index.row() in self.theirs else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return conflict.title
            if col == 1:
                return name
            if col == 2:
                return _show(conflict.mine.get(name, "(kept)"))
            if col == 3:
                if conflict.theirs is None:
                    return self.tr("deleted")
                return _show(conflict.theirs.get(name))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 4 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 4:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.theirs.add if checked else self.theirs.discard)(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, theirs: bool) -> None:
        self.theirs = set(range(len(self.rows))) if theirs else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])  # marked in HEADERS
        return None

    def resolutions(self) -> dict[str, Any]:
        """Every listed conflict settled: field by field, or whole for a deletion."""
        out: dict[str, Any] = {}
        for row, (conflict, name) in enumerate(self.rows):
            side = "theirs" if row in self.theirs else "mine"
            if conflict.theirs is None:
                out[conflict.uuid] = side
            else:
                out.setdefault(conflict.uuid, {})[name] = side
        return out


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)
