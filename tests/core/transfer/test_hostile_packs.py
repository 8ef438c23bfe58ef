"""Hostile collection packs whose checksums all match: every check past the manifest.

``seal`` writes a pack around any members with a manifest that lists each one with
its true size and SHA-256, as a careful forger would, so the tests (and Hypothesis)
reach the code that reads the members: each hostile pack is refused with a one-line
PackError before anything is written (library, change counter and files folder as
they were), or imported consistently.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as outcome
from hypothesis import strategies as st
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop_app.core.curation.check import check_library
from desktop_app.core.errors import LibraryError
from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.files import files_dir, store_file
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import PackError, export_pack, import_pack, portable
from desktop_app.core.transfer.packs.export import _vocabularies
from desktop_app.core.transfer.packs.format import MAX_VOCABULARY_BYTES
from tests.core.library.test_files import DOCX, EPUB, VBA, legacy_local_file

PEER = "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"
PDF = b"%PDF-1.7\n% a small report\n"


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def stored(content: bytes, name: str) -> str:
    return f"{hashlib.sha256(content).hexdigest()[:16]}-{name}"


def line(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "uuid": uid(n),
        "fields": {"title": f"Report {n}", "topics": ["Grooming"], **fields},
        "provenance": "pack test",
        "source_record": "",
    }


def jsonl(values: list[Any]) -> bytes:
    return b"".join(json.dumps(v).encode() + b"\n" for v in values)


def members(
    resources: list[Any] | None = None,
    *,
    vocab: Any = None,
    tombstones: list[Any] | None = None,
    bases: list[Any] | None = None,
    files: dict[str, bytes] | None = None,
) -> dict[str, bytes]:
    out = {
        "resources.jsonl": jsonl(resources if resources is not None else [line(1), line(2)]),
        "vocabularies.json": json.dumps(
            vocab if vocab is not None else {"topics": [{"name": "Grooming"}]}
        ).encode(),
        "tombstones.jsonl": jsonl(tombstones or []),
        "bases.jsonl": jsonl(bases or []),
    }
    out.update(files or {})
    return out


def lines_in(data: bytes) -> int:
    return sum(1 for x in data.split(b"\n") if x.strip())


def seal(
    path: Path,
    content: dict[str, bytes],
    *,
    infos: dict[str, zipfile.ZipInfo] | None = None,
    counts: dict[str, Any] | None = None,
    manifest: dict[str, Any] | None = None,
) -> Path:
    """A pack holding ``content`` whose manifest lists every member's true size and SHA-256.

    ``infos`` gives some members a hand-made zip header (a symlink, an odd name);
    ``counts`` and ``manifest`` override what the manifest says.
    """
    real = {
        "resources": lines_in(content.get("resources.jsonl", b"")),
        "tombstones": lines_in(content.get("tombstones.jsonl", b"")),
        "local_copies": sum(1 for n in content if n.startswith("files/")),
    }
    doc = {
        "format": "resource-librarian-pack",
        "format_version": 1,
        "library_uuid": PEER,
        "change_counter": 7,
        "since_change_counter": 0,
        "created_at": "2024-05-01T10:00:00+00:00",
        "counts": {**real, **(counts or {})},
        "members": {
            name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in content.items()
        },
        **(manifest or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr((infos or {}).get(name, name), data)
        zf.writestr("manifest.json", json.dumps(doc))
    return path


def snapshot(cat: Catalogue) -> tuple[Any, ...]:
    """Everything a refused import must leave as it was."""
    folder = files_dir(cat.library)
    listing = (
        sorted((p.name, p.stat().st_size) for p in folder.iterdir()) if folder.exists() else None
    )
    with cat.library.read() as s:
        vocab = _vocabularies(s)
    views = {v.uuid: portable(v) for v in cat.iter_views(include_trashed=True)}
    return views, cat.change_counter(), listing, vocab


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding two resources (one with a local copy) taken from a first pack."""
    folder = tmp_path_factory.mktemp("template")
    with Library.open(folder / "school.db", create=True) as library:
        first = line(1, title="Kept report")
        first["local_copy"] = {"name": stored(PDF, "kept.pdf"), "member": "files/000001"}
        pack = seal(
            folder / "first.librarypack",
            members([first, line(2)], files={"files/000001": PDF}),
        )
        report = import_pack(Catalogue(library), pack)
        assert report.added == 2 and report.local_copies == 1
    return folder / "school.db"


