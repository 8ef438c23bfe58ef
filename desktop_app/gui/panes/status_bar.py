"""The status bar: a passing message, a lasting summary (of the last import) and progress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from desktop_app.gui.accessibility import announce


class StatusBar(QStatusBar):
    """The window's status bar; curator mode and transfers report here by signal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("", self)
        self.label.setObjectName("statusLabel")
        self.label.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.addWidget(self.label, 1)
        self.summary = QLabel("", self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setAccessibleName(self.tr("Last import"))
        self.summary.setMaximumWidth(520)
        self.summary.hide()
        self.addPermanentWidget(self.summary)
        self.addPermanentWidget(self.progress)

    def say(self, text: str, *, spoken: str | None = None) -> None:
        """A message that the next one replaces (the search count, say); a screen
        reader says it (or ``spoken``, when what is worth hearing is shorter)."""
        self.label.setText(text)
        announce(self.label, text if spoken is None else spoken)

    def text(self) -> str:
        """The passing message shown now."""
        return self.label.text()

    def show_progress(self, done: int, total: int, message: str) -> None:
        """Long work under way (opening or building the index)."""
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.label.setText(message)

    def hide_progress(self) -> None:
        """The long work is over."""
        self.progress.hide()

    def show_summary(self, text: str) -> None:
        """A lasting message (the search count does not overwrite it)."""
        self.summary.setText(text)
        self.summary.setToolTip(text)
        self.summary.setVisible(bool(text))
        announce(self.summary, text)
