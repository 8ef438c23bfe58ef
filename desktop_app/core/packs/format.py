"""The pack file itself: its constants, and reading and checking one before use."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.errors import LibraryError
from desktop_app.core.records import ResourceData

FORMAT = "resource-librarian-pack"
FORMAT_VERSION = 1
SUFFIX = ".librarypack"
MEMBERS = ("resources.jsonl", "vocabularies.json", "tombstones.jsonl", "bases.jsonl")
FILES_PREFIX = "files/"  # local copies travel as files/000001, files/000002, …
FILE_MEMBER = re.compile(r"^files/[0-9]{6}$")
MAX_MEMBER_BYTES = 2 * 1024**3  # uncompressed; 100,000 resources take about 150 MB
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB (JSON packs ~10:1)
CHUNK = 500

Progress = Callable[[int, int, str], None]
Side = str  # "mine" or "theirs"
Resolution = Side | Mapping[str, Side]  # whole resource, or field by field

# What travels as fields: the editable ones less the local file (which travels as
# its own member, named by the record's ``local_copy``).
SKIP = ("local_file",)


class PackError(LibraryError):
    """A pack file that cannot be used; the message says what is wrong with it."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}; nothing was changed")


def portable(data: ResourceData) -> dict[str, Any]:
    d = data.editable().to_dict()
    for key in SKIP:
        d.pop(key, None)
    return d


def content_hash(fields: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        {k: v for k, v in fields.items() if k not in SKIP},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# -- reading and checking a pack ------------------------------------------------------------


_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


def open_pack(path: str | Path) -> zipfile.ZipFile:
    p = Path(path)
    try:
        zf = zipfile.ZipFile(p)
    except FileNotFoundError:
        raise PackError(p, "no such file") from None
    except zipfile.BadZipFile:
        raise PackError(p, "is not a collection pack, or the file is truncated") from None
    except OSError as exc:
        raise PackError(p, f"cannot be read ({exc.strerror})") from None
    for info in zf.infolist():
        name = info.filename
        if (
            not (_SAFE_NAME.match(name) or FILE_MEMBER.match(name))
            or name in (".", "..")
            or ".." in name.split("/")
            or name.startswith("/")
        ):
            zf.close()
            raise PackError(p, f"holds a member with an unsafe name ({name!r})")
        if info.file_size > MAX_MEMBER_BYTES:
            zf.close()
            raise PackError(p, f"member {name} is too large ({info.file_size:,} bytes)")
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            zf.close()
            raise PackError(
                p,
                f"member {name} expands {info.file_size // max(info.compress_size, 1)}-fold "
                "(a zip bomb?)",
            )
    return zf


def read_member(zf: zipfile.ZipFile, path: str | Path, name: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    try:
        with zf.open(name) as f:
            data = f.read(limit + 1)
    except KeyError:
        raise PackError(path, f"has no {name}") from None
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
        raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None
    if len(data) > limit:
        raise PackError(path, f"member {name} is larger than its header says")
    return data


def read_manifest(path: str | Path) -> dict[str, Any]:
    with open_pack(path) as zf:
        return manifest_of(zf, path)


def manifest_of(zf: zipfile.ZipFile, path: str | Path) -> dict[str, Any]:
    raw = read_member(zf, path, "manifest.json", 1 << 20)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(path, f"manifest.json is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackError(path, "is not a Resource Librarian collection pack")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise PackError(path, "has no valid format version")
    if version > FORMAT_VERSION:
        raise PackError(
            path,
            f"was made by a newer Resource Librarian (pack format {version}; this version "
            f"reads up to {FORMAT_VERSION}); update the app to import it",
        )
    if not isinstance(manifest.get("members"), dict) or not isinstance(
        manifest.get("library_uuid"), str
    ):
        raise PackError(path, "manifest.json is incomplete")
    return manifest


def verify(zf: zipfile.ZipFile, path: str | Path, manifest: dict[str, Any]) -> None:
    """Every member is listed, none is missing, and every checksum matches."""
    listed: dict[str, Any] = manifest["members"]
    present = {i.filename for i in zf.infolist()} - {"manifest.json"}
    if extra := present - set(listed):
        raise PackError(path, f"holds members its manifest does not list: {', '.join(extra)}")
    for name in MEMBERS:
        if name not in listed:
            raise PackError(path, f"manifest.json does not list {name}")
    for name, meta in listed.items():
        if name not in MEMBERS and not FILE_MEMBER.match(name):
            raise PackError(path, f"manifest lists an unknown member {name!r}")
        if name not in present:
            raise PackError(path, f"is missing {name} (truncated?)")
        sha = hashlib.sha256()
        size = 0
        try:
            with zf.open(name) as f:
                while chunk := f.read(1 << 20):
                    size += len(chunk)
                    if size > MAX_MEMBER_BYTES:
                        raise PackError(path, f"member {name} is too large")
                    sha.update(chunk)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
            raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None
        if not isinstance(meta, dict) or sha.hexdigest() != meta.get("sha256"):
            raise PackError(path, f"member {name} does not match its checksum (damaged?)")
        if size != meta.get("size"):
            raise PackError(path, f"member {name} is not the size its manifest says")


def json_lines(zf: zipfile.ZipFile, path: str | Path, name: str) -> Iterator[tuple[int, Any]]:
    with zf.open(name) as f:
        for n, raw in enumerate(io.TextIOWrapper(f, encoding="utf-8"), 1):
            if not raw.strip():
                continue
            try:
                yield n, json.loads(raw)
            except json.JSONDecodeError as exc:
                raise PackError(path, f"{name}, line {n}: not valid JSON ({exc.msg})") from None
