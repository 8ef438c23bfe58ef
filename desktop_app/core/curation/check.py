"""``librarian check``: SQLite's integrity check (of a library file; a server checks
its own) plus the library's own consistency checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from desktop_app.core.library.db import Library
from desktop_app.core.library.files import DOCUMENT_SUFFIXES, stored_path
from desktop_app.core.library.models import (
    TERM_LINKS,
    ChangeLog,
    Country,
    LibraryInfo,
    Resource,
    Status,
)
from desktop_app.core.library.records import parse_date, url_problem


@dataclass(slots=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_library(library: Library) -> CheckReport:
    report = CheckReport()
    if library.is_server:
        # the server keeps its own files whole and enforces every foreign key itself
        report.facts.append(f"server catalogue: {library.location}")
    else:
        _check_file(library, report)
    _check_contents(library, report)
    return report


def _check_file(library: Library, report: CheckReport) -> None:
    """SQLite's own checks of a library file: its pages and its foreign keys."""
    with library.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            report.problems.extend(f"integrity: {r}" for r in rows[:20])
        fk = list(conn.execute(text("PRAGMA foreign_key_check")))
        for table, rowid, parent, _ in fk[:20]:
            report.problems.append(
                f"dangling link: {table} row {rowid} points to a missing {parent}"
            )
        mode = conn.execute(text("PRAGMA journal_mode")).scalar()
    report.facts.append(f"journal mode: {mode}")


def _check_contents(library: Library, report: CheckReport) -> None:
    """The library's own consistency checks, the same on a file and on a server."""
    with library.read() as s:
        info = s.get(LibraryInfo, 1)
        if info is None:
            report.problems.append("library identity row is missing")
        else:
            top = s.scalar(select(func.max(ChangeLog.counter))) or 0
            if top > info.change_counter:
                report.problems.append(
                    f"change counter {info.change_counter} is behind the change log ({top})"
                )
            report.facts.append(f"change counter: {info.change_counter}")
        counts = dict(
            s.execute(select(Resource.status, func.count()).group_by(Resource.status)).all()
        )
        total = sum(counts.values())
        report.facts.append(
            f"resources: {total} (" + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) + ")"
        )
        unknown = set(counts) - {st.value for st in Status}
        if unknown:
            report.problems.append(f"unknown status values: {', '.join(sorted(unknown))}")
        for model, _link, col in (TERM_LINKS[k] for k in ("topic", "organisation", "author")):
            orphans = s.scalars(select(model.name).where(model.id.not_in(select(col)))).all()
            n = s.scalar(select(func.count(model.id))) or 0
            report.facts.append(f"{model.__tablename__}s: {n}")
            if orphans:
                report.warnings.append(
                    f"{len(orphans)} unused {model.__tablename__}(s): "
                    + ", ".join(sorted(orphans)[:10])
                    + (" …" if len(orphans) > 10 else "")
                )
        report.facts.append(f"countries: {s.scalar(select(func.count(Country.id)))}")
        for res in s.scalars(select(Resource)):
            where = f"resource {res.id} ({res.title[:40]!r})"
            if not res.title.strip():
                report.problems.append(f"{where}: has no title")
            try:
                parse_date(res.date)
            except ValueError as exc:
                report.problems.append(f"{where}: {exc}")
            problem = url_problem(res.url)
            if problem:
                report.warnings.append(f"{where}: link {problem}")
            if res.local_file:
                _check_local_file(library, res.local_file, where, report)
            if res.needs_review:
                report.warnings.append(f"{where}: needs review: {res.review_reason}")


def _check_local_file(library: Library, value: str, where: str, report: CheckReport) -> None:
    """A local copy must be a name in the library's files folder (never a path elsewhere)."""
    path = stored_path(library, value)
    if path is None:
        report.problems.append(
            f"{where}: local copy {value[:120]!r} names a file outside the library's files "
            "folder (it is never opened or shipped; remove it or attach the file again)"
        )
    elif path.suffix.lower().lstrip(".") not in DOCUMENT_SUFFIXES:
        report.warnings.append(f"{where}: local copy {value[:120]!r} is not a document type")
    elif not path.is_file():
        report.warnings.append(f"{where}: local copy {value[:120]!r} is not on this computer")
