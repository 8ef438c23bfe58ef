"""Attach files from a folder: match each file to a resource, preview, then attach.

:func:`preview_folder` reads a folder (its files only, or with ``recursive`` its
subfolders too; never through a link that leads out of it; at most ``MAX_FILES``
files, and it says so when there were more), keeps the documents the library may
keep (:func:`desktop_app.core.library.files.document_problem`; anything else is
listed as refused, with why), reads each one's metadata and first page, and decides
for each which resource it is the copy of (:mod:`.attach_match`): *matched*,
*ambiguous* (the close candidates, best first) or *unmatched*. It also says when the
resource already has a local copy (replaced only when asked) and when two files
claim one resource. Nothing is written.

:func:`attach_files` then copies the chosen files in and sets each resource's local
copy, all in one action (one undo step). If a copy fails or the work is cancelled,
nothing is attached and the files this run copied into the library's folder are
removed again (a file that was there before is left as it was).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core.errors import LibraryError
from desktop_app.core.fulltext.attach_match import (
    Candidate,
    Decision,
    FileEvidence,
    ResourceIndex,
    Target,
    evidence,
    target_ids,
)
from desktop_app.core.library import files
from desktop_app.core.library.models import Resource, Status
from desktop_app.core.progress import Progress
from desktop_app.core.service import Catalogue, ChangeSet, data_of

if TYPE_CHECKING:
    from desktop_app.core.fulltext.store import ExtractReport

MAX_FILES = 5_000  # files read from one folder; more are left out, and the preview says so
FIRST_PAGE_SECONDS = 20.0  # time allowed for reading one file's first page
ACTION = "attach files from a folder"
STATUSES = ("matched", "ambiguous", "unmatched", "refused")


@dataclass(frozen=True, slots=True)
class FileMatch:
    """One file of the folder and what became of it in the preview."""

    name: str  # its path inside the folder, as shown
    path: Path
    status: str  # "matched", "ambiguous", "unmatched" or "refused"
    candidates: tuple[Candidate, ...] = ()  # best first; a matched file's resource first
    reason: str = ""  # refused: why; otherwise the note of reading it ("no text layer…")
    notes: tuple[str, ...] = ()  # "already has a local copy …", "also claimed by …"
    sha256: str = ""
    strength: tuple[int, int, int] = (0, 0, 0)
    same_file: bool = False  # the resource's local copy is this very file already

    @property
    def resource(self) -> Candidate | None:
        """The resource a matched file goes to."""
        return self.candidates[0] if self.status == "matched" and self.candidates else None

    @property
    def ready(self) -> bool:
        """Attached by "attach the matched files" without a question: matched, and its
        resource has no local copy yet."""
        res = self.resource
        return res is not None and not res.local_file and not self.same_file

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "status": self.status,
            "reason": self.reason,
            "notes": list(self.notes),
            "candidates": [
                {
                    "id": c.resource_id,
                    "title": c.title,
                    "year": c.year,
                    "why": c.reason,
                    "local_file": files.display_name(c.local_file) if c.local_file else "",
                }
                for c in self.candidates
            ],
        }


@dataclass(slots=True)
class AttachPreview:
    """Every file of a folder, matched, ambiguous, unmatched or refused."""

    folder: Path
    recursive: bool
    files: list[FileMatch] = field(default_factory=list)
    truncated: bool = False  # the folder holds more than ``limit`` files
    limit: int = MAX_FILES
    titles: list[tuple[int, str]] = field(default_factory=list)  # every resource, to pick from

    def group(self, status: str) -> list[FileMatch]:
        return [f for f in self.files if f.status == status]

    def counts(self) -> dict[str, int]:
        return {s: len(self.group(s)) for s in STATUSES}

    def summary(self) -> str:
        c = self.counts()
        n = len(self.files)
        refused = c["refused"]
        text = (
            f"{n} file{'' if n == 1 else 's'} in {self.folder}: {c['matched']} matched, "
            f"{c['ambiguous']} ambiguous, {c['unmatched']} unmatched, "
            f"{refused} not {'a document' if refused == 1 else 'documents'}"
        )
        if self.truncated:
            text += f" (only the first {self.limit:,} files were read)"
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "recursive": self.recursive,
            "truncated": self.truncated,
            "limit": self.limit,
            "counts": self.counts(),
            "files": [f.as_json() for f in self.files],
        }


# -- reading the folder -------------------------------------------------------------------------
def list_folder(
    folder: Path, *, recursive: bool = False, limit: int = MAX_FILES
) -> tuple[list[tuple[str, Path]], list[tuple[str, str]], bool]:
    """(files as (name inside the folder, path), refused (name, why), truncated).

    Hidden files (".name") are left out. A link is followed only to a file inside the
    folder; subfolders are entered only with ``recursive``, never through a link.
    """
    if not folder.is_dir():
        raise LibraryError(f"{folder}: is not a folder")
    root = folder.resolve()
    found: list[tuple[str, Path]] = []
    refused: list[tuple[str, str]] = []
    for rel, path in _walk(root, Path(), recursive):
        if len(found) + len(refused) >= limit:
            return found, refused, True
        name = rel.as_posix()
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                refused.append((name, "a link that leads out of the folder, so it is not read"))
                continue
            if not target.is_file():
                refused.append((name, "a link to a folder, which is not followed"))
                continue
        found.append((name, path))
    return found, refused, False


def _walk(root: Path, rel: Path, recursive: bool) -> Iterator[tuple[Path, Path]]:
    try:
        entries = sorted(os.scandir(root / rel), key=lambda e: e.name.casefold())
    except OSError as exc:
        raise LibraryError(f"{root / rel}: cannot be read ({exc.strerror or exc})") from None
    subfolders = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            subfolders.append(entry.name)
        elif entry.is_file(follow_symlinks=False) or entry.is_symlink():
            yield rel / entry.name, Path(entry.path)
    if recursive:
        for name in subfolders:
            yield from _walk(root, rel / name, recursive)


def read_evidence(
    path: Path, name: str, cancelled: Callable[[], bool] | None = None
) -> FileEvidence:
    """What a document says about itself: metadata and first page (text extraction,
    stopped when ``cancelled`` says so)."""
    from desktop_app.core.fulltext.extract import extract_file

    try:
        got = extract_file(path, first_pages=1, time_limit=FIRST_PAGE_SECONDS, cancelled=cancelled)
    except (LibraryError, OSError) as exc:  # matched by its name alone
        return evidence(name, note=f"cannot be read ({exc})")
    first = got.pages[0] if got.pages else ""
    note = "" if got.status == "ok" else got.note
    return evidence(name, got.metadata, first, sha256=got.sha256, note=note)


def load_targets(catalogue: Catalogue) -> list[Target]:
    """Every resource not in the trash, as matching sees it (one narrow query)."""
    cols = (
        Resource.id,
        Resource.title,
        Resource.year,
        Resource.url,
        Resource.source_record,
        Resource.curator_notes,
        Resource.local_file,
        Resource.needs_review,
    )
    out = []
    with catalogue.library.read() as s:
        q = select(*cols).where(Resource.status != Status.TRASHED.value).order_by(Resource.id)
        for rid, title, year, url, source, notes, local, review in s.execute(q).yield_per(2000):
            untitled = bool(review) and title.startswith("Untitled ")
            out.append(
                Target(rid, title, year, target_ids(url, source, notes), local, not untitled)
            )
    return out


def preview_folder(
    catalogue: Catalogue,
    folder: str | Path,
    *,
    recursive: bool = False,
    limit: int = MAX_FILES,
    progress: Progress | None = None,
    read: Callable[[Path, str], FileEvidence] | None = None,
) -> AttachPreview:
    """Match every file of ``folder`` to the library's resources; writes nothing.

    ``read`` gives a file's evidence (by default its metadata and first page). The
    work stops with LibraryError when ``progress`` is cancelled (a file being read is
    stopped too).
    """
    progress = progress or Progress()
    if read is None:
        cancelled = progress.cancelled
        read = lambda path, name: read_evidence(path, name, cancelled)  # noqa: E731
    root = Path(folder).expanduser()
    found, refused, truncated = list_folder(root, recursive=recursive, limit=limit)
    progress.report(0, 0, "Reading the library…")
    index = ResourceIndex(load_targets(catalogue))
    preview = AttachPreview(root, recursive, truncated=truncated, limit=limit)
    preview.titles = [(t.id, t.label) for t in index.targets]
    matches = [FileMatch(n, root / n, "refused", reason=why) for n, why in refused]
    for done, (name, path) in enumerate(found):
        if progress.cancelled():
            raise LibraryError("cancelled; nothing was attached")
        progress.report(done, len(found), f"Reading {name}")
        matches.append(_match_one(index, path, name, read))
    progress.report(len(found), len(found), "")
    preview.files = sorted(_claims(matches), key=lambda f: f.name.casefold())
    return preview


def _match_one(
    index: ResourceIndex, path: Path, name: str, read: Callable[[Path, str], FileEvidence]
) -> FileMatch:
    try:
        with path.open("rb") as fh:
            why = files.document_problem(path.name, fh)
    except OSError as exc:
        why = f"'{name}' cannot be read ({exc.strerror or exc})"
    if why:
        return FileMatch(name, path, "refused", reason=why)
    ev = read(path, name)
    decision: Decision = index.decide(ev)
    notes = []
    same = False
    res = decision.candidates[0] if decision.status == "matched" else None
    if res is not None and res.local_file:
        if ev.sha256 and res.local_file.startswith(ev.sha256[:16] + "-"):
            same = True
            notes.append("already attached to this resource")
        else:
            shown = files.display_name(res.local_file)
            notes.append(
                f"the resource already has a local copy ({shown}); replaced only if ticked"
            )
    return FileMatch(
        name,
        path,
        decision.status,
        decision.candidates,
        reason=ev.note,
        notes=tuple(notes),
        sha256=ev.sha256,
        strength=decision.strength,
        same_file=same,
    )


def _claims(matches: list[FileMatch]) -> list[FileMatch]:
    """Two matched files for one resource: the one with stronger evidence keeps it and the
    others become ambiguous; with none stronger, all do. Copies of one same file: the
    first by name keeps it."""
    by_resource: dict[int, list[int]] = defaultdict(list)
    for n, m in enumerate(matches):
        if m.resource is not None:
            by_resource[m.resource.resource_id].append(n)
    out = list(matches)
    for claims in by_resource.values():
        if len(claims) < 2:
            continue
        sha = matches[claims[0]].sha256
        same = bool(sha) and all(matches[n].sha256 == sha for n in claims)
        ranked = sorted(claims, key=lambda n: matches[n].strength, reverse=True)
        keeper: int | None = ranked[0]
        if same:
            keeper = min(claims, key=lambda n: matches[n].name.casefold())
        elif matches[ranked[0]].strength == matches[ranked[1]].strength:
            keeper = None
        for n in claims:
            m = matches[n]
            others = ", ".join(matches[o].name for o in claims if o != n)
            if n == keeper:
                note = f"also claimed by {others}"
            elif same:
                note = f"the same file as {others}"
            else:
                note = f"the resource is also claimed by {others}"
            status = "matched" if n == keeper else "ambiguous"
            out[n] = replace(m, status=status, notes=(*m.notes, note))
    return out


# -- attaching ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to attach as a resource's local copy (``replace``: even over another copy).

    ``sha256``: the content the preview read (:attr:`FileMatch.sha256`); when given, a
    file whose content is no longer that one (replaced, or now a link to another file,
    since the preview) is refused and nothing is attached.
    """

    path: Path
    resource_id: int
    replace: bool = False
    sha256: str = ""


