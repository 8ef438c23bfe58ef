"""MARC21 (binary .mrc and MARCXML) through pymarc.

245 $a $b $n $p title; 100/700 people; 110/710 corporate names -> organisations;
650/651 subjects -> topics, geographic names and $z subdivisions -> countries;
008/07-10 year (else 260/264 $c, local eras converted); 520 summary; 856 $u link;
008/35-37 language; leader and 008 type (book, report, article). ISBD punctuation
is trimmed from titles, names and subjects.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from contextlib import redirect_stderr
from typing import Any

import pymarc

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.transfer.formats.common import (
    Draft,
    ReadResult,
    era_year,
    iso_date,
    latest_year,
    to_item,
    trim_isbd,
)

LANGUAGES = {
    "eng": "en",
    "fre": "fr",
    "spa": "es",
    "por": "pt",
    "rus": "ru",
    "ger": "de",
    "tha": "th",
}
# where a 26x year without an era marker is probably in a local era (008/15-17, 008/35-37)
_ERA_BY_COUNTRY = {"th": "buddhist", "np": "vikram"}
_ERA_BY_LANGUAGE = {"tha": "buddhist", "nep": "vikram", "new": "vikram"}
# ISBD mark ending a title part -> how the next part joins on
_JOINS = {":": ": ", "=": " = ", ";": "; ", ".": ". ", ",": ", "}
_LEADING = " :;=/,"


def _sub(field: Any, code: str) -> list[str]:
    return [str(v) for v in field.get_subfields(code)]


def _title(field: Any) -> str:
    """245 $a $b $n $p as one title: ISBD marks between parts become plain punctuation
    ("Public education : Title I services /" -> "Public education: Title I services")."""
    out, mark = "", ""
    for code, value in _subfields(field, "abnp"):
        part = trim_isbd(value).lstrip(_LEADING)
        if part:
            join = _JOINS.get(mark, ": " if code == "b" else ". ")
            if out.endswith(".") and join.startswith("."):
                join = join[1:]
            out = f"{out}{join}{part}" if out else part
        mark = value.rstrip()[-1:]
    return re.sub(r"\s([:;])\s", r"\1 ", trim_isbd(out))


def _subfields(field: Any, codes: str) -> list[tuple[str, str]]:
    subs = getattr(field, "subfields", []) or []
    return [(str(s.code), str(s.value)) for s in subs if str(getattr(s, "code", "")) in codes]


def _name(field: Any) -> str:
    """A corporate name, $a and its subordinate units $b: "United States. General Accounting
    Office"."""
    return ". ".join(p for p in (trim_isbd(v) for _, v in _subfields(field, "ab")) if p)


def _record_type(rec: Any, f008: str) -> str:
    """book for a monograph in print, report when 008 says technical report, article for a
    part of a serial or monograph, else other."""
    leader = str(rec.leader or "")
    kind, level = leader[6:7], leader[7:8]
    if kind in ("a", "t"):
        if level in ("a", "b"):
            return "article"
        if level in ("m", "c", "d", ""):
            return "report" if "t" in f008[24:28] else "book"
    return "other"


def _date(rec: Any, f008: str, d: Draft) -> str:
    """The record's year: 008/07-10 when it is a plain year (MARC gives it in the Gregorian
    calendar whatever the 26x says); else the 26x date, its bracketed Gregorian year if
    it has one, converted from a local era it can recognise."""
    given = ""
    for tag in ("260", "264"):
        for f in rec.get_fields(tag):
            if not given and _sub(f, "c"):
                given = _sub(f, "c")[0].strip()
    date1 = f008[7:11] if len(f008) >= 11 else ""
    if date1.isdigit() and f008[6:7] not in ("b", "|", "n") and int(date1) >= 1000:
        if given and date1 not in given:
            d.notes.append(f"Date as given: {given}")
        return date1
    if not given:
        return ""
    bracketed = re.search(r"\[(?:c|ca\.\s*|i\.e\.\s*)?(\d{4})\??\]", given)
    if bracketed:
        return bracketed.group(1)
    hint = _ERA_BY_COUNTRY.get(f008[15:17].strip(), "") or _ERA_BY_LANGUAGE.get(f008[35:38], "")
    converted = era_year(given, hint)
    if converted:
        d.notes.append(f"Date as given: {given}")
        return str(converted)
    year = iso_date(given)
    if year and date1 and not all(a in ("u", b) for a, b in zip(date1, year, strict=False)):
        d.notes.append(f"Date as given: {given}")  # 26x contradicts 008's partial year
        return ""
    if year and int(year[:4]) > latest_year():
        d.review.append(
            f"The date '{given}' lies in the future: it may be in another calendar; "
            "kept in the curator notes."
        )
        d.notes.append(f"Date as given: {given}")
        return ""
    return given


