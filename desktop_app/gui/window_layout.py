"""Building the main window's widgets and menus (the window itself holds the behaviour)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.models.facet_model import FacetModel
from desktop_app.gui.models.results_model import ResultsModel
from desktop_app.gui.panes.detail_pane import DetailPane
from desktop_app.gui.panes.filters_bar import FiltersBar
from desktop_app.gui.panes.result_delegate import ResultDelegate

SORTS = (
    ("relevance", "Relevance"),
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("title", "Title A–Z"),
)
SYNTAX_HINT = (
    'Search… e.g. sexting, "online safety", topic:Cybercrime, '
    "country:Cambodia, year:2015..2020, -legislation"
)

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


def make_action(
    parent: QObject, text: str, slot: Any, shortcut: Any = None, name: str = ""
) -> QAction:
    """A translated action with an optional shortcut and object name (for tests)."""
    act = QAction(parent.tr(text), parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if name:
        act.setObjectName(name)
    act.triggered.connect(slot)
    return act


def build_ui(w: MainWindow) -> None:
    """Lay out the window's widgets and models (attributes on ``w``)."""
    central = QWidget(w)
    outer = QVBoxLayout(central)

    w.search_box = QLineEdit(central)
    w.search_box.setObjectName("searchBox")
    w.search_box.setPlaceholderText(SYNTAX_HINT)
    w.search_box.setAccessibleName(w.tr("Search"))
    w.search_box.setAccessibleDescription(SYNTAX_HINT)
    w.search_box.setClearButtonEnabled(True)
    w.search_box.textEdited.connect(lambda _t: w.debounce.start())
    w.search_box.returnPressed.connect(w._search_now)
    w.search_box.installEventFilter(w)
    w.completer = QCompleter([], w.search_box)
    w.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    w.search_box.setCompleter(w.completer)
    w.debounce = QTimer(w)
    w.debounce.setSingleShot(True)
    w.debounce.setInterval(250)
    w.debounce.timeout.connect(w.run_search)
    outer.addWidget(w.search_box)

    w.info = QLabel("", central)
    w.info.setObjectName("queryInfo")
    w.info.setAccessibleName(w.tr("How the search was understood"))
    w.info.setTextFormat(Qt.TextFormat.RichText)
    w.info.setWordWrap(True)
    w.info.linkActivated.connect(w._info_link)
    outer.addWidget(w.info)

    w.splitter = QSplitter(Qt.Orientation.Horizontal, central)
    # sidebar
    side = QWidget(w.splitter)
    side_l = QVBoxLayout(side)
    side_l.setContentsMargins(0, 0, 0, 0)
    w.facet_filter = QLineEdit(side)
    w.facet_filter.setObjectName("facetFilter")
    w.facet_filter.setPlaceholderText(w.tr("Filter facet values…"))
    w.facet_filter.setAccessibleName(w.tr("Filter facet values"))
    w.facet_filter.setClearButtonEnabled(True)
    w.facet_filter.textChanged.connect(w._filter_facets)
    w.facet_model = FacetModel(w)
    w.facet_model.toggled.connect(w.toggle_facet)
    w.facet_model.showAll.connect(lambda _f: w._refresh_facets())
    w.facet_tree = QTreeView(side)
    w.facet_tree.setObjectName("facetTree")
    w.facet_tree.setAccessibleName(w.tr("Facets"))
    w.facet_tree.setHeaderHidden(True)
    w.facet_tree.setModel(w.facet_model)
    w.facet_tree.setUniformRowHeights(True)
    w.facet_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    w.facet_tree.customContextMenuRequested.connect(w._facet_menu)
    w.facet_tree.clicked.connect(w._facet_clicked)
    w.facet_tree.activated.connect(w._facet_activated)
    w.facet_tree.expanded.connect(w._remember_expanded)
    w.facet_tree.collapsed.connect(w._remember_expanded)
    side_l.addWidget(w.facet_filter)
    side_l.addWidget(w.facet_tree, 1)

    # centre
    centre = QWidget(w.splitter)
    centre_l = QVBoxLayout(centre)
    centre_l.setContentsMargins(0, 0, 0, 0)
    w.filters_bar = FiltersBar(centre)
    w.filters_bar.removed.connect(w._remove_filter)
    w.filters_bar.clearAll.connect(w.clear_filters)
    top = QHBoxLayout()
    w.count_label = QLabel("", centre)
    w.count_label.setObjectName("countLabel")
    w.count_label.setAccessibleName(w.tr("Number of resources found"))
    w.sort_box = QComboBox(centre)
    w.sort_box.setObjectName("sortBox")
    w.sort_box.setAccessibleName(w.tr("Sort order"))
    for key, label in SORTS:
        w.sort_box.addItem(w.tr(label), key)
    w.sort_box.setCurrentIndex([k for k, _ in SORTS].index(w.sort))
    w.sort_box.currentIndexChanged.connect(w._sort_changed)
    top.addWidget(w.count_label, 1)
    top.addWidget(QLabel(w.tr("Sort:"), centre))
    top.addWidget(w.sort_box)
    w.results_model = ResultsModel(w)
    w.results_model.rowsWanted.connect(w.worker.load_rows)
    w.results_model.snippetsWanted.connect(w._want_snippets)
    w.results_model.moreWanted.connect(w._fetch_more)
    w.results_view = QListView(centre)
    w.results_view.setObjectName("resultsView")
    w.results_view.setAccessibleName(w.tr("Results"))
    w.results_view.setModel(w.results_model)
    w.results_view.setItemDelegate(ResultDelegate(w.results_view))
    w.results_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    w.results_view.setUniformItemSizes(True)
    w.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    w.results_view.selectionModel().currentChanged.connect(w._current_changed)
    w.results_view.selectionModel().selectionChanged.connect(lambda *_: w._update_actions())
    w.empty = QWidget(centre)
    empty_l = QVBoxLayout(w.empty)
    w.empty_label = QLabel("", w.empty)
    w.empty_label.setObjectName("emptyState")
    w.empty_label.setWordWrap(True)
    w.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.empty_label.setTextFormat(Qt.TextFormat.PlainText)
    w.empty_suggest = QPushButton("", w.empty)
    w.empty_suggest.setObjectName("emptySuggestion")
    w.empty_suggest.clicked.connect(w._use_suggestion)
    w.empty_clear = QPushButton(w.tr("Clear filters"), w.empty)
    w.empty_clear.setObjectName("emptyClear")
    w.empty_clear.clicked.connect(w.clear_filters)
    empty_l.addStretch(1)
    empty_l.addWidget(w.empty_label)
    for button in (w.empty_suggest, w.empty_clear):
        empty_l.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    empty_l.addStretch(2)
    w.stack = QStackedWidget(centre)
    w.stack.addWidget(w.results_view)
    w.stack.addWidget(w.empty)
    centre_l.addWidget(w.filters_bar)
    centre_l.addLayout(top)
    centre_l.addWidget(w.stack, 1)

    # detail
    w.detail = DetailPane(w.splitter)
    w.detail.facetClicked.connect(w.add_facet)
    w.detail.linkClicked.connect(w.open_link)
    w.detail.localCopyClicked.connect(w.open_local_copy)

    w.splitter.addWidget(side)
    w.splitter.addWidget(centre)
    w.splitter.addWidget(w.detail)
    w.splitter.setStretchFactor(0, 2)
    w.splitter.setStretchFactor(1, 5)
    w.splitter.setStretchFactor(2, 4)
    outer.addWidget(w.splitter, 1)
    w.setCentralWidget(central)

    w.status_label = QLabel("", w)
    w.status_label.setObjectName("statusLabel")
    w.status_label.setAccessibleName(w.tr("Status"))
    w.progress = QProgressBar(w)
    w.progress.setMaximumWidth(240)
    w.progress.setAccessibleName(w.tr("Progress"))
    w.progress.hide()
    w.statusBar().addWidget(w.status_label, 1)
    w.summary_label = QLabel("", w)
    w.summary_label.setObjectName("summaryLabel")
    w.summary_label.setAccessibleName(w.tr("Last import"))
    w.summary_label.setMaximumWidth(520)
    w.summary_label.hide()
    w.statusBar().addPermanentWidget(w.summary_label)
    w.statusBar().addPermanentWidget(w.progress)

    w.setTabOrder(w.search_box, w.facet_filter)
    w.setTabOrder(w.facet_filter, w.facet_tree)
    w.setTabOrder(w.facet_tree, w.results_view)
    w.setTabOrder(w.results_view, w.detail.browser)
    w.setTabOrder(w.detail.browser, w.detail.copy_button)


