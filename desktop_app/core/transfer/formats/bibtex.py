"""BibTeX: import through bibtexparser 2 (entries, macros), export written here.

LaTeX in field values is decoded by :mod:`.latex` (linear in the field's length),
after each field's size was checked, not by bibtexparser's LaTeX middleware.
Organisations are written as braced corporate authors (``{The World Bank}``) so
reference managers keep them whole; topics as keywords.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import IO

import bibtexparser

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.records import LONGEST_FIELD, ResourceView, too_long
from desktop_app.core.transfer.formats.common import Draft, ReadResult, to_item
from desktop_app.core.transfer.formats.latex import decode, unescape_link

TYPES_IN = {
    "article": "article",
    "techreport": "report",
    "report": "report",
    "book": "book",
    "inbook": "book",
    "incollection": "book",
    "booklet": "book",
    "manual": "guide",
    "online": "web_page",
    "misc": "other",
    "inproceedings": "article",
    "phdthesis": "report",
    "mastersthesis": "report",
    "unpublished": "other",
}
TYPES_OUT = {
    "report": "techreport",
    "guide": "manual",
    "article": "article",
    "web_page": "online",
    "legislation_review": "techreport",
    "book": "book",
}
_SPECIAL = re.compile(r"([&%$#_{}])")


def read(raw: bytes, path: str) -> ReadResult:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError(
            "not valid UTF-8 text (save the file as UTF-8)", path=path, line=line
        ) from None
    quiet = logging.getLogger("bibtexparser")
    level, quiet.level = quiet.level, logging.CRITICAL  # its failed blocks are our problems
    try:
        library = bibtexparser.parse_string(text)  # type: ignore[attr-defined]
    except Exception as exc:
        raise ImportFormatError(f"not a readable BibTeX file ({exc})", path=path) from None
    finally:
        quiet.level = level
    result = ReadResult()
    for block in library.failed_blocks:
        start: int | None = getattr(block, "start_line", None)
        result.problems.append(
            f"{path}: line {(start or 0) + 1}: an entry could not be read and was left out"
        )
    if not library.entries and not library.failed_blocks and text.strip() and "@" in text:
        raise ImportFormatError("no BibTeX entries found", path=path)
    for n, entry in enumerate(library.entries, 1):
        where = f"{path}: entry {n} ({entry.key[:80]}, line {(entry.start_line or 0) + 1})"
        fields = {
            k.lower(): str(f.value) for k, f in entry.fields_dict.items() if getattr(f, "value", "")
        }
        for key, value in fields.items():
            if len(value) > LONGEST_FIELD:  # refused before any decoding
                raise ImportFormatError(f"{where}: {too_long(key[:40], len(value), LONGEST_FIELD)}")
        result.items.append(
            to_item(
                _draft(entry.entry_type.lower(), fields),
                fmt="bibtex",
                where=where,
                problems=result.problems,
                source=entry.key + repr(sorted(fields.items())),
            )
        )
    return result


def _names(text: str) -> tuple[list[str], list[str]]:
    """(people, organisations): a braced whole name is an organisation."""
    people, orgs = [], []
    for part in re.split(r"\s+and\s+", text.strip()):
        part = part.strip()
        if part.startswith("{") and part.endswith("}") and "{" not in part[1:-1]:
            orgs.append(decode(part[1:-1]))
        elif part:
            people.append(decode(part))
    return people, orgs


def _draft(entry_type: str, f: dict[str, str]) -> Draft:
    d = Draft()
    d.title = decode(f.get("title", ""))
    d.type = TYPES_IN.get(entry_type, "other")
    people, orgs = _names(f.get("author", ""))
    d.authors, d.organisations = people, orgs
    for key in ("institution", "organization", "publisher"):
        if f.get(key):
            d.organisations.append(decode(f[key]))
    keywords = decode(f.get("keywords", "") or f.get("keyword", ""))
    d.topics = [k.strip() for k in re.split(r"[;,]", keywords) if k.strip()]
    d.date = decode(f.get("date") or f.get("year", ""))
    d.url = unescape_link(f.get("url", ""))
    d.doi = unescape_link(f.get("doi", ""))
    d.summary = decode(f.get("abstract", ""))
    d.language = decode(f.get("language", ""))[:2]
    if f.get("address"):
        d.places.append(decode(f["address"]))
    return d


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def write(views: Iterable[ResourceView], out: IO[str]) -> int:
    n = 0
    for v in views:
        key = f"res{v.id}"
        names = [f"{{{_escape(o)}}}" for o in v.organisations] + [_escape(a) for a in v.authors]
        fields = [("title", f"{{{_escape(v.title)}}}")]
        if names:
            fields.append(("author", " and ".join(names)))
        if v.year:
            fields.append(("year", str(v.year)))
        if v.date and v.date_precision != "year":
            fields.append(("date", v.date))
        if v.url:
            fields.append(("url", v.url))
        if v.summary or v.excerpt:
            fields.append(("abstract", _escape(" ".join((v.summary or v.excerpt).split()))))
        keywords = v.topics + v.countries
        if keywords:
            fields.append(("keywords", _escape(", ".join(keywords))))
        if v.language:
            fields.append(("language", v.language))
        body = ",\n".join(f"  {k} = {{{val}}}" for k, val in fields)
        out.write(f"@{TYPES_OUT.get(v.type, 'misc')}{{{key},\n{body}\n}}\n\n")
        n += 1
    return n
