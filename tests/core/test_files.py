"""Local copies: attached files are copied beside the library under safe names."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.db import Library
from desktop_app.core.errors import LibraryError
from desktop_app.core.files import (
    adopt_local_file,
    files_dir,
    openable,
    store_file,
    stored_path,
)
from desktop_app.core.records import ResourceData
from desktop_app.core.service import Catalogue


def test_attaching_copies_the_file_in_once(catalogue: Catalogue, tmp_path: Path) -> None:
    lib = catalogue.library
    source = tmp_path / "Guide for schools (2020).pdf"
    source.write_bytes(b"%PDF-1.4 pretend")
    data = adopt_local_file(lib, ResourceData(title="Guide", local_file=str(source)))
    assert data.local_file != str(source) and not Path(data.local_file).is_absolute()
    assert data.local_file.endswith("Guide for schools _2020_.pdf")
    stored, why = openable(lib, data.local_file)
    assert stored is not None and stored.read_bytes() == source.read_bytes(), why
    assert stored.parent == files_dir(lib).resolve()
    assert store_file(lib, source) == data.local_file  # same content: kept once
    assert [p.name for p in files_dir(lib).iterdir()] == [data.local_file]
    view = catalogue.create(data)
    assert catalogue.get(view.id).local_file == data.local_file
    # a stored name, or a path from another machine, is left as it is
    assert adopt_local_file(lib, data) == data
    elsewhere = ResourceData(title="x", local_file="/nowhere/else/report.pdf")
    assert adopt_local_file(lib, elsewhere) == elsewhere


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
    outside.write_bytes(b"x")
    path, why = openable(lib, str(outside))  # an imported record's path: not opened
    assert path is None and "not in this library's files folder" in why
    program = tmp_path / "setup.EXE"
    program.write_bytes(b"MZ")
    path, why = openable(lib, store_file(lib, program))
    assert path is None and "is a program" in why
    name = store_file(lib, outside)
    (files_dir(lib) / name).unlink()
    path, why = openable(lib, name)
    assert path is None and "not on this computer" in why
