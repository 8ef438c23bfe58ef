"""Limits on what one extraction keeps, and the cleaning every page of text gets.

Stdlib only: the extraction process imports it.
"""

from __future__ import annotations

import re

MAX_PAGES = 3_000  # pages read from one document; later pages are left out (with a note)
MAX_PAGE_CHARS = 200_000  # characters kept from one page (a dense printed page has ~5,000)
MAX_DOC_CHARS = 10_000_000  # characters kept from one document (~3,000 dense pages)
MAX_INPUT_BYTES = 64 << 20  # bytes read from a text or HTML file, or from one part of a zip
MAX_ZIP_ENTRIES = 10_000  # members of a .docx/.odt zip
MAX_NOTE = 300  # characters of a note
MAX_META_VALUE = 1_000  # characters of one metadata value
METADATA_KEYS = ("title", "subject", "keywords", "author")

# C0/C1 controls but tab and newline, lone surrogates (SQLite refuses them), noncharacters
_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BLANKS = re.compile(r"[ \t]+\n")
# bidirectional embeddings, overrides and isolates: in a one-line note or metadata value
# (shown in the attach preview, a terminal, the log) "Report\u202efdp.exe" would read as
# "Reportexe.pdf"; a value is one line, never a paragraph that needs them
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` with line ends as ``\\n`` and without control characters (one linear pass
    per pattern); PDFium's soft hyphen at a line's end (``\\x02``) joins the word again."""
    text = text.replace("\x02\r\n", "").replace("\r\n", "\n").replace("\r", "\n")
    return _BLANKS.sub("\n", _JUNK.sub("", text))


def one_line(text: str, limit: int = MAX_NOTE) -> str:
    """``text`` on one line, at most ``limit`` characters (for notes and metadata)."""
    flat = " ".join(_BIDI.sub("", _JUNK.sub(" ", text[: limit * 4])).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class Budget:
    """Keeps a document's pages within :data:`MAX_PAGE_CHARS` each and
    :data:`MAX_DOC_CHARS` in all; remembers why anything was cut."""

    def __init__(self, page_chars: int = MAX_PAGE_CHARS, doc_chars: int = MAX_DOC_CHARS) -> None:
        self.page_chars = page_chars
        self.left = doc_chars
        self.doc_chars = doc_chars
        self.pages_cut = 0
        self.full = False

    def take(self, text: str) -> str:
        """``text`` cleaned and cut to what the limits still allow."""
        text = clean_text(text[: self.page_chars * 2])
        if len(text) > self.page_chars:
            text = text[: self.page_chars]
            self.pages_cut += 1
        if len(text) >= self.left:
            text = text[: self.left]
            self.full = True
        self.left -= len(text)
        return text

    def notes(self) -> list[str]:
        out = []
        if self.pages_cut:
            out.append(
                f"{self.pages_cut:,} page(s) cut to their first {self.page_chars:,} characters"
            )
        if self.full:
            out.append(f"only the first {self.doc_chars:,} characters were kept")
        return out
