"""The results pane: count and sort above the list of results, or an empty state
that says why nothing was found and what to try instead.

The list's model holds only ids and asks for rows and snippets by signal
(``rowsWanted``, ``snippetsWanted``, ``moreWanted``); the window answers them from
the worker. Rows are as tall as their text (``ResultDelegate``) and are laid out
again when the list's width, the text size or a row's content changes. Enter on a
row asks to open it (``openRequested``), a right-click for the results menu
(``menuRequested``); a search answered for a corrected spelling says so above the
list, with a link to search the words as typed (``literalRequested``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.records import ResourceView
from desktop_app.core.search.results import SearchResult, Snippet
from desktop_app.gui.models.results_model import IdRole, ResultsModel, ViewRole
from desktop_app.gui.panes.result_delegate import ResultDelegate
from desktop_app.gui.search_state import SORTS

FOCUS_STYLE = (
    "QListView#resultsView { border: 1px solid palette(mid); padding: 1px; }"
    "QListView#resultsView:focus { border: 2px solid palette(highlight); padding: 0px; }"
)


class ResultsView(QListView):
    """The list of results: rows laid out again when its width changes; Enter opens
    the current row and the context menu is asked for by signal."""

    enterPressed = Signal()
    menuAsked = Signal(QPoint)  # global position

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows wrap to the new width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enterPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if event.reason() != QContextMenuEvent.Reason.Keyboard and index.isValid():
            if not self.selectionModel().isSelected(index):
                self.setCurrentIndex(index)  # the row clicked, unless it is in the selection
            else:
                self.selectionModel().setCurrentIndex(
                    index, self.selectionModel().SelectionFlag.NoUpdate
                )
        current = self.currentIndex()
        if not current.isValid():
            return
        at = event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            at = self.viewport().mapToGlobal(self.visualRect(current).center())
        self.menuAsked.emit(at)


class ResultsPane(QWidget):
    """The centre of the window: what a search found, one page at a time."""

    sortChanged = Signal(str)
    currentChanged = Signal(object)  # the current row's ResourceView, or None
    selectionChanged = Signal()
    opened = Signal()  # a double-click on a result
    openRequested = Signal()  # Enter on a result: open its link or local copy
    menuRequested = Signal(QPoint)  # a context menu for the current result, at this point
    similarRequested = Signal(int)  # "Show similar" for this resource id
    literalRequested = Signal(str)  # search these words as typed, with no spelling correction
    suggestionChosen = Signal()
    clearFilters = Signal()
    rowsWanted = Signal(object)  # [ids]
    snippetsWanted = Signal(object)  # [ids]
    moreWanted = Signal(int)  # offset

    def __init__(self, sort: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Number of resources found"))
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        self.sort_box.setAccessibleName(self.tr("Sort order"))
        for key, label in SORTS:
            self.sort_box.addItem(self.tr(label), key)  # marked in search_state.SORTS
        self.sort_box.setCurrentIndex([k for k, _ in SORTS].index(sort))
        self.sort_box.currentIndexChanged.connect(
            lambda _i: self.sortChanged.emit(self.sort_box.currentData())
        )
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        self.sort_label = QLabel(self.tr("S&ort:"), self)
        self.sort_label.setBuddy(self.sort_box)  # Alt+O; screen readers name the box by it
        top.addWidget(self.sort_label)
        top.addWidget(self.sort_box)
        self.correction = QLabel("", self)
        self.correction.setObjectName("correctionLabel")
        self.correction.setTextFormat(Qt.TextFormat.RichText)
        self.correction.setWordWrap(True)
        self.correction.setVisible(False)
        self.correction.linkActivated.connect(self._literal)
        self._corrected_from = ""
        self.model = ResultsModel(self)
        self.model.rowsWanted.connect(self.rowsWanted)
        self.model.snippetsWanted.connect(self.snippetsWanted)
        self.model.moreWanted.connect(self.moreWanted)
        self.view = self._list_view()
        self.empty = self._empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.correction)
        layout.addWidget(self.stack, 1)

    def _list_view(self) -> ResultsView:
        view = ResultsView(self)
        view.setObjectName("resultsView")
        view.setAccessibleName(self.tr("Results"))
        view.setModel(self.model)
        self.delegate = ResultDelegate(view)
        view.setItemDelegate(self.delegate)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setUniformItemSizes(False)  # each row as tall as its text
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setStyleSheet(FOCUS_STYLE)
        # a row that loaded or got its snippet may change height: lay the rows out again
        self.model.dataChanged.connect(lambda first, *_: self.delegate.sizeHintChanged.emit(first))
        view.selectionModel().currentChanged.connect(self._current_changed)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.doubleClicked.connect(lambda _i: self.opened.emit())
        view.enterPressed.connect(self.openRequested)
        view.menuAsked.connect(self.menuRequested)
        return view

    def _empty_state(self) -> QWidget:
        empty = QWidget(self)
        layout = QVBoxLayout(empty)
        self.empty_label = QLabel("", empty)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_suggest = QPushButton("", empty)
        self.empty_suggest.setObjectName("emptySuggestion")
        self.empty_suggest.clicked.connect(self.suggestionChosen)
        self.empty_clear = QPushButton(self.tr("Clear filters"), empty)
        self.empty_clear.setObjectName("emptyClear")
        self.empty_clear.clicked.connect(self.clearFilters)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        for button in (self.empty_suggest, self.empty_clear):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return empty

    # -- showing a search --------------------------------------------------------------------
    def show_result(self, result: SearchResult, *, refresh: bool) -> None:
        """The first page of a search; after a change (``refresh``) with the same rows,
        the list is kept as it is (the changed rows reload on their own)."""
        same = (
            refresh
            and result.ids[: len(self.model.ids)] == self.model.ids[: len(result.ids)]
            and result.total == self.model.total
        )
        if not same:
            keep = self.current_id() if refresh else None
            self.model.reset(result.ids, result.total)
            if keep in result.ids:  # a change moved the current row: it stays current
                self.view.setCurrentIndex(self.model.index(result.ids.index(keep)))
        none = self.tr("No resources")  # reads better than "0 recurso" (pt_BR, fr: 0 is one)
        n = result.total
        self.count_label.setText(self.tr("%Ln resource(s)", "", n) if n else none)
        self.show_correction(
            result.request.query if result.corrected_from else "", result.corrected_from or ""
        )

    def show_correction(self, corrected: str, typed: str) -> None:
        """Say that the results are for ``corrected``, with a link to search ``typed``
        as typed; nothing when ``typed`` is empty."""
        self._corrected_from = typed
        if typed:
            e = html.escape
            self.correction.setText(
                e(self.tr("Showing results for %1.")).replace(
                    "%1", f"<b><i>{e(corrected.strip())}</i></b>"
                )
                + " "
                + e(self.tr("Search instead for %1")).replace(
                    "%1", f"<a href='literal'><i>{e(typed.strip())}</i></a>"
                )
            )
        self.correction.setVisible(bool(typed))

    def show_list(self) -> None:
        """Show the results (not the empty state)."""
        self.stack.setCurrentWidget(self.view)

    def show_empty(
        self, query: str, *, filtered: bool, in_list: bool, suggestion: str | None
    ) -> None:
        """Nothing found: say why, offer the suggestion, and Clear filters if any."""
        if query and filtered:
            why = self.tr("No resources match “%1” with the filters you chose.").replace(
                "%1", query
            )
        elif query:
            why = self.tr("No resources match “%1”.").replace("%1", query)
        elif in_list:
            why = self.tr("This reading list is empty.")
        elif not filtered:
            why = self.tr(
                "No resources yet: import a file or a collection pack "
                "(File ▸ Import…, File ▸ Import collection pack…, in curator mode)."
            )
        else:
            why = self.tr("No resources match the filters you chose.")
        self.empty_label.setText(why)
        self.empty_suggest.setVisible(bool(suggestion))
        if suggestion:
            self.empty_suggest.setText(self.tr("Search for “%1” instead").replace("%1", suggestion))
        self.empty_clear.setVisible(filtered)
        self.stack.setCurrentWidget(self.empty)

    def append(self, offset: int, ids: list[int]) -> None:
        """The next page of the same search, from ``offset`` on."""
        self.model.append(offset, ids)

    def add_views(self, views: dict[int, ResourceView]) -> None:
        """Rows the worker loaded."""
        self.model.add_views(views)

    def add_snippets(self, snippets: dict[int, Snippet]) -> None:
        """Highlighted snippets the worker made."""
        self.model.add_snippets(snippets)

    def forget(self, ids: list[int]) -> None:
        """Rows changed elsewhere: drop them from the cache; they reload when shown."""
        self.model.forget(ids)

    @property
    def total(self) -> int:
        """How many resources the search found (more than the rows loaded so far)."""
        return self.model.total

    def set_text_font(self, font: QFont) -> None:
        """The font of the results (the text size setting): rows are laid out again."""
        self.view.setFont(font)
        self.view.scheduleDelayedItemsLayout()

    def current_id(self) -> int | None:
        """The current row's resource id (loaded or not), or None."""
        current = self.view.currentIndex()
        rid = current.data(IdRole) if current.isValid() else None
        return int(rid) if rid is not None else None

    def request_similar(self) -> None:
        """Ask for resources like the current one (``similarRequested``)."""
        rid = self.current_id()
        if rid is not None:
            self.similarRequested.emit(rid)

    # -- the current row and the selection ---------------------------------------------------
    def current_view(self) -> ResourceView | None:
        """The current row's resource, or None (no current row, or not loaded yet)."""
        current = self.view.currentIndex()
        view: ResourceView | None = current.data(ViewRole) if current.isValid() else None
        return view

    def has_current(self) -> bool:
        """True when a row is current (loaded or not)."""
        return self.view.currentIndex().isValid()

    def select_first(self) -> bool:
        """Make the first row current; False when there are no rows."""
        if not self.model.rowCount():
            return False
        self.view.setCurrentIndex(self.model.index(0))
        return True

    def selected_ids(self) -> list[int]:
        """The selected rows' ids in list order, or the current row's when none is selected."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        ids = [self.model.ids[r] for r in rows]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.model.ids[self.view.currentIndex().row()]]
        return ids

    def chosen_ids(self) -> list[int]:
        """The ids the user selected (none if there is only a current row)."""
        return self.selected_ids() if self.view.selectionModel().hasSelection() else []

    def loaded_views(self, ids: list[int]) -> list[ResourceView]:
        """The resources of ``ids`` that are loaded, in that order."""
        return [self.model.views[i] for i in ids if i in self.model.views]

    def focus_list(self) -> None:
        """Keyboard focus to the list, with a current row if there are any."""
        self.view.setFocus()
        if not self.view.currentIndex().isValid():
            self.select_first()

    def _literal(self, _link: str) -> None:
        if self._corrected_from:
            self.literalRequested.emit(self._corrected_from)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentChanged.emit(current.data(ViewRole) if current.isValid() else None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selectionChanged.emit()
