"""The curator's list dialogs: a resource's history, the trash, the completeness report.

Each loads its rows through the given :class:`~desktop_app.gui.jobs.Jobs` (the work is
Qt-free; the dialog only shows the answer) and writes through it in curator mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.curation.completeness import Problem, problems
from desktop_app.core.curation.history import History, HistoryEntry
from desktop_app.core.library.records import ResourceView
from desktop_app.core.service import Catalogue
from desktop_app.gui.dialogs.table_dialog import TableDialog
from desktop_app.gui.jobs import Jobs
from desktop_app.gui.strings import short


def undone(action: str) -> str:
    """A history row's change that was undone: "edit (undone)"."""
    return QCoreApplication.translate("HistoryDialog", "%1 (undone)").replace("%1", action)


class HistoryDialog(TableDialog):
    """Every change to one resource; a change can be reverted to."""

    def __init__(self, jobs: Jobs, catalogue: Catalogue, rid: int, parent: QWidget) -> None:
        headers = [
            QCoreApplication.translate("HistoryDialog", "When"),
            QCoreApplication.translate("HistoryDialog", "Change"),
            QCoreApplication.translate("HistoryDialog", "Field"),
            QCoreApplication.translate("HistoryDialog", "Before"),
            QCoreApplication.translate("HistoryDialog", "After"),
        ]
        super().__init__(QCoreApplication.translate("HistoryDialog", "History"), headers, parent)
        self.setObjectName("historyDialog")
        self.jobs, self.catalogue, self.rid = jobs, catalogue, rid
        self.add_button(self.tr("&Revert to after this change"), self.revert, name="revertButton")
        self.reload()

    def reload(self) -> None:
        cat, rid = self.catalogue, self.rid
        self.jobs.call(lambda: History(cat).entries(rid), self._show, self)

    def _show(self, entries: list[HistoryEntry]) -> None:
        self.model.set_rows(
            [
                (
                    f"{e.at:%Y-%m-%d %H:%M}",
                    undone(e.action) if e.undone else e.action,
                    e.field,
                    short(e.old),
                    short(e.new),
                )
                for e in entries
            ],
            [e.action_id for e in entries],
        )

    def revert(self) -> None:
        keys = self.selected_keys()
        if keys:
            cat, rid, action_id = self.catalogue, self.rid, keys[0]
            self.jobs.write(
                lambda: History(cat).revert(rid, action_id), lambda _c: self.reload(), self
            )


class TrashDialog(TableDialog):
    """The resources in the trash: restore some, or empty it for good."""

    def __init__(self, jobs: Jobs, catalogue: Catalogue, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("TrashDialog", "Trash"),
            [
                QCoreApplication.translate("TrashDialog", "Id"),
                QCoreApplication.translate("TrashDialog", "Title"),
            ],
            parent,
        )
        self.setObjectName("trashDialog")
        self.jobs, self.catalogue = jobs, catalogue
        self.add_button(self.tr("&Restore"), self.restore)
        self.add_button(self.tr("&Empty trash…"), self.empty)
        self.reload()

    def reload(self) -> None:
        cat = self.catalogue

        def fetch() -> list[ResourceView]:
            return [v for v in cat.iter_views(include_trashed=True) if v.status == "trashed"]

        self.jobs.call(fetch, self._show, self)

    def _show(self, views: list[ResourceView]) -> None:
        self.model.set_rows([(v.id, v.title) for v in views], [v.id for v in views])
        self.info.setText(
            self.tr(
                "%Ln resource(s) in the trash. Restored resources keep their tags.", "", len(views)
            )
        )

    def restore(self) -> None:
        ids: list[int] = self.selected_keys()
        if ids:
            cat = self.catalogue
            self.jobs.write(lambda: cat.restore(ids), lambda _c: self.reload(), self)

    def empty(self) -> None:
        if (
            QMessageBox.question(
                self, APP_NAME, self.tr("Delete everything in the trash for good?")
            )
            == QMessageBox.StandardButton.Yes
        ):
            cat = self.catalogue
            self.jobs.write(lambda: cat.purge(), lambda _c: self.reload(), self)


class CompletenessDialog(TableDialog):
    """Resources with missing or doubtful fields; a double-click asks to edit one."""

    editRequested = Signal(int)  # resource id

    def __init__(self, jobs: Jobs, catalogue: Catalogue, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("CompletenessDialog", "Completeness"),
            [
                QCoreApplication.translate("CompletenessDialog", "Id"),
                QCoreApplication.translate("CompletenessDialog", "Title"),
                QCoreApplication.translate("CompletenessDialog", "Problems"),
            ],
            parent,
        )
        self.setObjectName("completenessDialog")
        self.view.doubleClicked.connect(self._double_clicked)
        cat = catalogue
        jobs.call(lambda: problems(cat), self._show, self)

    def _show(self, found: list[Problem]) -> None:
        self.model.set_rows(
            [(p.id, p.title, "; ".join(p.problems)) for p in found], [p.id for p in found]
        )
        self.info.setText(
            self.tr("%Ln resource(s) need attention. Double-click one to edit it.", "", len(found))
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        self.editRequested.emit(self.model.keys[index.row()])
