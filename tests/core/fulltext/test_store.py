"""Saving extracted text: the document tables, the resources stamped, nothing else touched."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.curation.history import History
from desktop_app.core.errors import LibraryError
from desktop_app.core.fulltext.extract import Extraction, extract_file
from desktop_app.core.fulltext.store import (
    MISSING,
    document_pages,
    extract_documents,
    pending_documents,
    save_extraction,
)
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import store_file, stored_path
from desktop_app.core.library.models import ChangeLog, Document, Resource
from desktop_app.core.progress import Progress
from desktop_app.core.service import Catalogue
from tests.core.fulltext import pdf_samples as ps


def attach(cat: Catalogue, rid: int, source: Path) -> str:
    name = store_file(cat.library, source)
    view = cat.get(rid)
    cat.update(rid, replace(view.editable(), local_file=name), expected_version=view.version)
    return name


def state(lib: Library) -> dict[int, tuple[int, int, str]]:
    with lib.read() as s:
        return {
            r.id: (r.changed_at_counter, r.version, r.local_file)
            for r in s.scalars(select(Resource))
        }


def test_save_replaces_the_text_and_stamps_the_resources(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    source = ps.write(tmp_path / "r.pdf", ps.text_pdf(["one", "two", "three unique"]))
    name = attach(catalogue, 1, source)
    attach(catalogue, 2, source)  # the same file for two resources: one stored copy
    before = state(catalogue.library)
    counter = catalogue.change_counter()
    heard: list[set[int]] = []
    catalogue.subscribe(lambda changes: heard.append(changes.updated))

    got = extract_file(stored_path(catalogue.library, name))  # type: ignore[arg-type]
    assert save_extraction(catalogue, name, got) == 2

    after = state(catalogue.library)
    assert {rid for rid in after if after[rid] != before[rid]} == {1, 2}
    assert after[1][0] == counter + 1 and after[1][1] == before[1][1]  # stamped, same version
    assert heard == [{1, 2}]
    with catalogue.library.read() as s:
        assert document_pages(s, name) == [(1, "one"), (2, "two"), (3, "three unique")]
        doc = s.get(Document, name)
        assert doc is not None
        assert (doc.status, doc.page_count, doc.char_count, doc.sha256) == (
            "ok", 3, len("onetwothree unique"), got.sha256,
        )  # fmt: skip
        rows = s.scalars(select(ChangeLog).where(ChangeLog.counter == counter + 1)).all()
        assert {r.field for r in rows} == {"document"} and len(rows) == 2
    # not a curator's edit: Undo still offers the attach, not the text
    history = History(catalogue)
    info = history.last_undoable()
    assert info is not None and info.action == "edit"
    newest = history.entries(1)[0]
    assert (newest.field, newest.undone, newest.new["pages"]) == ("document", False, 3)

    shorter = Extraction(("again",), "ok", "", got.sha256, "text")
    save_extraction(catalogue, name, shorter)
    with catalogue.library.read() as s:
        assert document_pages(s, name) == [(1, "again")]


def test_extract_documents_reads_what_has_no_text(catalogue: Catalogue, tmp_path: Path) -> None:
    good = attach(catalogue, 1, ps.write(tmp_path / "a.pdf", ps.text_pdf(["alpha words"])))
    bad = attach(catalogue, 2, ps.write(tmp_path / "b.pdf", ps.encrypted_pdf()))
    gone = attach(catalogue, 3, ps.write(tmp_path / "c.txt", b"some text"))
    stored_path(catalogue.library, gone).unlink()  # type: ignore[union-attr]
    before = state(catalogue.library)
    assert pending_documents(catalogue) == sorted([good, bad, gone])

    report = extract_documents(catalogue)
    by_name = {i.name: i for i in report.items}
    assert (by_name[good].status, by_name[good].pages) == ("ok", 1)
    assert (by_name[bad].status, by_name[bad].note) == ("failed", "encrypted: needs a password")
    assert (by_name[gone].status, by_name[gone].note) == ("missing", MISSING)
    assert report.summary() == "read 3 file(s): 1 with text, 1 failed, 1 missing"
    after = state(catalogue.library)
    # only the resources whose files were read changed; the failed file's too (its note)
    assert {rid for rid in after if after[rid] != before[rid]} == {1, 2}
    with catalogue.library.read() as s:
        assert set(s.scalars(select(Document.name))) == {good, bad}
    # the missing file is still pending; the others are done unless forced
    assert pending_documents(catalogue) == [gone]
    assert [i.name for i in extract_documents(catalogue).items] == [gone]
    assert len(extract_documents(catalogue, force=True).items) == 3


def test_cancel_keeps_what_is_done(catalogue: Catalogue, tmp_path: Path) -> None:
    names = [
        attach(catalogue, i, ps.write(tmp_path / f"{i}.txt", f"text {i}".encode()))
        for i in (1, 2, 3)
    ]
    stop = threading.Event()

    def sink(done: int, total: int, message: str) -> None:
        if done == 1:
            stop.set()  # cancelled while the second file is about to be read

    report = extract_documents(catalogue, names, progress=Progress(sink, stop, interval=0))
    assert report.cancelled and len(report.items) == 1
    assert report.summary().startswith("read 1 of 3 file(s)")
    with catalogue.library.read() as s:
        assert list(s.scalars(select(Document.name))) == [report.items[0].name]


def test_read_only_library_is_refused(seeded_path: Path) -> None:
    with Library.open(seeded_path, read_only=True) as lib:
        cat = Catalogue(lib)
        with pytest.raises(LibraryError, match="read-only; nothing was changed"):
            save_extraction(cat, "x.pdf", Extraction((), "failed", "n", "0" * 64, "text"))
        with pytest.raises(LibraryError, match="read-only"):
            extract_documents(cat)
