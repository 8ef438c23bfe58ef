"""The pack file itself: its constants, and reading and checking one before use."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.errors import LibraryError
from desktop_app.core.library.records import ResourceData
from desktop_app.core.transfer.formats.jsonfmt import BadJSON, loads
from desktop_app.core.transfer.packs.document_text import MAX_TEXT_BYTES, TEXT_MEMBER

FORMAT = "resource-librarian-pack"
FORMAT_VERSION = 3  # 2: reading lists and saved searches travel too; 3: document text
SUFFIX = ".librarypack"
MEMBERS = ("resources.jsonl", "vocabularies.json", "tombstones.jsonl", "bases.jsonl")
OPTIONAL_MEMBERS = ("lists.jsonl", "saved_searches.jsonl")  # not in format 1
FILES_PREFIX = "files/"  # local copies travel as files/000001, files/000002, …
FILE_MEMBER = re.compile(r"^files/[0-9]{6}$")
MAX_MEMBER_BYTES = 2 * 1024**3  # uncompressed; 100,000 resources take about 150 MB
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB (JSON packs ~10:1)
CHUNK = 500
# Each member is read with a bound of its own, so no member can take more memory than
# its bound whatever its header, its manifest entry or its compression ratio say.
MAX_MANIFEST_BYTES = 1 << 20
MAX_VOCABULARY_BYTES = 8 << 20  # a library of 100,000 resources needs about 1 MB
MAX_VOCABULARY_ENTRIES = 500_000  # objects and arrays in vocabularies.json
MAX_RESOURCES = 1_000_000  # resources, deletions or bases in one pack (ten times the largest use)
MAX_LINE_BYTES = {  # one JSON line of each list member
    "resources.jsonl": 4 << 20,  # the longest summary, notes and source text, with room
    "tombstones.jsonl": 64 << 10,
    "bases.jsonl": 4 << 10,
    "lists.jsonl": 16 << 20,  # a list of 100,000 items, each with a note
    "saved_searches.jsonl": 1 << 20,
}
COUNTED = {  # member -> its key in the manifest's counts
    "resources.jsonl": "resources",
    "tombstones.jsonl": "tombstones",
    "lists.jsonl": "lists",
    "saved_searches.jsonl": "saved_searches",
}

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
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def open_pack(path: str | Path) -> zipfile.ZipFile:
    """The pack as a zip, its members' names, kinds and sizes checked before any is read."""
    p = Path(path)
    try:
        zf = zipfile.ZipFile(p)
    except FileNotFoundError:
        raise PackError(p, "no such file") from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise PackError(p, "is not a collection pack, or the file is truncated") from None
    except OSError as exc:
        raise PackError(p, f"cannot be read ({exc.strerror})") from None
    try:
        _check_members(zf, p)
    except BaseException:
        zf.close()
        raise
    return zf


def _check_members(zf: zipfile.ZipFile, p: Path) -> None:
    seen: set[str] = set()
    total = 0
    for info in zf.infolist():
        name = info.filename
        plain = _SAFE_NAME.match(name) or FILE_MEMBER.match(name) or TEXT_MEMBER.match(name)
        if not plain or name in (".", ".."):
            raise PackError(p, f"holds a member with an unsafe name ({name[:100]!r})")
        if name in seen:
            raise PackError(p, f"holds {name} twice")
        seen.add(name)
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip does not say
        if kind not in (0, stat.S_IFREG) or info.is_dir():
            raise PackError(p, f"member {name} is a link or a special file, not a plain file")
        if info.flag_bits & 0x1:
            raise PackError(p, f"member {name} is encrypted")
        if info.compress_type not in _METHODS:
            raise PackError(p, f"member {name} is compressed with an unsupported method")
        limit = member_limit(name)
        if info.file_size > limit:
            raise PackError(p, f"member {name} is too large ({info.file_size:,} bytes)")
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackError(
                p,
                f"member {name} expands {info.file_size // max(info.compress_size, 1)}-fold "
                "(a zip bomb?)",
            )
        total += info.file_size
    archive = p.stat().st_size
    if total > MAX_RATIO * archive + (16 << 20):
        raise PackError(p, f"expands {total // max(archive, 1)}-fold as a whole (a zip bomb?)")


def member_limit(name: str, counts: Mapping[str, int] | None = None) -> int:
    """The most bytes ``name`` may hold (given the manifest's counts, when known)."""
    if name == "manifest.json":
        return MAX_MANIFEST_BYTES
    if name == "vocabularies.json":
        return MAX_VOCABULARY_BYTES
    if TEXT_MEMBER.match(name):
        return MAX_TEXT_BYTES
    if counts is not None and name in COUNTED:
        return min(MAX_MEMBER_BYTES, (counts.get(COUNTED[name], 0) + 1) * MAX_LINE_BYTES[name])
    return MAX_MEMBER_BYTES


_READ_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, OSError, NotImplementedError)


