"""Choosing what to export (everything, a search, a reading list, a selection) and
streaming it to a file in any export format."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.lists import ListContents, ReadingLists
from desktop_app.core.library.records import ResourceView, clean_control
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.formats import csvfmt, jsonfmt
from desktop_app.core.transfer.selection import Selection as Selection

# Cells a spreadsheet would read as a formula (OWASP's list for CSV injection, and a
# line feed, which is what a carriage return becomes once cleaned).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_safe(text: str) -> str:
    """``text`` as a CSV cell that no spreadsheet runs: control characters (NUL …)
    dropped, and a leading ``'`` when it begins like a formula (``=HYPERLINK(…)``)."""
    text = clean_control(text, multiline=True)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _safe_view(view: ResourceView) -> ResourceView:
    changes: dict[str, object] = {}
    for f in dataclasses.fields(view):
        value = getattr(view, f.name)
        if isinstance(value, str):
            changes[f.name] = spreadsheet_safe(value)
        elif isinstance(value, list) and value and isinstance(value[0], str):
            # a list is one cell, its names joined with "; ": the first begins the cell
            changes[f.name] = [spreadsheet_safe(value[0]), *(clean_control(v) for v in value[1:])]
    return dataclasses.replace(view, **changes)  # type: ignore[arg-type]


def write_csv(views: Iterable[ResourceView], out: IO[str]) -> int:
    """CSV export with every cell neutralised for spreadsheets (see :func:`spreadsheet_safe`)."""
    return csvfmt.write((_safe_view(v) for v in views), out)


def _writer(fmt: str) -> Callable[..., int]:
    """The writer of a text format, its module loaded on first use (bibtexparser is slow)."""
    if fmt in ("csv", "json"):
        return write_csv if fmt == "csv" else jsonfmt.write
    from desktop_app.core.transfer.formats import bibtex, ris

    return ris.write if fmt == "ris" else bibtex.write


TEXT_FORMATS = ("json", "csv", "ris", "bibtex")
FORMATS = (*TEXT_FORMATS, "pdf")


def selected_ids(catalogue: Catalogue, sel: Selection) -> list[int] | None:
    """The ids to export in order, or None for every resource (streamed by id)."""
    if sel.is_everything:
        return None
    within: list[int] | None = None
    if sel.reading_list:
        within = ReadingLists(catalogue.library).items(sel.reading_list)
    if sel.ids is not None:
        within = [i for i in sel.ids if within is None or i in set(within)]
    from desktop_app.core.search import SearchEngine, SearchRequest

    engine = SearchEngine(catalogue)
    engine.open()
    try:
        request = SearchRequest(
            query=sel.query,
            include=sel.include,
            exclude=sel.exclude,
            within=within,
            limit=0,
            sort=sel.sort,
            with_facets=False,
            curator=sel.curator,
        )
        total = engine.search(request).total
        result = engine.search(dataclasses.replace(request, limit=total))
    finally:
        engine.close()
    if sel.reading_list and within is not None and not sel.query and sel.ids is None:
        found = set(result.ids)
        return [i for i in within if i in found]  # a list keeps the teacher's order
    return result.ids


def iter_selected(
    catalogue: Catalogue, ids: list[int] | None, batch: int = 500
) -> Iterator[ResourceView]:
    if ids is None:
        yield from catalogue.iter_views(batch=batch)
        return
    for k in range(0, len(ids), batch):
        yield from catalogue.get_many(ids[k : k + batch])


def write_text(
    fmt: str,
    views: Iterator[ResourceView],
    out: IO[str],
    *,
    curator: bool = True,
    reading_list: ListContents | None = None,
) -> int:
    """``views`` in a text format; in JSON a reading list comes with its name and notes."""
    if fmt == "json" and reading_list is not None:
        return write_list_json(views, out, reading_list, curator=curator)
    if fmt == "json":
        return jsonfmt.write(views, out, curator=curator)
    return _writer(fmt)(views, out)


def write_list_json(
    views: Iterable[ResourceView], out: IO[str], contents: ListContents, *, curator: bool = True
) -> int:
    """A reading list as JSON: ``{"reading_list": {name, uuid}, "resources": [...]}``, each
    resource with the teacher's ``list_note`` ("" when none). ``librarian import`` reads
    the resources back."""
    notes = {i.resource_id: i.note for i in contents.items}
    head = {"name": contents.name, "uuid": contents.uuid, "count": len(contents.items)}
    out.write('{"reading_list": ' + json.dumps(head, ensure_ascii=False) + ',\n"resources": [')
    n = 0
    for view in views:
        record = jsonfmt.record(view, curator=curator)
        record["list_note"] = notes.get(view.id, "")
        out.write(",\n  " if n else "\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        n += 1
    out.write("\n]}\n" if n else "]}\n")
    return n


class ExportCancelled(LibraryError):
    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@contextmanager
def atomic_text_file(path: str | Path) -> Iterator[IO[str]]:
    """A text file that appears whole at ``path`` or not at all (no half files)."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    except OSError as exc:
        raise LibraryError(f"{target}: cannot be written ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, target)
    except OSError as exc:
        raise LibraryError(f"{target}: cannot be written ({exc.strerror})") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def export_to_file(
    catalogue: Catalogue,
    fmt: str,
    ids: list[int] | None,
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    curator: bool = True,
    reading_list: ListContents | None = None,
) -> int:
    """Stream the chosen resources to ``path`` in a text format; returns how many.
    With ``reading_list``, JSON carries the list's name and item notes."""
    total = len(ids) if ids is not None else catalogue.count()

    def watched() -> Iterator[ResourceView]:
        for n, view in enumerate(iter_selected(catalogue, ids), 1):
            if n % 200 == 1:
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                if progress is not None:
                    progress(n, total)
            yield view

    with atomic_text_file(path) as out:
        return write_text(fmt, watched(), out, curator=curator, reading_list=reading_list)
