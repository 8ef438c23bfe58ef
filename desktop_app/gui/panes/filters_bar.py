"""The active filters bar: one removable chip per facet selection, and Clear all.

Chips name values by their labels ("NOT Type: Legislation review"), never by the
codes the search uses ("legislation_review"): the labels come from the facets of
the searches shown (remembered, so a value scrolled out of its facet keeps its
label), with the resource types' own labels as a fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.core.library.values import TYPE_LABELS
from desktop_app.core.search.results import FACETS, Facet
from desktop_app.gui.strings import type_text

if TYPE_CHECKING:
    from desktop_app.gui.search_state import SearchState

_TYPE_LABELS = {t.value: label for t, label in TYPE_LABELS.items()}
_LABELS_KEPT = 5_000  # labels remembered from earlier searches


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
        self.labels: dict[tuple[str, str], str] = {}
        self.topic_labels: dict[str, str] = {}  # {topic: label in the interface's language}
        self.label = QLabel(self.tr("Filters:"), self)
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Clear all"))
        self.clear.setAccessibleName(self.tr("Clear all filters"))
        self.clear.clicked.connect(self.clearAll)
        self.layout_.addWidget(self.label)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.clear)
        self.set_filters({}, {}, None)

    def show_state(self, state: SearchState) -> None:
        """The chips for the window's search state, labelled from its last result."""
        if state.last_result is not None:
            self.remember(state.last_result.facets)
        self.set_filters(state.include, state.exclude, state.list_name)

    def remember(self, facets: Mapping[str, Facet]) -> None:
        """Keep the labels of the facet values a search answered with."""
        if len(self.labels) > _LABELS_KEPT:
            self.labels.clear()
        for name, facet in facets.items():
            for fv in facet.values:
                if fv.label and fv.label != fv.value:
                    self.labels[(name, fv.value)] = fv.label

    def label_of(self, facet: str, value: str) -> str:
        """How a value is shown: its facet label, else the type's label, else itself."""
        if facet == "type":
            return type_text(_TYPE_LABELS.get(value, value))
        if facet == "topic" and value in self.topic_labels:
            return self.topic_labels[value]
        found = self.labels.get((facet, value))
        if found:
            return found
        return value

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
            chip.setObjectName("readingListChip")
            chip.setToolTip(self.tr("Show the whole library again"))
            chip.clicked.connect(lambda: self.removed.emit("list", reading_list, False))
            self.layout_.insertWidget(pos, chip)
            pos += 1
        for facet, value, excluded in items:
            text = f"{FACETS[facet]}: {self.label_of(facet, value)}"
            chip = self._chip((self.tr("NOT ") if excluded else "") + text)
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
