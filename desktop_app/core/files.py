"""Local copies of resources: files kept in a folder beside the library.

A resource's ``local_file`` is a name inside ``<library>.files/`` (a PDF saved
for reading offline). A curator attaches any file; it is copied in under a name
that starts with its content's SHA-256, so the same file attached twice is kept
once and a library folder can be moved or copied as a whole. Names are never
trusted as paths: one that would lead outside the folder is refused.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import IO

from desktop_app.core.db import Library
from desktop_app.core.errors import LibraryError
from desktop_app.core.records import ResourceData

_UNSAFE = re.compile(r"[^\w.\- ]+")
_STORED = re.compile(r"^[0-9a-f]{16}-(.+)$")


def files_dir(library: Library) -> Path:
    return library.path.with_name(library.path.name + ".files")


def stored_path(library: Library, name: str) -> Path | None:
    """Where a stored name lives, or None for no file or a name that leaves the folder."""
    if not name:
        return None
    folder = files_dir(library).resolve()
    path = (folder / name).resolve()
    if path.parent != folder:
        return None
    return path


def display_name(value: str) -> str:
    """What to call a local copy: its file name, without the stored name's digest."""
    name = Path(value).name
    found = _STORED.match(name)
    return found.group(1) if found else name


def safe_name(name: str) -> str:
    stem = _UNSAFE.sub("_", Path(name).name).strip(" .") or "file"
    return stem[-120:]


def store_file(library: Library, source: Path) -> str:
    """Copy ``source`` into the library's files folder; returns its stored name."""
    if library.read_only:
        raise LibraryError(f"{library.path}: the library is read-only; nothing was changed")
    if not source.is_file():
        raise LibraryError(f"{source}: not a file that can be attached")
    try:
        with source.open("rb") as src:
            return put_stream(library, src, original=source.name)
    except OSError as exc:
        raise LibraryError(
            f"{source}: could not be copied into {files_dir(library)} ({exc.strerror or exc})"
        ) from exc


def put_stream(
    library: Library, src: IO[bytes], *, original: str = "", name: str | None = None
) -> str:
    """Write ``src`` into the files folder whole or not at all; returns its stored name.

    The name is ``name`` when given (a pack's), else the content's digest and the
    ``original`` file name. A file already there under that name is kept as it is.
    OSError is the caller's to describe.
    """
    folder = files_dir(library)
    folder.mkdir(exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
        name = name or f"{digest.hexdigest()[:16]}-{safe_name(original)}"
        if not (folder / name).exists():
            os.replace(tmp, folder / name)
    finally:
        tmp.unlink(missing_ok=True)
    return name


def adopt_local_file(library: Library, data: ResourceData) -> ResourceData:
    """``data`` with a newly chosen file (an absolute path) copied in under its stored name.

    Stored names, and absolute paths that do not exist here (records from another
    machine), are left as they are.
    """
    chosen = Path(data.local_file) if data.local_file else None
    if chosen is None or not chosen.is_absolute() or not chosen.is_file():
        return data
    return replace(data, local_file=store_file(library, chosen))


# never handed to the system to "open": on some systems that runs them
_PROGRAMS = frozenset(
    [
        ".exe",
        ".com",
        ".bat",
        ".cmd",
        ".scr",
        ".msi",
        ".msp",
        ".pif",
        ".cpl",
        ".vbs",
        ".vbe",
        ".js",
        ".jse",
        ".wsf",
        ".wsh",
        ".ps1",
        ".psm1",
        ".hta",
        ".lnk",
        ".reg",
        ".jar",
        ".app",
        ".command",
        ".sh",
        ".bash",
        ".run",
        ".desktop",
        ".appimage",
        ".py",
        ".pyw",
    ]
)


def openable(library: Library, value: str) -> tuple[Path | None, str]:
    """The stored file to open for ``value``, or None and why it is not opened."""
    path = stored_path(library, value) if value and not Path(value).is_absolute() else None
    if path is None:
        return None, (
            f"'{value}' is not in this library's files folder, so it is not opened "
            "(a curator can attach the file in the editor)"
        )
    if path.suffix.lower() in _PROGRAMS:
        return None, f"'{display_name(value)}' is a program, and programs are not opened"
    if not path.is_file():
        return None, f"the local copy is not on this computer; it should be at {path}"
    return path, ""
