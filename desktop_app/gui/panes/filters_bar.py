"""The active filters bar: one removable chip per facet selection, and Clear all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.core.search import FACETS


class FiltersBar(QWidget):
    """The chips of the active filters; a click on one removes it."""

    removed = Signal(str, str, bool)  # facet, value, excluded
    clearAll = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeFilters")
        self.setAccessibleName(self.tr("Active filters"))
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.chips: list[QToolButton] = []
        self.label = QLabel(self.tr("Filters:"), self)
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Clear all"))
        self.clear.setAccessibleName(self.tr("Clear all filters"))
        self.clear.clicked.connect(self.clearAll)
        self.layout_.addWidget(self.label)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.clear)
        self.set_filters({}, {}, None)

    def set_filters(
        self, include: dict[str, set[str]], exclude: dict[str, set[str]], reading_list: str | None
    ) -> None:
        """One chip per included or excluded value, and one for an open reading list."""
        for chip in self.chips:
            self.layout_.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        items = [(f, v, False) for f in FACETS for v in sorted(include.get(f, ()))]
        items += [(f, v, True) for f in FACETS for v in sorted(exclude.get(f, ()))]
        pos = 1
        if reading_list:
            chip = self._chip(self.tr("Reading list: %1").replace("%1", reading_list))
            chip.clicked.connect(lambda: self.removed.emit("list", reading_list, False))
            self.layout_.insertWidget(pos, chip)
            pos += 1
        for facet, value, excluded in items:
            text = f"{FACETS[facet]}: {value}"
            chip = self._chip(("NOT " if excluded else "") + text)
            chip.clicked.connect(
                lambda _=False, f=facet, v=value, x=excluded: self.removed.emit(f, v, x)
            )
            self.layout_.insertWidget(pos, chip)
            pos += 1
        any_filters = bool(items) or bool(reading_list)
        self.setVisible(any_filters)
        self.clear.setEnabled(any_filters)

    def _chip(self, text: str) -> QToolButton:
        chip = QToolButton(self)
        chip.setText(f"{text}  ✕")
        chip.setAccessibleName(self.tr("Remove filter %1").replace("%1", text))
        chip.setToolTip(self.tr("Remove this filter"))
        chip.setAutoRaise(False)
        self.chips.append(chip)
        return chip
