"""The main window: it composes the panes and wires them to the worker.

Search bar above; facet sidebar, filter chips over the results, and the detail
pane side by side below. Each pane owns its widgets and speaks by signal; curator
mode (:class:`Curation`) and File ▸ Export/Import (:class:`Transfers`) get what
they need passed in. The window keeps the search state (:class:`SearchState`),
turns the worker's answers into pane updates, and after a change to the library
refreshes only what the change can affect.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.library.records import ResourceView
from desktop_app.core.library.values import ListInfo
from desktop_app.core.open_library import OpenLibrary
from desktop_app.core.search import first_page
from desktop_app.core.search.results import SearchRequest, SearchResult, Snippet
from desktop_app.gui import links
from desktop_app.gui.accessibility import Accessibility
from desktop_app.gui.curator_mode import Curation
from desktop_app.gui.finding_more import FindingMore
from desktop_app.gui.library_opener import LibraryOpener
from desktop_app.gui.menus import Menus, build_window_menus
from desktop_app.gui.panes.detail_pane import DetailPane, citation
from desktop_app.gui.panes.facet_sidebar import FacetSidebar
from desktop_app.gui.panes.filters_bar import FiltersBar
from desktop_app.gui.panes.results_pane import ResultsPane
from desktop_app.gui.panes.search_bar import SearchBar
from desktop_app.gui.panes.status_bar import StatusBar
from desktop_app.gui.reading_lists_menu import ReadingListsMenu
from desktop_app.gui.result_actions import ResultActions
from desktop_app.gui.search_state import SearchState
from desktop_app.gui.settings import Settings
from desktop_app.gui.shared_catalogue import SharedCatalogue
from desktop_app.gui.strings import core_text
from desktop_app.gui.text_extraction import TextExtraction
from desktop_app.gui.topic_labels import TopicLabels
from desktop_app.gui.transfers import Transfers
from desktop_app.gui.window_layout import restore_layout, save_layout
from desktop_app.gui.worker import Worker
from desktop_app.gui.zoom import Zoom

if TYPE_CHECKING:
    from desktop_app.core.service import Catalogue, ChangeSet


class MainWindow(QMainWindow):
    """The window on one library; ``searchFinished`` follows every first page of results."""

    ready = Signal()
    searchFinished = Signal(object)  # SearchResult
    openFailed = Signal(str)  # the library could not be opened: why
    listsUpdated = Signal(object)  # [ListInfo]
    exported = Signal(str)  # path, after an export or pack finished
    imported = Signal(str)  # summary, after an import or pack merge finished

    def __init__(self, library: OpenLibrary, settings: Settings) -> None:
        super().__init__()
        self.library = library  # opened by the worker, behind the window
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME} — {library.display_name}")
        self.setObjectName("mainWindow")
        self.state = SearchState(sort=settings.sort)
        self.is_ready = False
        self._refreshing = False  # the next answer follows a change, not a new search
        self.worker = Worker(library, self)

        self.search_bar = SearchBar()
        self.sidebar = FacetSidebar(settings.expanded_facets)
        self.filters_bar = FiltersBar()
        self.results = ResultsPane(self.state.sort)
        self.detail = DetailPane()
        self.status = StatusBar(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self._lay_out()
        self.curation = Curation(self.worker, self, self.results.selected_ids)
        self.transfers = Transfers(self.worker, self, self.state, self.results, self.curation)
        self.lists_menu = ReadingListsMenu(self.worker, self, self.results.selected_ids)
        self.zoom = Zoom(
            self, settings, ((self.sidebar, 26), (self.results, 40), (self.detail, 24))
        )
        self.menus = Menus(self, self.menuBar())
        self.act_copy = build_window_menus(self)
        self._wire()
        self.result_actions = ResultActions(self)  # open, context menu, detail links
        self.finding = FindingMore(self)  # similar, saved and recent searches (issue 13)
        self.access = Accessibility(self)  # Tab order, descriptions (issue 14)
        self.topic_labels = TopicLabels(self)  # topics in the interface's language
        self.text_extraction = TextExtraction(self)  # text of local copies (issue 15)
        self.shared = SharedCatalogue(self)  # changes made elsewhere; offline (issue 16)
        self.opener = LibraryOpener(
            self, type(self)
        )  # File ▸ Open library…: a file or a server (issue 16)
        self._restore()
        self.status.say(self.tr("Opening the library…"))  # typing meanwhile is kept
        self.worker.open()

    # -- building --------------------------------------------------------------------------
    def _lay_out(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.addWidget(self.search_bar)
        centre = QWidget(self.splitter)
        centre_l = QVBoxLayout(centre)
        centre_l.setContentsMargins(0, 0, 0, 0)
        centre_l.addWidget(self.filters_bar)
        centre_l.addWidget(self.results, 1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        for pane, stretch in enumerate((2, 5, 4)):
            self.splitter.setStretchFactor(pane, stretch)
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setStatusBar(self.status)
        chain = (
            self.search_bar.box,
            self.sidebar.filter_box,
            self.sidebar.tree,
            self.results.view,
            self.detail.browser,
            self.detail.copy_button,
        )
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

    def _wire(self) -> None:
        b = self.worker.backend
        b.opened.connect(self._opened)
        b.openFailed.connect(self._open_failed)
        b.progress.connect(self._progress)
        b.searched.connect(self._searched)
        b.rowsLoaded.connect(self._rows_loaded)
        b.snippetsReady.connect(self._snippets_ready)
        b.listsChanged.connect(self.lists_menu.show_lists)
        b.listOpened.connect(self._list_opened)
        b.failed.connect(self._failed)
        b.changed.connect(self._library_changed)
        self.search_bar.typed.connect(self.run_search)
        self.search_bar.submitted.connect(self.run_search)
        self.search_bar.down.connect(self.focus_list)
        self.search_bar.suggestionChosen.connect(self.use_suggestion)
        self.sidebar.toggled.connect(self._facet_toggled)
        self.sidebar.expansionChanged.connect(self._expansion_changed)
        self.filters_bar.removed.connect(self._remove_filter)
        self.filters_bar.clearAll.connect(self.clear_filters)
        r = self.results
        r.sortChanged.connect(self._sort_changed)
        r.currentChanged.connect(self.detail.show_resource)
        r.selectionChanged.connect(self._update_actions)
        r.opened.connect(self.curation.edit_current)
        r.suggestionChosen.connect(self.use_suggestion)
        r.clearFilters.connect(self.clear_filters)
        r.rowsWanted.connect(self.worker.load_rows)
        r.snippetsWanted.connect(self._want_snippets)
        r.moreWanted.connect(self._fetch_more)
        self.detail.facetClicked.connect(self.add_facet)
        self.detail.linkClicked.connect(self.open_link)
        self.detail.localCopyClicked.connect(self.open_local_copy)
        self.curation.status.connect(self.status.say)
        self.curation.modeChanged.connect(self._mode_changed)
        self.curation.staffSettingChanged.connect(self._staff_setting_changed)
        self.lists_menu.openRequested.connect(self.open_reading_list)
        self.lists_menu.closeRequested.connect(self.close_reading_list)
        self.lists_menu.listsUpdated.connect(self.listsUpdated)
        self.transfers.status.connect(self.status.say)
        self.transfers.summary.connect(self.status.show_summary)
        self.transfers.exported.connect(self.exported)
        self.transfers.imported.connect(self.imported)
        self.transfers.imported.connect(self.lists_menu.refresh)  # a pack may bring lists
        self._update_actions()

    def _restore(self) -> None:
        restore_layout(self, self.splitter, self.settings)
        self.zoom.apply(self.settings.text_size)
        self.sidebar.restore_expansion()

    # -- the state, for whoever asks (tests, benchmarks) -----------------------------------------
    @property
    def catalogue(self) -> Catalogue:
        """The library's catalogue, once the worker has opened it."""
        return self.worker.catalogue

    @property
    def search_box(self) -> QLineEdit:
        """The search box (it belongs to the search bar)."""
        return self.search_bar.box

    @property
    def curator(self) -> bool:
        """True in curator mode."""
        return self.state.curator

    @property
    def include(self) -> dict[str, set[str]]:
        """The facet values the search keeps."""
        return self.state.include

    @property
    def reading_list(self) -> tuple[str, list[int]] | None:
        """The open reading list (name, ids), or None."""
        return self.state.reading_list

    @property
    def last_request(self) -> SearchRequest:
        """The request of the newest search (what an export of the results exports)."""
        return self.state.last_request

    @property
    def last_result(self) -> SearchResult | None:
        """The first page of the newest search answered, or None before any."""
        return self.state.last_result

    # -- opening ---------------------------------------------------------------------------------

    def _progress(self, done: int, total: int, message: str) -> None:
        self.status.show_progress(done, total, core_text(message))

    def show_first_page(self) -> bool:
        """Show the page kept from the last start while the library opens (if still true)."""
        request = self.state.request("")
        self.library.keep_first_page(request)
        kept = first_page.load(self.library.path, request)
        if kept is not None:
            self._refreshing = True  # the live answer keeps the row the reader is on
            self._show(kept[0])
            self._rows_loaded(kept[1])
            self.status.say(self.tr("Opening the library…"))
        return kept is not None

    def _opened(self, _action: str) -> None:
        self.is_ready = True
        self.status.say("")
        self.status.hide_progress()
        self.search_bar.box.setFocus()
        self.run_search()
        self.ready.emit()

    def _open_failed(self, message: str) -> None:
        self.status.say(message)
        self.openFailed.emit(message)

    def _failed(self, message: str) -> None:
        self.status.say(message)
        self.status.hide_progress()
        QMessageBox.warning(self, APP_NAME, message)

    # -- searching --------------------------------------------------------------------------------
    def search_now(self) -> None:
        """Search at once for what is typed (Enter): no wait for the typing pause."""
        self.search_bar.commit()
        self.run_search()

    def run_search(self) -> None:
        """Search again with what is typed and chosen (nothing while the index opens)."""
        if not self.is_ready:
            return
        self.sidebar.set_filters(self.state.include, self.state.exclude)
        request = self.state.start(self.search_bar.text())
        self.worker.search(self.state.token, request)

    def _fetch_more(self, offset: int) -> None:
        self.worker.search(self.state.token, self.state.request(self.search_bar.text(), offset))

    def _searched(self, token: int, result: SearchResult) -> None:
        if token != self.state.token:
            return  # a late answer to an older search
        if result.request.offset:
            self.results.append(result.request.offset, result.ids)
            return
        self._show(result)
        self.searchFinished.emit(result)

    def _show(self, result: SearchResult) -> None:
        self.state.last_result = result
        refresh, self._refreshing = self._refreshing, False
        self.results.show_result(result, refresh=refresh)
        self.sidebar.show_facets(result.facets, result.country_regions)
        self.filters_bar.show_state(self.state)
        self.search_bar.show_understood(result)
        self._show_count(result)
        if refresh and self.results.has_current():
            view = self.results.current_view()
            if view is not self.detail.view:  # the detail pane keeps an unchanged resource
                self.detail.show_resource(view)
        elif not self.results.select_first():
            self.detail.show_resource(None)
        self._update_actions()

    def _show_count(self, result: SearchResult) -> None:
        self.status.say(
            (
                self.tr("%Ln resource(s) · search took %1 ms", "", result.total)
                if result.total
                else self.tr("No resources · search took %1 ms")
            ).replace("%1", QLocale().toString(round(result.elapsed_ms))),
            spoken=self.results.count_label.text(),  # a screen reader hears the count only
        )
        if result.total:
            self.results.show_list()
        else:
            self.results.show_empty(
                self.search_bar.query(),
                filtered=self.state.filtered,
                in_list=self.state.reading_list is not None,
                suggestion=result.suggestion,
            )

    def show_summary(self, text: str) -> None:
        """A lasting message in the status bar (the search count does not overwrite it)."""
        self.status.show_summary(text)

    def use_suggestion(self) -> None:
        """Search for the spelling the last search suggested ("Did you mean …")."""
        result = self.state.last_result
        if result and result.suggestion:
            self.search_bar.set_text(result.suggestion)
            self.search_now()

    def _sort_changed(self, sort: str) -> None:
        self.state.sort = sort
        self.settings.sort = sort
        self.run_search()

    # -- facets --------------------------------------------------------------------------------
    def toggle_facet(self, facet: str, value: str) -> None:
        """Keep only resources with ``value`` (or stop doing so)."""
        self.state.toggle(facet, value)
        self.run_search()

    def toggle_exclude(self, facet: str, value: str) -> None:
        """Leave out resources with ``value`` (or stop doing so)."""
        self.state.toggle(facet, value, exclude=True)
        self.run_search()

    def _facet_toggled(self, facet: str, value: str, exclude: bool) -> None:
        (self.toggle_exclude if exclude else self.toggle_facet)(facet, value)

    def add_facet(self, facet: str, value: str) -> None:
        """From a detail-pane link: include the value (never toggles it off)."""
        self.state.add(facet, value)
        self.run_search()

    def _remove_filter(self, facet: str, value: str, excluded: bool) -> None:
        if facet == "list":
            self.close_reading_list()
            return
        self.state.remove(facet, value, excluded)
        self.run_search()

    def clear_filters(self) -> None:
        """No facet filters and no reading list."""
        self.state.clear()
        self.run_search()

    def _expansion_changed(self, names: list[str]) -> None:
        self.settings.expanded_facets = names

    # -- results and details --------------------------------------------------------------------
    def _rows_loaded(self, views: dict[int, ResourceView]) -> None:
        self.results.add_views(views)
        if self.results.has_current() and self.detail.view is None:
            self.detail.show_resource(self.results.current_view())

    def _library_changed(self, changes: ChangeSet) -> None:
        """After any write: reload the changed rows, keep the detail pane's resource
        unless it changed, and search again only if the change can alter the results."""
        self.results.forget(sorted(changes.touched))
        shown = self.detail.view
        if shown is not None and shown.id in changes.touched:
            self.detail.show_resource(None)  # shown again once its row has reloaded
        if self.state.affected_by(changes):
            self._refreshing = True
            self.run_search()

    def _want_snippets(self, ids: list[int]) -> None:
        result = self.state.last_result  # its words, corrected or not, are highlighted
        if not self.state.showing_latest():
            return  # rows of an older search: the newer one's rows ask when it is shown
        query = result.request.query if result is not None else self.search_bar.text()
        self.worker.snippets(self.state.token, ids, query, self.state.curator)

    def _snippets_ready(self, token: int, snippets: dict[int, Snippet]) -> None:
        if token == self.state.token:
            self.results.add_snippets(snippets)

    def selected_ids(self) -> list[int]:
        """The selected results' ids, or the current one's when none is selected."""
        return self.results.selected_ids()

    def _update_actions(self) -> None:
        has = bool(self.results.model.rowCount())
        self.act_copy.setEnabled(has)
        self.lists_menu.act_add.setEnabled(has)

    def copy_citations(self) -> None:
        """The selected resources' citations to the clipboard, one a line."""
        views = self.results.loaded_views(self.selected_ids())
        if views:
            QApplication.clipboard().setText("\n".join(citation(v) for v in views))
            self.status.say(self.tr("%Ln citation(s) copied", "", len(views)))

    # -- curator mode ---------------------------------------------------------------------------
    def _mode_changed(self, curator: bool) -> None:
        self.state.curator = curator
        self.detail.set_curator(curator)
        self.transfers.set_writable(curator)
        title = self.windowTitle().split(" [")[0]
        self.setWindowTitle(title + (self.tr(" [curator]") if curator else ""))
        self.run_search()

    def _staff_setting_changed(self, hide_staff: bool) -> None:
        self.state.hide_staff = hide_staff
        self.run_search()

    # -- reading lists ----------------------------------------------------------------------------
    def add_selection_to_list(self, name: str | None = None) -> None:
        """Add the selected resources to reading list ``name`` (asked for when not given)."""
        self.lists_menu.add_selection(name)

    @property
    def lists(self) -> list[ListInfo]:
        """The library's reading lists, as last heard from the worker."""
        return self.lists_menu.lists

    def open_reading_list(self, name: str) -> None:
        """Search within reading list ``name``."""
        self.worker.open_list(name)

    def close_reading_list(self) -> None:
        """Search the whole library again."""
        self.state.reading_list = None
        self.run_search()

    def _list_opened(self, name: str, ids: list[int]) -> None:
        self.lists_menu.prepare_open(self.state, self.search_bar, name, ids)
        self.run_search()

    # -- links -------------------------------------------------------------------------------------
    def open_local_copy(self, value: str) -> bool:
        """Open a resource's local copy with the system's viewer (no network involved)."""
        return links.open_local_copy(self, self.catalogue.library, value)

    def open_link(self, url: QUrl) -> bool:
        """Open a web or e-mail link in the browser (others are refused with a message)."""
        return links.open_link(self, url, self.settings)

    # -- keyboard and view --------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected."""
        self.search_bar.focus()

    def focus_list(self) -> None:
        """Ctrl+L or Down in the search box: the results list."""
        self.results.focus_list()

    def change_text_size(self, step: int) -> None:
        """The whole window's text one point larger (1), smaller (-1) or normal (0)."""
        self.zoom.change(step)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_layout(self, self.splitter, self.settings)
        self.worker.stop()
        super().closeEvent(event)