def _draft(rec: Any) -> Draft:
    d = Draft()
    f008 = ""
    for f in rec.get_fields("008"):
        f008 = str(getattr(f, "data", "") or "")
    for f in rec.get_fields("245"):
        d.title = _title(f)
    for tag in ("100", "700"):
        for f in rec.get_fields(tag):
            d.authors += [trim_isbd(a) for a in _sub(f, "a")]
    for tag in ("110", "710"):
        for f in rec.get_fields(tag):
            d.organisations.append(_name(f))
    for f in rec.get_fields("650"):
        d.topics += [trim_isbd(t) for t in _sub(f, "a")]
        d.places += _sub(f, "z")
    for f in rec.get_fields("651"):
        d.places += _sub(f, "a") + _sub(f, "z")
    d.date = _date(rec, f008, d)
    for f in rec.get_fields("520"):
        d.summary = " ".join([d.summary, *_sub(f, "a")]).strip()
    for f in rec.get_fields("856"):
        if not d.url and _sub(f, "u"):
            d.url = _sub(f, "u")[0]
    if len(f008) >= 38 and f008[35:38].strip():
        d.language = LANGUAGES.get(f008[35:38], f008[35:38])
    d.type = _record_type(rec, f008)
    return d


class _Collect(logging.Handler):
    """Keeps pymarc's log messages (damaged indicators...) to report them as problems."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 50:
            self.messages.append(record.getMessage()[:200])


def read(raw: bytes, path: str) -> ReadResult:
    """The records of a MARC21 or MARCXML file; pymarc's warnings become problems."""
    log, collect = logging.getLogger("pymarc"), _Collect()
    log.addHandler(collect)
    propagate, log.propagate = log.propagate, False
    printed = io.StringIO()  # pymarc's MARC-8 decoder writes some complaints to stderr
    try:
        with warnings.catch_warnings(record=True) as caught, redirect_stderr(printed):
            warnings.simplefilter("always")
            result = _read(raw, path)
    finally:
        log.removeHandler(collect)
        log.propagate = propagate
    messages = [str(w.message) for w in caught[:50]] + collect.messages
    messages += printed.getvalue().splitlines()[:50]
    for message in messages:
        result.problems.append(f"{path}: {message}")
    return result


def _read(raw: bytes, path: str) -> ReadResult:
    result = ReadResult()
    stripped = raw.lstrip()
    if stripped.startswith(b"<"):
        try:
            records = pymarc.parse_xml_to_array(io.BytesIO(raw))  # type: ignore[no-untyped-call]
        except Exception as exc:
            raise ImportFormatError(f"not readable MARCXML ({exc})", path=path) from None
    else:
        if len(raw) < 24 or not raw[:5].isdigit():
            raise ImportFormatError("not a MARC21 file (no record leader)", path=path)
        reader = pymarc.MARCReader(
            raw,
            to_unicode=True,
            force_utf8=False,
            utf8_handling="replace",
            hide_utf8_warnings=True,
        )
        records = []
        for n, rec in enumerate(reader, 1):
            if rec is None:
                why = reader.current_exception
                result.problems.append(
                    f"{path}: record {n}: could not be read "
                    f"({why.__class__.__name__ if why else 'damaged'}); "
                    "left out"
                )
                continue
            records.append(rec)
    for n, rec in enumerate(records, 1):
        if rec is None:
            continue
        source = rec.as_json() if hasattr(rec, "as_json") else str(rec)
        result.items.append(
            to_item(
                _draft(rec),
                fmt="marc",
                where=f"{path}: record {n}",
                problems=result.problems,
                source=source,
            )
        )
    if not result.items and not result.problems:
        raise ImportFormatError("no MARC records found", path=path)
    return result
