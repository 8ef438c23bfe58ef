"""Bulk edit: one change to many resources, with a preview of exactly what changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
)

from desktop_app.core import bulk
from desktop_app.gui.dialogs.table_dialog import TableDialog
from desktop_app.gui.strings import short

if TYPE_CHECKING:
    pass


class BulkDialog(TableDialog):
    FIELDS = (
        ("topics", "Topics"),
        ("countries", "Countries"),
        ("organisations", "Organisations"),
        ("type", "Type"),
        ("status", "Status"),
    )

    def __init__(self, count: int, parent: Any) -> None:
        super().__init__(
            self.tr("Bulk edit"),
            [self.tr("Id"), self.tr("Title"), self.tr("Before"), self.tr("After")],
            parent,
        )
        self.setObjectName("bulkDialog")
        self.plan: list[bulk.BulkChange] = []
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Field"))
        for key, label in self.FIELDS:
            self.field.addItem(self.tr(label), key)
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
        self.layout().insertLayout(0, form)  # type: ignore[attr-defined]
        self.info.setText(
            self.tr("%1 resources selected. Preview shows exactly what will change.").replace(
                "%1", str(count)
            )
        )
        self.preview = self.add_button(self.tr("&Preview"), lambda: None, name="previewButton")
        self.apply = self.add_button(self.tr("&Apply"), lambda: None, name="applyButton")
        self.apply.setEnabled(False)
        for w in (self.field, self.mode, self.values):
            signal = w.textChanged if isinstance(w, QLineEdit) else w.currentIndexChanged
            signal.connect(lambda *_: self.apply.setEnabled(False))
        self._field_changed()

    def _field_changed(self) -> None:
        self.mode.clear()
        if self.field.currentData() in ("type", "status"):
            self.mode.addItem(self.tr("set to"), "set")
        else:
            for key, label in (
                ("add", "add"),
                ("remove", "remove"),
                ("replace", "replace all with"),
            ):
                self.mode.addItem(self.tr(label), key)

    def op(self) -> bulk.BulkOp:
        values = tuple(v.strip() for v in self.values.text().split(";") if v.strip())
        return bulk.BulkOp(self.field.currentData(), self.mode.currentData(), values)

    def show_plan(self, plan: list[bulk.BulkChange]) -> None:
        self.plan = plan
        self.model.set_rows(
            [(c.id, c.title, short(c.old), short(c.new)) for c in plan], [c.id for c in plan]
        )
        self.info.setText(self.tr("%1 resources will change.").replace("%1", str(len(plan))))
        self.apply.setEnabled(bool(plan))
