"""The preview of "Attach files from a folder": which file goes to which resource.

Four groups, each heading with its count: *Matched* (ticked, unless the resource has
a local copy already: ticking it then replaces that copy), *Ambiguous* (the close
candidates, best first: choose one below, which ticks the row), *Unmatched* (type a
title below to choose a resource, or leave it) and *Not documents* (never attached,
each saying why). Under the list, the selected file's resource is chosen in one box:
its candidates, or any resource of the library by typing part of its title.
Space ticks the current row; Tab reaches the box; Enter attaches.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.accessibility import error_colour, fit_on_screen
from desktop_app.gui.strings import QT_TRANSLATE_NOOP
from desktop_app.gui.text_notes import shown_note

if TYPE_CHECKING:
    from desktop_app.core.fulltext.attach_folder import AttachPreview, FileMatch

FILE_ROLE = Qt.ItemDataRole.UserRole  # the row's FileMatch
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the chosen resource id (0: none)
GROUPS = ("matched", "ambiguous", "unmatched", "refused")


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachFolderDialog", text)  # marked in _REASONS


# The core's reasons and notes are English; each known shape is shown translated.
_REASONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^DOI (\S+) on the first page$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "DOI %1 on the first page"),
    ),
    (
        re.compile(r"^ISBN (\S+) on the first page$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "ISBN %1 on the first page"),
    ),
    (re.compile(r"^DOI (\S+)$"), QT_TRANSLATE_NOOP("AttachFolderDialog", "DOI %1")),
    (re.compile(r"^ISBN (\S+)$"), QT_TRANSLATE_NOOP("AttachFolderDialog", "ISBN %1")),
    (re.compile(r"^title (\d+)%$"), QT_TRANSLATE_NOOP("AttachFolderDialog", "title %1%")),
    (
        re.compile(r"^title on the first page (\d+)%$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "title on the first page %1%"),
    ),
    (re.compile(r"^file name (\d+)%$"), QT_TRANSLATE_NOOP("AttachFolderDialog", "file name %1%")),
    (
        re.compile(r"^title contains the title$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "its title contains the resource's title"),
    ),
    (
        re.compile(r"^title is part of the title$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "its title is part of the resource's title"),
    ),
    (
        re.compile(r"^title on the first page contains the title$"),
        QT_TRANSLATE_NOOP(
            "AttachFolderDialog", "the first page's title contains the resource's title"
        ),
    ),
    (
        re.compile(r"^title on the first page is part of the title$"),
        QT_TRANSLATE_NOOP(
            "AttachFolderDialog", "the first page's title is part of the resource's title"
        ),
    ),
    (
        re.compile(r"^file name contains the title$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "the file name contains the title"),
    ),
    (
        re.compile(r"^file name is part of the title$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "the file name is part of the title"),
    ),
    (re.compile(r"^year (\d+)$"), QT_TRANSLATE_NOOP("AttachFolderDialog", "year %1")),
    (
        re.compile(r"^already attached to this resource$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "already attached to this resource"),
    ),
    (
        re.compile(r"^the resource already has a local copy \((.+)\); replaced only if ticked$"),
        QT_TRANSLATE_NOOP(
            "AttachFolderDialog", "the resource already has a local copy (%1); tick to replace it"
        ),
    ),
    (
        re.compile(r"^the resource is also claimed by (.+)$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "the resource is also claimed by %1"),
    ),
    (
        re.compile(r"^also claimed by (.+)$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "also claimed by %1"),
    ),
    (
        re.compile(r"^the same file as (.+)$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "the same file as %1"),
    ),
    # why a file is not a document (core.library.files.document_problem), without its name
    (
        re.compile(r"^'.+' is not a document type the library keeps .*$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "not a document type the library keeps"),
    ),
    (
        re.compile(r"^'.+' does not hold what a \.(\w+) file holds$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "does not hold what a .%1 file holds"),
    ),
    (
        re.compile(r"^'.+' is not a \.(\w+) file$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "is not a .%1 file"),
    ),
    (
        re.compile(r"^'.+' holds macros, so it is not kept$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "holds macros, so it is not kept"),
    ),
    (
        re.compile(r"^'.+' is not plain text \(it holds NUL bytes\)$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "is not plain text"),
    ),
    (
        re.compile(r"^a link that leads out of the folder, so it is not read$"),
        QT_TRANSLATE_NOOP(
            "AttachFolderDialog", "a link that leads out of the folder, so it is not read"
        ),
    ),
    (
        re.compile(r"^a link to a folder, which is not followed$"),
        QT_TRANSLATE_NOOP("AttachFolderDialog", "a link to a folder, which is not followed"),
    ),
]


def reason_text(reason: str) -> str:
    """A reason or note of the core ("file name 100%; year 2019") in the window's language
    ("file name 100%, year 2019": the window separates a row's notes with semicolons)."""
    parts = []
    for part in reason.split("; "):
        for pattern, text in _REASONS:
            found = pattern.match(part)
            if found:
                shown = tr(text)
                if found.groups():
                    shown = shown.replace("%1", found.group(1))
                parts.append(shown)
                break
        else:
            parts.append(part)
    return ", ".join(parts)


class AttachFolderDialog(QDialog):
    """The preview; :meth:`chosen` gives the ticked rows once accepted."""

    rescanRequested = Signal(bool)  # read the folder again, with subfolders or without

    def __init__(self, parent: QWidget, preview: AttachPreview) -> None:
        super().__init__(parent)
        self.setObjectName("attachFolderDialog")
        self.setWindowTitle(self.tr("Attach files from a folder"))
        self.summary = QLabel(self)
        self.summary.setObjectName("attachSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.recursive = QCheckBox(self.tr("Include &subfolders"), self)
        self.recursive.setObjectName("attachRecursive")
        self.recursive.setChecked(preview.recursive)
        self.recursive.toggled.connect(self.rescanRequested.emit)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("attachFiles")
        self.tree.setAccessibleName(self.tr("Files in the folder"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Resource"), self.tr("Why")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 280)
        header.resizeSection(1, 330)
        self.tree.itemChanged.connect(self._changed)
        self.tree.currentItemChanged.connect(self._current)
        self.chooser_label = QLabel(self.tr("&Resource for the selected file:"), self)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("attachResource")
        self.chooser.setAccessibleName(self.tr("Resource for the selected file"))
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.chooser.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type part of a title"))
            edit.installEventFilter(self)  # Enter there chooses, it does not attach
        self.chooser_label.setBuddy(self.chooser)
        self.chooser.activated.connect(self._picked_candidate)
        self.titles = QStringListModel(self)
        self.completer = QCompleter(self.titles, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated.connect(self.choose_title)
        self.chooser.setCompleter(self.completer)
        self.problem = QLabel(self)
        self.problem.setObjectName("attachProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour(self)}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("attachOk")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.recursive)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chooser_label)
        layout.addWidget(self.chooser)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_on_screen(self, 980, 640)
        self.show_preview(preview)

    # -- showing ----------------------------------------------------------------------------
    def show_preview(self, preview: AttachPreview) -> None:
        """Fill the groups from ``preview`` (again after a rescan)."""
        self.preview = preview
        counts = preview.counts()
        parts = (  # each count with its own plural ("1 ambiguous", "1 ambigu", "2 ambigus")
            self.tr("%Ln matched", "", counts["matched"]),
            self.tr("%Ln ambiguous", "", counts["ambiguous"]),
            self.tr("%Ln unmatched", "", counts["unmatched"]),
            self.tr("%Ln not documents", "", counts["refused"]),
        )
        text = (
            self.tr("%Ln file(s) in %1: %2.", "", len(preview.files))
            .replace("%2", ", ".join(parts))
            .replace("%1", str(preview.folder))
        )
        if preview.truncated:
            text += " " + self.tr("Only the first %1 files were read.").replace(
                "%1", f"{preview.limit:,}"
            )
        self.summary.setText(text)
        self.by_label = {f"{label}  #{rid}": rid for rid, label in preview.titles}
        self.labels = {rid: label for label, rid in self.by_label.items()}
        self.titles.setStringList(list(self.by_label))
        headings = {
            "matched": self.tr("Matched (%1)"),
            "ambiguous": self.tr("Ambiguous: choose the resource (%1)"),
            "unmatched": self.tr("Unmatched: type a title to choose one (%1)"),
            "refused": self.tr("Not documents, never attached (%1)"),
        }
        self.tree.blockSignals(True)
        self.tree.clear()
        self.groups: dict[str, QTreeWidgetItem] = {}
        for status in GROUPS:
            rows = preview.group(status)
            group = QTreeWidgetItem(self.tree, [headings[status].replace("%1", str(len(rows)))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups[status] = group
            for match in rows:
                self._add_row(group, match)
            group.setExpanded(bool(rows))
        self.tree.blockSignals(False)
        items = self._rows()
        if items:
            self.tree.setCurrentItem(items[0])
        self._count()

    def _add_row(self, group: QTreeWidgetItem, match: FileMatch) -> None:
        row = QTreeWidgetItem(group)
        row.setText(0, match.name)
        row.setToolTip(0, str(match.path))
        row.setData(0, FILE_ROLE, match)
        why = [reason_text(match.candidates[0].reason)] if match.status == "matched" else []
        if match.status == "ambiguous" and match.candidates:
            n = len(match.candidates)
            head = self.tr("%Ln candidate(s), the first: %1", "", n)
            why.append(head.replace("%1", reason_text(match.candidates[0].reason)))
        if match.status == "refused":
            why.append(reason_text(match.reason))
        why += [reason_text(n) for n in match.notes]
        if match.status != "refused" and match.reason:
            why.append(shown_note(match.reason))  # how reading it went ("no text layer…")
        row.setText(2, "; ".join(w for w in why if w))
        row.setToolTip(2, row.text(2))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if match.status != "refused" and not match.same_file:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row.setFlags(flags)
        choice = match.candidates[0].resource_id if match.candidates else 0
        self._set_choice(row, choice)
        if flags & Qt.ItemFlag.ItemIsUserCheckable:
            checked = match.status == "matched" and match.ready
            row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, row.text(2))

    def _set_choice(self, row: QTreeWidgetItem, rid: int) -> None:
        row.setData(0, CHOICE_ROLE, rid)
        match: FileMatch = row.data(0, FILE_ROLE)
        label = next((c.label for c in match.candidates if c.resource_id == rid), "")
        row.setText(1, label or self.labels.get(rid, ""))
        row.setToolTip(1, row.text(1))

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (g.child(i) for g in self.groups.values() for i in range(g.childCount()))
        return [r for r in rows if r is not None]

    def _count(self) -> None:
        n = len(self.chosen())
        self.ok.setText(self.tr("&Attach %Ln file(s)", "", n))
        self.ok.setEnabled(n > 0)
        self.problem.clear()

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and item.parent() is not None:
            if item.checkState(0) == Qt.CheckState.Checked and not item.data(0, CHOICE_ROLE):
                item.setCheckState(0, Qt.CheckState.Unchecked)  # nothing chosen to attach to
            self._count()

    # -- choosing a resource ------------------------------------------------------------------
    def _current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        match: FileMatch | None = item.data(0, FILE_ROLE) if item is not None else None
        usable = match is not None and match.status != "refused" and not match.same_file
        self.chooser.setEnabled(usable)
        if match is not None and usable:
            for c in match.candidates:
                shown = f"{c.label}  #{c.resource_id}  ({reason_text(c.reason)})"
                self.chooser.addItem(shown, c.resource_id)
            chosen = item.data(0, CHOICE_ROLE) if item is not None else 0
            at = self.chooser.findData(chosen)
            if at >= 0:
                self.chooser.setCurrentIndex(at)
            else:
                self.chooser.setEditText(
                    f"{self.labels[chosen]}  #{chosen}" if chosen in self.labels else ""
                )
        edit = self.chooser.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # the title's start, not its end
        self.chooser.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the resource box takes what was typed (the only title that fits)."""
        if (
            watched is self.chooser.lineEdit()
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self._popup_open()
        ):
            self._typed(self.chooser.currentText())
            return True
        return super().eventFilter(watched, event)

    def _popup_open(self) -> bool:
        popup = self.completer.popup()
        return popup is not None and popup.isVisible()

    def _typed(self, text: str) -> None:
        at = self.chooser.findText(text)
        if at >= 0:
            self._picked_candidate(at)
            return
        if text not in self.by_label:
            self.completer.setCompletionPrefix(text)
            if self.completer.completionCount() != 1:
                return  # none or several fit: the list shows them as one types
            text = self.completer.currentCompletion()
        self.choose_title(text)
        self.chooser.setEditText(text)

    def _picked_candidate(self, index: int) -> None:
        rid = self.chooser.itemData(index)
        if isinstance(rid, int) and rid:
            self._choose(rid)

    def choose_title(self, text: str) -> None:
        """Give the selected file the resource whose completion ``text`` the curator took."""
        rid = self.by_label.get(text)
        if rid:
            self._choose(rid)

    def _choose(self, rid: int) -> None:
        row = self.tree.currentItem()
        if row is None or row.parent() is None:
            return
        if not row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        self._set_choice(row, rid)
        row.setCheckState(0, Qt.CheckState.Checked)
        self._count()

    # -- the outcome --------------------------------------------------------------------------
    def chosen(self) -> list[tuple[Path, int, bool]]:
        """The ticked files: (path, resource id, whether to replace the resource's copy)."""
        out = []
        for row in self._rows():
            rid = row.data(0, CHOICE_ROLE)
            if row.checkState(0) != Qt.CheckState.Checked or not rid:
                continue
            match: FileMatch = row.data(0, FILE_ROLE)
            # a copy the preview showed is replaced (the row said so); one it did not
            # know of (a resource typed in, a copy attached meanwhile) is kept
            shown = any(c.resource_id == rid and c.local_file for c in match.candidates)
            out.append((match.path, int(rid), shown))
        return out

    def _accept(self) -> None:
        """Attach, unless two ticked files go to one resource (then say which)."""
        seen: dict[int, str] = {}
        for row in self._rows():
            rid = row.data(0, CHOICE_ROLE)
            if row.checkState(0) != Qt.CheckState.Checked or not rid:
                continue
            if rid in seen:
                self.problem.setText(
                    self.tr("“%1” and “%2” are both ticked for one resource: untick one.")
                    .replace("%1", seen[rid])
                    .replace("%2", row.text(0))
                )
                self.tree.setCurrentItem(row)
                return
            seen[rid] = row.text(0)
        self.accept()