@pytest.fixture
def lib(template: Path, tmp_path: Path) -> Iterator[Catalogue]:
    """A private copy of the template library and its files folder."""
    copy_library(template, tmp_path / "school.db")
    shutil.copytree(files_dir_of(template), files_dir_of(tmp_path / "school.db"))
    library = Library.open(tmp_path / "school.db")
    yield Catalogue(library)
    library.close()


def files_dir_of(db: Path) -> Path:
    return db.with_name(db.name + ".files")


def refused(cat: Catalogue, pack: Path, message: str) -> PackError:
    before = snapshot(cat)
    with pytest.raises(PackError, match=message) as info:
        import_pack(cat, pack)
    text = str(info.value)
    assert "\n" not in text and text.endswith("nothing was changed")
    assert snapshot(cat) == before
    return info.value


DEEP = "[" * 10_000 + "]" * 10_000


def noise(n: int) -> str:
    """``n`` characters that hardly compress (hostile content under the zip-bomb ratio)."""
    out = "".join(hashlib.sha256(str(i).encode()).hexdigest() for i in range(n // 64 + 1))
    return out[:n]


MEMBER_CASES: dict[str, tuple[dict[str, bytes], str]] = {
    "invalid UTF-8 in resources.jsonl": (
        {"resources.jsonl": jsonl([line(3)]) + b'{"uuid": "\xff\xfe"}\n'},
        r"resources\.jsonl, line 2: not valid UTF-8",
    ),
    "invalid UTF-8 in tombstones.jsonl": (
        {"tombstones.jsonl": b'{"uuid": "caf\xe9"}\n'},
        r"tombstones\.jsonl, line 1: not valid UTF-8",
    ),
    "invalid UTF-8 in vocabularies.json": (
        {"vocabularies.json": b'{"topics": [{"name": "\xc3"}]}'},
        r"vocabularies\.json: not valid UTF-8",
    ),
    "10,000-deep resource line": (
        {"resources.jsonl": DEEP.encode() + b"\n"},
        r"resources\.jsonl, line 1: not valid JSON \(arrays or objects nested",
    ),
    "10,000-deep field": (
        {"resources.jsonl": b'{"uuid": "x", "fields": {"topics": ' + DEEP.encode() + b"}}\n"},
        r"resources\.jsonl, line 1: not valid JSON \(arrays or objects nested",
    ),
    "10,000-deep vocabularies.json": (
        {"vocabularies.json": DEEP.encode()},
        r"vocabularies\.json: not valid JSON \(arrays or objects nested",
    ),
    "10,000-deep tombstone": (
        {"tombstones.jsonl": DEEP.encode() + b"\n"},
        r"tombstones\.jsonl, line 1: not valid JSON",
    ),
    "1,000-deep base": (
        {"bases.jsonl": b"[" * 1000 + b"]" * 1000 + b"\n"},
        r"bases\.jsonl, line 1: not valid JSON \(arrays or objects nested",
    ),
    "10,000-deep base": (
        {"bases.jsonl": DEEP.encode() + b"\n"},
        r"bases\.jsonl, line 1: longer than 4,096 bytes",
    ),
    "title: 123": (
        {"resources.jsonl": jsonl([line(3), line(4, title=123)])},
        r"resources\.jsonl, line 2: title must be text",
    ),
    "topics: [1, 2, 3]": (
        {"resources.jsonl": jsonl([line(3, topics=[1, 2, 3])])},
        r"resources\.jsonl, line 1: topics must be a list of text",
    ),
    "needs_review: 'yes'": (
        {"resources.jsonl": jsonl([line(3, needs_review="yes")])},
        r"line 1: needs_review must be true or false",
    ),
    "date: 2020 as a list": (
        {"resources.jsonl": jsonl([line(3, date=[2020])])},
        r"line 1: date must be text",
    ),
    "fields: a list": (
        {"resources.jsonl": jsonl([{"uuid": uid(3), "fields": ["title"]}])},
        r"line 1: fields must be an object",
    ),
    "a line that is a number": (
        {"resources.jsonl": b"42\n"},
        r"line 1: the line must be an object",
    ),
    "uuid: 5": (
        {"resources.jsonl": jsonl([{**line(3), "uuid": 5}])},
        r"line 1: uuid must be a resource identifier",
    ),
    "uuid with a path in it": (
        {"resources.jsonl": jsonl([{**line(3), "uuid": "../../x"}])},
        r"line 1: uuid must be a resource identifier",
    ),
    "provenance: an object": (
        {"resources.jsonl": jsonl([{**line(3), "provenance": {"a": 1}}])},
        r"line 1: provenance must be text",
    ),
    "local_copy: a string": (
        {"resources.jsonl": jsonl([{**line(3), "local_copy": "files/000001"}])},
        r"line 1: local_copy must be an object",
    ),
    "a title of 3,000 characters": (
        {"resources.jsonl": jsonl([line(3, title="x" * 3000)])},
        r"resources\.jsonl, line 1: the title is 3,000 characters long",
    ),
    "an invalid resource": (
        {"resources.jsonl": jsonl([line(3, type="virus")])},
        r"line 1: type: unknown type 'virus'",
    ),
    "the same resource twice": (
        {"resources.jsonl": jsonl([line(3), line(3)])},
        r"line 2: resource .* appears twice",
    ),
    "a raw NUL byte": (
        {"resources.jsonl": b'{"uuid": "x", "fields": {"title": "a\x00b"}}\n'},
        r"resources\.jsonl, line 1: not valid JSON \(Invalid control character",
    ),
    "a 5,000-digit number": (
        {"resources.jsonl": b'{"uuid": "x", "n": ' + b"9" * 5000 + b"}\n"},
        r"resources\.jsonl, line 1: not valid JSON",
    ),
    "NaN": (
        {"resources.jsonl": b'{"uuid": "x", "fields": {"title": NaN}}\n'},
        r"resources\.jsonl, line 1: not valid JSON \(NaN",
    ),
    "a line of 5 MB": (
        {"resources.jsonl": jsonl([line(3, summary=noise(5 << 20))])},
        r"resources\.jsonl, line 1: longer than",
    ),
    "vocabularies.json not JSON": (
        {"vocabularies.json": b"{'topics': []}"},
        r"vocabularies\.json: not valid JSON",
    ),
    "vocabularies.json a list": (
        {"vocabularies.json": b"[]"},
        r"vocabularies\.json: the whole file must be an object",
    ),
    "topics: 5": (
        {"vocabularies.json": b'{"topics": 5}'},
        r"vocabularies\.json: topics must be a list",
    ),
    "a topic named 5": (
        {"vocabularies.json": b'{"topics": [{"name": "Grooming"}, {"name": 5}]}'},
        r"vocabularies\.json: topics\[2\]\.name must be text",
    ),
    "alt_names: text": (
        {"vocabularies.json": b'{"organisations": [{"name": "UNICEF", "alt_names": "x"}]}'},
        r"organisations\[1\]\.alt_names must be a list of text",
    ),
    "a thesaurus group of numbers": (
        {"vocabularies.json": b'{"thesaurus": [["a", "b"], [1, 2]]}'},
        r"thesaurus\[2\] must be a list of text",
    ),
    "country code: null": (
        {"vocabularies.json": b'{"countries": [{"code": null}]}'},
        r"countries\[1\]\.code must be text",
    ),
    "a tombstone of the wrong shape": (
        {"tombstones.jsonl": jsonl([{"uuid": uid(1), "hash": 12}])},
        r"tombstones\.jsonl, line 1: hash must be a SHA-256",
    ),
    "a base of the wrong shape": (
        {"bases.jsonl": jsonl([{"peer": ["x"], "uuid": uid(1), "hash": "0" * 64}])},
        r"bases\.jsonl, line 1: peer must be a resource identifier",
    ),
}


@pytest.mark.parametrize("case", sorted(MEMBER_CASES))
def test_hostile_members_are_refused_in_one_line(case: str, lib: Catalogue, tmp_path: Path) -> None:
    change, message = MEMBER_CASES[case]
    refused(lib, seal(tmp_path / "bad.librarypack", {**members([line(3)]), **change}), message)


def test_nul_escapes_and_control_characters_are_stripped(lib: Catalogue, tmp_path: Path) -> None:
    pack = seal(
        tmp_path / "nul.librarypack",
        members([line(3, title="Safe\u0000 schools\u001b", topics=["Groo\u0000ming"])]),
    )
    import_pack(lib, pack)
    view = lib.find_by_uuid(uid(3))
    assert view is not None and view.title == "Safe schools" and view.topics == ["Grooming"]


def _info(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (2024, 5, 1, 10, 0, 0))
    info.create_system = 3  # unix, so the mode in external_attr counts
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def test_zip_slip_absolute_and_odd_names_are_refused(lib: Catalogue, tmp_path: Path) -> None:
    for name in ("../evil.pdf", "/etc/cron.d/evil", "files/../../x", "..\\x", "files/", "C:x"):
        content = {**members([line(3)]), name: b"x"}
        refused(lib, seal(tmp_path / "slip.librarypack", content), "unsafe name")


def test_symlink_members_are_refused(lib: Catalogue, tmp_path: Path) -> None:
    pdf = stored(PDF, "link.pdf")
    entry = {**line(3), "local_copy": {"name": pdf, "member": "files/000001"}}
    content = members([entry], files={"files/000001": b"/etc/passwd"})
    infos = {"files/000001": _info("files/000001", stat.S_IFLNK | 0o777)}
    refused(lib, seal(tmp_path / "link.librarypack", content, infos=infos), "a link")
    infos = {"resources.jsonl": _info("resources.jsonl", stat.S_IFLNK | 0o777)}
    refused(lib, seal(tmp_path / "link2.librarypack", content, infos=infos), "a link")


def test_duplicate_encrypted_and_oddly_compressed_members_are_refused(
    lib: Catalogue, tmp_path: Path
) -> None:
    pack = seal(tmp_path / "dup.librarypack", members([line(3)]))
    with zipfile.ZipFile(pack, "a") as zf, pytest.warns(UserWarning, match="Duplicate"):
        zf.writestr("resources.jsonl", jsonl([line(4)]))
    refused(lib, pack, "holds resources.jsonl twice")
    bz = _info("bases.jsonl")
    bz.compress_type = zipfile.ZIP_BZIP2
    pack = seal(tmp_path / "bz.librarypack", members([line(3)]), infos={"bases.jsonl": bz})
    refused(lib, pack, "unsupported method")
    pack = seal(tmp_path / "enc.librarypack", members([line(3)]))
    raw = bytearray(pack.read_bytes())
    # set the "encrypted" flag of resources.jsonl in its local and central headers
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = raw.index(sig)
        while raw[at + (30 if sig == b"PK\x03\x04" else 46) :].find(b"resources.jsonl") != 0:
            at = raw.index(sig, at + 4)
        flag = at + (6 if sig == b"PK\x03\x04" else 8)
        raw[flag] |= 1
    pack.write_bytes(bytes(raw))
    refused(lib, pack, "encrypted")


def test_zip_bombs_and_huge_members_are_refused_before_reading(
    lib: Catalogue, tmp_path: Path
) -> None:
    bomb = members([line(3)])
    bomb["bases.jsonl"] = b"\n" * (64 << 20)  # 64 MB of nothing
    refused(lib, seal(tmp_path / "bomb.librarypack", bomb), "zip bomb")
    # vocabularies.json over its own bound while under the ratio limit (the probe: a 600 MB
    # vocabularies.json in a 6 MB pack reached 1.36 GB of memory)
    big = members([line(3)])
    words = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(160_000)]
    big["vocabularies.json"] = json.dumps({"thesaurus": [words]}).encode()
    assert len(big["vocabularies.json"]) > MAX_VOCABULARY_BYTES
    refused(lib, seal(tmp_path / "vocab.librarypack", big), r"vocabularies\.json is too large")
    many = members([line(3)], vocab={"thesaurus": [[f"{i:x}"] for i in range(600_000)]})
    refused(lib, seal(tmp_path / "many.librarypack", many), "more than 500,000 entries")
    # resources.jsonl larger than its counted resources can need
    two_big = members([line(3, summary=noise(3 << 20)), line(4, summary=noise(3 << 20))])
    claims = seal(tmp_path / "claims.librarypack", two_big, counts={"resources": 0})
    refused(lib, claims, r"resources\.jsonl is larger than")
    # more resources, deletions or local copies than the manifest counts
    for counts, message in (
        ({"resources": 2}, "holds 1 resources but the manifest counts 2"),
        ({"tombstones": 1}, "holds 0 deletions but the manifest counts 1"),
    ):
        pack = seal(tmp_path / "count.librarypack", members([line(3)]), counts=counts)
        refused(lib, pack, message)
    extra = members([line(3)], files={"files/000001": PDF})
    pack = seal(tmp_path / "files.librarypack", extra, counts={"local_copies": 0})
    refused(lib, pack, "more local copies than its manifest counts")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"counts": {"resources": "many"}}, "malformed"),
        ({"counts": [1]}, "malformed"),
        ({"members": ["resources.jsonl"]}, "malformed"),
        ({"format_version": True}, "no valid format version"),
        ({"library_uuid": 7}, "malformed"),
        ({"created_at": {"x": 1}}, "malformed"),
        ({"counts": {"resources": 10**9}}, "counts more than 1,000,000 resources"),
    ],
)
def test_malformed_manifests_are_refused(
    change: dict[str, Any], message: str, lib: Catalogue, tmp_path: Path
) -> None:
    refused(lib, seal(tmp_path / "m.librarypack", members([line(3)]), manifest=change), message)


