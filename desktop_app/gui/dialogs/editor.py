"""The resource editor: every field, vocabulary completion, inline validation.

Built in code around a plain :class:`ResourceData`; ``ResourceDialog.edit`` opens it
and returns the edited data, or None when cancelled. Saving is the caller's job
(through the worker and the catalogue service).
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.curation.completeness import close_names
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import display_name, store_file
from desktop_app.core.library.records import ResourceData, validate
from desktop_app.core.library.values import TYPE_LABELS, Status
from desktop_app.gui.accessibility import fit_on_screen, scrolling
from desktop_app.gui.strings import status_text, type_text

SEP = "; "


class ListCompleter(QCompleter):
    """Completes the item after the last "; " in a list field."""

    def __init__(self, words: list[str], parent: QObject | None = None) -> None:
        super().__init__(QStringListModel(sorted(set(words), key=str.casefold)), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        assert isinstance(widget, QLineEdit)
        head = widget.text().rsplit(";", 1)
        prefix = head[0] + SEP if len(head) == 2 else ""
        return str(prefix + index.data())

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", 1)[-1].strip()]


def _centred_label(text: str, row: QWidget, buddy: QWidget) -> QLabel:
    """A form label level with a row of several widgets (the form puts labels at the top
    of the row, which is taller than a line edit when it holds buttons)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumHeight(row.sizeHint().height())
    return label


