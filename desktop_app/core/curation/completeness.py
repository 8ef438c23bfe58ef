"""The completeness view: resources with problems a curator should look at."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from desktop_app.core.library.records import ResourceData, ResourceView, url_problem
from desktop_app.core.service import Catalogue


@dataclass(slots=True)
class Problem:
    id: int
    title: str
    problems: list[str] = field(default_factory=list)


def title_key(title: str) -> str:
    return re.sub(r"[\W_]+", " ", title.casefold()).strip()


def problems(catalogue: Catalogue) -> list[Problem]:
    """Every resource (not trashed) with at least one problem, in id order."""
    out: dict[int, Problem] = {}
    by_url: dict[str, list[ResourceView]] = defaultdict(list)
    by_title: dict[str, list[ResourceView]] = defaultdict(list)

    def add(view: ResourceView, text: str) -> None:
        out.setdefault(view.id, Problem(view.id, view.title)).problems.append(text)

    for v in catalogue.iter_views():
        if v.needs_review:
            add(v, f"needs review: {v.review_reason or 'flagged'}")
        if not v.summary and not v.excerpt:
            add(v, "no summary")
        if not v.date:
            add(v, "no date")
        if not v.countries:
            add(v, "no country")
        if not v.topics:
            add(v, "no topic")
        if not v.url:
            add(v, "no link")
        elif (why := url_problem(v.url)) is not None:
            add(v, f"invalid link: {why}")
        if v.url:
            by_url[v.url.strip().rstrip("/").lower()].append(v)
        by_title[title_key(v.title)].append(v)
    for group in [*by_url.values(), *by_title.values()]:
        if len(group) > 1:
            for v in group:
                others = ", ".join(str(o.id) for o in group if o.id != v.id)
                add(v, f"likely duplicate of {others}")
    return [out[k] for k in sorted(out)]


def likely_duplicates(
    catalogue: Catalogue, data: ResourceData, *, exclude: int | None = None, limit: int = 5
) -> list[ResourceView]:
    """Existing resources with the same link or a very similar title."""
    key = title_key(data.title)
    url = data.url.strip().rstrip("/").lower()
    found: list[tuple[float, ResourceView]] = []
    for v in catalogue.iter_views():
        if v.id == exclude:
            continue
        if url and v.url.strip().rstrip("/").lower() == url:
            found.append((2.0, v))
            continue
        if not key:
            continue
        other = title_key(v.title)
        matcher = difflib.SequenceMatcher(None, key, other)
        if matcher.real_quick_ratio() > 0.85 and matcher.quick_ratio() > 0.85:
            ratio = matcher.ratio()
            if ratio > 0.85:
                found.append((ratio, v))
    found.sort(key=lambda p: -p[0])
    return [v for _, v in found[:limit]]


def close_names(name: str, existing: list[str], cutoff: float = 0.85) -> list[str]:
    """Existing vocabulary names a new one is suspiciously close to ("Cybercrimes")."""
    low = {e.casefold(): e for e in existing}
    if name.casefold() in low:
        return []
    return [low[m] for m in difflib.get_close_matches(name.casefold(), list(low), 3, cutoff)]
