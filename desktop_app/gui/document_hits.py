"""Results found inside their documents: the detail pane says where, and opens there.

The search's snippet of the current result says whether its local copy's text
matched and on which page (``Snippet.in_document``, ``page``). The detail pane
shows "Found in the document · p. 34" with "Open at page 34". No system viewer
can be told a page through the desktop's "open this file" (xdg-open, the Windows
shell and macOS's ``open`` drop a ``#page=`` fragment, or fail on it), so the file
is opened through the library's one allow-listed path (``links.open_local_copy``)
and the status bar says the page: "The words are on page 34". Enter on such a
result says it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from desktop_app.core.library.records import ResourceView
from desktop_app.core.search.results import Snippet

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class DocumentHits(QObject):
    """Keeps the detail pane told where the search found the current result."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        results = window.results
        results.currentChanged.connect(self._current_changed)
        results.model.dataChanged.connect(self._snippets_changed)
        results.model.modelReset.connect(self._snippets_changed)
        results.openRequested.connect(self._opened)  # after the result was opened
        window.detail.localCopyPageClicked.connect(self.open_at_page)

    def current_hit(self) -> Snippet | None:
        """The current result's snippet, if it has arrived."""
        view = self.window.detail.view
        if view is None:
            return None
        return self.window.results.model.snippets.get(view.id)

    def _current_changed(self, view: ResourceView | None) -> None:
        self.window.detail.set_hit(self.current_hit() if view is not None else None)

    def _snippets_changed(self, *_: QModelIndex) -> None:
        self.window.detail.set_hit(self.current_hit())

    def _opened(self) -> None:
        view = self.window.results.current_view()
        hit = self.current_hit()
        if view is not None and view.local_file and hit is not None and hit.in_document:
            self.say_page(hit.page)

    def open_at_page(self, local_file: str, page: int) -> bool:
        """Open the local copy (through the allow-listed path) and say the page."""
        opened = self.window.open_local_copy(local_file)
        if opened:
            self.say_page(page)
        return opened

    def say_page(self, page: int | None) -> None:
        if page is not None:
            self.window.status.say(self.tr("The words are on page %1.").replace("%1", str(page)))
