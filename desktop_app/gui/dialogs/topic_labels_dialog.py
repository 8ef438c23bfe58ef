"""A topic's translations (issue 14): one label per language, edited in the
vocabulary manager (Curate ▸ Vocabulary ▸ Translations…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.labels import LABEL_LANGUAGES, LABEL_LIMIT
from desktop_app.gui.i18n import LANGUAGES


class TopicLabelsDialog(QDialog):
    """Line edits for a topic's label in Portuguese (Brazil), Spanish, French and Thai,
    and in any other language it already has. An empty box removes that label."""

    def __init__(self, name: str, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicLabelsDialog")
        self.setWindowTitle(self.tr("Translations of “%1”").replace("%1", name))
        intro = QLabel(
            self.tr(
                "The topic is shown by its label in the interface's language, and a "
                "search in any of these languages finds it. Leave a box empty to show "
                "the name “%1”."
            ).replace("%1", name),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        codes = list(LABEL_LANGUAGES) + sorted(set(labels) - set(LABEL_LANGUAGES))
        for code in codes:
            edit = QLineEdit(labels.get(code, ""), self)
            edit.setObjectName(f"label_{code}")
            edit.setMaxLength(LABEL_LIMIT)
            language = LANGUAGES.get(code, code)
            edit.setAccessibleName(self.tr("Label in %1").replace("%1", language))
            form.addRow(f"{language} ({code})" if code in LANGUAGES else code, edit)
            self.edits[code] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def labels(self) -> dict[str, str]:
        """{language code: label} as typed (empty ones included: they remove a label)."""
        return {code: edit.text().strip() for code, edit in self.edits.items()}
