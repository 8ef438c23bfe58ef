"""Topic labels in other languages: checking them and choosing one to show.

A topic keeps its name (the key every filter, search and pack uses) and may carry a
label per language, e.g. ``{"es": "Material de abuso sexual infantil"}``. Labels are
shown in the interface's language when present and are searched in every language.
This module is stdlib-only (the GUI imports it at start-up).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.records import NAME_LIMIT, clean_control

# The languages the bundled library and the vocabulary manager offer labels in.
LABEL_LANGUAGES = ("pt_BR", "es", "fr", "th")
LABEL_LIMIT = NAME_LIMIT  # characters in one label
LANGUAGES_LIMIT = 50  # languages one topic may carry labels in
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def is_language_code(code: object) -> bool:
    """True for a code like ``es``, ``fil`` or ``pt_BR``."""
    return isinstance(code, str) and _CODE.match(code) is not None


def clean_labels(value: object, where: str = "labels") -> dict[str, str]:
    """``value`` as a dict {language code: label}, checked and cleaned.

    Control characters are removed and spaces trimmed; an empty label drops its
    language. A code that is not like ``es`` / ``pt_BR``, a label that is not text or
    longer than LABEL_LIMIT, or more than LANGUAGES_LIMIT languages raise
    LibraryError naming ``where``.
    """
    if not isinstance(value, Mapping):
        raise LibraryError(f"{where}: must be a mapping of language code to label")
    if len(value) > LANGUAGES_LIMIT:
        raise LibraryError(f"{where}: more than {LANGUAGES_LIMIT} languages")
    out: dict[str, str] = {}
    for code, label in value.items():
        if not is_language_code(code):
            shown = str(code)[:20]
            raise LibraryError(f"{where}: '{shown}' is not a language code like es or pt_BR")
        if not isinstance(label, str):
            raise LibraryError(f"{where}.{code}: a label must be text")
        if len(label) > LABEL_LIMIT:
            raise LibraryError(f"{where}.{code}: longer than {LABEL_LIMIT} characters")
        text = " ".join(clean_control(label).split())
        if text:
            out[str(code)] = text
    return dict(sorted(out.items()))


def label_in(labels: Mapping[str, str], language: str) -> str | None:
    """The label for ``language`` (``pt_BR``, else ``pt``; ``pt`` also finds ``pt_BR``)."""
    if not language:
        return None
    if language in labels:
        return labels[language]
    base = language.split("_")[0]
    if base in labels:
        return labels[base]
    return next((v for k, v in sorted(labels.items()) if k.split("_")[0] == base), None)


__all__ = [
    "LABEL_LANGUAGES",
    "LABEL_LIMIT",
    "LANGUAGES_LIMIT",
    "clean_labels",
    "is_language_code",
    "label_in",
]
