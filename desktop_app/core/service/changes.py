"""The values that go into and come out of an action: what to add, and what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core.library.records import ResourceData, ResourceView


@dataclass(slots=True)
class NewResource:
    """A resource to add, with where it came from."""

    data: ResourceData
    provenance: str = ""
    source_record: str = ""
    uuid: str | None = None


@dataclass(slots=True)
class ChangeSet:
    """What one action changed: resource ids by kind, and whether vocabularies moved.

    ``counter`` is the library's change counter after the action (0: nothing was
    saved, e.g. a dry run); ``action_id`` names the action's change-log rows.
    """

    counter: int = 0
    action_id: int = 0
    added: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)
    vocabulary: bool = False

    @property
    def touched(self) -> set[int]:
        """Every resource id the action added, updated or removed."""
        return self.added | self.updated | self.removed

    def __bool__(self) -> bool:
        return bool(self.touched) or self.vocabulary


@dataclass(slots=True)
class CreateResult:
    """What :meth:`Catalogue.create_many` added (or, in a dry run, would add)."""

    views: list[ResourceView] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)
    created_terms: list[tuple[str, str]] = field(default_factory=list)
    merged: int = 0


Listener = Callable[[ChangeSet], None]