@dataclass(slots=True)
class AttachResult:
    """What :func:`attach_files` did."""

    attached: list[tuple[int, str]] = field(default_factory=list)  # (resource id, stored name)
    skipped: list[str] = field(default_factory=list)  # why each file was left out
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def names(self) -> list[str]:
        """The stored names of the attached files (for text extraction)."""
        return [name for _, name in self.attached]

    def summary(self) -> str:
        n = len(self.attached)
        text = f"{n} file{'' if n == 1 else 's'} attached"
        if self.skipped:
            text += f", {len(self.skipped)} left out"
        return text


def attach_files(
    catalogue: Catalogue, chosen: Sequence[Attachment], *, progress: Progress | None = None
) -> AttachResult:
    """Copy the chosen files in and make each its resource's local copy: one action.

    All or nothing: a file that cannot be copied, a resource gone, or a cancel leaves
    the library as it was and removes the copies this call made. A resource that got
    another local copy since the preview keeps it unless ``replace`` was asked.
    """
    progress = progress or Progress()
    library = catalogue.library
    seen: dict[int, Path] = {}
    for a in chosen:
        if a.resource_id in seen:
            raise LibraryError(
                f"{a.path.name} and {seen[a.resource_id].name} are both chosen for resource "
                f"{a.resource_id}; choose one; nothing was attached"
            )
        seen[a.resource_id] = a.path
    folder = files.files_dir(library)
    before = set(os.listdir(folder)) if folder.is_dir() else set()
    stored: list[str] = []
    try:
        for done, a in enumerate(chosen):
            if progress.cancelled():
                raise LibraryError("cancelled; nothing was attached")
            progress.report(done, len(chosen), f"Copying {a.path.name}")
            stored.append(files.store_file(library, a.path))
            if a.sha256 and not stored[-1].startswith(a.sha256[:16] + "-"):
                raise LibraryError(
                    f"{a.path}: the file changed since the preview (its content is not the "
                    "one that was matched); preview the folder again; nothing was attached"
                )
        progress.report(len(chosen), len(chosen), "Saving…")
        result = AttachResult()
        with catalogue.action(ACTION) as act:
            for a, name in zip(chosen, stored, strict=True):
                res = act.session.get(Resource, a.resource_id)
                if res is None or res.status == Status.TRASHED.value:
                    raise LibraryError(
                        f"resource {a.resource_id} is no longer in the library (or is in the "
                        "trash); nothing was attached"
                    )
                if res.local_file == name:
                    result.skipped.append(f"{a.path.name}: already the local copy of “{res.title}”")
                    continue
                if res.local_file and not a.replace:
                    result.skipped.append(
                        f"{a.path.name}: “{res.title}” has a local copy already "
                        f"({files.display_name(res.local_file)}); not replaced"
                    )
                    continue
                data = data_of(res)
                data.local_file = name
                act.edit(res, data)
                result.attached.append((res.id, name))
        result.changes = act.changes
    except BaseException:
        for name in set(stored) - before:
            path = files.stored_path(library, name)
            if path is not None:
                path.unlink(missing_ok=True)
        raise
    kept = set(result.names)
    for name in set(stored) - before - kept:  # copied for a resource that kept its own
        path = files.stored_path(library, name)
        if path is not None:
            path.unlink(missing_ok=True)
    return result


def extract_attached(
    catalogue: Catalogue, names: Sequence[str], progress: Progress | None = None
) -> ExtractReport:
    """Read the text of newly attached files (H1's ``store.extract_documents``)."""
    from desktop_app.core.fulltext.store import extract_documents

    return extract_documents(catalogue, list(names), progress=progress)