def read_member(zf: zipfile.ZipFile, path: str | Path, name: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    try:
        with zf.open(name) as f:
            data = f.read(limit + 1)
    except KeyError:
        raise PackError(path, f"has no {name}") from None
    except _READ_ERRORS as exc:
        raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None
    if len(data) > limit:
        raise PackError(path, f"member {name} is larger than {limit:,} bytes")
    return data


def read_manifest(path: str | Path) -> dict[str, Any]:
    with open_pack(path) as zf:
        return manifest_of(zf, path)


def manifest_of(zf: zipfile.ZipFile, path: str | Path) -> dict[str, Any]:
    """The manifest, its keys and their types checked (counts default to 0)."""
    raw = read_member(zf, path, "manifest.json", MAX_MANIFEST_BYTES)
    try:
        manifest = loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, BadJSON) as exc:
        raise PackError(path, f"manifest.json is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackError(path, "is not a Resource Librarian collection pack")
    version = manifest.get("format_version")
    if not isinstance(version, int) or not _is_count(version) or version < 1:
        raise PackError(path, "has no valid format version")
    if version > FORMAT_VERSION:
        raise PackError(
            path,
            f"was made by a newer Resource Librarian (pack format {version}; this version "
            f"reads up to {FORMAT_VERSION}); update the app to import it",
        )
    members, counts = manifest.get("members"), manifest.get("counts", {})
    if (
        not isinstance(members, dict)
        or not all(_is_entry(m) for m in members.values())
        or not isinstance(manifest.get("library_uuid"), str)
        or not isinstance(counts, dict)
        or not all(_is_count(v) for v in counts.values())
        or not _is_count(manifest.get("change_counter", 0))
        or not isinstance(manifest.get("created_at", ""), str)
    ):
        raise PackError(path, "manifest.json is incomplete or malformed")
    for key in COUNTED.values():
        if counts.get(key, 0) > MAX_RESOURCES:
            raise PackError(path, f"counts more than {MAX_RESOURCES:,} {key}")
    manifest["counts"] = counts
    return manifest


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_entry(meta: Any) -> bool:
    return (
        isinstance(meta, dict)
        and _is_count(meta.get("size"))
        and isinstance(meta.get("sha256"), str)
    )


def verify(zf: zipfile.ZipFile, path: str | Path, manifest: dict[str, Any]) -> None:
    """Every member is listed, none is missing or too large, and every checksum matches."""
    listed: dict[str, Any] = manifest["members"]
    counts: dict[str, int] = manifest["counts"]
    present = {i.filename for i in zf.infolist()} - {"manifest.json"}
    if extra := present - set(listed):
        extras = ", ".join(sorted(extra)[:5])
        raise PackError(path, f"holds members its manifest does not list: {extras}")
    for name in MEMBERS:
        if name not in listed:
            raise PackError(path, f"manifest.json does not list {name}")
    files = [n for n in listed if FILE_MEMBER.match(n)]
    if len(files) > counts.get("local_copies", 0):
        raise PackError(path, "holds more local copies than its manifest counts")
    texts = [n for n in listed if TEXT_MEMBER.match(n)]
    if len(texts) > min(counts.get("documents", 0), counts.get("local_copies", 0)):
        raise PackError(path, "holds more document texts than its manifest counts")
    for name, meta in listed.items():
        known = name in MEMBERS or name in OPTIONAL_MEMBERS
        if not (known or FILE_MEMBER.match(name) or TEXT_MEMBER.match(name)):
            raise PackError(path, f"manifest lists an unknown member {name[:100]!r}")
        if name not in present:
            raise PackError(path, f"is missing {name} (truncated?)")
        limit = member_limit(name, counts)
        if meta["size"] > limit or zf.getinfo(name).file_size > limit:
            raise PackError(path, f"member {name} is larger than {limit:,} bytes")
        _check_sum(zf, path, name, meta)


def _check_sum(zf: zipfile.ZipFile, path: str | Path, name: str, meta: dict[str, Any]) -> None:
    sha = hashlib.sha256()
    size = 0
    try:
        with zf.open(name) as f:
            while chunk := f.read(1 << 20):
                size += len(chunk)
                if size > meta["size"]:
                    break
                sha.update(chunk)
    except _READ_ERRORS as exc:
        raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None
    if size != meta["size"] or sha.hexdigest() != meta["sha256"]:
        raise PackError(path, f"member {name} does not match its checksum (damaged?)")


def json_lines(zf: zipfile.ZipFile, path: str | Path, name: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) of each non-blank line, each line bounded, decoded and parsed."""
    limit = MAX_LINE_BYTES[name]
    try:
        with zf.open(name) as f:
            n = 0
            while raw := f.readline(limit + 2):
                n += 1
                line = raw.rstrip(b"\r\n")
                if len(line) > limit:
                    raise PackError(path, f"{name}, line {n}: longer than {limit:,} bytes")
                if line.strip():
                    yield n, _parse(line, path, f"{name}, line {n}")
    except _READ_ERRORS as exc:
        raise PackError(path, f"member {name} is damaged or truncated ({exc})") from None


def vocabulary_json(zf: zipfile.ZipFile, path: str | Path) -> Any:
    """vocabularies.json parsed, its size and its number of entries bounded."""
    raw = read_member(zf, path, "vocabularies.json", MAX_VOCABULARY_BYTES)
    if raw.count(b"{") + raw.count(b"[") > MAX_VOCABULARY_ENTRIES:
        raise PackError(path, f"vocabularies.json: more than {MAX_VOCABULARY_ENTRIES:,} entries")
    return _parse(raw, path, "vocabularies.json")


def _parse(raw: bytes, path: str | Path, where: str) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(path, f"{where}: not valid UTF-8 (byte {exc.start + 1})") from None
    try:
        return loads(text)
    except BadJSON as exc:
        raise PackError(path, f"{where}: not valid JSON ({exc.msg})") from None
