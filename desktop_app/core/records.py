"""Plain data objects that cross the core's boundary.

:class:`ResourceData` is what a user (or an importer) edits: vocabulary fields are
lists of names. :class:`ResourceView` adds what the library assigns. Neither holds
a database session, so both can travel between threads and into the GUI.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date as date_cls
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from desktop_app.core.models import DatePrecision, ResourceType, Status

LIST_FIELDS = ("organisations", "authors", "topics", "countries")
ALLOWED_URL_SCHEMES = ("http", "https", "mailto")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(slots=True)
class ResourceData:
    """The editable fields of a resource."""

    title: str = ""
    type: str = ResourceType.REPORT.value
    organisations: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    date: str | None = None  # ISO to its precision: "2017", "2017-10" or "2017-10-26"
    url: str = ""
    language: str = "en"
    audience: str = ""  # "" = everyone, "staff" = staff only
    summary: str = ""
    excerpt: str = ""
    status: str = Status.PUBLISHED.value
    needs_review: bool = False
    review_reason: str = ""
    curator_notes: str = ""
    local_file: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _copy(getattr(self, f.name)) for f in fields(ResourceData)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ResourceData:
        names = {f.name for f in fields(ResourceData)}
        return cls(**{k: _copy(v) for k, v in data.items() if k in names})

    def editable(self) -> ResourceData:
        """A plain copy holding only the editable fields."""
        return ResourceData.from_dict(self.to_dict())


@dataclass(slots=True)
class ResourceView(ResourceData):
    """A resource as read from the library."""

    id: int = 0
    uuid: str = ""
    version: int = 0
    year: int | None = None
    date_precision: str | None = None
    regions: list[str] = field(default_factory=list)
    organisation_acronyms: list[str] = field(default_factory=list)
    added_at: datetime | None = None
    modified_at: datetime | None = None
    provenance: str = ""
    source_record: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("added_at", "modified_at"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def parse_date(text: str | None) -> tuple[str | None, str | None, int | None]:
    """Validate an ISO date to its precision: returns (date, precision, year).

    Raises ValueError with a readable message for an invalid date.
    """
    if text is None or not str(text).strip():
        return None, None, None
    text = str(text).strip()
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(f"'{text}' is not a date like 2017, 2017-10 or 2017-10-26")
    year, month, day = m.group(1), m.group(2), m.group(3)
    y = int(year)
    if not 1000 <= y <= 2999:
        raise ValueError(f"year {y} is out of range")
    if month is None:
        return text, DatePrecision.YEAR.value, y
    if not 1 <= int(month) <= 12:
        raise ValueError(f"month {month} is not between 01 and 12")
    if day is None:
        return text, DatePrecision.MONTH.value, y
    try:
        date_cls(y, int(month), int(day))
    except ValueError:
        raise ValueError(f"{text} is not a day of the calendar") from None
    return text, DatePrecision.DAY.value, y


def url_problem(url: str) -> str | None:
    """Why a URL is not acceptable, or None. An empty URL is allowed."""
    if not url:
        return None
    if any(ch.isspace() for ch in url):
        return "contains spaces"
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_URL_SCHEMES:
        return "must start with http://, https:// or mailto:"
    if parts.scheme.lower() in ("http", "https") and not parts.netloc:
        return "has no host name"
    if parts.scheme.lower() == "mailto" and "@" not in parts.path:
        return "is not an e-mail address"
    return None


def validate(data: ResourceData, *, imported: bool = False) -> dict[str, str]:
    """Field -> problem for everything wrong with ``data`` (empty when valid).

    A missing title is accepted only for an imported entry flagged for review.
    """
    problems: dict[str, str] = {}
    if not data.title.strip() and not (imported and data.needs_review):
        problems["title"] = "a title is required"
    if data.type not in {t.value for t in ResourceType}:
        problems["type"] = f"unknown type '{data.type}'"
    if data.status not in {s.value for s in Status}:
        problems["status"] = f"unknown status '{data.status}'"
    if data.audience not in ("", "staff"):
        problems["audience"] = "must be empty (everyone) or 'staff'"
    problem = url_problem(data.url.strip())
    if problem:
        problems["url"] = f"the link {problem}"
    try:
        parse_date(data.date)
    except ValueError as exc:
        problems["date"] = str(exc)
    for name in LIST_FIELDS:
        values = getattr(data, name)
        if any(not str(v).strip() for v in values):
            problems[name] = "contains an empty name"
    return problems
