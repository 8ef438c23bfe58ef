"""Local copies of resources: files kept in a folder beside the library.

A resource's ``local_file`` is a name inside ``<library>.files/`` (a PDF saved
for reading offline). A curator attaches a document (a PDF, an Office file
without macros, an image, plain text …: see :func:`document_problem`); it is
copied in under a name that starts with its content's SHA-256, so the same file
attached twice is kept once and a library folder can be moved or copied as a
whole. Names are never trusted as paths: one that would lead outside the folder
is refused, and only a file the curator chose is ever copied in.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.records import ResourceData, is_plain_name

if TYPE_CHECKING:
    from desktop_app.core.library.db import Library

_UNSAFE = re.compile(r"[^\w.\- ]+")
_STORED = re.compile(r"^[0-9a-f]{16}-(.+)$")


def files_dir(library: Library) -> Path:
    return library.path.with_name(library.path.name + ".files")


def stored_path(library: Library, name: str) -> Path | None:
    """Where a stored name lives, or None for no file or a name that leaves the folder."""
    if not is_plain_name(name):
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
    """Copy ``source`` (a document) into the library's files folder; returns its stored name."""
    if library.read_only:
        raise LibraryError(f"{library.location}: the library is read-only; nothing was changed")
    if not source.is_file():
        raise LibraryError(f"{source}: not a file that can be attached")
    try:
        with source.open("rb") as src:
            why = document_problem(source.name, src)
            if why:
                raise LibraryError(f"{source}: {why}, so it cannot be attached")
            src.seek(0)
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
            # mkstemp makes the file owner-only (0600); a local copy is for every account
            # on a shared school computer to read (the library file itself is too)
            os.chmod(tmp, 0o644)
            os.replace(tmp, folder / name)
    finally:
        tmp.unlink(missing_ok=True)
    return name


def adopt_local_file(library: Library, data: ResourceData, chosen: Path | None) -> ResourceData:
    """``data`` with ``chosen`` copied into the files folder as its local copy.

    ``chosen`` is a file the curator picked in a file dialog, passed apart from the
    record: a record's own ``local_file`` is never read as a path to copy, whatever it
    says (an imported "/etc/passwd" stays a dead name and is never copied or shipped).
    Without ``chosen``, ``data`` is returned as it is.
    """
    if chosen is None:
        return data
    return replace(data, local_file=store_file(library, chosen))


# -- what may be opened -------------------------------------------------------------------

# Documents only: each suffix with the check its content must pass. Anything else
# (programs, shortcuts, scripts, web pages, SVG, disk images, macro-enabled Office
# files, legacy binary Office files that may carry macros) is never handed to the
# system to open, never attached and never taken from a pack.
_ZIP = b"PK\x03\x04"
_OOXML = ("docx", "xlsx", "pptx")
_ODF = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
    "epub": b"application/epub+zip",
}
_MAGIC: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "tif": (b"II*\x00", b"MM\x00*"),
    "tiff": (b"II*\x00", b"MM\x00*"),
    "bmp": (b"BM",),
    "rtf": (b"{\\rtf",),
}
_TEXT = ("txt", "md", "csv")
DOCUMENT_SUFFIXES = frozenset([*_MAGIC, "webp", *_OOXML, *_ODF, *_TEXT])
_MAX_ZIP_ENTRIES = 100_000


def document_problem(name: str, src: IO[bytes]) -> str | None:
    """Why a file called ``name`` holding ``src`` is not a document that may be opened.

    None when it is one: the suffix is on the list of document types and the content
    is what the suffix claims (a .pdf starts with %PDF, a .docx is a zip without
    macros, text has no NUL byte …). ``src`` is read from where it stands and must be
    seekable for Office and EPUB files.
    """
    suffix = Path(name).suffix.lower().lstrip(".")
    shown = display_name(name)
    if suffix not in DOCUMENT_SUFFIXES:
        return (
            f"'{shown}' is not a document type the library keeps (PDF, Office without "
            "macros, OpenDocument, EPUB, images, plain text)"
        )
    try:
        why = _content_problem(suffix, src)
    except Exception:  # any failure to read it as that type means it is not one
        why = f"is not a readable .{suffix} file"
    return f"'{shown}' {why}" if why else None


def _content_problem(suffix: str, src: IO[bytes]) -> str | None:
    head = src.read(4096)
    if suffix in _MAGIC:
        if not head.startswith(_MAGIC[suffix]):
            return f"does not hold what a .{suffix} file holds"
        if suffix == "rtf" and _has_rtf_objects(head, src):
            return "embeds objects (which can run code), so it is not kept"
        return None
    if suffix == "webp":
        return None if head[:4] == b"RIFF" and head[8:12] == b"WEBP" else "is not a WebP image"
    if suffix in _TEXT:
        chunk = head
        while chunk:
            if b"\x00" in chunk:
                return "is not plain text (it holds NUL bytes)"
            chunk = src.read(1 << 20)
        return None
    if not head.startswith(_ZIP):
        return f"is not a .{suffix} file"
    src.seek(0)
    with zipfile.ZipFile(src) as zf:
        infos = zf.infolist()
        if len(infos) > _MAX_ZIP_ENTRIES:
            return "holds too many parts"
        names = [i.filename.lower() for i in infos]
        if suffix in _OOXML:
            if "[content_types].xml" not in names:
                return f"is not a .{suffix} file"
            with zf.open("[Content_Types].xml") as f:
                types = f.read(1 << 20).lower()
            if b"macroenabled" in types or any(
                "vbaproject" in n or "vbadata" in n or "activex" in n for n in names
            ):
                return "holds macros, so it is not kept"
            return None
        if "mimetype" not in names or zf.read("mimetype")[:100].strip() != _ODF[suffix]:
            return f"is not a .{suffix} file"
        if any(n.startswith(("basic/", "scripts/")) for n in names):
            return "holds macros, so it is not kept"
        return None


_RTF_OBJECT = re.compile(rb"\\obj(?:data|ect|emb|link|autlink)")


def _has_rtf_objects(head: bytes, src: IO[bytes]) -> bool:
    tail = b""
    chunk = head
    while chunk:
        if _RTF_OBJECT.search(tail + chunk):
            return True
        tail = chunk[-16:]
        chunk = src.read(1 << 20)
    return False


def openable(library: Library, value: str) -> tuple[Path | None, str]:
    """The stored file to open for ``value``, or None and why it is not opened.

    Only a document (see :func:`document_problem`) in the library's files folder opens.
    """
    path = stored_path(library, value) if value and not Path(value).is_absolute() else None
    if path is None:
        return None, (
            f"'{value}' is not in this library's files folder, so it is not opened "
            "(a curator can attach the file in the editor)"
        )
    if not path.is_file():
        return None, f"the local copy is not on this computer; it should be at {path}"
    try:
        with path.open("rb") as f:
            why = document_problem(path.name, f)
    except OSError as exc:
        return None, f"'{display_name(value)}' cannot be read ({exc.strerror or exc})"
    if why:
        return None, f"{why}, so it is not opened"
    return path, ""
