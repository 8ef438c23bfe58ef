"""The rows of the faceted sidebar: value nodes built from the core's facet data.

:class:`FacetModel` asks a :class:`RowBuilder` for the rows of a group: a value with
(the first of) its narrower values under it, or, for the filter box's text, the
values that match at any depth (folded, accent- and case-insensitive) kept under
their parents. Qt-free but for the "More…" label, which the model words and passes in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core.search.results import FacetValue
from desktop_app.gui.models.facet_forest import Forest, quick_fold
from desktop_app.gui.strings import type_text

CHILD_CAP = 50  # narrower values shown under one value (the dialog has them all)


@dataclass(eq=False)
class Node:
    kind: str  # group | value | more
    facet: str
    value: str = ""
    label: str = ""
    count: int = 0
    selected: bool = False
    excluded: bool = False
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    open: bool = False  # the sidebar opens it: a match or a ticked value lies below

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    def marked(self) -> bool:
        """Ticked or excluded, itself or a value below it."""
        return self.selected or self.excluded or any(c.marked() for c in self.children)

    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.facet, self.value)


class RowBuilder:
    """Builds value rows; ``more_label(total)`` words a "More… (N)" row."""

    def __init__(self, more_label: Callable[[int], str]) -> None:
        self.more_label = more_label
        # {topic name: its label in the interface's language} (issue 14); values stay names
        self.topic_labels: dict[str, str] = {}
        self._folded: dict[str, str] = {}

    def fold(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            if len(self._folded) > 100_000:
                self._folded.clear()
            folded = self._folded[text] = quick_fold(text)
        return folded

    def node(
        self, trees: Forest, facet: str, v: FacetValue, parent: Node, seen: frozenset[str]
    ) -> Node:
        """A value row with (the first of) its narrower values under it."""
        label = self.shown(facet, v)
        node = Node("value", facet, v.value, label, v.count, v.selected, v.excluded, parent)
        below = trees.below(facet, v)
        if not below:
            return node
        seen = seen | {v.value}
        sub = trees.child_facet
        below = [c for c in below if c.value not in seen]
        node.children = [
            self.node(trees, sub, c, node, seen)
            for i, c in enumerate(below)
            if i < CHILD_CAP or (sub, c.value) in trees.marked
        ]
        self.more_under(node, len(below))
        node.open = any((sub, c.value) in trees.marked for c in below)
        return node

    def count_hits(self, trees: Forest, values: list[FacetValue], needle: str) -> int:
        """How many of ``values`` match (themselves or below)."""
        if not trees.children:
            fold_ = self.fold
            facet = trees.facet
            return sum(1 for v in values if needle in fold_(self.findable(facet, v)))
        return sum(1 for v in values if self.hits(trees, v, needle))

    def hits(self, trees: Forest, v: FacetValue, needle: str) -> bool:
        facet = trees.facet
        if not trees.children:
            return needle in self.fold(self.findable(facet, v))
        return any(
            needle in self.fold(self.findable(facet, w)) for w in trees.walk(facet, v, frozenset())
        )

    def shown(self, facet: str, v: FacetValue) -> str:
        """A value's row text: a type's translated name, a topic's label in the
        interface's language (its name when it has none), else the value itself."""
        if facet == "type":
            return type_text(v.label)
        if facet == "topic":
            return self.topic_labels.get(v.value, v.label)
        return v.label

    def findable(self, facet: str, v: FacetValue) -> str:
        """What the filter box matches: a topic by its name and by its label."""
        if facet == "topic" and v.value in self.topic_labels:
            return f"{v.label} {self.topic_labels[v.value]}"
        return v.label

    def match(
        self,
        trees: Forest,
        facet: str,
        v: FacetValue,
        needle: str,
        parent: Node,
        seen: frozenset[str],
    ) -> Node | None:
        """The value if it or a narrower one matches ``needle`` (or is ticked), else None.

        A matching value keeps its narrower values; one kept only for a match below
        keeps only the matching ones, and is opened to show them.
        """
        hit = needle in self.fold(self.findable(facet, v))
        below = trees.below(facet, v)
        matched: list[Node] = []
        if below:
            inner = seen | {v.value}
            sub = trees.child_facet
            for c in below:
                if c.value not in inner:
                    m = self.match(trees, sub, c, needle, parent, inner)
                    if m is not None:
                        matched.append(m)
        if hit:
            node = self.node(trees, facet, v, parent, seen)
            node.open = node.open or bool(matched)
            return node
        if not matched and (facet, v.value) not in trees.marked:
            return None
        label = self.shown(facet, v)
        node = Node("value", facet, v.value, label, v.count, v.selected, v.excluded, parent)
        node.children = matched
        for child in matched:
            child.parent = node
        node.open = bool(matched)
        return node

    def more_under(self, node: Node, total: int) -> None:
        """A "More… (N)" row under ``node`` when it shows fewer than its ``total`` values."""
        if total > len(node.children):
            group = node
            while group.parent is not None and group.kind != "group":
                group = group.parent
            node.children.append(
                Node("more", group.facet, label=self.more_label(total), parent=node)
            )
