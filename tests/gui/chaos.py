"""A GUI chaos machine: random sequences of what users do, on real widgets.

Used by ``tests/gui/test_chaos.py`` (a fixed, bounded draw in CI) and by
``tools/chaos.py`` (long runs with faulthandler on). Every rule drives the window
as a user would (menus' actions, dialogs closed or cancelled, keyboard); after
every step the worker is idle, no unexpected warning box or logged error
appeared, and the window still answers. After a sequence the library passes
``librarian check``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget
from shiboken6 import isValid

from desktop_app.core.curation import auth
from desktop_app.core.curation.check import check_library
from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import export_pack
from desktop_app.gui import create_main_window
from desktop_app.gui.export_job import ExportJob
from desktop_app.gui.main_window import MainWindow

PASSWORD = "correct horse"
WAIT = 30_000
QUERIES = ["child", "online safety", '"child protection"', "grooming -sexting", "protect*",
           "year:2015..2020", "zzzz", "title:(", "cambodia", ""]  # fmt: skip
RIS = "TY  - RPRT\nTI  - Chaos checklist for schools {n}\nKW  - Schools\nPY  - 2020\nER  - \n"


class ErrorLog(logging.Handler):
    """Keeps every ERROR logged (a traceback a user would have met)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


def close_modal(action: Callable[[QDialog], None], tries: int = 200) -> None:
    """Once a modal dialog is up, do ``action`` to it (accept, reject, fill in…)."""

    def attempt(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            action(modal)
        elif left:
            QTimer.singleShot(5, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


class GuiChaos(RuleBasedStateMachine):
    """Subclassed per run with ``qtbot``, a folder, ``boxes`` (the shown message boxes)."""

    qtbot: Any
    folder: Path
    boxes: list[str]
    steps = 0

    @initialize(empty=st.booleans())
    def open(self, empty: bool) -> None:
        n = len(list(self.folder.glob("lib*.db")))
        self.path = self.folder / f"lib{n}.db"
        if empty:
            Library.open(self.path, create=True).close()
        else:
            copy_library(BUNDLED_LIBRARY, self.path)  # a library of its own, as users get
        with Library.open(self.path) as lib:
            auth.set_password(lib, PASSWORD)
        self.pack = self.folder / "seed.librarypack"
        if not self.pack.exists():
            with Library.open(BUNDLED_LIBRARY, read_only=True) as lib:
                export_pack(Catalogue(lib), self.pack)
        self.boxes.clear()  # shared by the examples of one run
        self.errors = ErrorLog()
        logging.getLogger().addHandler(self.errors)
        self.w: MainWindow = create_main_window(self.path, self.folder / f"s{n}.ini")
        self.qtbot.addWidget(self.w)
        with self.qtbot.waitSignal(self.w.searchFinished, timeout=WAIT):
            self.w.show()
        QInputDialog.getText = staticmethod(lambda *a, **k: (PASSWORD, True))  # type: ignore[method-assign]
        self.imports = 0

    def teardown(self) -> None:
        if not hasattr(self, "w"):
            return
        self.settle()
        self.w.close()
        logging.getLogger().removeHandler(self.errors)
        with Library.open(self.path) as lib:
            report = check_library(lib)
        assert report.ok, report.problems

    # -- helpers --------------------------------------------------------------------------------
    def settle(self) -> None:
        """Wait until the worker has answered everything and no task dialog is open."""

        def idle() -> bool:
            tasks = [t for t in self.w.findChildren(QWidget, "taskProgress") if t.isVisible()]
            return not self.w.worker.busy() and not tasks

        self.qtbot.waitUntil(idle, timeout=WAIT)

    def rows(self) -> int:
        return self.w.results.model.rowCount()

    # -- what users do ----------------------------------------------------------------------------
    @rule(query=st.sampled_from(QUERIES) | st.text(max_size=12))
    def search(self, query: str) -> None:
        self.w.search_box.setText(query)
        self.w.search_now()

    # Draws never depend on the window's state (a replay must draw the same), so a
    # rule picks "the n-th of whatever is there" and does nothing when nothing is.
    @rule(pick=st.integers(0, 999), exclude=st.booleans())
    def click_facet(self, pick: int, exclude: bool) -> None:
        result = self.w.last_result
        if result is None:
            return
        values = [(n, v.value) for n, f in result.facets.items() for v in f.values[:5]]
        if values:
            name, value = values[pick % len(values)]
            (self.w.toggle_exclude if exclude else self.w.toggle_facet)(name, value)

    @rule()
    def clear_filters(self) -> None:
        self.w.clear_filters()

    @rule(pick=st.integers(0, 999))
    def open_result(self, pick: int) -> None:
        if self.rows():
            self.w.results.view.setCurrentIndex(self.w.results.model.index(pick % self.rows()))

    @rule(curator=st.booleans())
    def switch_mode(self, curator: bool) -> None:
        if curator and not self.w.curator:
            self.w.curation.unlock()
        elif not curator:
            self.w.curation.lock()

    def trigger(self, name: str) -> None:
        act = self.w.findChild(type(self.w.curation.act_mode), name)
        assert act is not None, name
        if act.isEnabled():
            act.trigger()

    @rule(
        name=st.sampled_from(
            [
                "actionVocabulary",
                "actionShowTrash",
                "actionCompleteness",
                "actionHistory",
                "actionLibrarySettings",
                "actionBulkEdit",
            ]
        ),
        accept=st.booleans(),
    )
    def open_dialog_and_close(self, name: str, accept: bool) -> None:
        close_modal(lambda d: d.accept() if accept else d.reject())
        self.trigger(name)

    @rule(save=st.booleans(), new=st.booleans())
    def edit(self, save: bool, new: bool) -> None:
        def finish(dialog: QDialog) -> None:
            title = getattr(dialog, "title", None)
            if save and title is not None:
                title.setText((title.text() or "Chaos") + " (edited)")
                dialog.accept()
            else:
                dialog.reject()

        close_modal(finish)
        self.trigger("actionNew" if new else "actionEdit")

    @rule()
    def trash(self) -> None:
        self.trigger("actionTrash")

    @rule()
    def undo(self) -> None:
        self.trigger("actionUndo")

    @rule(name=st.sampled_from(["Year 9 online safety", "Staff room"]))
    def add_to_list_and_open_it(self, name: str) -> None:
        if self.w.selected_ids():
            self.w.add_selection_to_list(name)
            self.settle()
            self.w.open_reading_list(name)

    @rule()
    def close_list(self) -> None:
        if self.w.reading_list:
            self.w.close_reading_list()

    @rule(accept=st.booleans())
    def import_small_file(self, accept: bool) -> None:
        if not self.w.transfers.act_import.isEnabled():
            return
        self.imports += 1
        path = self.folder / f"chaos{self.imports}.ris"
        path.write_text(RIS.format(n=self.imports))
        self.w.transfers.import_(path)
        self.settle()
        self.finish_preview("preview", accept)

    @rule(accept=st.booleans())
    def import_pack(self, accept: bool) -> None:
        if not self.w.transfers.act_pack_in.isEnabled():
            return
        self.w.transfers.import_pack(self.pack)
        self.settle()
        self.finish_preview("preview_pack", accept)

    def finish_preview(self, attribute: str, accept: bool) -> None:
        dialog = getattr(self.w.transfers, attribute, None)  # the last preview: maybe gone
        if dialog is None or not isValid(dialog) or not dialog.isVisible():
            return
        if accept:
            with self.qtbot.waitSignal(self.w.imported, timeout=WAIT):
                dialog.accept()
            for box in self.w.findChildren(QMessageBox, "importSummary"):
                box.close()
        else:
            dialog.reject()

    @rule()
    def export_pdf(self) -> None:
        if not self.rows():
            return
        self.w.results.view.selectAll()
        ids = self.w.selected_ids()[:3]
        out = self.folder / "handout.pdf"
        selection = self.w.transfers.selection("selection", "", ids)
        job = ExportJob(
            "pdf", out, "selection", "", selection, "Chaos", True, False, "A4",
            self.w.last_request, self.w.curator,
        )  # fmt: skip
        with self.qtbot.waitSignal(self.w.exported, timeout=WAIT):
            self.w.transfers.start_export(job)
        assert out.stat().st_size > 0

    # -- after every step ---------------------------------------------------------------------
    @invariant()
    def still_sound(self) -> None:
        if not hasattr(self, "w"):
            return
        self.settle()
        GuiChaos.steps += 1
        assert not self.errors.records, self.errors.records
        unexpected = [b for b in self.boxes if b.startswith(("warning", "critical"))]
        assert not unexpected, unexpected
        assert self.w.isVisible()
