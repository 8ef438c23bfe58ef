"""File ▸ Open library…: a library file, or a catalogue on a PostgreSQL server (issue 16).

One box takes either: a file's path (typed, chosen with Choose file…, or one of the
recent libraries) or a server's URL, ``postgresql+psycopg://user@host/dbname``. The
password box is for a server whose URL, ``PGPASSWORD`` and ``~/.pgpass`` give none:
it goes into the URL handed to the opening and is kept nowhere. The dialog stays
open while the library opens; what went wrong is shown in it, in one line.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.locations import with_password
from desktop_app.core.library.paths import is_server_url

URL_HINT = "postgresql+psycopg://user@host/dbname"


class OpenLibraryDialog(QDialog):
    """Asks which library to open; ``chosen`` carries it (a URL with the password typed)."""

    chosen = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("openLibraryDialog")
        self.setWindowTitle(self.tr("Open library"))
        self.setMinimumWidth(640)
        self.where = QComboBox(self)
        self.where.setEditable(True)
        self.where.addItems(recent)
        self.where.setCurrentText("")
        self.where.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.where.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(URL_HINT)
        self.where.setAccessibleName(self.tr("Library file or server URL"))
        self.browse = QPushButton(self.tr("Choose &file…"), self)
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(self.browse)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only if the server asks for one"))
        self.password.setAccessibleName(self.tr("Server password"))
        hint = QLabel(
            self.tr("A library file, or a catalogue on a PostgreSQL server: %1").replace(
                "%1", URL_HINT
            ),
            self,
        )
        hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("openLibraryMessage")
        self.message.setWordWrap(True)  # one line of text, folded to fit the dialog
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Library:"), self)
        label.setBuddy(self.where)
        form.addRow(label, row)
        form.addRow(self.tr("Server &password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.where.currentTextChanged.connect(self._text_changed)
        self._text_changed("")

    def _text_changed(self, text: str) -> None:
        self.password.setEnabled(is_server_url(text))
        self.message.clear()

    def choose_file(self) -> None:
        """Choose a library file (Choose file…)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open library"),
            "",
            self.tr("Libraries (*.db *.sqlite *.sqlite3);;All files (*)"),
        )
        if name:
            self.where.setCurrentText(name)

    def target(self) -> str:
        """What to open: the file's path, or the URL holding the password typed (if any)."""
        text = self.where.currentText().strip()
        if is_server_url(text) and self.password.text():
            return with_password(text, self.password.text())
        return text

    def submit(self) -> None:
        """Open: say what is missing, or hand the library on (``chosen``) and wait."""
        if not self.where.currentText().strip():
            self.show_error(self.tr("Name a library file or a server's URL."))
            return
        self.set_busy(True)
        self.chosen.emit(self.target())

    def set_busy(self, busy: bool) -> None:
        """While the library opens: Open is disabled and the dialog says so."""
        self.open_button.setEnabled(not busy)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Opening the library…") if busy else "")

    def show_error(self, text: str) -> None:
        """Why the library did not open, in one line; the dialog stays for another try."""
        self.set_busy(False)
        line = "; ".join(part.strip() for part in text.splitlines() if part.strip())
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(line)
        self.message.setToolTip(line)
