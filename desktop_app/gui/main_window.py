"""The main window: search box, faceted sidebar, results list and detail pane."""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core.files import openable
from desktop_app.core.lists import ListInfo
from desktop_app.core.search import SearchRequest, SearchResult
from desktop_app.core.service import Catalogue
from desktop_app.gui.models.facet_model import FacetRole, KindRole, ValueRole
from desktop_app.gui.models.results_model import ViewRole
from desktop_app.gui.panes.detail_pane import citation
from desktop_app.gui.settings import Settings
from desktop_app.gui.strings import count_text
from desktop_app.gui.window_layout import SORTS, build_menus, build_ui
from desktop_app.gui.worker import Worker

PAGE = 100
SAFE_SCHEMES = ("http", "https", "mailto")


class MainWindow(QMainWindow):
    ready = Signal()
    searchFinished = Signal(object)  # SearchResult
    listsUpdated = Signal(object)
    exported = Signal(str)  # path, after an export or pack finished
    imported = Signal(str)  # summary, after an import or pack merge finished

    def __init__(self, catalogue: Catalogue, settings: Settings) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME} — {catalogue.library.path.name}")
        self.setObjectName("mainWindow")
        self.include: dict[str, set[str]] = {}
        self.exclude: dict[str, set[str]] = {}
        self.reading_list: tuple[str, list[int]] | None = None
        self.last_request = SearchRequest()
        self.sort = settings.sort if settings.sort in dict(SORTS) else "relevance"
        self.token = 0
        self.last_result: SearchResult | None = None
        self.recent: list[str] = []  # reader mode: kept in memory only, never saved
        self.lists: list[ListInfo] = []
        self.is_ready = False
        self.curator = False
        self.hide_staff = True  # readers never see staff-only resources until settings say so
        self._refreshing = False
        self.base_font_size = QApplication.font().pointSizeF()

        self.worker = Worker(catalogue, self)
        b = self.worker.backend
        b.opened.connect(self._opened)
        b.progress.connect(self._progress)
        b.searched.connect(self._searched)
        b.rowsLoaded.connect(self._rows_loaded)
        b.snippetsReady.connect(self._snippets_ready)
        b.listsChanged.connect(self._lists_changed)
        b.listOpened.connect(self._list_opened)
        b.failed.connect(self._failed)
        b.changed.connect(self._library_changed)

        build_ui(self)
        build_menus(self)
        self._restore()
        from desktop_app.gui.curator_mode import Curation

        self.curation = Curation(self)
        from desktop_app.gui.transfers import Transfers

        self.transfers = Transfers(self)
        self._set_busy(True, self.tr("Opening the library…"))
        self.worker.open()

    # -- building --------------------------------------------------------------------------
    def _extra_shortcut(self, keys: str, slot: Any) -> QAction:
        act = QAction(self)
        act.setShortcut(QKeySequence(keys))
        act.triggered.connect(slot)
        return act

    def _restore(self) -> None:
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 800)
        if not self.settings.splitter.isEmpty():
            self.splitter.restoreState(self.settings.splitter)
        else:
            self.splitter.setSizes([260, 560, 460])
        self.apply_text_size(self.settings.text_size)
        for name in self.settings.expanded_facets:
            if name in self.facet_model.groups:
                self.facet_tree.expand(self.facet_model.group_index(name))

    # -- opening ---------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.search_box.setEnabled(not busy)
        self.status_label.setText(message)
        if not busy:
            self.progress.hide()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status_label.setText(self.tr(message))

    def _opened(self, action: str) -> None:
        self.is_ready = True
        self._set_busy(False, "")
        self.search_box.setFocus()
        self.run_search()
        self.ready.emit()

    def _failed(self, message: str) -> None:
        self._set_busy(False, message)
        QMessageBox.warning(self, APP_NAME, message)

    # -- searching --------------------------------------------------------------------------------
    def request(self, offset: int = 0, limit: int = PAGE) -> SearchRequest:
        return SearchRequest(
            query=self.search_box.text(),
            include={k: set(v) for k, v in self.include.items()},
            exclude={k: set(v) for k, v in self.exclude.items()},
            sort=self.sort,
            offset=offset,
            limit=limit,
            within=self.reading_list[1] if self.reading_list else None,
            with_facets=offset == 0,
            curator=self.curator,
            hide_staff=self.hide_staff and not self.curator,
        )

    def _search_now(self) -> None:
        self.debounce.stop()
        text = self.search_box.text().strip()
        if text and text not in self.recent:
            self.recent.insert(0, text)
            del self.recent[20:]
            self.completer.model().setStringList(self.recent)  # type: ignore[attr-defined]
        self.run_search()

    def run_search(self) -> None:
        if not self.is_ready:
            return
        self.token += 1
        self._started = time.perf_counter()
        self.last_request = self.request()
        self.worker.search(self.token, self.last_request)

    def _fetch_more(self, offset: int) -> None:
        self.worker.search(self.token, self.request(offset=offset))

    def _searched(self, token: int, result: SearchResult) -> None:
        if token != self.token:
            return  # a late answer to an older search
        if result.request.offset:
            self.results_model.append(result.request.offset, result.ids)
            return
        self.last_result = result
        refresh, self._refreshing = self._refreshing, False
        if (
            refresh
            and result.ids[: len(self.results_model.ids)]
            == self.results_model.ids[: len(result.ids)]
            and result.total == self.results_model.total
        ):
            pass  # same rows: the changed ones were reloaded, no reset
        else:
            self.results_model.reset(result.ids, result.total)
        self.facet_model.update(result.facets, result.country_regions)
        self._restore_facet_expansion()
        self.filters_bar.set_filters(
            self.include, self.exclude, self.reading_list[0] if self.reading_list else None
        )
        self._show_info(result)
        self._show_count(result)
        current = self.results_view.currentIndex()
        if refresh and current.isValid():
            self.detail.show_resource(current.data(ViewRole))
        elif self.results_model.rowCount():
            self.results_view.setCurrentIndex(self.results_model.index(0))
        else:
            self.detail.show_resource(None)
        self._update_actions()
        self.searchFinished.emit(result)

    def _show_count(self, result: SearchResult) -> None:
        self.count_label.setText(
            count_text(result.total, self.tr("resource"), self.tr("resources"))
        )
        self.status_label.setText(
            count_text(result.total, self.tr("resource"), self.tr("resources"))
            + self.tr(" · search took %1 ms").replace("%1", f"{result.elapsed_ms:.0f}")
        )
        if result.total:
            self.stack.setCurrentWidget(self.results_view)
            return
        query = self.search_box.text().strip()
        filtered = bool(self.include or self.exclude or self.reading_list)
        if query and filtered:
            why = self.tr("No resources match “%1” with the filters you chose.").replace(
                "%1", query
            )
        elif query:
            why = self.tr("No resources match “%1”.").replace("%1", query)
        elif self.reading_list:
            why = self.tr("This reading list is empty.")
        elif not filtered:
            why = self.tr(
                "No resources yet: import a file or a collection pack "
                "(File ▸ Import…, File ▸ Import collection pack…, in curator mode)."
            )
        else:
            why = self.tr("No resources match the filters you chose.")
        self.empty_label.setText(why)
        self.empty_suggest.setVisible(bool(result.suggestion))
        if result.suggestion:
            self.empty_suggest.setText(
                self.tr("Search for “%1” instead").replace("%1", result.suggestion)
            )
        self.empty_clear.setVisible(filtered)
        self.stack.setCurrentWidget(self.empty)

    def show_summary(self, text: str) -> None:
        """A lasting message in the status bar (the search count does not overwrite it)."""
        self.summary_label.setText(text)
        self.summary_label.setToolTip(text)
        self.summary_label.setVisible(bool(text))

    def _show_info(self, result: SearchResult) -> None:
        e = html.escape
        parts = []
        query = self.search_box.text().strip()
        if query and result.understood and result.understood != query:
            parts.append(e(self.tr("Searched for: %1").replace("%1", result.understood)))
        if result.expansions:
            parts.append(
                e(self.tr("Also searched: %1").replace("%1", ", ".join(result.expansions)))
            )
        for note in result.notes:
            parts.append(f"<i>{e(note)}</i>")
        if result.suggestion:
            parts.append(
                f"{e(self.tr('Did you mean'))} <a href='suggest'>{e(result.suggestion)}</a>?"
            )
        self.info.setText(" · ".join(parts))
        self.info.setVisible(bool(parts))

    def _info_link(self, link: str) -> None:
        if link == "suggest":
            self._use_suggestion()

    def _use_suggestion(self) -> None:
        if self.last_result and self.last_result.suggestion:
            self.search_box.setText(self.last_result.suggestion)
            self._search_now()

    def _sort_changed(self, _index: int) -> None:
        self.sort = self.sort_box.currentData()
        self.settings.sort = self.sort
        self.run_search()

    # -- facets --------------------------------------------------------------------------------
    def toggle_facet(self, facet: str, value: str) -> None:
        values = self.include.setdefault(facet, set())
        if value in values:
            values.discard(value)
        else:
            values.add(value)
            self.exclude.get(facet, set()).discard(value)
        self._tidy_filters()
        self.run_search()

    def toggle_exclude(self, facet: str, value: str) -> None:
        values = self.exclude.setdefault(facet, set())
        if value in values:
            values.discard(value)
        else:
            values.add(value)
            self.include.get(facet, set()).discard(value)
        self._tidy_filters()
        self.run_search()

    def add_facet(self, facet: str, value: str) -> None:
        """From a detail-pane link: include the value (never toggles it off)."""
        self.include.setdefault(facet, set()).add(value)
        self.exclude.get(facet, set()).discard(value)
        self._tidy_filters()
        self.run_search()

    def _tidy_filters(self) -> None:
        self.include = {k: v for k, v in self.include.items() if v}
        self.exclude = {k: v for k, v in self.exclude.items() if v}

    def _remove_filter(self, facet: str, value: str, excluded: bool) -> None:
        if facet == "list":
            self.close_reading_list()
            return
        (self.exclude if excluded else self.include).get(facet, set()).discard(value)
        self._tidy_filters()
        self.run_search()

    def clear_filters(self) -> None:
        self.include, self.exclude = {}, {}
        self.reading_list = None
        self.run_search()

    def _facet_clicked(self, index: QModelIndex) -> None:
        mods = QApplication.keyboardModifiers()
        kind = index.data(KindRole)
        if kind == "value" and mods & Qt.KeyboardModifier.ControlModifier:
            self.toggle_exclude(index.data(FacetRole), index.data(ValueRole))
        elif kind in ("value", "more"):
            self.facet_model.activate(index)

    def _facet_activated(self, index: QModelIndex) -> None:
        # Enter on a value; a mouse click arrives through clicked()
        if QApplication.mouseButtons() == Qt.MouseButton.NoButton and index.data(KindRole) in (
            "value",
            "more",
        ):
            self.facet_model.activate(index)

    def _facet_menu(self, pos: Any) -> None:
        index = self.facet_tree.indexAt(pos)
        if index.data(KindRole) != "value":
            return
        facet, value = index.data(FacetRole), index.data(ValueRole)
        menu = QMenu(self)
        inc = menu.addAction(self.tr("Include"))
        exc = menu.addAction(self.tr("Exclude"))
        inc.setCheckable(True)
        exc.setCheckable(True)
        inc.setChecked(value in self.include.get(facet, ()))
        exc.setChecked(value in self.exclude.get(facet, ()))
        chosen = menu.exec(self.facet_tree.viewport().mapToGlobal(pos))
        if chosen is inc:
            self.toggle_facet(facet, value)
        elif chosen is exc:
            self.toggle_exclude(facet, value)

    def _filter_facets(self, text: str) -> None:
        self.facet_model.filter_text = text.strip()
        self._refresh_facets()

    def _refresh_facets(self) -> None:
        if self.last_result is not None:
            self.facet_model.update(self.last_result.facets, self.last_result.country_regions)
            self._restore_facet_expansion()

    def _restore_facet_expansion(self) -> None:
        for name in self.settings.expanded_facets:
            if name in self.facet_model.groups:
                self.facet_tree.expand(self.facet_model.group_index(name))

    def _remember_expanded(self, _index: QModelIndex) -> None:
        self.settings.expanded_facets = [
            name
            for name in self.facet_model.groups
            if self.facet_tree.isExpanded(self.facet_model.group_index(name))
        ]

    # -- results and details --------------------------------------------------------------------
    def _rows_loaded(self, views: dict[int, Any]) -> None:
        self.results_model.add_views(views)
        current = self.results_view.currentIndex()
        if current.isValid() and self.detail.view is None:
            self.detail.show_resource(current.data(ViewRole))

    def _library_changed(self, changes: Any) -> None:
        """After any write: reload the changed rows, recount facets, keep the list."""
        self.results_model.forget(sorted(changes.touched))
        self.detail.show_resource(None)
        self._refreshing = True
        self.run_search()

    def _want_snippets(self, ids: list[int]) -> None:
        self.worker.snippets(self.token, ids, self.search_box.text(), self.curator)

    def _snippets_ready(self, token: int, snippets: dict[int, Any]) -> None:
        if token == self.token:
            self.results_model.add_snippets(snippets)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_resource(current.data(ViewRole) if current.isValid() else None)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.results_view.selectionModel().selectedRows())
        ids = [self.results_model.ids[r] for r in rows]
        if not ids and self.results_view.currentIndex().isValid():
            ids = [self.results_model.ids[self.results_view.currentIndex().row()]]
        return ids

    def _update_actions(self) -> None:
        has = bool(self.results_model.rowCount())
        self.act_copy.setEnabled(has)
        self.act_add_list.setEnabled(has)

    def copy_citations(self) -> None:
        views = [
            self.results_model.views[i]
            for i in self.selected_ids()
            if i in self.results_model.views
        ]
        if views:
            QApplication.clipboard().setText("\n".join(citation(v) for v in views))
            self.status_label.setText(
                count_text(len(views), self.tr("citation copied"), self.tr("citations copied"))
            )

    # -- reading lists ----------------------------------------------------------------------------
    def add_selection_to_list(self, name: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not name:
            names = [info.name for info in self.lists]
            name, ok = QInputDialog.getItem(
                self,
                self.tr("Add to reading list"),
                self.tr("Add %1 to the reading list:").replace(
                    "%1", count_text(len(ids), self.tr("resource"), self.tr("resources"))
                ),
                names,
                0,
                True,
            )
            if not ok or not name.strip():
                return
        self.worker.add_to_list(name.strip(), ids)

    def open_reading_list(self, name: str) -> None:
        self.worker.open_list(name)

    def close_reading_list(self) -> None:
        self.reading_list = None
        self.run_search()

    def _lists_changed(self, lists: list[ListInfo]) -> None:
        self.lists = lists
        self.open_list_menu.clear()
        for info in lists:
            act = self.open_list_menu.addAction(f"{info.name} ({info.count})")
            act.triggered.connect(lambda _=False, n=info.name: self.open_reading_list(n))
        self.open_list_menu.setEnabled(bool(lists))
        self.listsUpdated.emit(lists)

    def _list_opened(self, name: str, ids: list[int]) -> None:
        self.reading_list = (name, ids)
        self.run_search()

    # -- links -------------------------------------------------------------------------------------
    def open_local_copy(self, value: str) -> bool:
        """Open a resource's local copy with the system's viewer (no network involved)."""
        path, why = openable(self.catalogue.library, value)
        if path is None:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The local copy cannot be opened: %1.").replace("%1", why[:400]),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_link(self, url: QUrl) -> bool:
        scheme = url.scheme().lower()
        if scheme not in SAFE_SCHEMES:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr(
                    "This link (%1) cannot be opened: only web (http, https) and e-mail "
                    "links are opened."
                ).replace("%1", url.toString()[:200]),
            )
            return False
        if not self.settings.link_notice_seen:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr(
                    "This link opens in your web browser and leaves the offline library. "
                    "It needs an internet connection.\n\nOpen it?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.settings.link_notice_seen = True
        return QDesktopServices.openUrl(url)

    # -- keyboard and view --------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self.search_box.clear()
                self._search_now()
                return True
            if event.key() == Qt.Key.Key_Down and not self.completer.popup().isVisible():  # type: ignore[attr-defined]
                self.focus_list()
                return True
        return super().eventFilter(obj, event)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def focus_list(self) -> None:
        self.results_view.setFocus()
        if not self.results_view.currentIndex().isValid() and self.results_model.rowCount():
            self.results_view.setCurrentIndex(self.results_model.index(0))

    def change_text_size(self, step: int) -> None:
        size = 0 if step == 0 else max(-4, min(12, self.settings.text_size + step))
        self.settings.text_size = size
        self.apply_text_size(size)

    def apply_text_size(self, size: int) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, self.base_font_size + size))
        for w in (self.results_view, self.detail.browser, self.facet_tree):
            w.setFont(font)
        self.results_view.doItemsLayout()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "<h3>%1 %2</h3><p>An offline library of child-protection resources for schools "
                "and the curators who look after it.</p><p>Library: %3</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", html.escape(str(self.catalogue.library.path))),
        )

    def show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Help"),
            self.tr(
                "Type in the search box to search; results update as you type.\n\n"
                "Search tips:\n"
                "  • words: all must match — online safety\n"
                '  • "exact phrase" — "missing children"\n'
                "  • OR, NOT or a minus — sexting -schools\n"
                "  • fields — title:, org:, author:, topic:, country:, region:, type:, year:, "
                "lang:\n"
                "  • years — year:2015..2020, year:>2017\n"
                "  • word starts — protect*   • spelling slips — protecton~\n\n"
                "Click a value in the sidebar to keep only resources with it; Ctrl+click or "
                "right-click to leave them out. Space toggles the value under the cursor.\n\n"
                "Shortcuts: Ctrl+F search, Ctrl+L results list, Ctrl+D add to reading list, "
                "Ctrl+Shift+C copy citation, Ctrl+= / Ctrl+- text size, F1 help."
            ),
        )

    def closeEvent(self, event: Any) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.splitter.saveState()
        self.settings.sync()
        self.worker.stop()
        super().closeEvent(event)
