"""Library settings (curator mode): staff-only resources for readers, the idle lock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class LibrarySettingsDialog(QDialog):
    def __init__(self, hide_staff: bool, relock_minutes: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library settings"))
        form = QFormLayout()
        self.hide_staff = QCheckBox(self.tr("Hide staff-only resources in reader mode"), self)
        self.hide_staff.setChecked(hide_staff)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setValue(relock_minutes)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Lock curator mode after idle minutes"))
        form.addRow(self.hide_staff)
        form.addRow(self.tr("Lock curator mode after"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, hide_staff: bool, relock_minutes: int
    ) -> tuple[bool, int] | None:
        """The settings the curator chose (hide staff-only, idle minutes), or None."""
        dialog = cls(hide_staff, relock_minutes, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = (dialog.hide_staff.isChecked(), dialog.minutes.value())
        dialog.deleteLater()
        return values if accepted else None