def text_of(edit: QPlainTextEdit) -> str:
    """The text as typed, keeping non-breaking spaces (``toPlainText`` turns them into
    plain spaces, which would change every seed summary that has them on save)."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n").strip()


def split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


class ResourceDialog(QDialog):
    """Every field of one resource, checked as it is typed; Save only when it is valid."""

    def __init__(
        self,
        data: ResourceData,
        vocab: dict[str, list[str]],
        *,
        title: str,
        imported: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resourceDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.vocab = vocab
        self.imported = imported
        self.original = data.to_dict()
        form = QFormLayout()
        self._describing_rows(form, data, vocab)
        self._keeping_rows(form, data)
        self.local_file = data.local_file
        self.chosen_file: Path | None = None  # a file the curator picked in the file dialog
        copy_row = self._local_copy_row()
        form.addRow(
            _centred_label(self.tr("&Local copy"), copy_row, self.local_file_label), copy_row
        )
        self.problems = QLabel("", self)
        self.problems.setObjectName("problemsLabel")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self, form), 1)  # whole at 200% scale too
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for combo in (self.type, self.audience, self.status):
            combo.currentIndexChanged.connect(self._validate)
        fit_on_screen(self, 720, 760)
        self._validate()

    def _line(
        self,
        form: QFormLayout,
        name: str,
        value: str,
        label: str,
        completer: list[str] | None = None,
    ) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        if completer is not None:
            edit.setCompleter(ListCompleter(completer, edit))
        edit.setCursorPosition(0)
        edit.textChanged.connect(self._validate)
        form.addRow(label, edit)
        return edit

    def _describing_rows(
        self, form: QFormLayout, data: ResourceData, vocab: dict[str, list[str]]
    ) -> None:
        """What the resource is: title, type, who, about what and where, when, link."""
        line = functools.partial(self._line, form)
        self.title = line("titleEdit", data.title, self.tr("&Title"))
        self.type = QComboBox(self)
        self.type.setObjectName("typeBox")
        self.type.setAccessibleName(self.tr("Type"))
        for value, label in TYPE_LABELS.items():
            self.type.addItem(type_text(label), value.value)
        self.type.setCurrentIndex(max(0, self.type.findData(data.type)))
        form.addRow(self.tr("T&ype"), self.type)
        self.organisations = line(
            "organisationsEdit",
            SEP.join(data.organisations),
            self.tr("&Organisations"),
            vocab.get("organisation", []),
        )
        self.authors = line(
            "authorsEdit", SEP.join(data.authors), self.tr("&Authors"), vocab.get("author", [])
        )
        self.topics = line(
            "topicsEdit", SEP.join(data.topics), self.tr("To&pics"), vocab.get("topic", [])
        )
        self.countries = line(
            "countriesEdit",
            SEP.join(data.countries),
            self.tr("&Countries"),
            vocab.get("country", []),
        )
        self.date = line(
            "dateEdit", data.date or "", self.tr("&Date (2017, 2017-10 or 2017-10-26)")
        )
        self.url = line("urlEdit", data.url, self.tr("&Link"))
        self.language = line("languageEdit", data.language, self.tr("La&nguage code"))

    def _keeping_rows(self, form: QFormLayout, data: ResourceData) -> None:
        """Who sees it and in what state: audience, status, texts, notes, review flag."""
        self.audience = QComboBox(self)
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.addItem(self.tr("Everyone"), "")
        self.audience.addItem(self.tr("Staff only"), "staff")
        self.audience.setCurrentIndex(max(0, self.audience.findData(data.audience)))
        form.addRow(self.tr("A&udience"), self.audience)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for st in (Status.PUBLISHED, Status.DRAFT, Status.HIDDEN):
            self.status.addItem(status_text(st.value), st.value)
        if data.status == Status.TRASHED.value:
            self.status.addItem(self.tr("Trashed"), Status.TRASHED.value)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        form.addRow(self.tr("&Status"), self.status)
        self.summary = self._text(data.summary, self.tr("Summary"))
        form.addRow(self.tr("Su&mmary"), self.summary)
        self.excerpt = self._text(data.excerpt, self.tr("Excerpt"))
        form.addRow(self.tr("E&xcerpt"), self.excerpt)
        self.notes = self._text(data.curator_notes, self.tr("Curator notes"))
        form.addRow(self.tr("Curator &notes"), self.notes)
        review = QWidget(self)
        review_l = QHBoxLayout(review)
        review_l.setContentsMargins(0, 0, 0, 0)
        self.needs_review = QCheckBox(self.tr("Needs review"), review)
        self.needs_review.setChecked(data.needs_review)
        self.needs_review.toggled.connect(self._validate)
        self.review_reason = QLineEdit(data.review_reason, review)
        self.review_reason.setAccessibleName(self.tr("Why it needs review"))
        self.review_reason.setPlaceholderText(self.tr("why"))
        review_l.addWidget(self.needs_review)
        review_l.addWidget(self.review_reason, 1)
        form.addRow(_centred_label(self.tr("Review"), review, self.needs_review), review)

    def _local_copy_row(self) -> QWidget:
        """The attached file (kept for reading offline), with Choose… and Remove."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.local_file_label = QLineEdit(row)
        self.local_file_label.setReadOnly(True)
        self.local_file_label.setObjectName("localFile")
        self.local_file_label.setAccessibleName(self.tr("Local copy"))
        self.local_file_label.setPlaceholderText(self.tr("none: only the link"))
        choose = QPushButton(self.tr("Choose…"), row)
        choose.clicked.connect(self._choose_local_file)
        self.remove_local_file = QPushButton(self.tr("Remove"), row)
        self.remove_local_file.clicked.connect(lambda: self.set_local_file(""))
        layout.addWidget(self.local_file_label, 1)
        layout.addWidget(choose)
        layout.addWidget(self.remove_local_file)
        self.set_local_file(self.local_file)
        return row

    def set_local_file(self, value: str) -> None:
        """A stored name, or an absolute path just chosen (copied in when saved)."""
        self.local_file = value
        if not value:
            self.chosen_file = None
        self.local_file_label.setText(display_name(value) if value else "")
        self.local_file_label.setToolTip(value)
        self.remove_local_file.setEnabled(bool(value))

    def _choose_local_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a local copy"), str(Path.home())
        )
        if path:
            self.set_local_file(str(Path(path).resolve()))
            self.chosen_file = Path(path).resolve()

    def _text(self, value: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value, self)
        edit.setAccessibleName(label)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(90)
        edit.textChanged.connect(self._validate)
        return edit

    def data(self) -> ResourceData:
        return ResourceData(
            title=self.title.text().strip(),
            type=self.type.currentData(),
            organisations=split(self.organisations.text()),
            authors=split(self.authors.text()),
            topics=split(self.topics.text()),
            countries=split(self.countries.text()),
            date=self.date.text().strip() or None,
            url=self.url.text().strip(),
            language=self.language.text().strip() or "en",
            audience=self.audience.currentData(),
            summary=text_of(self.summary),
            excerpt=text_of(self.excerpt),
            status=self.status.currentData(),
            needs_review=self.needs_review.isChecked(),
            review_reason=self.review_reason.text().strip(),
            curator_notes=text_of(self.notes),
            local_file=self.local_file,
        )

    def problems_now(self) -> dict[str, str]:
        data = self.data()
        problems = validate(data, imported=self.imported)
        if not data.title and not (self.imported and data.needs_review):
            problems["title"] = self.tr("a title is required")
        known = {c.casefold() for c in self.vocab.get("country_names", [])}
        for c in data.countries:
            if known and c.casefold() not in known:
                problems["countries"] = self.tr("'%1' is not a known country").replace("%1", c)
        return problems

    def _validate(self) -> None:
        problems = self.problems_now()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        if problems:
            text = self.tr("Cannot save yet: ") + "; ".join(
                f"{k}: {v}" for k, v in problems.items()
            )
            save.setToolTip(text)
            self.problems.setText(text)
        else:
            save.setToolTip("")
            self.problems.setText("")

    def new_names_warning(self) -> str:
        """'Cybercrimes' is new but close to 'Cybercrime': say so before saving."""
        lines = []
        data = self.data()
        topic_close = self.tr("New topic “%1” — did you mean “%2”?")
        topic_new = self.tr("New topic “%1” will be created.")
        org_close = self.tr("New organisation “%1” — did you mean “%2”?")
        org_new = self.tr("New organisation “%1” will be created.")
        for kind, values, (if_close, if_new) in (
            ("topic", data.topics, (topic_close, topic_new)),
            ("organisation", data.organisations, (org_close, org_new)),
        ):
            existing = self.vocab.get(kind, [])
            known = {e.casefold() for e in existing}
            for value in values:
                if value.casefold() in known:
                    continue
                close = close_names(value, existing)
                if close:
                    lines.append(if_close.replace("%1", value).replace("%2", close[0]))
                else:
                    lines.append(if_new.replace("%1", value))
        return "\n".join(lines)

    def _save(self) -> None:
        if self.problems_now():
            return
        warning = self.new_names_warning()
        if (
            warning
            and QMessageBox.question(
                self, self.windowTitle(), warning + "\n\n" + self.tr("Save anyway?")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.accept()

    def dirty(self) -> bool:
        return self.data().to_dict() != ResourceData.from_dict(self.original).to_dict()

    def reject(self) -> None:
        if (
            self.dirty()
            and QMessageBox.question(self, self.windowTitle(), self.tr("Discard your changes?"))
            != QMessageBox.StandardButton.Yes
        ):
            return
        super().reject()

    @classmethod
    def edit(
        cls, parent: QWidget | None, data: ResourceData, vocab: dict[str, list[str]], *, title: str
    ) -> Edited | None:
        """Edit ``data`` in a modal dialog; what the curator saved, or None if cancelled."""
        dialog = cls(data, vocab, title=title, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return Edited(dialog.data(), dialog.chosen_file)
        finally:
            dialog.deleteLater()


@dataclasses.dataclass(frozen=True, slots=True)
class Edited:
    """What the editor returns: the fields, and a file the curator chose to attach.

    Only a file chosen in the file dialog is ever copied into the library; a path
    that merely stands in ``data.local_file`` (from an import, say) never is.
    """

    data: ResourceData
    chosen_file: Path | None = None

    def adopt(self, library: Library) -> ResourceData:
        """The data to save, with the chosen file copied in under its stored name."""
        if self.chosen_file is None:
            return self.data
        return dataclasses.replace(self.data, local_file=store_file(library, self.chosen_file))
