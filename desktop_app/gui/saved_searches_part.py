"""Saved searches in the window: save the current one, run, rename, delete and export
one, and keep every count in the sidebar up to date.

Counts are worked out on the worker, one engine search each with no rows and no
facet counts, as the reader (or curator) at the window would see them: again when
the library, the mode or the staff setting changes. Each answer carries a number
and only the newest is shown. Saving, renaming and deleting write the library
(they are the reader's own, like reading lists: no curator mode needed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.library.text import norm
from desktop_app.gui.panes.saved_searches_pane import SavedSearchesPane

if TYPE_CHECKING:
    from desktop_app.core.library.db import Library
    from desktop_app.core.library.saved_searches import SavedSearchInfo
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.service import ChangeSet
    from desktop_app.gui.main_window import MainWindow

Listing = tuple[int, list["SavedSearchInfo"], dict[str, int]]


def _listing(engine: SearchEngine, number: int, curator: bool, hide_staff: bool) -> Listing:
    """On the worker: every saved search, and how many resources each finds now."""
    from desktop_app.core.library.saved_searches import SavedSearches

    searches = SavedSearches(engine.catalogue.library).all()
    counts = {}
    for info in searches:
        request = info.request(curator=curator, hide_staff=hide_staff)
        counts[info.name] = engine.search(
            dataclasses.replace(request, limit=0, with_facets=False)
        ).total
    return number, searches, counts


def run_search_as(
    window: MainWindow,
    query: str,
    include: Mapping[str, Iterable[str]],
    exclude: Mapping[str, Iterable[str]],
    sort: str | None = None,
) -> None:
    """Search the whole library (no reading list) for ``query`` with these filters,
    in ``sort`` order if given: what running a saved or recent search does."""
    st = window.state
    st.include = {k: set(v) for k, v in include.items() if v}
    st.exclude = {k: set(v) for k, v in exclude.items() if v}
    st.reading_list = None
    box = window.results.sort_box
    index = box.findData(sort) if sort else -1
    if index >= 0 and sort != st.sort:
        st.sort = window.settings.sort = str(sort)
        box.blockSignals(True)  # the window's own sort change would search once more
        box.setCurrentIndex(index)
        box.blockSignals(False)
    window.search_bar.set_text(query)
    window.search_now()


class SavedSearchesPart(QObject):
    """The sidebar's saved searches and Searches ▸ Save search…"""

    status = Signal(str)  # a passing message for the status bar
    listed = Signal()  # the pane shows the saved searches as they are now

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pane = SavedSearchesPane(window)
        self.number = 0  # the newest listing asked for
        self.pane.opened.connect(self.run)
        self.pane.renameRequested.connect(self.rename)
        self.pane.deleteRequested.connect(self.delete)
        self.pane.exportRequested.connect(self.export_pdf)
        window.ready.connect(self.refresh)
        window.imported.connect(lambda _summary: self.refresh())  # a pack brings searches
        window.worker.backend.changed.connect(self._library_changed)
        window.curation.modeChanged.connect(lambda _curator: self.refresh())
        window.curation.staffSettingChanged.connect(lambda _hide: self.refresh())

    def _viewer(self) -> tuple[bool, bool]:
        state = self.window.state
        return state.curator, state.hide_staff and not state.curator

    def _library_changed(self, changes: ChangeSet) -> None:
        if changes:
            self.refresh()

    def refresh(self) -> None:
        """List the saved searches again and count what each finds, on the worker."""
        if not self.window.is_ready:
            return
        self.number += 1
        engine, number = self.window.worker.engine, self.number
        curator, hide_staff = self._viewer()
        self.window.worker.call(
            lambda: _listing(engine, number, curator, hide_staff),
            self._listed,
            self._failed,
            owner=self.pane,
        )

    def _listed(self, listing: Listing) -> None:
        number, searches, counts = listing
        if number == self.number:
            self.pane.show_searches(searches, counts)
            self.listed.emit()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)

    def _library(self) -> Library | None:
        """The library, once the window has opened it (None before)."""
        return self.window.worker.catalogue.library if self.window.is_ready else None

    def _write(self, work: object, said: str) -> None:
        """Run ``work`` (a Qt-free function) on the worker, then list again and say ``said``."""

        def done(_result: object) -> None:
            self.status.emit(said)
            self.refresh()

        self.window.worker.call(work, done, self._failed, owner=self.pane)  # type: ignore[arg-type]

    # -- saving ----------------------------------------------------------------------------------
    def save_current(self, name: str | None = None) -> None:
        """Keep the window's search (words, filters, sort) under a name, asked for when
        not given; a name already taken is replaced only if the user says so."""
        w = self.window
        query = w.search_bar.query()
        if name is None:
            name, ok = QInputDialog.getText(
                w, self.tr("Save search"), self.tr("Name for this search:"), text=query[:200]
            )
            if not ok:
                return
        name = name.strip()
        if not name:
            return
        taken = [n for n in self.pane.searches if norm(n) == norm(name)]
        replace = False
        if taken:
            answer = QMessageBox.question(
                w,
                self.tr("Save search"),
                self.tr("Replace the saved search “%1”?").replace("%1", taken[0]),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        st = w.state
        include = {k: sorted(v) for k, v in st.include.items()}
        exclude = {k: sorted(v) for k, v in st.exclude.items()}
        sort, library = st.sort, self._library()
        if library is None:
            return

        def work() -> SavedSearchInfo:
            from desktop_app.core.library.saved_searches import SavedSearches

            saved = SavedSearches(library)
            return saved.save(name, query, include, exclude, sort, replace=replace)

        said = self.tr("Saved the search “%1”").replace("%1", name)
        if st.reading_list is not None:
            said += self.tr(" (without the reading list)")
        self._write(work, said)

    # -- one saved search ---------------------------------------------------------------------
    def run(self, name: str) -> None:
        """Search again as saved: its words, filters and sort (outside any reading list)."""
        info = self.pane.searches.get(name)
        if info is None:
            return
        run_search_as(self.window, info.query, info.include, info.exclude, info.sort)

    def rename(self, name: str) -> None:
        new, ok = QInputDialog.getText(
            self.window, self.tr("Rename saved search"), self.tr("New name:"), text=name
        )
        if not ok or not new.strip() or new.strip() == name:
            return
        library, new = self._library(), new.strip()
        if library is None:
            return

        def work() -> SavedSearchInfo:
            from desktop_app.core.library.saved_searches import SavedSearches

            return SavedSearches(library).rename(name, new)

        self._write(work, self.tr("Renamed the saved search to “%1”").replace("%1", new))

    def delete(self, name: str) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search “%1”? The resources it finds stay.").replace(
                "%1", name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        library = self._library()
        if library is None:
            return

        def work() -> SavedSearchInfo:
            from desktop_app.core.library.saved_searches import SavedSearches

            return SavedSearches(library).delete(name)

        self._write(work, self.tr("Deleted the saved search “%1”").replace("%1", name))

    def export_pdf(self, name: str, path: Path | None = None) -> None:
        """A PDF handout of what the saved search finds now, titled with its name."""
        info = self.pane.searches.get(name)
        if info is None:
            return
        if path is None:
            from desktop_app.gui.dialogs.export_dialog import documents_folder, file_name_for

            suggested = str(documents_folder() / file_name_for(name, ".pdf"))
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export saved search"), suggested, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".pdf")
        from desktop_app.core.transfer.exporting import Selection
        from desktop_app.gui.export_job import ExportJob

        curator, hide_staff = self._viewer()
        self.window.transfers.start_export(
            ExportJob(
                fmt="pdf",
                path=path,
                scope="results",
                list_name="",
                selection=Selection(query=info.query, include=info.include, exclude=info.exclude),
                title=info.name,
                toc=True,
                qr=False,
                page_size="A4",
                request=info.request(curator=curator, hide_staff=hide_staff),
                curator=curator,
            )
        )
