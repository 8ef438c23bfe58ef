"""Dublin Core (OAI-PMH responses and plain oai_dc XML)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.transfer.formats.common import Draft, ReadResult, to_item

DC = "{http://purl.org/dc/elements/1.1/}"
TYPES = {
    "article": "article",
    "report": "report",
    "text": "report",
    "book": "book",
    "web": "web_page",
    "website": "web_page",
    "guide": "guide",
}


def read(raw: bytes, path: str) -> ReadResult:
    if b"<!DOCTYPE" in raw[:2000] or b"<!ENTITY" in raw:
        raise ImportFormatError("XML with a DOCTYPE or entities is refused", path=path)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ImportFormatError(
            f"not well-formed XML ({exc})", path=path, line=exc.position[0]
        ) from None
    result = ReadResult()
    records = [el for el in root.iter() if el.tag.endswith("}dc") or el.tag == "dc"]
    if not records:
        raise ImportFormatError("no Dublin Core records (oai_dc:dc) found", path=path)
    for n, rec in enumerate(records, 1):

        def values(name: str, rec: ET.Element = rec) -> list[str]:
            return [
                (e.text or "").strip() for e in rec.findall(DC + name) if (e.text or "").strip()
            ]

        d = Draft()
        d.title = (values("title") or [""])[0]
        d.authors = values("creator")
        d.organisations = values("publisher") + values("contributor")[:0]
        d.topics = values("subject")
        d.places = values("coverage")
        d.date = (values("date") or [""])[0]
        ids = [i for i in values("identifier") if i.startswith(("http://", "https://"))]
        d.url = ids[0] if ids else ""
        d.summary = " ".join(values("description"))
        d.language = (values("language") or [""])[0][:2]
        types = [t.lower() for t in values("type")]
        d.type = next((TYPES[t] for t in types if t in TYPES), "other")
        result.items.append(
            to_item(
                d,
                fmt="dc",
                where=f"{path}: record {n}",
                problems=result.problems,
                source=ET.tostring(rec, encoding="unicode"),
            )
        )
    return result
