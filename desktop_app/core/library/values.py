"""The library's plain value types, shared with the window: no SQLAlchemy here.

The window imports these before the database layer is loaded (it shows its first
page from the start-up cache while SQLAlchemy and the search engine load behind it),
so this module imports nothing heavier than the standard library.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ResourceType(enum.StrEnum):
    REPORT = "report"
    BOOK = "book"
    GUIDE = "guide"
    INFOGRAPHIC = "infographic"
    ARTICLE = "article"
    WEB_PAGE = "web_page"
    CHECKLIST = "checklist"
    CASE_STUDY = "case_study"
    LEGISLATION_REVIEW = "legislation_review"
    TRAINING_MATERIAL = "training_material"
    OTHER = "other"

    @property
    def label(self) -> str:
        return TYPE_LABELS[self]


TYPE_LABELS = {
    ResourceType.REPORT: "Report / publication",
    ResourceType.BOOK: "Book",
    ResourceType.GUIDE: "Guide",
    ResourceType.INFOGRAPHIC: "Infographic",
    ResourceType.ARTICLE: "Article",
    ResourceType.WEB_PAGE: "Web page",
    ResourceType.CHECKLIST: "Checklist",
    ResourceType.CASE_STUDY: "Case study",
    ResourceType.LEGISLATION_REVIEW: "Legislation review",
    ResourceType.TRAINING_MATERIAL: "Training material",
    ResourceType.OTHER: "Other",
}


class Status(enum.StrEnum):
    PUBLISHED = "published"
    DRAFT = "draft"
    HIDDEN = "hidden"
    TRASHED = "trashed"


class DatePrecision(enum.StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class ListInfo:
    """A reading list as the window shows it."""

    id: int
    name: str
    count: int
