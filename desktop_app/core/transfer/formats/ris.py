"""RIS: import through rispy (real-world quirks), export written here.

rispy's parsers are wrapped (:class:`_Bounded`) so that a line or a value longer
than any field may be is refused at once with its line, and a value continued
over many lines is joined once instead of once per line (rispy's own joining
takes time that grows with the square of the value's length).
Organisations are written as corporate authors (``AU`` with a trailing comma, as
EndNote and Zotero expect); topics as keywords.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import IO, Any

import rispy

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.records import LONGEST_FIELD, ResourceView, too_long
from desktop_app.core.transfer.formats.common import Draft, ReadResult, to_item

TYPES_IN = {
    "JOUR": "article",
    "EJOUR": "article",
    "MGZN": "article",
    "NEWS": "article",
    "RPRT": "report",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "book",
    "CHAP": "book",
    "ECHAP": "book",
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
    "book": "BOOK",
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
    parser = (_BoundedWok if wos else _BoundedRis)(skip_unknown_tags=False)
    try:
        records = parser.parse_lines(io.StringIO(text))
    except ImportFormatError as exc:
        raise ImportFormatError(str(exc), path=path, line=parser.line_no) from None
    except Exception as exc:  # rispy raises plain IOError/KeyError on malformed input
        raise ImportFormatError(f"not a readable RIS file ({exc})", path=path) from None
    result = ReadResult()
    for n, rec in enumerate(records, 1):
        at = f", line {parser.starts[n - 1]}" if n <= len(parser.starts) else ""
        result.items.append(
            to_item(
                _draft(rec),
                fmt="ris",
                where=f"{path}: record {n}{at}",
                problems=result.problems,
                source=repr(sorted(rec.items())),
            )
        )
    return result


class _Parts(list[str]):
    """A value continued over several lines, joined with spaces when the record is done."""

    length = 0


class _Bounded(rispy.RisParser):  # type: ignore[misc]  # rispy has no type hints
    """rispy's parser, counting lines, refusing over-long values, joining in linear time."""

    line_no = 0

    def parse_lines(self, lines: Any) -> list[dict[str, Any]]:
        self.line_no = 0
        self.starts: list[int] = []  # the line each record starts on
        records: list[dict[str, Any]] = super().parse_lines(self._counted(lines))
        for rec in records:
            for key, value in rec.items():
                if isinstance(value, _Parts):
                    rec[key] = " ".join(value)
        return records

    def _counted(self, lines: Iterable[str]) -> Iterator[str]:
        for line in lines:
            self.line_no += 1
            if len(line) > LONGEST_FIELD + 16:
                length = len(line.rstrip("\r\n"))
                raise ImportFormatError(too_long("line", length, LONGEST_FIELD))
            yield line

    def _iter_till_start(self, lines: Any) -> dict[str, Any]:
        record: dict[str, Any] = super()._iter_till_start(lines)
        self.starts.append(self.line_no)
        return record

    def _add_single_value(
        self, record: dict[str, Any], name: str, value: Any, is_multi: bool = False
    ) -> None:
        old = record.get(name)
        if not (is_multi and isinstance(value, str) and isinstance(old, str | _Parts)):
            super()._add_single_value(record, name, value, is_multi)
            return
        parts = old if isinstance(old, _Parts) else _Parts([old])
        parts.length += len(value) + 1 + (0 if parts.length else len(old))
        if parts.length > LONGEST_FIELD:
            raise ImportFormatError(too_long(f"value of {name}", parts.length, LONGEST_FIELD))
        parts.append(value)
        record[name] = parts


class _BoundedRis(_Bounded):
    pass


class _BoundedWok(_Bounded, rispy.WokParser):  # type: ignore[misc]
    pass


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
    publisher = rec.get("publisher")
    for name in publisher if isinstance(publisher, list) else [publisher] if publisher else []:
        d.organisations.append(str(name))
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
