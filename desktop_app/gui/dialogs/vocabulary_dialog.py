"""The vocabulary manager: rename, merge, alternative names, broader topics, synonym groups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QWidget

from desktop_app.core.curation.vocab_admin import Term, VocabularyAdmin
from desktop_app.core.service import Catalogue
from desktop_app.gui.dialogs.table_dialog import TableDialog
from desktop_app.gui.dialogs.topic_labels_dialog import TopicLabelsDialog
from desktop_app.gui.jobs import Jobs
from desktop_app.gui.strings import short

T = TypeVar("T")


class VocabularyDialog(TableDialog):
    """Topics, organisations, countries and synonym groups, with their upkeep."""

    def __init__(self, jobs: Jobs, catalogue: Catalogue, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("VocabularyDialog", "Vocabulary and thesaurus"),
            [
                QCoreApplication.translate("VocabularyDialog", "Name"),
                QCoreApplication.translate("VocabularyDialog", "Resources"),
                QCoreApplication.translate("VocabularyDialog", "Details"),
            ],
            parent,
        )
        self.setObjectName("vocabularyDialog")
        self.jobs = jobs
        self.admin = VocabularyAdmin(catalogue)
        self.broader_of: dict[int, str] = {}  # topic id -> its broader topic's name
        self.labels_of: dict[int, dict[str, str]] = {}  # topic id -> its labels by language
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Vocabulary"))
        for key, label in (
            ("topic", self.tr("Topics")),
            ("organisation", self.tr("Organisations")),
            ("country", self.tr("Countries")),
            ("thesaurus", self.tr("Thesaurus")),
        ):
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self.reload)
        self.main_layout.insertWidget(0, self.kind)
        self.add_button(self.tr("&Rename…"), self.rename)
        self.add_button(self.tr("&Merge into…"), self.merge)
        self.add_button(self.tr("&Alternative names…"), self.alternatives)
        self.broader_button = self.add_button(
            self.tr("&Broader topic…"), self.broader, name="broaderTopic"
        )
        self.labels_button = self.add_button(
            self.tr("&Translations…"), self.translations, name="topicTranslations"
        )
        self.add_button(self.tr("Delete &unused"), self.delete_unused)
        self.add_button(self.tr("New synonym &group…"), self.new_group)
        self.reload()

    def _read(self, fn: Callable[[], T], done: Callable[[T], object]) -> None:
        self.jobs.call(fn, done, self)

    def _write(self, fn: Callable[[], object]) -> None:
        self.jobs.write(fn, lambda _c: self.reload(), self)

    def reload(self) -> None:
        kind, admin = self.kind.currentData(), self.admin
        self.broader_button.setEnabled(kind == "topic")
        self.labels_button.setEnabled(kind == "topic")
        if kind == "thesaurus":
            group = self.tr("synonym group")
            self._read(
                admin.thesaurus,
                lambda groups: self.model.set_rows(
                    [("; ".join(terms), "", group) for _, terms in groups],
                    [gid for gid, _ in groups],
                ),
            )
            return
        self._read(lambda: admin.terms(kind), self._show_terms)

    def _show_terms(self, terms: list[Term]) -> None:
        self.broader_of = {t.id: str(t.extra.get("broader", "")) for t in terms}
        self.labels_of = {t.id: dict(t.extra.get("labels") or {}) for t in terms}
        self.model.set_rows(
            [
                (
                    t.name,
                    t.count,
                    "; ".join(
                        f"{k}: {short(sorted(v) if k == 'labels' else v)}"  # labels: languages
                        for k, v in t.extra.items()
                        if v and k != "parent_id"  # shown by name, as "broader"
                    ),
                )
                for t in terms
            ],
            [(t.id, t.name) for t in terms],
        )

    def _one(self) -> Any:
        keys = self.selected_keys()
        return keys[0] if keys else None

    def rename(self) -> None:
        key, kind = self._one(), self.kind.currentData()
        if key is None or kind in ("thesaurus", "country"):
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=key[1])
        if ok and name.strip():
            admin = self.admin
            self._write(lambda: admin.rename(kind, key[0], name))

    def merge(self) -> None:
        key, kind = self._one(), self.kind.currentData()
        if key is None or kind in ("thesaurus", "country"):
            return
        names = [k[1] for k in self.model.keys if k != key]
        target, ok = QInputDialog.getItem(
            self,
            self.tr("Merge"),
            self.tr("Merge “%1” into:").replace("%1", key[1]),
            names,
            0,
            False,
        )
        if not ok:
            return
        target_key = next(k for k in self.model.keys if k[1] == target)

        def confirm(count: int) -> None:
            if (
                QMessageBox.question(
                    self,
                    self.tr("Merge"),
                    self.tr("Re-tag %Ln resource(s) from “%2” to “%3” and remove “%2”?", "", count)
                    .replace("%2", key[1])
                    .replace("%3", target),
                )
                == QMessageBox.StandardButton.Yes
            ):
                self._write(lambda: admin.merge(kind, key[0], target_key[0]))

        admin = self.admin
        self._read(lambda: admin.merge_count(kind, key[0]), confirm)

    def alternatives(self) -> None:
        key, kind = self._one(), self.kind.currentData()
        if key is None:
            return
        if kind == "thesaurus":
            terms, ok = QInputDialog.getText(
                self,
                self.tr("Synonym group"),
                self.tr("Equivalent terms, separated by ; (empty deletes the group):"),
                text=self.model.rows[self.model.keys.index(key)][0],
            )
            if ok:
                admin = self.admin
                self._write(lambda: admin.set_thesaurus_group(key, list(terms.split(";"))))
            return
        field = {"topic": "alt_labels", "organisation": "alt_names", "country": "aliases"}[kind]
        text, ok = QInputDialog.getText(
            self,
            self.tr("Alternative names"),
            self.tr("Other names that should find “%1” (separated by ;):").replace("%1", key[1]),
        )
        if ok:
            values = [v.strip() for v in text.split(";") if v.strip()]
            admin = self.admin
            self._write(lambda: admin.set(kind, key[0], field, values))

    def broader(self) -> None:
        """Put the selected topic under a broader one (or back at the top).

        Selecting the broader topic in the sidebar then finds the narrower one's
        resources too. A choice that would make a cycle is refused with a message.
        """
        key, kind = self._one(), self.kind.currentData()
        if key is None or kind != "topic":
            return
        top = self.tr("(none: a top-level topic)")
        names = [top] + [k[1] for k in self.model.keys if k != key]
        current = self.broader_of.get(key[0]) or top
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Broader topic"),
            self.tr("Put “%1” under:").replace("%1", key[1]),
            names,
            names.index(current) if current in names else 0,
            True,
        )
        if not ok:
            return
        ids = {k[1]: k[0] for k in self.model.keys}
        if chosen != top and chosen not in ids:
            QMessageBox.warning(
                self,
                self.tr("Broader topic"),
                self.tr("There is no topic “%1”.").replace("%1", chosen),
            )
            return
        parent_id = None if chosen == top else ids[chosen]
        admin = self.admin
        self._write(lambda: admin.set_parent(key[0], parent_id))

    def translations(self) -> None:
        """Edit the selected topic's labels in other languages (TopicLabelsDialog)."""
        key, kind = self._one(), self.kind.currentData()
        if key is None or kind != "topic":
            return
        dialog = TopicLabelsDialog(key[1], self.labels_of.get(key[0], {}), self)
        admin, topic_id = self.admin, key[0]

        def save() -> None:
            labels = dialog.labels()
            self._write(lambda: admin.set_labels(topic_id, labels))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def delete_unused(self) -> None:
        key, kind = self._one(), self.kind.currentData()
        if key is not None and kind not in ("thesaurus", "country"):
            admin = self.admin
            self._write(lambda: admin.delete_unused(kind, key[0]))

    def new_group(self) -> None:
        terms, ok = QInputDialog.getText(
            self, self.tr("New synonym group"), self.tr("Equivalent terms, separated by ;")
        )
        if ok:
            admin = self.admin
            self._write(lambda: admin.set_thesaurus_group(None, terms.split(";")))
