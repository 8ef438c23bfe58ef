"""Sorting text as readers expect, without ICU: a sort key per language.

Python's default order compares code points: "Ética" after "Zona", and every Thai word
written with a vowel before its consonant (เ แ โ ใ ไ) after all the others. The key
here orders by letters first (case, Latin accents and Thai tone marks aside; a Thai
pre-posed vowel read after its consonant, as Thai dictionaries do), then by the accents
and case to break ties, so "Educação" < "Ética" < "Zona" and "กฎหมาย" < "เด็ก" < "ตำรวจ".
Spanish keeps ñ as its own letter after n. The window sets the language (its UI
language) with :func:`set_language`; stdlib only, as the core stays Qt-free.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_language = [""]


def set_language(language: str) -> None:
    """The language whose rules :func:`sort_key` follows ("es", "pt_BR", "th", …)."""
    _language[0] = language


# accents and other marks read as the letter alone (Thai above/below vowels stay: letters)
_MARKS = re.compile(
    "[\u0300-\u036f\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_THAI_SWAP = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")  # pre-posed vowel, consonant


def _primary(text: str, spanish: bool, thai: bool) -> str:
    if spanish:
        text = text.replace("ñ", "n\U0010ffff").replace("Ñ", "N\U0010ffff")
    key = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    key = _THAI_SWAP.sub(r"\2\1", key).casefold()
    if thai:  # Thai's own script first (after digits), as in Thai dictionaries and indexes
        first = key[:1]
        key = ("1" if "\u0e00" <= first <= "\u0e7f" else "2" if first.isalpha() else "0") + key
    return key


def current_language() -> str:
    """The language set with :func:`set_language` ("" until one is)."""
    return _language[0]


def sort_key(text: str, language: str | None = None) -> str:
    """A string that sorts ``text`` in reading order for ``language`` (default: the one
    set with :func:`set_language`): letters first, then accents, then case."""
    lang = _language[0] if language is None else language
    return _sort_key(text, lang.split("_")[0])


@functools.lru_cache(maxsize=300_000)  # a title's key is made once, not at every re-sort
def _sort_key(text: str, base: str) -> str:
    if text.isascii():  # most titles: no accents, no Thai (fast)
        folded = text.casefold()
        if base == "th":
            return (
                ("2" if folded[:1].isalpha() else "0")
                + folded
                + "\x00"
                + folded
                + "\x00"
                + text.swapcase()
            )
        return folded + "\x00" + folded + "\x00" + text.swapcase()
    return (
        _primary(text, base == "es", base == "th")
        + "\x00"
        + unicodedata.normalize("NFC", text).casefold()
        + "\x00"
        + text.swapcase()  # lower case first, as ICU
    )
