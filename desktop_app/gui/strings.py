"""Small text helpers for the GUI."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's lupdate under ``context`` where it is written as data (a table
    of labels); the code that shows it translates it (``QCoreApplication.translate(context,
    text)``, or ``self.tr(text)`` in the class named ``context``). Typed, unlike PySide6's."""
    return text


def short(value: Any, width: int = 60) -> str:
    """A value (a list is joined) cut to ``width`` characters for a table cell."""
    text = "; ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


# Progress messages the core sends (English, as the core stays Qt-free): shown translated.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("Core", "Waiting for another program to finish the search index"),
    QT_TRANSLATE_NOOP("Core", "Search index ready"),
    QT_TRANSLATE_NOOP("Core", "Building the search index"),
    QT_TRANSLATE_NOOP("Core", "Writing resources…"),
    QT_TRANSLATE_NOOP("Core", "Merging resources…"),
)


def core_text(message: str) -> str:
    """A message of the core (one of CORE_TEXTS) in the window's language; any other as is."""
    return QCoreApplication.translate("Core", message)  # marked in CORE_TEXTS


# Facet names (core.search.results.FACETS), shown in chips, saved searches and handouts.
FACET_TEXTS = {
    "topic": QT_TRANSLATE_NOOP("Facets", "Topic"),
    "region": QT_TRANSLATE_NOOP("Facets", "Region"),
    "country": QT_TRANSLATE_NOOP("Facets", "Country"),
    "organisation": QT_TRANSLATE_NOOP("Facets", "Organisation"),
    "type": QT_TRANSLATE_NOOP("Facets", "Type"),
    "decade": QT_TRANSLATE_NOOP("Facets", "Decade"),
    "year": QT_TRANSLATE_NOOP("Facets", "Year"),
    "language": QT_TRANSLATE_NOOP("Facets", "Language"),
}


def facet_name(key: str) -> str:
    """A facet's name ("topic" -> "Topic") in the window's language; an unknown key as is."""
    text = FACET_TEXTS.get(key)
    return QCoreApplication.translate("Facets", text) if text else key  # marked above


# Resource types' labels (core.library.values.TYPE_LABELS), shown translated.
TYPE_TEXTS = (
    QT_TRANSLATE_NOOP("ResourceType", "Report / publication"),
    QT_TRANSLATE_NOOP("ResourceType", "Book"),
    QT_TRANSLATE_NOOP("ResourceType", "Guide"),
    QT_TRANSLATE_NOOP("ResourceType", "Infographic"),
    QT_TRANSLATE_NOOP("ResourceType", "Article"),
    QT_TRANSLATE_NOOP("ResourceType", "Web page"),
    QT_TRANSLATE_NOOP("ResourceType", "Checklist"),
    QT_TRANSLATE_NOOP("ResourceType", "Case study"),
    QT_TRANSLATE_NOOP("ResourceType", "Legislation review"),
    QT_TRANSLATE_NOOP("ResourceType", "Training material"),
    QT_TRANSLATE_NOOP("ResourceType", "Other"),
)


def type_text(label: str) -> str:
    """A resource type's English label (TYPE_LABELS) in the window's language."""
    return QCoreApplication.translate("ResourceType", label)  # marked in TYPE_TEXTS


def exported_of(done: int, total: int) -> str:
    """Progress of an export: "Exported 1,200 of 5,000…" (numbers in the locale's digits)."""
    text = QCoreApplication.translate("Transfers", "Exported %1 of %2…")
    return text.replace("%1", QLocale().toString(done)).replace("%2", QLocale().toString(total))


def laid_out_of(done: int, total: int) -> str:
    """Progress of a PDF handout's layout: "Laid out 50 of 300…"."""
    text = QCoreApplication.translate("Transfers", "Laid out %1 of %2…")
    return text.replace("%1", QLocale().toString(done)).replace("%2", QLocale().toString(total))


def exporting() -> str:
    """The first progress message of an export."""
    return QCoreApplication.translate("Transfers", "Exporting…")


def filter_text(facet: str, values: list[str] | tuple[str, ...], *, excluded: bool = False) -> str:
    """A filter in a line: "Topic: Cybercrime, Grooming" or "NOT Type: Report"."""
    joined = ", ".join(values)
    if excluded:
        text = QCoreApplication.translate("Facets", "NOT %1: %2")
    else:
        text = QCoreApplication.translate("Facets", "%1: %2")
    return text.replace("%1", facet_name(facet)).replace("%2", joined)


def cannot_write(path: object, exc: OSError) -> str:
    """ "…/handout.pdf: cannot be written (Permission denied)" in the window's language."""
    text = QCoreApplication.translate("Transfers", "%1: cannot be written (%2)")
    return text.replace("%1", str(path)).replace("%2", exc.strerror or str(exc))


def long_date(day: QDate) -> str:
    """``day`` written out in the default locale, without the weekday: "29 de novembro de
    2026", "November 29, 2026", "29 พฤศจิกายน 2026"."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return locale.toString(day, re.sub(r"dddd(ที่)?\s*[,،]?\s*", "", pattern).strip())


def date_text(value: str) -> str:
    """A resource's date as the UI language writes it: "2020-04-09" -> "9 de abril de
    2020", "2020-04" -> "abril de 2020" (month and year); anything else as it is."""
    day = QDate.fromString(value, Qt.DateFormat.ISODate)
    if day.isValid():
        return long_date(day)
    month = QDate.fromString(value + "-01", Qt.DateFormat.ISODate)
    if len(value) == 7 and month.isValid():
        locale = QLocale()
        pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
        wanted = "MMMM 'de' yyyy" if "'de' MMMM 'de'" in pattern else "MMMM yyyy"
        return locale.toString(month, wanted)
    return value


# A resource's status (core.library.values.Status), shown translated.
STATUS_TEXTS = {
    "published": QT_TRANSLATE_NOOP("Status", "Published"),
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "hidden": QT_TRANSLATE_NOOP("Status", "Hidden"),
    "trashed": QT_TRANSLATE_NOOP("Status", "Trashed"),
}


def status_text(value: str) -> str:
    """A status ("draft") as the UI language says it ("Rascunho"); an unknown one as is."""
    text = STATUS_TEXTS.get(value)
    return QCoreApplication.translate("Status", text) if text else value  # marked above
