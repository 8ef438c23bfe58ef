"""MARC21 (binary .mrc and MARCXML) through pymarc.

245 title; 100/700 people; 110/710 corporate names -> organisations; 650/651 subjects
-> topics, geographic names and $z subdivisions -> countries; 260/264 $c date; 520
summary; 856 $u link; 546/008 language.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

import pymarc

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.formats.common import Draft, ReadResult, to_item


def _sub(field: Any, code: str) -> list[str]:
    return [str(v) for v in field.get_subfields(code)]


def _draft(rec: Any) -> Draft:
    d = Draft()
    for f in rec.get_fields("245"):
        d.title = " ".join(_sub(f, "a") + _sub(f, "b")).strip(" /:;")
    for tag in ("100", "700"):
        for f in rec.get_fields(tag):
            d.authors += [a.strip(" ,.") for a in _sub(f, "a")]
    for tag in ("110", "710"):
        for f in rec.get_fields(tag):
            d.organisations.append(" ".join(_sub(f, "a") + _sub(f, "b")).strip(" ,."))
    for f in rec.get_fields("650"):
        d.topics += [t.strip(" .") for t in _sub(f, "a")]
        d.places += _sub(f, "z")
    for f in rec.get_fields("651"):
        d.places += _sub(f, "a") + _sub(f, "z")
    for tag in ("260", "264"):
        for f in rec.get_fields(tag):
            if not d.date and _sub(f, "c"):
                d.date = _sub(f, "c")[0]
    for f in rec.get_fields("520"):
        d.summary = " ".join([d.summary, *_sub(f, "a")]).strip()
    for f in rec.get_fields("856"):
        if not d.url and _sub(f, "u"):
            d.url = _sub(f, "u")[0]
    for f in rec.get_fields("008"):
        data = getattr(f, "data", "") or ""
        if len(data) >= 38 and data[35:38].strip():
            d.language = {
                "eng": "en",
                "fre": "fr",
                "spa": "es",
                "por": "pt",
                "rus": "ru",
                "ger": "de",
                "tha": "th",
            }.get(data[35:38], data[35:38])
        if not d.date and len(data) >= 11 and data[7:11].isdigit():
            d.date = data[7:11]
    d.type = "report"
    return d


def read(raw: bytes, path: str) -> ReadResult:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _read(raw, path)
    for w in caught[:50]:
        result.problems.append(f"{path}: {w.message}")
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
        reader = pymarc.MARCReader(raw, to_unicode=True, force_utf8=False, utf8_handling="replace")
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
