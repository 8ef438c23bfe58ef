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

from desktop_app.core.errors import ImportFormatError
from desktop_app.core.library.values import DatePrecision, ResourceType, Status

LIST_FIELDS = ("organisations", "authors", "topics", "countries")

# -- limits on what a resource may hold (every importer, pack and edit keeps to them) -----
FIELD_LIMITS: dict[str, int] = {
    "title": 2_000,
    "summary": 100_000,
    "excerpt": 100_000,
    "curator_notes": 100_000,
    "review_reason": 2_000,
    "url": 4_000,
    "local_file": 1_000,
    "language": 20,
    "type": 40,
    "status": 20,
    "audience": 20,
    "date": 10,
}
NAME_LIMIT = 500  # characters in one organisation, author, topic or country name
NAMES_LIMIT = 1_000  # names in one list field
SOURCE_RECORD_LIMIT = 100_000  # characters of an imported entry's original text kept
MAX_IMPORT_BYTES = 64 * 2**20  # the largest file one import reads
LONGEST_FIELD = max(FIELD_LIMITS.values())
# fields where a tab or a line break means something; elsewhere they become spaces
MULTILINE_FIELDS = ("summary", "excerpt", "curator_notes", "review_reason")
_SPACE_LIKE = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")
_LINE_CONTROL = re.compile(r"[\t\n\r]")
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


def clean_control(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters (C0, DEL, C1) or lone surrogates.

    Tab and line breaks are kept in ``multiline`` text (a CR LF or lone CR becomes a
    line feed); elsewhere they become spaces, as do the other separators (vertical
    tab, form feed, U+2028...). Every other control character (NUL...) is removed.
    """
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    else:
        text = _LINE_CONTROL.sub(" ", text)
    return _CONTROL.sub("", _SPACE_LIKE.sub(" ", text))


def sanitize(data: ResourceData) -> ResourceData:
    """Strip control characters from every text field of ``data`` (in place; returned)."""
    for name in FIELD_LIMITS:
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, clean_control(value, multiline=name in MULTILINE_FIELDS))
    for name in LIST_FIELDS:
        setattr(data, name, [clean_control(str(v)) for v in getattr(data, name)])
    return data


def limit_problems(data: ResourceData) -> dict[str, str]:
    """Field -> why it is over its size limit (empty when every field fits)."""
    problems: dict[str, str] = {}
    for name, limit in FIELD_LIMITS.items():
        value = getattr(data, name)
        if isinstance(value, str) and len(value) > limit:
            problems[name] = too_long(name, len(value), limit)
    for name in LIST_FIELDS:
        values = getattr(data, name)
        if len(values) > NAMES_LIMIT:
            problems[name] = f"the {name} hold {len(values):,} names; at most {NAMES_LIMIT:,}"
        else:
            longest = max((len(str(v)) for v in values), default=0)
            if longest > NAME_LIMIT:
                problems[name] = too_long(f"longest of the {name}", longest, NAME_LIMIT)
    return problems


def too_long(what: str, length: int, limit: int) -> str:
    """The message for a value over its limit ("the title is 3,000 characters long; ...")."""
    what = what.replace("_", " ")
    return f"the {what} is {length:,} characters long; at most {limit:,} are allowed"


def checked(data: ResourceData, where: str) -> ResourceData:
    """``data`` with control characters stripped, or ImportFormatError naming ``where``
    (file and line or record) and the first field over its limit.

    The one gate for incoming records: importers, JSON files and packs call it.
    """
    problems = limit_problems(data)
    if problems:
        raise ImportFormatError(f"{where}: {next(iter(problems.values()))}")
    return sanitize(data)


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
    if data.local_file and not is_plain_name(data.local_file):
        problems["local_file"] = (
            "a local copy must be a file stored in the library's own folder, not a path"
        )
    for name, problem in limit_problems(data).items():
        problems.setdefault(name, problem)
    return problems


_PLAIN = re.compile(r"^[\w.\- ]+$")


def is_plain_name(name: str) -> bool:
    """Whether ``name`` is a bare file name, as stored names are: no folder, drive or ``..``.

    Anything else in a record's ``local_file`` names a file outside the library's folder.
    """
    return _PLAIN.match(name) is not None and name not in (".", "..")
