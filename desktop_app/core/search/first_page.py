"""The start-up page: the first page of the start search, kept so the next start shows it at once.

Loading SQLAlchemy, Whoosh and numpy takes most of a start. The window shows the
first page it showed last time (results, their rows and the facet counts) as soon as
it appears, while the library and its index open behind it, and then replaces it
with the live answer. The page is only shown while it is still true: it is kept with
the library's identity, its change counter (every write through the catalogue bumps
it), a digest of the library's settings (the reader-mode rules live there), the schema
revision and the request it answers, and read back only when all of these still match.
Reading that key needs nothing but the standard library's ``sqlite3``.

The file is a cache: anything wrong with it (missing, truncated, from another version,
hostile) means "no page", never an error. Standard library only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desktop_app.core.library.records import ResourceView
from desktop_app.core.search.results import Facet, FacetValue, SearchRequest, SearchResult

FORMAT = 1
FILE_NAME = "first-page.json"
ROWS = 60  # rows kept: more than a window shows before scrolling
MAX_BYTES = 4 * 2**20  # a page is a few tens of KB; anything bigger is not ours


def page_file(library: Path) -> Path:
    """Where the page of ``library`` is kept: in its index folder (``<library>.index``)."""
    return library.with_name(library.name + ".index") / FILE_NAME


def library_key(library: Path) -> dict[str, Any] | None:
    """What must be unchanged for a kept page to be true, or None if it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(library.resolve()))}?mode=ro", uri=True)
    except (sqlite3.Error, OSError):
        return None
    try:
        conn.execute("PRAGMA query_only = 1")
        uuid, counter = conn.execute("SELECT uuid, change_counter FROM library_info").fetchone()
        (schema,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        settings = conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall()
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()
    digest = hashlib.sha256(json.dumps(settings).encode()).hexdigest()
    return {"uuid": uuid, "counter": counter, "schema": schema, "settings": digest}


def save(
    library: Path, key: dict[str, Any], result: SearchResult, views: list[ResourceView]
) -> bool:
    """Keep ``result`` (with its first rows) as the page for its request; False if not written."""
    target = page_file(library)
    if not target.parent.is_dir():
        return False  # no index folder yet (or not ours to write in)
    wanted = set(result.ids[:ROWS])
    data = {
        "format": FORMAT,
        "key": key,
        "request": request_json(result.request),
        "result": _result_json(result),
        "views": [v.as_json() for v in views if v.id in wanted],
    }
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def load(
    library: Path | str, request: SearchRequest
) -> tuple[SearchResult, dict[int, ResourceView]] | None:
    """The kept page answering ``request`` if it is still true for ``library``, else None
    (always for a catalogue on a server, given as its URL: there is no file to read)."""
    if not isinstance(library, Path):
        return None
    path = page_file(library)
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("request") != request_json(request):
            return None
        if data.get("key") != library_key(library):
            return None
        result = _result_from(data["result"], request)
        views = {v.id: v for v in (_view_from(item) for item in data["views"])}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return result, views


def forget(library: Path) -> None:
    """Drop the kept page (the library changed in a way the key cannot see)."""
    with contextlib.suppress(OSError):
        page_file(library).unlink()


# -- to and from JSON ---------------------------------------------------------------------------
def request_json(request: SearchRequest) -> dict[str, Any]:
    """``request`` as plain JSON values, the same for equal requests."""
    data = dataclasses.asdict(request)
    for name in ("include", "exclude"):
        data[name] = {k: sorted(v) for k, v in sorted(getattr(request, name).items()) if v}
    data["within"] = None if request.within is None else list(request.within)
    return data


def _result_json(result: SearchResult) -> dict[str, Any]:
    data = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
    data.pop("request")
    data["facets"] = {name: dataclasses.asdict(facet) for name, facet in result.facets.items()}
    return data


def _result_from(data: dict[str, Any], request: SearchRequest) -> SearchResult:
    facets = {
        name: Facet(
            name=str(f["name"]),
            label=str(f["label"]),
            values=tuple(FacetValue(**v) for v in f["values"]),
            truncated=bool(f["truncated"]),
            total_values=int(f["total_values"]),
        )
        for name, f in data.pop("facets").items()
    }
    ids = [int(i) for i in data.pop("ids")]
    return SearchResult(**data, ids=ids, facets=facets, request=request)


def _view_from(data: dict[str, Any]) -> ResourceView:
    for name in ("added_at", "modified_at"):
        if data.get(name):
            data[name] = datetime.fromisoformat(data[name])
    return ResourceView(**data)
