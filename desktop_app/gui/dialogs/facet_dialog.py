"""The "More…" dialog of a facet: every value, to filter, sort, and tick several at once.

Type to filter (accents and case aside); sort by most resources or A–Z; in the
list, typing letters jumps to the next value that starts with them. Space ticks
(includes) the selected values, Delete clears them; Include, Exclude and Clear act
on all selected rows, so Ctrl+A or Shift+click picks many at once. Nothing changes
until Apply; Cancel leaves the search as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.search.results import FacetValue
from desktop_app.gui.accessibility import fit_on_screen
from desktop_app.gui.models.facet_forest import quick_fold
from desktop_app.gui.models.facet_values_model import (
    COUNT,
    EXCLUDE,
    EXCLUDED,
    INCLUDE,
    NONE,
    VALUE,
    FacetFilterProxy,
    FacetValuesModel,
)


class ValuesView(QTableView):
    """The values table; typed letters jump to the next value starting with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyboardSearch(self, search: str) -> None:
        """Jump to the next row whose label starts with what was typed (accents aside)."""
        if (
            not self._since.isValid()
            or self._since.elapsed() > QApplication.keyboardInputInterval()
        ):
            self._typed = ""
        self._since.start()
        self._typed += search
        # the same letter again moves on to the next value; more letters refine in place
        repeated = len(set(self._typed)) == 1
        prefix = quick_fold(search if repeated else self._typed)
        model = self.model()
        n = model.rowCount()
        if not prefix or not n:
            return
        start = self.currentIndex().row() if self.currentIndex().isValid() else -1
        first = start + 1 if repeated else max(start, 0)
        for step in range(n):
            row = (first + step) % n
            label = model.index(row, VALUE).data()
            if quick_fold(str(label)).startswith(prefix):
                self.setCurrentIndex(model.index(row, VALUE))
                return


class FacetDialog(QDialog):
    """All values of one facet; :meth:`chosen` says what to include and exclude."""

    def __init__(
        self,
        title: str,
        values: Sequence[FacetValue],
        *,
        context: dict[str, str] | None = None,
        filter_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facetDialog")
        self.setWindowTitle(self.tr("%1: all values").replace("%1", title))
        self.setAccessibleName(self.windowTitle())
        self.model = FacetValuesModel(values, context, self)
        self.proxy = FacetFilterProxy(self.model, self)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("facetDialogFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter…"))
        self.filter_box.setAccessibleName(self.tr("Filter values"))
        self.filter_box.setClearButtonEnabled(True)
        self.sort = QComboBox(self)
        self.sort.setObjectName("facetDialogSort")
        self.sort.setAccessibleName(self.tr("Sort values"))
        self.sort.addItem(self.tr("Most resources first"), "count")
        self.sort.addItem(self.tr("A–Z"), "name")
        sort_label = QLabel(self.tr("&Sort:"), self)
        sort_label.setBuddy(self.sort)
        self.view = ValuesView(self)
        self.view.setObjectName("facetDialogValues")
        self.view.setAccessibleName(self.tr("Values"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widest = f"{max((v.count for v in values), default=0):,}"
        for col, text in ((COUNT, widest), (EXCLUDED, "")):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            wide = max(fm.horizontalAdvance(text), fm.horizontalAdvance(self.model.headers[col]))
            head.resizeSection(col, wide + 32)
        self.include_button = self._button(self.tr("&Include"), INCLUDE, "facetDialogInclude")
        self.exclude_button = self._button(self.tr("E&xclude"), EXCLUDE, "facetDialogExclude")
        self.clear_button = self._button(self.tr("C&lear"), NONE, "facetDialogClear")
        self.summary = QLabel(self)
        self.summary.setObjectName("facetDialogSummary")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = box.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        box.rejected.connect(self.reject)
        self._lay_out(sort_label, box)
        self.filter_box.textChanged.connect(self._filter)
        self.sort.currentIndexChanged.connect(self._sort)
        self.model.dataChanged.connect(self._summarise)
        self.filter_box.installEventFilter(self)
        self.view.installEventFilter(self)
        self.model.sort_by("count")
        self.filter_box.setText(filter_text)
        self._summarise()
        fit_on_screen(self, 560, 520)

    def _button(self, text: str, state: int, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.set_selected(state))
        return button

    def _lay_out(self, sort_label: QLabel, box: QDialogButtonBox) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(sort_label)
        top.addWidget(self.sort)
        actions = QHBoxLayout()
        for button in (self.include_button, self.exclude_button, self.clear_button):
            actions.addWidget(button)
        actions.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(box)

    # -- what the dialog does --------------------------------------------------------------------
    def chosen(self) -> tuple[set[str], set[str]]:
        """The values to include and to exclude, over all values (filtered out or not)."""
        return self.model.chosen()

    def set_selected(self, state: int) -> None:
        """Include, exclude or clear every selected row (or the current one)."""
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {self.proxy.mapToSource(current).row()}
        self.model.set_state(sorted(rows), state)

    def sort_by(self, key: str) -> None:
        """Most resources first ("count") or A–Z ("name"); the current value stays current."""
        self.sort.setCurrentIndex(self.sort.findData(key))

    def _sort(self) -> None:
        current = self.view.currentIndex()
        value = self.proxy.mapToSource(current).row() if current.isValid() else -1
        kept = self.model.rows[value].value if value >= 0 else None
        self.model.sort_by(str(self.sort.currentData()))
        if kept is not None:
            row = next(i for i, r in enumerate(self.model.rows) if r.value == kept)
            found = self.proxy.mapFromSource(self.model.index(row, VALUE))
            if found.isValid():
                self.view.setCurrentIndex(found)
                self.view.scrollTo(found)
        self._summarise()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, VALUE), self.view.selectionModel().SelectionFlag.NoUpdate
            )
        self._summarise()

    def _summarise(self, *_args: object) -> None:
        include, exclude = self.chosen()
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        parts = [
            self.tr("%1 of %2 values").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
            if shown != total
            else self.tr("%1 values").replace("%1", f"{total:,}")
        ]
        if include:
            parts.append(self.tr("%1 included").replace("%1", f"{len(include):,}"))
        if exclude:
            parts.append(self.tr("%1 excluded").replace("%1", f"{len(exclude):,}"))
        self.summary.setText(" · ".join(parts))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.filter_box and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(0, VALUE))
            return True
        if watched is self.view:
            if key == Qt.Key.Key_Space and not event.modifiers():
                self._toggle_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
                self.set_selected(NONE)
                return True
        return False

    def _toggle_selected(self) -> None:
        """Space: include the selected values, or clear them if all are included already."""
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        every = all(self.model.rows[r].state == INCLUDE for r in rows)
        self.model.set_state(sorted(rows), NONE if every else INCLUDE)