def test_bad_checksums_and_sizes_are_refused(lib: Catalogue, tmp_path: Path) -> None:
    pack = seal(tmp_path / "sum.librarypack", members([line(3)]))
    with zipfile.ZipFile(pack) as zf:
        content = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(content["manifest.json"])
    manifest["members"]["vocabularies.json"]["sha256"] = "0" * 64
    content["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(pack, "w") as zf:
        for name, data in content.items():
            zf.writestr(name, data)
    refused(lib, pack, r"vocabularies\.json does not match its checksum")


# -- local copies ------------------------------------------------------------------------------


def test_a_refused_pack_leaves_no_file_behind(lib: Catalogue, tmp_path: Path) -> None:
    """The probe: the second local copy missing; the first was already in LIBRARY.files/."""
    one, two = b"%PDF-1.4 first", b"%PDF-1.4 second"
    first = {**line(3), "local_copy": {"name": stored(one, "one.pdf"), "member": "files/000001"}}
    second = {**line(4), "local_copy": {"name": stored(two, "two.pdf"), "member": "files/000002"}}
    content = members([first, second], files={"files/000001": one})
    pack = seal(tmp_path / "missing.librarypack", content)
    refused(lib, pack, r"line 2: local_copy names 'files/000002', which the pack does not hold")


def test_files_written_are_removed_when_the_transaction_fails(
    lib: Catalogue, tmp_path: Path
) -> None:
    one = b"%PDF-1.4 first"
    entry = {**line(3), "local_copy": {"name": stored(one, "one.pdf"), "member": "files/000001"}}
    pack = seal(tmp_path / "ok.librarypack", members([entry], files={"files/000001": one}))
    before = snapshot(lib)
    written: list[bool] = []

    def fail(session: Session) -> None:
        written.append((files_dir(lib.library) / stored(one, "one.pdf")).exists())
        raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    event.listen(Session, "before_commit", fail)
    try:
        with pytest.raises(LibraryError):
            import_pack(lib, pack)
    finally:
        event.remove(Session, "before_commit", fail)
    assert written == [True]  # the file was there before the commit failed …
    assert snapshot(lib) == before  # … and is gone again


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("setup.exe", b"MZ\x90\x00", "not a document type"),
        ("page.html", b"<script>alert(1)</script>", "not a document type"),
        ("logo.svg", b"<svg onload='x'/>", "not a document type"),
        ("fake.pdf", b"MZ\x90\x00 a program", "does not hold what a .pdf file holds"),
        ("notes.txt", b"text\x00with NUL", "not plain text"),
    ],
)
def test_a_local_copy_that_is_not_a_document_is_left_behind(
    name: str, content: bytes, why: str, lib: Catalogue, tmp_path: Path
) -> None:
    entry = {**line(3), "local_copy": {"name": stored(content, name), "member": "files/000001"}}
    pack = seal(tmp_path / "prog.librarypack", members([entry], files={"files/000001": content}))
    listing = snapshot(lib)[2]
    report = import_pack(lib, pack)
    assert report.added == 1 and report.local_copies == 0
    assert len(report.problems) == 1 and why in report.problems[0]
    assert "resources.jsonl, line 1" in report.problems[0] and why in report.summary()
    view = lib.find_by_uuid(uid(3))
    assert view is not None and view.local_file == ""  # the metadata, not the file
    assert snapshot(lib)[2] == listing


