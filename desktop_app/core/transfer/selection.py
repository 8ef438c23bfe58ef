"""What an export takes: a plain value the window builds before the export code loads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(slots=True)
class Selection:
    """What to export, and how to describe it on a handout's cover."""

    query: str = ""
    include: Mapping[str, Sequence[str]] = field(default_factory=dict)
    exclude: Mapping[str, Sequence[str]] = field(default_factory=dict)
    reading_list: str | None = None
    ids: Sequence[int] | None = None
    sort: str = "title"
    curator: bool = False

    def describe(self) -> str:
        parts = []
        if self.reading_list:
            parts.append(f"Reading list: {self.reading_list}")
        if self.query:
            parts.append(f"Search: {self.query}")
        for name, values in self.include.items():
            if values:
                parts.append(f"{name.capitalize()}: {', '.join(values)}")
        for name, values in self.exclude.items():
            if values:
                parts.append(f"Not {name}: {', '.join(values)}")
        if self.ids is not None and not parts:
            parts.append("Selected resources")
        return "; ".join(parts) or "The whole library"

    @property
    def is_everything(self) -> bool:
        return not (
            self.query
            or self.reading_list
            or self.ids is not None
            or any(self.include.values())
            or any(self.exclude.values())
        )
