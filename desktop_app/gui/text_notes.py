"""How reading the text of local copies went, in the window's language.

Kept apart from :mod:`desktop_app.gui.text_extraction` (which runs the reading) so the
summary dialog can use it without importing the controller that opens the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.core.library.files import display_name
from desktop_app.gui.strings import QT_TRANSLATE_NOOP

SCANNED = "no text layer: scanned?"  # core.fulltext.extract's note for a PDF without text
# Statuses in the order the summary lists them: what needs a curator's eye first.
ORDER = ("failed", "missing", "no_text", "cancelled", "ok")


@dataclass(frozen=True, slots=True)
class FileText:
    """How reading one stored file went: status ok, no_text, failed, missing or cancelled."""

    name: str
    status: str
    note: str
    pages: int


NOTE_TEXTS = {SCANNED: QT_TRANSLATE_NOOP("TextExtraction", "No text layer: scanned?")}


def shown_note(note: str) -> str:
    """A core note in the window's language when it is one of NOTE_TEXTS; else as is."""
    known = NOTE_TEXTS.get(note)
    return QCoreApplication.translate("TextExtraction", known) if known else note  # marked


class TextNotes(QObject):
    """How reading went, in the window's language (a QObject for its ``tr``)."""

    def note(self, item: FileText) -> str:
        """One line for a file's outcome ("Text read: 84 pages")."""
        note = shown_note(item.note)
        if item.status == "ok":
            head = self.tr("Text read: %Ln page(s)", "", item.pages)
            return f"{head} ({note})" if note else head
        if item.status == "no_text":
            return note or self.tr("No text found")
        if item.status == "missing":
            return self.tr("The file is missing from the library's files folder")
        if item.status == "cancelled":
            return self.tr("Not read (cancelled)")
        return self.tr("Could not read: %1").replace("%1", note or self.tr("unknown problem"))

    def summary(self, items: Sequence[FileText], left: int = 0) -> str:
        """One line for a run: "Read 3 files: 1 with text, 1 without text, 1 unreadable"."""
        if len(items) == 1 and not left:
            line = self.tr("%1: %2", "a file's name: how reading its text went")
            return line.replace("%2", self.note(items[0])).replace(
                "%1", display_name(items[0].name)
            )

        def count(status: str) -> int:
            return sum(1 for i in items if i.status == status)

        parts = [self.tr("%Ln with text", "", count("ok"))]
        if count("no_text"):
            parts.append(self.tr("%Ln without text", "", count("no_text")))
        if count("failed"):
            parts.append(self.tr("%Ln unreadable", "", count("failed")))
        if count("missing"):
            parts.append(self.tr("%Ln missing", "", count("missing")))
        tail = self.tr("; cancelled, %Ln left for later", "", left) if left else ""
        head = self.tr("Read %Ln file(s): %1", "", len(items))  # French puts a space before ':'
        return head.replace("%1", ", ".join(parts) + tail)


def note_text(item: FileText) -> str:
    """One line for a file's outcome, in the window's language ("Text read: 84 pages")."""
    return TextNotes().note(item)


def run_summary(items: Sequence[FileText], left: int = 0) -> str:
    """One line for a run, in the window's language."""
    return TextNotes().summary(items, left)
