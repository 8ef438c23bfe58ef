"""Attach files from a folder: real PDFs matched to resources, previewed, then attached."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop_app.core.curation.history import History
from desktop_app.core.errors import LibraryError
from desktop_app.core.fulltext.attach_folder import (
    ACTION,
    Attachment,
    AttachPreview,
    FileMatch,
    attach_files,
    list_folder,
    preview_folder,
)
from desktop_app.core.library import files
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.progress import Progress
from desktop_app.core.service import Catalogue
from tests.core.fulltext.pdf_samples import text_pdf

TITLES = {
    "doi": "Acquaintance Molestation and Youth-Serving Organizations",
    "page": "Missing Children in Southeast Asia: Model Framework and Regional Review",
    "name": "Online Child Sexual Exploitation",
    "asia": "Protecting Children from Cybercrime: Legislative Responses in Asia",
    "latam": "Protecting Children from Cybercrime: Legislative Responses in Latin America",
}


def make_library(lib: Library) -> dict[str, int]:
    cat = Catalogue(lib)
    made = {
        "doi": cat.create(
            ResourceData(
                title=TITLES["doi"], date="2014", url="https://doi.org/10.1177/1079063214.5"
            )
        ),
        "page": cat.create(ResourceData(title=TITLES["page"], date="2016")),
        "name": cat.create(ResourceData(title=TITLES["name"], date="2019")),
        "asia": cat.create(ResourceData(title=TITLES["asia"], date="2015")),
        "latam": cat.create(ResourceData(title=TITLES["latam"], date="2015")),
    }
    return {k: v.id for k, v in made.items()}


def make_folder(root: Path) -> Path:
    folder = root / "incoming"
    folder.mkdir()
    # the DOI is in the PDF's metadata; the title there is useless ("Microsoft Word - x")
    (folder / "scan0001.pdf").write_bytes(
        text_pdf(
            ["Chapter 1. Introduction to the problem."],
            info={"Title": "Microsoft Word - lanning.docx", "Subject": "doi:10.1177/1079063214.5"},
        )
    )
    # the title is on the first page, over two lines
    (folder / "report_final.pdf").write_bytes(
        text_pdf(
            [
                "International Centre for Missing & Exploited Children\n"
                "Missing Children in Southeast Asia:\nModel Framework and Regional Review\n"
                "Published 2016",
                "Page two",
            ]
        )
    )
    (folder / "Online_Child_Sexual_Exploitation_2019.pdf").write_bytes(
        text_pdf(["Foreword. This review gathers what we know."])
    )
    (folder / "ProtectingChildrenFromCybercrime.pdf").write_bytes(text_pdf(["Contents"]))
    (folder / "holiday_photos.pdf").write_bytes(text_pdf(["Our trip to the beach, 2021"]))
    (folder / "setup.exe").write_bytes(b"MZ\x90\x00 a program")
    (folder / "notes.pdf").write_bytes(b"this is not a PDF at all")
    (folder / ".hidden.pdf").write_bytes(text_pdf(["hidden"]))
    return folder


@pytest.fixture
def library(empty: Library) -> tuple[Catalogue, dict[str, int]]:
    return Catalogue(empty), make_library(empty)


def by_name(preview: AttachPreview) -> dict[str, FileMatch]:
    return {f.name: f for f in preview.files}


def test_the_preview_matches_refuses_and_explains(
    library: tuple[Catalogue, dict[str, int]], tmp_path: Path
) -> None:
    cat, ids = library
    counter = cat.change_counter()
    preview = preview_folder(cat, make_folder(tmp_path))
    files_ = by_name(preview)
    assert set(files_) == {
        "scan0001.pdf",
        "report_final.pdf",
        "Online_Child_Sexual_Exploitation_2019.pdf",
        "ProtectingChildrenFromCybercrime.pdf",
        "holiday_photos.pdf",
        "setup.exe",
        "notes.pdf",
    }
    doi = files_["scan0001.pdf"]
    assert doi.status == "matched" and doi.resource.resource_id == ids["doi"]
    assert doi.resource.reason == "DOI 10.1177/1079063214.5"
    page = files_["report_final.pdf"]
    assert page.status == "matched" and page.resource.resource_id == ids["page"]
    assert page.resource.reason == "title on the first page 100%; year 2016"
    named = files_["Online_Child_Sexual_Exploitation_2019.pdf"]
    assert named.status == "matched" and named.resource.resource_id == ids["name"]
    assert named.resource.reason == "file name 100%; year 2019"
    both = files_["ProtectingChildrenFromCybercrime.pdf"]
    assert both.status == "ambiguous"
    assert sorted(c.resource_id for c in both.candidates) == sorted([ids["asia"], ids["latam"]])
    assert files_["holiday_photos.pdf"].status == "unmatched"
    exe, fake = files_["setup.exe"], files_["notes.pdf"]
    assert exe.status == "refused" and "not a document type" in exe.reason
    assert fake.status == "refused" and "does not hold what a .pdf file holds" in fake.reason
    assert preview.counts() == {"matched": 3, "ambiguous": 1, "unmatched": 1, "refused": 2}
    assert preview.summary().startswith("7 files in ")
    assert cat.change_counter() == counter  # the preview wrote nothing
    assert len(preview.titles) == 5


def test_attach_sets_the_chosen_copies_in_one_action_and_undo_removes_them(
    library: tuple[Catalogue, dict[str, int]], tmp_path: Path
) -> None:
    cat, ids = library
    preview = preview_folder(cat, make_folder(tmp_path))
    ready = [f for f in preview.files if f.ready]
    assert len(ready) == 3
    chosen = [Attachment(f.path, f.resource.resource_id) for f in ready]
    chosen.append(Attachment(tmp_path / "incoming" / "holiday_photos.pdf", ids["asia"]))
    result = attach_files(cat, chosen)
    assert result.summary() == "4 files attached"
    assert result.changes.updated == {ids["doi"], ids["page"], ids["name"], ids["asia"]}
    view = cat.get(ids["name"])
    assert files.display_name(view.local_file) == "Online_Child_Sexual_Exploitation_2019.pdf"
    assert files.openable(cat.library, view.local_file)[0] is not None
    assert cat.get(ids["latam"]).local_file == ""
    history = History(cat)
    assert history.last_undoable().action == ACTION
    history.undo()
    assert all(cat.get(i).local_file == "" for i in ids.values())


def test_a_resource_with_a_local_copy_is_flagged_and_replaced_only_when_asked(
    library: tuple[Catalogue, dict[str, int]], tmp_path: Path
) -> None:
    cat, ids = library
    folder = make_folder(tmp_path)
    old = tmp_path / "old.pdf"
    old.write_bytes(text_pdf(["an older copy"]))
    attach_files(cat, [Attachment(old, ids["name"])])
    match = by_name(preview_folder(cat, folder))["Online_Child_Sexual_Exploitation_2019.pdf"]
    assert match.status == "matched" and not match.ready
    assert match.notes == (
        "the resource already has a local copy (old.pdf); replaced only if ticked",
    )
    kept = attach_files(cat, [Attachment(match.path, ids["name"])])
    assert kept.attached == [] and "not replaced" in kept.skipped[0]
    assert files.display_name(cat.get(ids["name"]).local_file) == "old.pdf"
    attach_files(cat, [Attachment(match.path, ids["name"], replace=True)])
    shown = files.display_name(cat.get(ids["name"]).local_file)
    assert shown == "Online_Child_Sexual_Exploitation_2019.pdf"
    # the same file again: already its copy, never "ready"
    again = by_name(preview_folder(cat, folder))["Online_Child_Sexual_Exploitation_2019.pdf"]
    assert again.same_file and not again.ready
    assert again.notes == ("already attached to this resource",)


def test_two_files_claiming_one_resource(
    library: tuple[Catalogue, dict[str, int]], tmp_path: Path
) -> None:
    cat, ids = library
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "Online Child Sexual Exploitation.pdf").write_bytes(text_pdf(["one"]))
    (folder / "online-child-sexual-exploitation.pdf").write_bytes(text_pdf(["two"]))
    (folder / "x.pdf").write_bytes(text_pdf(["three"], info={"Subject": "10.1177/1079063214.5"}))
    (folder / "Acquaintance Molestation and Youth Serving.pdf").write_bytes(text_pdf(["four"]))
    found = by_name(preview_folder(cat, folder))
    # equal evidence: neither is taken
    first, second = (
        found["Online Child Sexual Exploitation.pdf"],
        found["online-child-sexual-exploitation.pdf"],
    )
    assert first.status == second.status == "ambiguous"
    assert first.notes == ("the resource is also claimed by online-child-sexual-exploitation.pdf",)
    # the DOI is stronger evidence than the file name
    assert found["x.pdf"].status == "matched"
    assert found["x.pdf"].notes == (
        "also claimed by Acquaintance Molestation and Youth Serving.pdf",
    )
    assert found["Acquaintance Molestation and Youth Serving.pdf"].status == "ambiguous"
    with pytest.raises(LibraryError, match="both chosen for resource"):
        attach_files(
            cat, [Attachment(first.path, ids["name"]), Attachment(second.path, ids["name"])]
        )


def test_a_failed_copy_attaches_nothing_and_removes_what_it_copied(
    library: tuple[Catalogue, dict[str, int]], tmp_path: Path
) -> None:
    cat, ids = library
    folder = make_folder(tmp_path)
    good = folder / "Online_Child_Sexual_Exploitation_2019.pdf"
    gone = folder / "report_final.pdf"
    preview_folder(cat, folder)
    gone.unlink()  # removed between the preview and the attach
    counter = cat.change_counter()
    with pytest.raises(LibraryError, match=r"report_final\.pdf"):
        attach_files(cat, [Attachment(good, ids["name"]), Attachment(gone, ids["page"])])
    assert cat.change_counter() == counter
    assert cat.get(ids["name"]).local_file == ""
    assert [p.name for p in files.files_dir(cat.library).iterdir()] == []


def test_subfolders_links_and_the_file_limit(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "a.pdf").write_bytes(b"%PDF-1.4")
    (folder / "sub" / "b.pdf").write_bytes(b"%PDF-1.4")
    (folder / "sub" / "deeper" / "c.txt").write_text("text")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    os.symlink(outside, folder / "link.txt")
    os.symlink(folder / "a.pdf", folder / "inside.pdf")
    os.symlink(tmp_path, folder / "sub" / "loop")
    found, refused, cut = list_folder(folder)
    assert [n for n, _ in found] == ["a.pdf", "inside.pdf"] and not cut
    assert refused == [("link.txt", "a link that leads out of the folder, so it is not read")]
    found, refused, cut = list_folder(folder, recursive=True)
    assert [n for n, _ in found] == ["a.pdf", "inside.pdf", "sub/b.pdf", "sub/deeper/c.txt"]
    assert [n for n, _ in refused] == ["link.txt", "sub/loop"]
    found, refused, cut = list_folder(folder, recursive=True, limit=2)
    assert len(found) + len(refused) == 2 and cut
    with pytest.raises(LibraryError, match="is not a folder"):
        list_folder(tmp_path / "missing")


def test_a_cancelled_preview_stops_with_a_message(
    library: tuple[Catalogue, dict[str, int]], tmp_path: Path
) -> None:
    cat, _ = library
    stop = threading.Event()
    seen: list[str] = []

    def sink(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message.startswith("Reading ") and done == 1:
            stop.set()  # the curator presses Cancel while the second file is read

    with pytest.raises(LibraryError, match="cancelled; nothing was attached"):
        preview_folder(cat, make_folder(tmp_path), progress=Progress(sink, stop, interval=0))
    assert sum(m.startswith("Reading ") and m != "Reading the library…" for m in seen) == 2


def test_the_preview_summary_speaks_of_one_file_in_the_singular(tmp_path: Path) -> None:
    """The CLI's heading said '1 files in …, 1 not documents'."""
    from desktop_app.core.fulltext.attach_folder import AttachPreview, FileMatch

    one = AttachPreview(tmp_path, False, [FileMatch("a.exe", tmp_path / "a.exe", "refused")])
    assert one.summary() == (
        f"1 file in {tmp_path}: 0 matched, 0 ambiguous, 0 unmatched, 1 not a document"
    )
    two = AttachPreview(tmp_path, False, [*one.files, *one.files])
    assert two.summary().startswith("2 files in ") and two.summary().endswith("2 not documents")