@pytest.mark.parametrize(
    ("name", "content", "taken"),
    [("guide.docx", DOCX, True), ("book.epub", EPUB, True), ("sheet.xlsx", VBA, False)],
)
def test_office_copies_are_checked_inside_the_pack(
    name: str, content: bytes, taken: bool, lib: Catalogue, tmp_path: Path
) -> None:
    entry = {**line(3), "local_copy": {"name": stored(content, name), "member": "files/000001"}}
    pack = seal(tmp_path / "doc.librarypack", members([entry], files={"files/000001": content}))
    report = import_pack(lib, pack)
    assert report.local_copies == (1 if taken else 0)
    assert (files_dir(lib.library) / stored(content, name)).exists() == taken
    assert taken or "holds macros" in report.problems[0]


def test_a_local_copy_whose_name_does_not_match_its_content_is_left_behind(
    lib: Catalogue, tmp_path: Path
) -> None:
    # a name that claims the content of the library's own kept.pdf, with other content
    entry = {**line(3), "local_copy": {"name": stored(PDF, "kept.pdf"), "member": "files/000001"}}
    pack = seal(tmp_path / "n.librarypack", members([entry], files={"files/000001": b"%PDF x"}))
    report = import_pack(lib, pack)
    assert report.local_copies == 0 and "does not match its content" in report.problems[0]
    assert (files_dir(lib.library) / stored(PDF, "kept.pdf")).read_bytes() == PDF


