"""The handout's fixed texts in the window's language.

The core's Handout (core.transfer.handout) stays Qt-free and holds only data; the
renderer asks these functions for its cover, contents heading, note label and page
footer. QCoreApplication.translate is thread-safe, so they also work where the
renderer runs, on the worker; numbers and dates follow the default QLocale (the
window's language, gui.i18n).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt

from desktop_app import APP_NAME
from desktop_app.core.library.values import TYPE_LABELS
from desktop_app.core.transfer.selection import Selection
from desktop_app.gui.strings import facet_name, long_date, type_text


class Handout(QObject):
    """The translation context of the handout's plural texts (lupdate reads a count only
    in ``tr``; QCoreApplication.translate with a count comes out without plural forms)."""

    def cover(self, count: int) -> str:
        """ "33 resources · made on %1 with %2" (%1, %2 still to fill)."""
        return self.tr("%Ln resource(s) · made on %1 with %2", "", count)


@dataclass(frozen=True, slots=True)
class HandoutLabels:
    """What the handout says itself, translated; ``footer`` has %1 (title) and %2 (page)."""

    cover: str
    contents: str
    note: str
    footer: str

    def page_footer(self, title: str, page: int) -> str:
        """The footer of page ``page``: "Title — page 3"."""
        return self.footer.replace("%1", title).replace("%2", QLocale().toString(page))


def handout_labels(count: int, made_on: str) -> HandoutLabels:
    """The labels of a handout of ``count`` resources made on ``made_on`` (ISO date)."""
    day = QDate.fromString(made_on, Qt.DateFormat.ISODate)
    when = long_date(day) if day.isValid() else made_on
    cover = Handout().cover(count)
    return HandoutLabels(
        cover=cover.replace("%1", when).replace("%2", APP_NAME),
        contents=QCoreApplication.translate("Handout", "Contents"),
        note=QCoreApplication.translate("Handout", "Note:"),
        footer=QCoreApplication.translate("Handout", "%1 — page %2"),
    )


def describe_selection(sel: Selection) -> str:
    """What the handout holds, for its cover: Selection.describe in the window's language."""
    parts = []
    if sel.reading_list:
        text = QCoreApplication.translate("Handout", "Reading list: %1")
        parts.append(text.replace("%1", sel.reading_list))
    if sel.query:
        parts.append(QCoreApplication.translate("Handout", "Search: %1").replace("%1", sel.query))
    for name, values in sel.include.items():
        if values:
            parts.append(f"{facet_name(name)}: {_values(name, values)}")
    for name, values in sel.exclude.items():
        if values:
            text = QCoreApplication.translate("Handout", "Not %1: %2")
            parts.append(text.replace("%1", facet_name(name)).replace("%2", _values(name, values)))
    if sel.ids is not None and not parts:
        parts.append(QCoreApplication.translate("Handout", "Selected resources"))
    return "; ".join(parts) or QCoreApplication.translate("Handout", "The whole library")


def _values(facet: str, values: Sequence[str]) -> str:
    """A filter's values as shown: a type's label ("guide" -> "Guide", translated)."""
    if facet != "type":
        return ", ".join(values)
    labels = {t.value: label for t, label in TYPE_LABELS.items()}
    return ", ".join(type_text(labels[v]) if v in labels else v for v in values)
