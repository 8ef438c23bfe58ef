"""A facet group's values as a forest, without an object per value (plain Python, no Qt).

A group shows a handful of rows out of thousands of values (5,000 topics): the
forest is lists and dicts over the core's ``FacetValue`` objects, built in one pass
(a flat facet is its value list as it came), so only the rows the sidebar shows
become tree nodes. Topics hang under their broader topic, countries under each of
their regions, years under their decade.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop_app.core.library.text import fold
from desktop_app.core.search.results import Facet, FacetValue

Key = tuple[str, str]  # (facet, value)


def quick_fold(text: str) -> str:
    """``fold`` (accents and case aside), at ``casefold``'s speed for plain ASCII text."""
    return text.casefold() if text.isascii() else fold(text)


@dataclass(slots=True)
class Forest:
    """Roots in the facet's order; each value's narrower values; what is ticked."""

    facet: str  # of the roots
    child_facet: str  # of every value below a root
    roots: list[FacetValue] = field(default_factory=list)
    children: dict[Key, list[FacetValue]] = field(default_factory=dict)
    # values ticked or excluded, and every value above one: these are never hidden
    marked: set[Key] = field(default_factory=set)

    def below(self, facet: str, value: FacetValue) -> list[FacetValue]:
        """The narrower values right under ``value`` (of ``child_facet``)."""
        return self.children.get((facet, value.value), []) if self.children else []

    def walk(self, facet: str, value: FacetValue, seen: frozenset[str]) -> Iterator[FacetValue]:
        """``value`` and everything below it, each path once (a cycle stops)."""
        yield value
        seen = seen | {value.value}
        for child in self.below(facet, value):
            if child.value not in seen:
                yield from self.walk(self.child_facet, child, seen)


def forest(name: str, facets: dict[str, Facet], country_regions: dict[str, list[str]]) -> Forest:
    """The values of the sidebar group ``name`` (topic, region, decade, …) as a forest."""
    values = facets[name].values if name in facets else ()
    parents: dict[Key, list[Key]] = {}
    ticked: list[Key] = [(name, v.value) for v in values if v.selected or v.excluded]
    if name in ("region", "decade"):
        child_facet = "country" if name == "region" else "year"
        out = Forest(name, child_facet, list(values))
        below = facets[child_facet].values if child_facet in facets else ()
        for c in below:
            ups = (
                country_regions.get(c.value, ())
                if name == "region"
                else [f"{c.value[:3]}0s"]
                if c.value.isdigit()
                else []
            )
            for up in ups:
                out.children.setdefault((name, up), []).append(c)
                parents.setdefault((child_facet, c.value), []).append((name, up))
            if c.selected or c.excluded:
                ticked.append((child_facet, c.value))
    elif not any(v.parent for v in values):
        out = Forest(name, name, list(values))  # a flat facet: the list as it came
    else:
        out = Forest(name, name)
        known = {v.value for v in values}
        for v in values:
            if v.parent and v.parent in known and v.parent != v.value:
                out.children.setdefault((name, v.parent), []).append(v)
                parents[(name, v.value)] = [(name, v.parent)]
            else:
                out.roots.append(v)
        _add_cycles(out, values)
    while ticked:
        key = ticked.pop()
        if key not in out.marked:
            out.marked.add(key)
            ticked.extend(parents.get(key, ()))
    return out


def _add_cycles(out: Forest, values: tuple[FacetValue, ...]) -> None:
    """Topics in a cycle (a hand-edited library) reach no root: show them at the top."""
    reached: set[str] = set()
    for root in out.roots:
        reached.update(v.value for v in out.walk(out.facet, root, frozenset()))
    for v in values:
        if v.value not in reached:
            out.roots.append(v)
            reached.update(w.value for w in out.walk(out.facet, v, frozenset()))