def build_menus(w: MainWindow) -> None:
    """The menu bar; other parts (curation, transfers) add their actions later."""
    bar = w.menuBar()

    def action(menu: QMenu, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        act = make_action(w, text, slot, shortcut, name)
        menu.addAction(act)
        return act

    file_menu = bar.addMenu(w.tr("&File"))
    action(file_menu, "&Quit", w.close, QKeySequence.StandardKey.Quit, "actionQuit")

    edit = bar.addMenu(w.tr("&Edit"))
    action(edit, "&Find", w.focus_search, QKeySequence.StandardKey.Find, "actionFind")
    w.act_copy = action(
        edit, "Copy &citation", w.copy_citations, "Ctrl+Shift+C", "actionCopyCitation"
    )

    view = bar.addMenu(w.tr("&View"))
    action(view, "Go to results &list", w.focus_list, "Ctrl+L", "actionFocusList")
    action(
        view,
        "&Larger text",
        lambda: w.change_text_size(1),
        QKeySequence.StandardKey.ZoomIn,
        "actionZoomIn",
    )
    w.addAction(w._extra_shortcut("Ctrl+=", lambda: w.change_text_size(1)))
    action(
        view,
        "&Smaller text",
        lambda: w.change_text_size(-1),
        QKeySequence.StandardKey.ZoomOut,
        "actionZoomOut",
    )
    action(view, "&Normal text size", lambda: w.change_text_size(0), "Ctrl+0")
    view.addSeparator()
    action(view, "Clear all &filters", w.clear_filters, "Ctrl+Shift+Backspace")

    lists = bar.addMenu(w.tr("&Reading lists"))
    w.act_add_list = action(
        lists,
        "&Add selection to reading list…",
        w.add_selection_to_list,
        "Ctrl+D",
        "actionAddToList",
    )
    w.open_list_menu = lists.addMenu(w.tr("&Open reading list"))
    w.open_list_menu.setObjectName("menuOpenList")
    action(lists, "Show the &whole library", w.close_reading_list, None)

    help_menu = bar.addMenu(w.tr("&Help"))
    action(help_menu, "&Help", w.show_help, QKeySequence.StandardKey.HelpContents, "actionHelp")
    action(help_menu, "&About", w.show_about, None, "actionAbout")
    w._update_actions()
