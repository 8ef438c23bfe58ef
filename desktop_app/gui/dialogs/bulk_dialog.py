"""Bulk edit: one change to many resources, with a preview of exactly what changes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desktop_app.core.curation import bulk_edit as bulk
from desktop_app.core.service import Catalogue
from desktop_app.gui.dialogs.table_dialog import TableDialog
from desktop_app.gui.jobs import Jobs
from desktop_app.gui.strings import QT_TRANSLATE_NOOP, short


class BulkDialog(TableDialog):
    """Preview shows exactly what will change; Apply writes that plan (curator mode)."""

    FIELDS = (
        ("topics", QT_TRANSLATE_NOOP("BulkDialog", "Topics")),
        ("countries", QT_TRANSLATE_NOOP("BulkDialog", "Countries")),
        ("organisations", QT_TRANSLATE_NOOP("BulkDialog", "Organisations")),
        ("type", QT_TRANSLATE_NOOP("BulkDialog", "Type")),
        ("status", QT_TRANSLATE_NOOP("BulkDialog", "Status")),
    )

    def __init__(self, jobs: Jobs, catalogue: Catalogue, ids: list[int], parent: QWidget) -> None:
        super().__init__(
            self.tr("Bulk edit"),
            [self.tr("Id"), self.tr("Title"), self.tr("Before"), self.tr("After")],
            parent,
        )
        self.setObjectName("bulkDialog")
        self.jobs, self.catalogue, self.ids = jobs, catalogue, list(ids)
        self.plan: list[bulk.BulkChange] = []
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Field"))
        for key, label in self.FIELDS:
            self.field.addItem(self.tr(label), key)  # marked in FIELDS
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("How"))
        self.values = QLineEdit(self)
        self.values.setAccessibleName(self.tr("Values"))
        self.values.setPlaceholderText(self.tr("values, separated by ;"))
        self.field.currentIndexChanged.connect(self._field_changed)
        form = QFormLayout()
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("How"), self.mode)
        form.addRow(self.tr("Values"), self.values)
        self.main_layout.insertLayout(0, form)
        self.info.setText(
            self.tr(
                "%Ln resource(s) selected. Preview shows exactly what will change.",
                "",
                len(self.ids),
            )
        )
        self.preview = self.add_button(self.tr("&Preview"), self.ask_plan, name="previewButton")
        self.apply = self.add_button(self.tr("&Apply"), self.apply_plan, name="applyButton")
        self.apply.setEnabled(False)
        for w in (self.field, self.mode, self.values):
            signal = w.textChanged if isinstance(w, QLineEdit) else w.currentIndexChanged
            signal.connect(lambda *_: self.apply.setEnabled(False))
        self._field_changed()

    def ask_plan(self) -> None:
        """What the chosen change would do to each resource (nothing is written)."""
        cat, ids, op = self.catalogue, self.ids, self.op()  # plain values for the worker
        self.jobs.call(lambda: bulk.preview(cat, ids, op), self.show_plan, self)

    def apply_plan(self) -> None:
        cat, plan, op = self.catalogue, list(self.plan), self.op()
        self.jobs.write(lambda: bulk.apply(cat, plan, op), lambda _c: self.accept(), self)

    def _field_changed(self) -> None:
        self.mode.clear()
        if self.field.currentData() in ("type", "status"):
            self.mode.addItem(self.tr("set to"), "set")
        else:
            for key, label in (
                ("add", self.tr("add")),
                ("remove", self.tr("remove")),
                ("replace", self.tr("replace all with")),
            ):
                self.mode.addItem(label, key)

    def op(self) -> bulk.BulkOp:
        values = tuple(v.strip() for v in self.values.text().split(";") if v.strip())
        return bulk.BulkOp(self.field.currentData(), self.mode.currentData(), values)

    def show_plan(self, plan: list[bulk.BulkChange]) -> None:
        self.plan = plan
        self.model.set_rows(
            [(c.id, c.title, short(c.old), short(c.new)) for c in plan], [c.id for c in plan]
        )
        self.info.setText(self.tr("%Ln resource(s) will change.", "", len(plan)))
        self.apply.setEnabled(bool(plan))
