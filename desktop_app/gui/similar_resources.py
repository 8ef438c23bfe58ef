"""Similar resources for whatever the detail pane shows, worked out on the worker.

:class:`SimilarResources` follows the detail pane: when it shows another resource
(a new current result, a row that has just loaded, a similar one clicked), the
neighbours of the new one are asked for at once and the old ones go. A request
carries a number; the worker skips a request a newer one has replaced before it
started, and an answer to anything but the newest is dropped, so a quick walk
down the results never shows the neighbours of a row left behind. A click on a
similar resource selects it in the results when it is there, else shows it in
the detail pane on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer

from desktop_app.gui.panes.similar_pane import SimilarPane

if TYPE_CHECKING:
    from desktop_app.core.library.records import ResourceView
    from desktop_app.core.search.similar import Similar
    from desktop_app.core.service import ChangeSet
    from desktop_app.gui.main_window import MainWindow


PAUSE_MS = 120  # the detail pane stays on a resource this long before its neighbours are asked for


class _Newest:
    """The newest request's number, shared with the worker thread (an int store is atomic)."""

    value = 0


class SimilarResources(QObject):
    """The Similar resources pane and the work behind it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pane = SimilarPane(window)
        self.newest = _Newest()
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self._ask_pending)
        self.pane.chosen.connect(self.choose)
        b = window.worker.backend
        # connected after the window's own handlers: the detail pane is up to date here
        window.results.currentChanged.connect(lambda _view: self.follow())
        b.rowsLoaded.connect(lambda _views: self.follow())
        b.changed.connect(self._library_changed)
        window.searchFinished.connect(lambda _result: self.follow())
        window.ready.connect(lambda: self.follow(again=True))
        window.curation.modeChanged.connect(lambda _curator: self.follow(again=True))
        window.curation.staffSettingChanged.connect(lambda _hide: self.follow(again=True))
        wanted = getattr(window.results, "similarRequested", None)  # results' "Show similar"
        if wanted is not None:
            wanted.connect(self.show_for)

    # -- following the detail pane -----------------------------------------------------------
    def follow(self, *, again: bool = False) -> None:
        """Neighbours of the resource the detail pane shows (``again``: even if they
        were already asked for, e.g. after a change of mode)."""
        view = self.window.detail.view
        if view is None:
            if self.pane.seed is not None:
                self.newest.value += 1  # any answer on its way is for nothing shown
                self.pause.stop()
                self.pane.clear()
            return
        if again or view.id != self.pane.seed:
            self.newest.value += 1
            self.pane.show_pending(view.id)
            self.pause.start()  # a walk down the results asks once, where it stops

    def _ask_pending(self) -> None:
        if self.pane.seed is not None:
            self.ask(self.pane.seed)

    def _library_changed(self, changes: ChangeSet) -> None:
        if changes:
            self.follow(again=True)

    def ask(self, rid: int) -> None:
        """Work out the neighbours of resource ``rid`` on the worker."""
        self.newest.value += 1
        number, newest = self.newest.value, self.newest
        self.pane.show_pending(rid)
        if not self.window.is_ready:
            return  # asked again once the index is open (``ready``)
        engine, catalogue = self.window.worker.engine, self.window.worker.catalogue
        state = self.window.state
        curator, hide_staff = state.curator, state.hide_staff and not state.curator

        def job() -> tuple[int, int, list[Similar], list[ResourceView]] | None:
            if number != newest.value:
                return None  # replaced before it started
            from desktop_app.core.search.similar import find_similar

            found = find_similar(engine, rid, curator=curator, hide_staff=hide_staff)
            return number, rid, found, catalogue.get_many([s.id for s in found])

        self.window.worker.call(job, self._answered, self._failed, owner=self.pane)

    def _answered(self, answer: tuple[int, int, list[Similar], list[ResourceView]] | None) -> None:
        if answer is None or answer[0] != self.newest.value:
            return  # an answer for a resource no longer shown
        _number, rid, found, views = answer
        self.pane.show_similar(rid, found, views)

    def _failed(self, message: str) -> None:
        self.pane.show_failed(message)

    # -- choosing one --------------------------------------------------------------------------
    def show_for(self, rid: int) -> None:
        """The results' "Show similar" on ``rid``: show it with its neighbours."""
        self.choose(rid)
        self.pane.browser.setFocus()

    def choose(self, rid: int) -> None:
        """Show resource ``rid``: its row in the results if it has one, else on its own."""
        results = self.window.results
        ids: list[int] = list(getattr(results.model, "ids", []))
        if rid in ids:
            index = results.model.index(ids.index(rid), 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            results.view.selectionModel().setCurrentIndex(index, flags)
            results.view.scrollTo(index)
            return  # the detail pane follows the current row (once it has loaded)
        view = self.pane.views.get(rid)
        if view is None:
            self._load_and_show(rid)
            return
        self._show_alone(view)

    def _show_alone(self, view: ResourceView) -> None:
        # no result row is current: none of them is what the detail pane shows
        self.window.results.view.selectionModel().clear()
        self.window.detail.show_resource(view)
        self.follow()

    def _load_and_show(self, rid: int) -> None:
        if not self.window.is_ready:
            return
        catalogue = self.window.worker.catalogue

        def job() -> Any:
            return catalogue.get_many([rid])

        def done(views: list[ResourceView]) -> None:
            if views:
                self._show_alone(views[0])

        self.window.worker.call(job, done, owner=self.pane)
