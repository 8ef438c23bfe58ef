"""Finding more: similar resources, saved searches and recent searches in the window.

The window makes one :class:`FindingMore`, which puts its parts in place: the
Similar resources section under the detail pane, the saved searches above the
facet sidebar (each in a splitter, so the reader sizes them), and a Searches menu
(Save search…, Ctrl+S; Recent searches, in curator mode only). The parts listen
to the window's own signals; the window knows nothing of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from desktop_app.gui.menus import make_action
from desktop_app.gui.recent_searches import RecentSearch, RecentSearches, RecentSearchesMenu
from desktop_app.gui.saved_searches_part import SavedSearchesPart, run_search_as
from desktop_app.gui.settings import Settings
from desktop_app.gui.similar_resources import SimilarResources

if TYPE_CHECKING:
    from desktop_app.core.search.results import SearchResult
    from desktop_app.gui.main_window import MainWindow


def _beneath(splitter: QSplitter, widget: QWidget, added: QWidget, *, above: bool) -> QSplitter:
    """Put ``added`` above (or below) ``widget``, which sits in ``splitter``, in a new
    vertical splitter that takes its place."""
    column = QSplitter(Qt.Orientation.Vertical)
    column.setChildrenCollapsible(False)
    index = splitter.indexOf(widget)
    splitter.replaceWidget(index, column)
    column.addWidget(widget)
    column.insertWidget(0 if above else 1, added)
    widget.show()
    return column


class FindingMore(QObject):
    """Similar resources, saved searches and recent searches, placed in ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.similar = SimilarResources(window)
        self.saved = SavedSearchesPart(window)
        self.saved.status.connect(window.status.say)
        self.recent = RecentSearches.load(window.settings.recent_searches)
        self.recent_menu = RecentSearchesMenu(window)
        self.recent_menu.chosen.connect(self.run_recent)
        self.recent_menu.cleared.connect(self.clear_recent)
        self.recent_menu.show_entries(self.recent.entries)
        window.searchFinished.connect(self.record)
        window.curation.modeChanged.connect(self._mode_changed)
        self._place()
        self._mode_changed(window.state.curator)

    def _place(self) -> None:
        w = self.window
        self.detail_column = _beneath(w.splitter, w.detail, self.similar.pane, above=False)
        self.detail_column.setStretchFactor(0, 3)
        self.detail_column.setStretchFactor(1, 2)
        self.sidebar_column = _beneath(w.splitter, w.sidebar, self.saved.pane, above=True)
        self.sidebar_column.setStretchFactor(0, 1)
        self.sidebar_column.setStretchFactor(1, 4)
        w.setTabOrder(w.detail.copy_button, self.similar.pane.browser)
        menu = w.menus.menu("searches", self.tr("&Searches"), before="lists")
        self.act_save = make_action(
            self, self.tr("&Save search…"), self.saved.save_current, "Ctrl+S", "actionSaveSearch"
        )
        menu.addAction(self.act_save)
        self.recent_action = menu.addMenu(self.recent_menu.menu)

    # -- recent searches (curator mode only) --------------------------------------------------
    def _mode_changed(self, curator: bool) -> None:
        self.recent_action.setVisible(curator)

    def record(self, result: SearchResult) -> None:
        """Keep a curator's search among the recent ones; a reader's is never kept."""
        req = result.request
        if not self.window.state.curator or not req.curator or req.within is not None:
            return
        if self.recent.record(RecentSearch.of(req.query, req.include, req.exclude)):
            self._keep()

    def _keep(self) -> None:
        self.window.settings.recent_searches = self.recent.dump()
        self.recent_menu.show_entries(self.recent.entries)

    def clear_recent(self) -> None:
        """Forget the recent searches (here and in the settings)."""
        self.recent.clear()
        self.window.settings.qsettings.remove(Settings.recent_searches.key)
        self.recent_menu.show_entries([])

    def run_recent(self, entry: RecentSearch) -> None:
        run_search_as(self.window, entry.query, entry.include, entry.exclude)
