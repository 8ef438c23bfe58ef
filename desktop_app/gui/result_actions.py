"""What a reader does with a result besides reading it.

- Enter on a result opens its local copy, or else its link (after the same notice
  as a link in the detail pane: ``links``).
- The results' context menu: Add to reading list (each list, or a new one), Copy
  citation, Open, Edit (curator mode), Show similar (``ResultsPane.similarRequested``,
  for whoever shows similar resources).
- A value clicked in the detail pane shows everything with it: a new search with no
  words and no other filters; Ctrl/Shift-click adds it to the search (the window's
  ``add_facet``).
- After a spelling correction, "Search instead for …" searches the words as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtWidgets import QMenu

from desktop_app.gui.document_hits import DocumentHits

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class ResultActions(QObject):
    """The window's result actions; made by the window with one line."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the context menu last shown
        results = window.results
        results.openRequested.connect(self.open_current)
        results.menuRequested.connect(self.show_menu)
        results.literalRequested.connect(self.search_as_typed)
        window.detail.facetOpened.connect(self.show_everything_with)
        self.document_hits = DocumentHits(window)  # found in the document: page (issue 15)

    # -- opening --------------------------------------------------------------------------------
    def open_current(self) -> bool:
        """Open the current result's local copy, or else its link; False if nothing opened."""
        w = self.window
        view = w.results.current_view()
        if view is None:
            return False
        if view.local_file:
            return w.open_local_copy(view.local_file)
        if view.url:
            return w.open_link(QUrl(view.url))
        w.status.say(self.tr("“%1” has no link or local copy to open.").replace("%1", view.title))
        return False

    # -- the context menu -----------------------------------------------------------------------
    def build_menu(self) -> QMenu:
        """The context menu for the current result (and the selection it is in)."""
        w = self.window
        menu = QMenu(w)
        menu.setObjectName("resultsMenu")
        lists = menu.addMenu(self.tr("Add to reading &list"))
        lists.setObjectName("menuAddToList")
        for info in w.lists_menu.lists:
            act = lists.addAction(info.name)
            act.triggered.connect(lambda _=False, n=info.name: w.lists_menu.add_selection(n))
        if w.lists_menu.lists:
            lists.addSeparator()
        new = lists.addAction(self.tr("&New list…"))
        new.setObjectName("actionNewListFromMenu")
        new.triggered.connect(lambda: w.lists_menu.add_selection(None))
        copy = menu.addAction(self.tr("Copy &citation"))
        copy.setObjectName("actionMenuCopyCitation")
        copy.triggered.connect(w.copy_citations)
        view = w.results.current_view()
        opener = menu.addAction(self.tr("&Open"))
        opener.setObjectName("actionMenuOpen")
        opener.setEnabled(view is not None and bool(view.local_file or view.url))
        opener.triggered.connect(self.open_current)
        if w.curator:
            edit = menu.addAction(self.tr("&Edit…"))
            edit.setObjectName("actionMenuEdit")
            edit.triggered.connect(w.curation.edit_current)
        menu.addSeparator()
        similar = menu.addAction(self.tr("Show &similar"))
        similar.setObjectName("actionMenuSimilar")
        similar.triggered.connect(w.results.request_similar)
        return menu

    def show_menu(self, at: QPoint) -> None:
        """Pop the context menu up at ``at`` (global); it goes when closed."""
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build_menu()
        self.menu.popup(at)

    # -- searches started here ------------------------------------------------------------------
    def show_everything_with(self, facet: str, value: str) -> None:
        """A new search: no words, no other filter or reading list, only ``value``."""
        w = self.window
        w.search_bar.set_text("")
        w.state.clear()
        w.state.add(facet, value)
        w.run_search()

    def search_as_typed(self, text: str) -> None:
        """Search ``text`` with no spelling correction ("Search instead for …")."""
        w = self.window
        w.state.literal = text.strip()
        w.search_bar.set_text(text)
        w.run_search()
