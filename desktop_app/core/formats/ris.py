"""RIS: import through rispy (real-world quirks), export written here.

Organisations are written as corporate authors (``AU`` with a trailing comma, as
EndNote and Zotero expect); topics as keywords.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO, Any

import rispy

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.formats.common import Draft, ReadResult, to_item
from desktop_app.core.records import ResourceView

TYPES_IN = {
    "JOUR": "article",
    "EJOUR": "article",
    "MGZN": "article",
    "NEWS": "article",
    "RPRT": "report",
    "BOOK": "report",
    "CHAP": "report",
    "GOVDOC": "report",
    "ELEC": "web_page",
    "WEB": "web_page",
    "BLOG": "web_page",
    "CASE": "case_study",
    "LEGAL": "legislation_review",
    "STAT": "legislation_review",
    "BILL": "legislation_review",
    "GEN": "other",
    "CONF": "article",
    "CPAPER": "article",
    "THES": "report",
}
TYPES_OUT = {
    "report": "RPRT",
    "guide": "RPRT",
    "infographic": "GEN",
    "article": "JOUR",
    "web_page": "ELEC",
    "checklist": "GEN",
    "case_study": "CASE",
    "legislation_review": "GOVDOC",
    "training_material": "GEN",
    "other": "GEN",
}


def read(raw: bytes, path: str) -> ReadResult:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError("not valid UTF-8 text", path=path, line=line) from None
    wos = text.lstrip().startswith("FN ") or "\nPT " in text[:500]
    if "TY  -" not in text and not wos:
        raise ImportFormatError("no RIS records found (no 'TY  -' lines)", path=path)
    try:
        records = rispy.load(
            io.StringIO(text),
            skip_unknown_tags=False,
            implementation=rispy.WokParser if wos else rispy.RisParser,
        )
    except Exception as exc:  # rispy raises plain IOError/KeyError on malformed input
        raise ImportFormatError(f"not a readable RIS file ({exc})", path=path) from None
    result = ReadResult()
    for n, rec in enumerate(records, 1):
        result.items.append(
            to_item(
                _draft(rec),
                fmt="ris",
                where=f"{path}: record {n}",
                problems=result.problems,
                source=repr(sorted(rec.items())),
            )
        )
    return result


def _draft(rec: dict[str, Any]) -> Draft:
    d = Draft()
    d.title = str(
        rec.get("title")
        or rec.get("primary_title")
        or rec.get("document_title")
        or rec.get("secondary_title")
        or ""
    )
    d.type = TYPES_IN.get(str(rec.get("type_of_reference", "GEN")), "other")
    for name in list(rec.get("authors") or []) + list(rec.get("first_authors") or []):
        name = str(name)
        if name.endswith(","):
            d.organisations.append(name.rstrip(","))
        else:
            d.authors.append(name)
    if rec.get("publisher"):
        d.notes.append(f"Publisher: {rec['publisher']}")
    d.topics = [str(k) for k in rec.get("keywords") or []]
    d.date = str(rec.get("date") or rec.get("year") or rec.get("publication_year") or "")
    urls = rec.get("urls") or []
    d.url = str(urls[0]) if urls else ""
    d.doi = str(rec.get("doi") or "")
    d.summary = str(rec.get("abstract") or rec.get("notes_abstract") or "")
    d.language = str(rec.get("language") or "")[:2]
    place = rec.get("place_published")
    if place:
        d.places.append(str(place))
    return d


def write(views: Iterable[ResourceView], out: IO[str]) -> int:
    n = 0
    for v in views:
        lines = [("TY", TYPES_OUT.get(v.type, "GEN")), ("TI", v.title)]
        lines += [("AU", a) for a in v.authors]
        lines += [("AU", o + ",") for o in v.organisations]
        lines += [("KW", t) for t in v.topics]
        lines += [("KW", c) for c in v.countries]
        if v.year:
            lines.append(("PY", str(v.year)))
        if v.date:
            lines.append(("DA", v.date.replace("-", "/")))
        if v.url:
            lines.append(("UR", v.url))
        if v.summary or v.excerpt:
            lines.append(("AB", " ".join((v.summary or v.excerpt).split())))
        if v.language:
            lines.append(("LA", v.language))
        lines.append(("ID", v.uuid))
        for tag, value in lines:
            out.write(f"{tag}  - {value}\n")
        out.write("ER  - \n\n")
        n += 1
    return n
