"""An export as plain values, and the work that writes it (on the worker thread).

The job holds only plain values read on the GUI thread (the scope, the file, the
request of the last search), so :func:`run_export` is Qt-free up to the PDF
renderer, which paints off-screen.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import LibraryError
from desktop_app.core.progress import Progress
from desktop_app.core.search.results import SearchRequest
from desktop_app.core.transfer.selection import Selection
from desktop_app.gui.strings import cannot_write, exported_of, exporting, laid_out_of

if TYPE_CHECKING:
    from desktop_app.core.search.engine import SearchEngine
    from desktop_app.core.service import Catalogue


def selection_for(scope: str, list_name: str, selected: list[int], results: Selection) -> Selection:
    """What a handout's cover says was exported: the chosen ids, a reading list,
    everything, or ``results`` (the last search, described)."""
    if scope == "selection":
        return Selection(ids=selected)
    if scope == "list":
        return Selection(reading_list=list_name)
    if scope == "all":
        return Selection()
    return results


@dataclasses.dataclass(slots=True)
class ExportJob:
    """An export as chosen in the dialog: plain values the worker can take."""

    fmt: str
    path: Path
    scope: str
    list_name: str
    selection: Selection
    title: str
    toc: bool
    qr: bool
    page_size: str
    request: SearchRequest  # the window's search, for the "results" scope
    curator: bool


def run_export(cat: Catalogue, engine: SearchEngine, job: ExportJob, task: Progress) -> int:
    """On the worker: find the ids, then stream them to the file."""
    from desktop_app.core.library.lists import ReadingLists
    from desktop_app.core.transfer.exporting import ExportCancelled, export_to_file, iter_selected

    ids: list[int] | None
    if job.scope == "selection":
        ids = list(job.selection.ids or [])
    elif job.scope == "all" and job.curator:
        ids = None
    else:
        # the results, a list or (for a reader) the whole library: only what this
        # reader may see (no drafts, hidden or, if so set, staff-only resources)
        request = job.request
        if job.scope != "results":
            within = ReadingLists(cat.library).items(job.list_name) if job.scope == "list" else None
            request = SearchRequest(
                curator=job.curator, hide_staff=request.hide_staff, within=within
            )
        first = engine.search(dataclasses.replace(request, limit=0, with_facets=False))
        ids = engine.search(
            dataclasses.replace(request, offset=0, limit=first.total, with_facets=False)
        ).ids
        if request.within is not None and job.scope == "list":
            visible = set(ids)
            ids = [i for i in request.within if i in visible]  # in the list's order
    total = len(ids) if ids is not None else cat.count()
    task.report(0, total, exporting())
    contents = ReadingLists(cat.library).contents(job.list_name) if job.scope == "list" else None
    if job.fmt != "pdf":
        return export_to_file(
            cat,
            job.fmt,
            ids,
            job.path,
            progress=lambda n, t: task.report(n, t, exported_of(n, t)),
            cancelled=task.cancelled,
            curator=job.curator,
            reading_list=contents,
        )
    from desktop_app.core.curation.vocab_admin import VocabularyAdmin
    from desktop_app.core.transfer.handout import Handout, entries
    from desktop_app.gui.i18n import current_language
    from desktop_app.gui.pdf.labels import describe_selection
    from desktop_app.gui.pdf.renderer import Cancelled, export_pdf

    handout = Handout(
        title=job.title,
        description=describe_selection(job.selection),
        count=total,
        toc=job.toc,
        qr=job.qr,
        page_size=job.page_size,
    )
    tmp = job.path.with_name(f".{job.path.name}.partial.pdf")

    def keep_going(done: int) -> bool:
        task.report(done, total, laid_out_of(done, total))
        return not task.cancelled()

    try:
        notes = contents.notes if contents is not None else None
        labels = VocabularyAdmin(cat).topic_labels(current_language())  # topics as shown
        n = export_pdf(
            handout,
            lambda: entries(iter_selected(cat, ids), notes, labels),
            tmp,
            progress=keep_going,
        )
        tmp.replace(job.path)
        return n
    except Cancelled:
        raise ExportCancelled from None
    except OSError as exc:
        raise LibraryError(cannot_write(job.path, exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
