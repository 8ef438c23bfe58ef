"""Local copies: attached files are copied beside the library under safe names."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.curation.check import check_library
from desktop_app.core.errors import LibraryError, ValidationError
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import (
    adopt_local_file,
    document_problem,
    files_dir,
    openable,
    store_file,
    stored_path,
)
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue


def test_attaching_copies_the_file_in_once(catalogue: Catalogue, tmp_path: Path) -> None:
    lib = catalogue.library
    source = tmp_path / "Guide for schools (2020).pdf"
    source.write_bytes(b"%PDF-1.4 pretend")
    chosen = ResourceData(title="Guide", local_file=str(source))
    data = adopt_local_file(lib, chosen, source)
    assert data.local_file != str(source) and not Path(data.local_file).is_absolute()
    assert data.local_file.endswith("Guide for schools _2020_.pdf")
    stored, why = openable(lib, data.local_file)
    assert stored is not None and stored.read_bytes() == source.read_bytes(), why
    assert stored.parent == files_dir(lib).resolve()
    assert store_file(lib, source) == data.local_file  # same content: kept once
    assert [p.name for p in files_dir(lib).iterdir()] == [data.local_file]
    view = catalogue.create(data)
    assert catalogue.get(view.id).local_file == data.local_file
    # nothing chosen: the record is left as it is, whatever its local_file says
    assert adopt_local_file(lib, data, None) == data
    elsewhere = ResourceData(title="x", local_file="/nowhere/else/report.pdf")
    assert adopt_local_file(lib, elsewhere, None) == elsewhere


def test_a_records_own_path_is_never_copied_in(catalogue: Catalogue, tmp_path: Path) -> None:
    """An imported record naming a file elsewhere: saving it copies nothing (was: copied)."""
    secret = tmp_path / "passwords.txt"
    secret.write_text("root:secret\n", "utf-8")
    view = catalogue.create(ResourceData(title="Imported"))
    legacy_local_file(catalogue, view.id, str(secret))  # as an older version could store
    view = catalogue.get(view.id)
    saved = adopt_local_file(catalogue.library, view.editable(), None)
    with pytest.raises(ValidationError, match="local copy"):  # and now refused outright
        catalogue.update(view.id, saved, expected_version=view.version)
    assert not files_dir(catalogue.library).exists()
    assert catalogue.get(view.id).local_file == str(secret)  # a dead name, never opened
    assert openable(catalogue.library, str(secret))[0] is None


@pytest.mark.parametrize("name", ["../library.db", "/etc/passwd/../x", "a/b.pdf", ".."])
def test_stored_names_never_leave_the_folder(seeded: Library, name: str) -> None:
    assert stored_path(seeded, name) is None


def test_attaching_what_cannot_be_attached_is_a_clear_error(
    seeded_path: Path, tmp_path: Path
) -> None:
    with Library.open(seeded_path) as lib:
        with pytest.raises(LibraryError, match="not a file"):
            store_file(lib, tmp_path / "missing.pdf")
        with pytest.raises(LibraryError, match="not a file"):
            store_file(lib, tmp_path)
    source = tmp_path / "a.pdf"
    source.write_bytes(b"x")
    with Library.open(seeded_path, read_only=True) as lib:
        with pytest.raises(LibraryError, match="read-only"):
            store_file(lib, source)
        assert not files_dir(lib).exists()


def test_only_stored_documents_are_opened(catalogue: Catalogue, tmp_path: Path) -> None:
    lib = catalogue.library
    outside = tmp_path / "report.pdf"
    outside.write_bytes(b"%PDF-1.7 x")
    path, why = openable(lib, str(outside))  # an imported record's path: not opened
    assert path is None and "not in this library's files folder" in why
    name = store_file(lib, outside)
    assert openable(lib, name)[0] is not None
    (files_dir(lib) / name).unlink()
    path, why = openable(lib, name)
    assert path is None and "not on this computer" in why


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
DOCM = _zip(
    {
        "[Content_Types].xml": b"<Types><Default ContentType="
        b'"application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
        "word/document.xml": b"<w:document/>",
    }
)
VBA = _zip({"[Content_Types].xml": b"<Types/>", "xl/vbaProject.bin": b"\xd0\xcf"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
ODT_BASIC = _zip(
    {"mimetype": b"application/vnd.oasis.opendocument.text", "Basic/Standard/Module1.xml": b"x"}
)
EPUB = _zip({"mimetype": b"application/epub+zip", "OEBPS/a.xhtml": b"<html/>"})

DOCUMENTS = {
    "a.pdf": b"%PDF-1.7\n",
    "b.PNG": b"\x89PNG\r\n\x1a\n....",
    "c.jpeg": b"\xff\xd8\xff\xe0",
    "d.gif": b"GIF89a..",
    "e.webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    "f.tiff": b"II*\x00",
    "g.bmp": b"BM....",
    "h.txt": "Привет, schools\n".encode(),
    "i.md": b"# Notes\n",
    "j.csv": b"a,b\n1,2\n",
    "k.rtf": b"{\\rtf1\\ansi Hello}",
    "l.docx": DOCX,
    "m.xlsx": DOCX,
    "n.odt": ODT,
    "o.epub": EPUB,
}
NOT_DOCUMENTS = {
    # the probe's list: program-like and script-carrying types the old block-list let through
    "help.chm": b"ITSF",
    "link.url": b"[InternetShortcut]\nURL=file:///c:/windows/system32/calc.exe",
    "x.scf": b"[Shell]",
    "x.library-ms": b"<libraryDescription/>",
    "x.settingcontent-ms": b"<PCSettings/>",
    "x.jnlp": b"<jnlp/>",
    "x.msix": b"PK\x03\x04",
    "page.html": b"<script>alert(1)</script>",
    "logo.svg": b"<svg onload='alert(1)'/>",
    "x.mht": b"MIME-Version: 1.0",
    "x.docm": DOCM,
    "x.xlsm": VBA,
    "x.iso": b"\x00" * 64,
    "x.vhd": b"conectix",
    "x.pkg": b"xar!",
    "x.dmg": b"koly",
    "x.deb": b"!<arch>",
    "x.apk": b"PK\x03\x04",
    "setup.exe": b"MZ",
    "run.sh": b"#!/bin/sh",
    "noext": b"%PDF-1.7",
    "legacy.doc": b"\xd0\xcf\x11\xe0",
    # the right name, the wrong content
    "fake.pdf": b"MZ\x90\x00 a program",
    "fake.png": b"%PDF-1.7",
    "fake.docx": DOCM,
    "macros.xlsx": VBA,
    "fake.odt": EPUB,
    "macros.odt": ODT_BASIC,
    "broken.docx": b"PK\x03\x04 not really a zip",
    "nul.txt": b"MZ\x90\x00\x03\x00\x00\x00",
    "object.rtf": b"{\\rtf1 {\\object\\objemb {\\*\\objdata 0105}}}",
    "empty.pdf": b"",
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_documents_are_attached_and_opened(name: str, catalogue: Catalogue, tmp_path: Path) -> None:
    source = tmp_path / name
    source.write_bytes(DOCUMENTS[name])
    with source.open("rb") as f:
        assert document_problem(name, f) is None
    stored = store_file(catalogue.library, source)
    path, why = openable(catalogue.library, stored)
    assert path is not None, why


@pytest.mark.parametrize("name", sorted(NOT_DOCUMENTS))
def test_anything_else_is_neither_attached_nor_opened(
    name: str, catalogue: Catalogue, tmp_path: Path
) -> None:
    source = tmp_path / name
    source.write_bytes(NOT_DOCUMENTS[name])
    with pytest.raises(LibraryError, match="cannot be attached"):
        store_file(catalogue.library, source)
    # even when it arrives in the folder some other way (an older version, a copy by hand)
    folder = files_dir(catalogue.library)
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(NOT_DOCUMENTS[name])
    path, why = openable(catalogue.library, name)
    assert path is None and "not opened" in why
    assert "\n" not in why


def test_check_reports_a_local_file_outside_the_folder(catalogue: Catalogue) -> None:
    assert check_library(catalogue.library).ok
    # stored before the service refused paths (validate), as an older version could
    view = catalogue.create(ResourceData(title="Imported earlier"))
    legacy_local_file(catalogue, view.id, "/etc/passwd")
    report = check_library(catalogue.library)
    assert not report.ok
    assert any(
        f"resource {view.id}" in p and "outside the library's files folder" in p
        for p in report.problems
    )


def test_the_service_refuses_a_local_copy_that_is_a_path(catalogue: Catalogue) -> None:
    """Whatever path a record brings (an import, a script), it is never stored."""
    for path in ("/etc/passwd", "../secret.pdf", "C:\\Windows\\win.ini", "sub/dir.pdf"):
        with pytest.raises(ValidationError, match="local copy"):
            catalogue.create(ResourceData(title="Exfiltration", local_file=path))


def legacy_local_file(catalogue: Catalogue, resource_id: int, value: str) -> None:
    """Store ``value`` as it stands, as older versions could (the service refuses it now)."""
    from desktop_app.core.library.models import Resource

    with catalogue.library.write() as s:
        row = s.get(Resource, resource_id)
        assert row is not None
        row.local_file = value


def test_a_stored_copy_is_readable_by_every_account(catalogue: Catalogue, tmp_path: Path) -> None:
    """A school computer is shared: mkstemp's owner-only 0600 must not stick to the copy."""
    source = tmp_path / "guide.pdf"
    source.write_bytes(b"%PDF-1.4 pretend")
    name = store_file(catalogue.library, source)
    mode = (files_dir(catalogue.library) / name).stat().st_mode & 0o777
    assert mode == 0o644
