"""Topics shown by their labels in the interface's language (issue 14).

The window makes one :class:`TopicLabels`. When the library has opened, and after
every vocabulary change, it asks the worker for {topic name: label} in the
language whose translators are installed, and hands the map to the sidebar, the
filter chips, the detail pane and the similar resources. Only what is shown
changes: filters, searches and links keep using the topic's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.gui.i18n import ENGLISH, current_language

if TYPE_CHECKING:
    from desktop_app.core.service import ChangeSet
    from desktop_app.gui.main_window import MainWindow


class TopicLabels(QObject):
    """Keeps the window's topic labels in step with the library."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.labels: dict[str, str] = {}
        self.loads = 0  # answers received (tests wait on it)
        window.worker.backend.opened.connect(self.load)
        window.worker.backend.changed.connect(self._changed)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.vocabulary:
            self.load()

    def load(self, *_args: object) -> None:
        """Ask the worker for the labels in the interface's language."""
        catalogue, language = self.window.catalogue, current_language()

        def job() -> dict[str, str]:
            if language == ENGLISH:
                return {}  # topic names are English
            from desktop_app.core.curation.vocab_admin import VocabularyAdmin

            return VocabularyAdmin(catalogue).topic_labels(language)

        self.window.worker.call(job, self._loaded, owner=self)

    def _loaded(self, labels: dict[str, str]) -> None:
        self.loads += 1
        if labels == self.labels:
            return
        self.labels = labels
        self.window.sidebar.set_topic_labels(labels)
        self.window.detail.set_topic_labels(labels)
        self.window.filters_bar.topic_labels = labels
        self.window.finding.similar.pane.topic_labels = labels  # from the next resource
        self.window.filters_bar.show_state(self.window.state)