def test_packs_never_ship_a_file_outside_the_folder(lib: Catalogue, tmp_path: Path) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4 not for sharing")
    inside = files_dir(lib.library) / store_file(lib.library, secret)
    for n, value in enumerate((str(secret), str(inside), f"../{secret.name}"), 10):
        view = lib.create(ResourceData(title=f"Points elsewhere {n}"))
        legacy_local_file(lib, view.id, value)  # as older versions could store
    summary = export_pack(lib, tmp_path / "out.librarypack")
    assert summary.files == 1  # only kept.pdf, under its stored name
    with zipfile.ZipFile(tmp_path / "out.librarypack") as zf:
        lines = zf.read("resources.jsonl").decode().splitlines()
        assert [json.loads(x)["local_copy"]["name"] for x in lines if "local_copy" in x] == [
            stored(PDF, "kept.pdf")
        ]
        assert b"not for sharing" not in b"".join(zf.read(n) for n in zf.namelist())


# -- Hypothesis: hostile contents inside packs whose checksums match -----------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "\x00", "Grooming", uid(9), "0" * 64, "report", "../x"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "uuid",
                    "fields",
                    "title",
                    "topics",
                    "type",
                    "date",
                    "needs_review",
                    "local_copy",
                    "name",
                    "member",
                    "hash",
                    "peer",
                    "thesaurus",
                    "organisations",
                    "alt_names",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["json", "line", "deep", "utf8", "nul", "huge", "binary"]))
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    if kind == "line":  # a resource line with one field replaced by anything
        entry = line(draw(st.integers(3, 9)))
        key = draw(st.sampled_from(["uuid", "fields", "local_copy", "provenance"]))
        sub = draw(st.sampled_from(["title", "topics", "date", "type", "needs_review"]))
        value = draw(json_values)
        if key == "fields":
            entry["fields"][sub] = value
        else:
            entry[key] = value
        return json.dumps(entry).encode()
    if kind == "deep":
        n = draw(st.integers(30, 20_000))
        return draw(st.sampled_from([b"[", b'{"a":'])) * n
    if kind == "utf8":
        return b'{"uuid": "' + draw(st.binary(min_size=1, max_size=8)) + b'\xff"}'
    if kind == "nul":
        return json.dumps(line(3)).encode().replace(b"Report", b"Re\x00port")
    if kind == "huge":
        size = draw(st.sampled_from([1 << 20, (4 << 20) + 1]))  # under and over a line's bound
        return json.dumps(line(3, summary=noise(size))).encode()
    return draw(st.binary(max_size=300))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    member=st.sampled_from(
        ["resources.jsonl", "vocabularies.json", "tombstones.jsonl", "bases.jsonl"]
    ),
    hostile=st.lists(hostile_bytes(), min_size=1, max_size=3),
    keep_good=st.booleans(),
)
def test_any_member_content_in_a_valid_pack_is_refused_or_imported_consistently(
    member: str, hostile: list[bytes], keep_good: bool, lib: Catalogue, tmp_path: Path
) -> None:
    content = members([line(3)])
    if member == "vocabularies.json":
        content[member] = hostile[0]
    else:
        good = content[member] if keep_good else b""
        content[member] = good + b"".join(h + b"\n" for h in hostile)
    pack = seal(tmp_path / "fuzz.librarypack", content)
    before = snapshot(lib)
    try:
        report = import_pack(lib, pack)
    except PackError as exc:  # a LibraryError; any other exception fails the test
        outcome(f"refused: {str(exc).split(': ', 2)[-1][:40]}")
        assert "\n" not in str(exc) and str(exc).endswith("nothing was changed")
        assert snapshot(lib) == before
        return
    outcome("imported")
    assert check_library(lib.library).ok
    assert report.total == lines_in(content["resources.jsonl"])
    for n in range(3, 10):
        if f'"{uid(n)}"'.encode() in content["resources.jsonl"] and member == "resources.jsonl":
            assert lib.find_by_uuid(uid(n)) is not None
    assert snapshot(lib)[2] == before[2]  # no local copies in these packs
