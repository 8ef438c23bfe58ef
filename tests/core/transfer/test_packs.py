"""Collection packs: round trips between two libraries, conflicts, and hostile files."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.core.library.db import Library, copy_library
from desktop_app.core.library.files import files_dir, openable, store_file
from desktop_app.core.library.models import Status
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.packs import PackError, export_pack, import_pack, portable


@pytest.fixture
def two(tmp_path: Path, any_empty: Library) -> Iterator[tuple[Catalogue, Catalogue]]:
    """A school's copy of the bundled library, and a second library filled from its pack:
    a file, then a catalogue on PostgreSQL (issue 16: packs import into either)."""
    copy_library(BUNDLED_LIBRARY, tmp_path / "a.db")
    a = Library.open(tmp_path / "a.db")
    b = any_empty
    ca, cb = Catalogue(a), Catalogue(b)
    export_pack(ca, tmp_path / "first.librarypack")
    report = import_pack(cb, tmp_path / "first.librarypack")
    assert report.added == 30 and not report.conflicts
    yield ca, cb
    a.close()


def contents(cat: Catalogue) -> dict[str, dict[str, object]]:
    return {v.uuid: portable(v) for v in cat.iter_views(include_trashed=True)}


def edit(cat: Catalogue, uuid: str, **changes: object) -> None:
    view = cat.find_by_uuid(uuid)
    assert view is not None
    data = view.editable()
    for k, v in changes.items():
        setattr(data, k, v)
    cat.update(view.id, data, expected_version=view.version)


def test_a_copy_of_the_bundled_library_is_a_library_of_its_own(tmp_path: Path) -> None:
    copy_library(BUNDLED_LIBRARY, tmp_path / "x.db")
    copy_library(BUNDLED_LIBRARY, tmp_path / "y.db")
    with Library.open(tmp_path / "x.db") as x, Library.open(tmp_path / "y.db") as y:
        assert Catalogue(x).library_uuid() != Catalogue(y).library_uuid()


def test_pack_round_trip_reproduces_the_library(two: tuple[Catalogue, Catalogue]) -> None:
    a, b = two
    assert contents(a) == contents(b)
    assert b.find_by_uuid(next(iter(contents(a)))) is not None


def test_edits_on_both_sides_give_exactly_the_listed_conflicts(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    u = sorted(contents(a))
    edit(a, u[0], title="Edited at the school")  # only here
    edit(a, u[1], summary="The school's summary")  # both sides
    edit(b, u[1], summary="The NGO's summary", topics=["Grooming"])
    edit(b, u[2], topics=["Sextortion"])  # only there
    gone = b.find_by_uuid(u[3])
    assert gone is not None
    b.trash([gone.id])
    b.purge([gone.id])  # deleted there for good
    export_pack(b, tmp_path / "back.librarypack")

    before = contents(a)
    preview = import_pack(a, tmp_path / "back.librarypack", dry_run=True)
    assert contents(a) == before  # a preview changes nothing
    assert [c.uuid for c in preview.conflicts] == [u[1]]
    assert sorted(preview.conflicts[0].fields) == ["summary", "topics"]
    assert (preview.updated, preview.kept, preview.trashed) == (1, 1, 1)

    report = import_pack(a, tmp_path / "back.librarypack")  # conflict left open: mine kept
    after = contents(a)
    assert after[u[0]]["title"] == "Edited at the school"
    assert after[u[1]]["summary"] == "The school's summary"
    assert after[u[2]]["topics"] == ["Sextortion"]
    assert after[u[3]]["status"] == Status.TRASHED.value  # in the trash, restorable
    assert len(report.conflicts) == 1

    again = import_pack(a, tmp_path / "back.librarypack", dry_run=True)
    assert [c.uuid for c in again.conflicts] == [u[1]]  # still open until settled
    settled = import_pack(
        a, tmp_path / "back.librarypack", resolutions={u[1]: {"summary": "theirs"}}
    )
    assert settled.resolved == 1
    merged = contents(a)[u[1]]
    assert merged["summary"] == "The NGO's summary"
    assert merged["topics"] != ["Grooming"]  # that field stayed mine
    assert not import_pack(a, tmp_path / "back.librarypack", dry_run=True).conflicts

    # ... and back again: the NGO takes the school's edits without a conflict.
    export_pack(a, tmp_path / "reply.librarypack")
    reply = import_pack(b, tmp_path / "reply.librarypack")
    assert not reply.conflicts
    assert contents(b)[u[0]]["title"] == "Edited at the school"
    assert contents(b)[u[1]] == contents(a)[u[1]]


def test_tombstones_since_an_earlier_pack(two: tuple[Catalogue, Catalogue], tmp_path: Path) -> None:
    a, _ = two
    first = a.find_by_uuid(sorted(contents(a))[0])
    assert first is not None
    a.trash([first.id])
    a.purge([first.id])
    export_pack(a, tmp_path / "p1.librarypack")
    with zipfile.ZipFile(tmp_path / "p1.librarypack") as zf:
        tombs = zf.read("tombstones.jsonl").decode().splitlines()
    assert [json.loads(t)["uuid"] for t in tombs] == [first.uuid]
    export_pack(a, tmp_path / "p2.librarypack", since=tmp_path / "p1.librarypack")
    with zipfile.ZipFile(tmp_path / "p2.librarypack") as zf:
        assert zf.read("tombstones.jsonl") == b""


def rewrite(src: Path, dst: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _manifest(members: dict[str, bytes], **changes: object) -> None:
    m = json.loads(members["manifest.json"])
    m.update(changes)
    members["manifest.json"] = json.dumps(m).encode()


def _reseal(members: dict[str, bytes]) -> None:
    """Give a rewritten resources.jsonl a matching checksum, as a careful forger would."""
    data = members["resources.jsonl"]
    m = json.loads(members["manifest.json"])
    m["members"]["resources.jsonl"] = {
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    members["manifest.json"] = json.dumps(m).encode()


def _tamper(members: dict[str, bytes]) -> None:
    members["resources.jsonl"] = members["resources.jsonl"].replace(b"ICMEC", b"ICMEX", 1)


def _traversal(members: dict[str, bytes]) -> None:
    members["../../evil.sh"] = b"rm -rf /"


def _bomb(members: dict[str, bytes]) -> None:
    members["resources.jsonl"] = b"\n" * (64 * 1024 * 1024)


def _bad_json(members: dict[str, bytes]) -> None:
    members["resources.jsonl"] = b'{"uuid": "x", "fields": {\n'


def _missing(members: dict[str, bytes]) -> None:
    del members["vocabularies.json"]


HOSTILE: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "newer format": (lambda m: _manifest(m, format_version=99), "newer Resource Librarian"),
    "not a pack": (lambda m: _manifest(m, format="something-else"), "not a Resource Librarian"),
    "bad checksum": (_tamper, "checksum"),
    "path traversal": (_traversal, "unsafe name"),
    "zip bomb": (_bomb, "zip bomb"),
    "missing member": (_missing, "missing vocabularies.json"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_packs_are_refused_and_change_nothing(
    case: str, two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    edit(a, sorted(contents(a))[0], title="Changed")
    export_pack(a, tmp_path / "good.librarypack")
    change, message = HOSTILE[case]
    rewrite(tmp_path / "good.librarypack", tmp_path / "bad.librarypack", change)
    before, counter = contents(b), b.change_counter()
    with pytest.raises(PackError, match=message) as info:
        import_pack(b, tmp_path / "bad.librarypack")
    assert "nothing was changed" in str(info.value)
    assert contents(b) == before and b.change_counter() == counter


def test_truncated_and_garbled_packs_are_refused(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    export_pack(a, tmp_path / "good.librarypack")
    raw = (tmp_path / "good.librarypack").read_bytes()
    (tmp_path / "cut.librarypack").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(PackError, match="truncated"):
        import_pack(b, tmp_path / "cut.librarypack")
    (tmp_path / "text.librarypack").write_text("hello")
    with pytest.raises(PackError, match="not a collection pack"):
        import_pack(b, tmp_path / "text.librarypack")

    # valid checksums over a resource line that is not JSON: found before any write
    def bad(m: dict[str, bytes]) -> None:
        _bad_json(m)
        _reseal(m)

    rewrite(tmp_path / "good.librarypack", tmp_path / "json.librarypack", bad)
    counter = b.change_counter()
    with pytest.raises(PackError, match=r"resources\.jsonl, line 1"):
        import_pack(b, tmp_path / "json.librarypack")
    assert b.change_counter() == counter


def test_cli_pack_export_and_import(
    two: tuple[Catalogue, Catalogue], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = two
    u = sorted(contents(a))[1]
    edit(a, u, summary="mine")
    edit(b, u, summary="theirs")
    pack = tmp_path / "cli.librarypack"
    assert main(["pack", "export", "--library", b.library.target, "-o", str(pack)]) == 0
    a_path = str(a.library.path)
    assert main(["pack", "import", "--library", a_path, str(pack), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 conflicts" in out and f"CONFLICT: {u}" in out and "'theirs'" in out
    assert main(["pack", "import", "--library", a_path, str(pack), "--resolve", f"{u}=oops"]) == 1
    assert "not FIELD:mine or FIELD:theirs" in capsys.readouterr().err
    assert main(["pack", "import", "--library", a_path, str(pack), "--all", "theirs"]) == 0
    assert contents(a)[u]["summary"] == "theirs"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    members=st.dictionaries(
        st.sampled_from(
            [
                "manifest.json",
                "resources.jsonl",
                "vocabularies.json",
                "tombstones.jsonl",
                "bases.jsonl",
                "../x",
                "a/b",
                "other",
            ]
        ),
        st.one_of(
            st.binary(max_size=200),
            st.just(b'{"format": "resource-librarian-pack", "format_version": 1}'),
        ),
        max_size=6,
    ),
    raw=st.booleans(),
)
def test_any_file_is_a_pack_or_refused(
    members: dict[str, bytes], raw: bool, two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    _, b = two
    path = tmp_path / "fuzz.librarypack"
    if raw:
        path.write_bytes(b"".join(members.values()))
    else:
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
    counter = b.change_counter()
    with pytest.raises(PackError):
        import_pack(b, path)
    assert b.change_counter() == counter


def test_local_copies_travel_in_the_pack(two: tuple[Catalogue, Catalogue], tmp_path: Path) -> None:
    a, b = two
    uuid = sorted(contents(a))[0]
    source = tmp_path / "Offline guide.pdf"
    source.write_bytes(b"%PDF-1.4 guide for schools")
    edit(a, uuid, local_file=store_file(a.library, source))
    summary = export_pack(a, tmp_path / "with-files.librarypack")
    assert summary.files == 1
    with zipfile.ZipFile(tmp_path / "with-files.librarypack") as zf:
        assert "files/000001" in zf.namelist()
    dry = import_pack(b, tmp_path / "with-files.librarypack", dry_run=True)
    assert dry.local_copies == 1 and not files_dir(b.library).exists()
    report = import_pack(b, tmp_path / "with-files.librarypack")
    assert report.local_copies == 1
    view = b.find_by_uuid(uuid)
    assert view is not None and view.local_file == a.find_by_uuid(uuid).local_file  # type: ignore[union-attr]
    path, why = openable(b.library, view.local_file)
    assert path is not None and path.read_bytes() == source.read_bytes(), why
    # a changed file member is refused by its checksum, before anything is written
    rewrite(
        tmp_path / "with-files.librarypack",
        tmp_path / "bad-file.librarypack",
        lambda m: m.update({"files/000001": b"MZ something else"}),
    )
    with pytest.raises(PackError, match="checksum"):
        import_pack(b, tmp_path / "bad-file.librarypack")


def test_an_interruption_after_the_commit_keeps_the_local_copies_it_saved(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    """Once the import is saved, nothing that goes wrong after (a listener interrupted)
    removes the files the saved resources name."""
    a, b = two
    uuid = sorted(contents(a))[0]
    source = tmp_path / "Offline guide.pdf"
    source.write_bytes(b"%PDF-1.4 guide for schools")
    edit(a, uuid, local_file=store_file(a.library, source))
    export_pack(a, tmp_path / "with-files.librarypack")

    def interrupted(changes: object) -> None:
        raise KeyboardInterrupt

    b.subscribe(interrupted)
    with pytest.raises(KeyboardInterrupt):
        import_pack(b, tmp_path / "with-files.librarypack")
    view = b.find_by_uuid(uuid)
    assert view is not None and view.local_file  # saved
    path, why = openable(b.library, view.local_file)
    assert path is not None and path.read_bytes() == source.read_bytes(), why


def test_a_local_copy_with_an_unsafe_name_is_refused(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = two
    uuid = sorted(contents(a))[0]
    source = tmp_path / "guide.pdf"
    source.write_bytes(b"%PDF")
    edit(a, uuid, local_file=store_file(a.library, source))
    export_pack(a, tmp_path / "p.librarypack")

    def unsafe(members: dict[str, bytes]) -> None:
        lines = members["resources.jsonl"].decode().splitlines(keepends=True)
        lines = [
            ln.replace('"name": "', '"name": "../../', 1) if "local_copy" in ln else ln
            for ln in lines
        ]
        members["resources.jsonl"] = "".join(lines).encode()
        _reseal(members)

    rewrite(tmp_path / "p.librarypack", tmp_path / "unsafe.librarypack", unsafe)
    before = contents(b)
    with pytest.raises(PackError, match="unsafe file"):
        import_pack(b, tmp_path / "unsafe.librarypack")
    assert contents(b) == before and not files_dir(b.library).exists()


def test_a_pack_never_makes_a_loop_of_broader_topics(
    two: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    from desktop_app.core.curation.vocab_admin import VocabularyAdmin

    a, b = two
    mine, theirs = VocabularyAdmin(a), VocabularyAdmin(b)
    # here Cybercrime is under Child Protection; there, Child Protection under Cybercrime
    mine.set_parent(mine.find("topic", "Cybercrime").id, mine.find("topic", "Child Protection").id)
    theirs.set_parent(
        theirs.find("topic", "Child Protection").id, theirs.find("topic", "Cybercrime").id
    )
    export_pack(b, tmp_path / "theirs.librarypack")
    import_pack(a, tmp_path / "theirs.librarypack")
    broader = {t.name: t.extra["broader"] for t in VocabularyAdmin(a).terms("topic")}
    assert broader["Cybercrime"] == "Child Protection"
    assert broader["Child Protection"] == ""  # not put under its own narrower term
