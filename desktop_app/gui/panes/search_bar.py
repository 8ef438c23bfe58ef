"""The search bar: the box (with recent searches and a typing pause) and the line
under it that says how the search was understood."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.search import SearchResult
from desktop_app.gui.strings import QT_TRANSLATE_NOOP

SYNTAX_HINT = QT_TRANSLATE_NOOP(
    "SearchBar",
    'Search… e.g. sexting, "online safety", topic:Cybercrime, '
    "country:Cambodia, year:2015..2020, -legislation",
)
DEBOUNCE_MS = 250
RECENT = 20


class SearchBar(QWidget):
    """Says when to search: ``typed`` after a pause in typing, ``submitted`` on Enter or
    Escape (which clears the box first); ``down`` asks to move to the results."""

    typed = Signal()
    submitted = Signal()
    down = Signal()
    suggestionChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent: list[str] = []  # reader mode: kept in memory only, never saved
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr(SYNTAX_HINT))  # marked above
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setAccessibleDescription(self.tr(SYNTAX_HINT))  # marked above
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.completions = QStringListModel([], self)
        self.completer = QCompleter(self.completions, self.box)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.box.setCompleter(self.completer)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.typed)
        self.box.textEdited.connect(lambda _t: self.debounce.start())
        self.box.returnPressed.connect(self._submit)
        self.info = QLabel("", self)
        self.info.setObjectName("queryInfo")
        self.info.setAccessibleName(self.tr("How the search was understood"))
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.info)

    def text(self) -> str:
        """What is typed, as typed."""
        return self.box.text()

    def query(self) -> str:
        """The typed words without surrounding spaces."""
        return self.box.text().strip()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box (no search by itself)."""
        self.box.setText(text)

    def commit(self) -> None:
        """Search now: no waiting for the typing pause; the words join the recent ones."""
        self.debounce.stop()
        text = self.query()
        if text and text not in self.recent:
            self.recent.insert(0, text)
            del self.recent[RECENT:]
            self.completions.setStringList(self.recent)

    def focus(self) -> None:
        """Keyboard focus to the box, its text selected."""
        self.box.setFocus()
        self.box.selectAll()

    def show_understood(self, result: SearchResult) -> None:
        """How the search was read, what else was searched, notes and a suggestion."""
        e = html.escape
        parts = []
        query = self.query()
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

    def _submit(self) -> None:
        self.commit()
        self.submitted.emit()

    def _link(self, link: str) -> None:
        if link == "suggest":
            self.suggestionChosen.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.box.clear()
                self._submit()
                return True
            popup = self.completer.popup()
            if (
                event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and not (popup is not None and popup.isVisible())
            ):
                self.down.emit()
                return True
        return super().eventFilter(watched, event)
