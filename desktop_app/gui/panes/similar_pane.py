"""The "Similar resources" section under the detail pane: the five closest to the
resource shown, each with what it shares with it.

Rows are links in a text browser (as the detail pane's facet values are): they
wrap at any width and text size, Tab moves between them and Enter or a click
chooses one. The pane only shows what it is given and says which one was chosen
(``chosen``); :class:`desktop_app.gui.similar_resources.SimilarResources` works the
answers out on the worker.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.library.records import ResourceView
from desktop_app.gui.accessibility import quiet_colour

if TYPE_CHECKING:
    from desktop_app.core.search.similar import Similar

SCHEME = "similar"
SHARED_SHOWN = 4  # shared values named on a row; the rest are counted


class SimilarPane(QWidget):
    """Up to five resources like the one in the detail pane."""

    chosen = Signal(int)  # a resource id: show it

    def shared_text(self, names: tuple[str, ...]) -> str:
        """ "Cybercrime · Thailand · +3 more" (empty when nothing is shared)."""
        shown = " · ".join(names[:SHARED_SHOWN])
        more = len(names) - SHARED_SHOWN
        return self.tr("%1 · +%Ln more", "", more).replace("%1", shown) if more > 0 else shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPane")
        self.setAccessibleName(self.tr("Similar resources"))
        self.seed: int | None = None  # the resource whose neighbours are shown or coming
        self.views: dict[int, ResourceView] = {}
        self.topic_labels: dict[str, str] = {}  # {topic: label in the interface's language}
        self.shown: list[int] = []
        self.title = QLabel(self.tr("Similar resources"), self)
        self.title.setObjectName("similarTitle")
        self.title.setStyleSheet("font-weight: bold")  # the size follows the window's
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("similarList")
        self.browser.setAccessibleName(self.tr("Similar resources"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        self.clear()

    def clear(self) -> None:
        """Nothing shown in the detail pane: nothing to compare with."""
        self.seed = None
        self._show([], {}, self.tr("Select a resource to see similar ones."))

    def show_pending(self, seed: int) -> None:
        """Neighbours of ``seed`` are being worked out (the old ones go at once)."""
        self.seed = seed
        self._show([], {}, self.tr("Finding similar resources…"))

    def show_failed(self, message: str) -> None:
        self._show([], {}, message)

    def show_similar(self, seed: int, found: list[Similar], views: list[ResourceView]) -> None:
        """The neighbours of ``seed``, closest first (any not loaded are left out)."""
        self.seed = seed
        by_id = {v.id: v for v in views}
        kept = [s for s in found if s.id in by_id]
        self._show(kept, by_id, self.tr("No similar resources."))

    def _show(self, found: list[Similar], views: dict[int, ResourceView], empty: str) -> None:
        e = html.escape
        self.views = views
        self.shown = [s.id for s in found]
        if not found:
            self.browser.setHtml(f"<p style='color:{quiet_colour(self)}'>{e(empty)}</p>")
            return
        rows = []
        quiet = quiet_colour(self)
        for item in found:
            view = views[item.id]
            year = f" ({view.year})" if view.year else ""
            topics = tuple(self.topic_labels.get(t, t) for t in item.topics)
            names = topics + item.organisations + item.countries
            shared = self.shared_text(names) or self.tr("close in its words")
            rows.append(
                f"<p style='margin-bottom:6px'><a href='{SCHEME}:{view.id}'>{e(view.title)}</a>"
                f"{e(year)}<br><span style='color:{quiet}'>{e(shared)}</span></p>"
            )
        self.browser.setHtml("".join(rows))

    def ids(self) -> list[int]:
        """The ids shown, in order."""
        return list(self.shown)

    def set_text_font(self, font: QFont) -> None:
        """The font of the rows (the text size setting)."""
        self.browser.setFont(font)

    def choose(self, rid: int) -> None:
        """As a click on the row of ``rid`` does."""
        if rid in self.shown:
            self.chosen.emit(rid)

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == SCHEME and url.path().isdigit():
            self.choose(int(url.path()))
