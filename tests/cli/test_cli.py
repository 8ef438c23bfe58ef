from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.library.paths import SEED_FILE
from tests.cli.running import run


def export_json(capsys: pytest.CaptureFixture[str], lib: Path) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "export", "--library", str(lib), "--format", "json", "-o", "-")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def test_export_lists_every_seed_entry(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    records = export_json(capsys, seeded_path)
    assert len(records) == 30
    by_title = {r["title"]: r for r in records}
    india = by_title["Child Online Protection in India"]
    assert india["organisations"] == ["United Nations Children's Fund"]
    assert india["organisation_acronyms"] == ["UNICEF"]
    assert india["topics"] == [
        "Child Abuse/Exploitation",
        "Child Pornography",
        "Child Protection",
        "International Schools",
        "Legislation",
    ]
    mca = by_title["Missing Children Assessment and Recommendations Best Practices Guide"]
    assert "Russia" in mca["countries"] and "Europe" in mca["regions"]
    lanning = by_title["Acquaintance Molestation and Youth-Serving Organizations"]
    assert lanning["authors"] == ["Lanning", "Dietz"] and lanning["date"] == "2014"
    covid = by_title["Child Protection during the COVID-19 Crisis"]
    assert covid["date"] == "2020-04-09" and covid["type"] == "web_page"
    assert str(covid["excerpt"]).startswith("...Children, Adults May Increase")
    for key in (
        "id",
        "uuid",
        "title",
        "type",
        "organisations",
        "authors",
        "topics",
        "countries",
        "regions",
        "date",
        "year",
        "url",
        "summary",
        "excerpt",
        "language",
        "status",
        "needs_review",
    ):
        assert key in india


def test_reimport_is_idempotent(capsys: pytest.CaptureFixture[str], seeded_path: Path) -> None:
    before = export_json(capsys, seeded_path)
    code, out, _ = run(capsys, "import", str(SEED_FILE), "--library", str(seeded_path))
    assert code == 0 and "added 0" in out and "30 already" in out
    assert export_json(capsys, seeded_path) == before


def test_json_export_round_trips_into_an_empty_library(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    dump = tmp_path / "all.json"
    assert run(capsys, "export", "--library", str(seeded_path), "-o", str(dump))[0] == 0
    fresh = tmp_path / "fresh.db"
    code, out, _ = run(capsys, "import", str(dump), "--library", str(fresh), "--create")
    assert code == 0, out
    skip = {"id", "added_at", "modified_at"}
    strip = lambda rs: [{k: v for k, v in r.items() if k not in skip} for r in rs]  # noqa: E731
    assert strip(export_json(capsys, fresh)) == strip(json.loads(dump.read_text("utf-8")))


@pytest.mark.parametrize("damage", ["truncate", "binary", "latin1"])
def test_corrupt_import_file_changes_nothing(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path, damage: str
) -> None:
    text = SEED_FILE.read_text("utf-8")
    bad = tmp_path / "bad.txt"
    if damage == "truncate":
        bad.write_text(text[: text.index("(ICMEC, Thomson Reuters)")], "utf-8")
    elif damage == "binary":
        bad.write_bytes(text.encode()[:500] + b"\x00\xff\xfe" + text.encode()[500:])
    else:
        bad.write_bytes(
            text.replace("Associação", "Associa\u00e7\u00e3o").encode("latin-1", "replace")
        )
    before = export_json(capsys, seeded_path)
    code, _out, err = run(capsys, "import", str(bad), "--library", str(seeded_path))
    assert code == 1
    assert err.startswith("librarian: ") and "line " in err and str(bad) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert export_json(capsys, seeded_path) == before


def test_read_only_library_gives_a_clear_message(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    os.chmod(seeded_path, 0o444)
    before = seeded_path.read_bytes()
    code, _, err = run(capsys, "import", str(SEED_FILE), "--library", str(seeded_path))
    # nothing new to add: a read-only library can still be read
    assert code == 0 or "read-only" in err
    other = seeded_path.parent / "one.json"
    other.write_text(json.dumps([{"title": "A new guide", "topics": ["Schools"]}]), "utf-8")
    code, _, err = run(capsys, "import", str(other), "--library", str(seeded_path))
    assert code == 1 and "read-only" in err
    assert seeded_path.read_bytes() == before


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "--format", "xml"])
    assert info.value.code == 2


def test_missing_library_and_missing_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seeded_path: Path
) -> None:
    code, _, err = run(capsys, "list", "--library", str(tmp_path / "nope.db"))
    assert code == 1 and "no library here" in err
    code, _, err = run(capsys, "show", "999", "--library", str(seeded_path))
    assert code == 1 and "no resource with id 999" in err


def test_show_and_check(capsys: pytest.CaptureFixture[str], seeded_path: Path) -> None:
    code, out, _ = run(capsys, "show", "3", "--library", str(seeded_path))
    assert code == 0 and "Sexting in Schools" in out and "Summary:" in out
    code, out, _ = run(capsys, "check", "--library", str(seeded_path))
    assert code == 0 and "library is consistent" in out and "resources: 30" in out


def test_first_run_copies_the_bundled_library(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.core.library.paths import BUNDLED_LIBRARY, user_library_path

    before = BUNDLED_LIBRARY.read_bytes()
    code, out, _ = run(capsys, "list")
    assert code == 0 and len(out.splitlines()) == 30
    assert user_library_path().exists()
    assert BUNDLED_LIBRARY.read_bytes() == before


def test_python_dash_m_entry_point(seeded_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "list", "--library", str(seeded_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and "Sexting in Schools" in proc.stdout


def test_writing_commands_need_the_curator_password(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.curation import auth

    monkeypatch.setattr(auth, "N", 2**10)  # cheap hashes; the parameters: test_auth.py
    lib = str(seeded_path)
    monkeypatch.setenv("LIBRARIAN_NEW_PASSWORD", "s3cret-pass")
    assert run(capsys, "password", "--library", lib)[0] == 0
    monkeypatch.delenv("LIBRARIAN_NEW_PASSWORD")
    code, _, err = run(capsys, "trash", "1", "--library", lib)
    assert code == 1 and "curator password" in err
    monkeypatch.setenv("LIBRARIAN_PASSWORD", "wrong")
    code, _, err = run(capsys, "trash", "1", "--library", lib)
    assert code == 1 and "wrong curator password" in err
    code, _, err = run(capsys, "vocab", "rename", "topic", "Sexting", "Nudes", "--library", lib)
    assert code == 1 and ("wrong" in err or "try again" in err)
    assert len(export_json(capsys, seeded_path)) == 30


def test_trash_undo_and_vocab_from_the_cli(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    lib = str(seeded_path)
    assert run(capsys, "trash", "1", "2", "--library", lib)[0] == 0
    assert len(export_json(capsys, seeded_path)) == 28
    code, out, _ = run(capsys, "undo", "--library", lib)
    assert code == 0 and "move to trash" in out
    assert len(export_json(capsys, seeded_path)) == 30
    assert (
        run(capsys, "vocab", "rename", "topic", "Sexting", "Sexting and Nudes", "--library", lib)[0]
        == 0
    )
    code, out, _ = run(capsys, "vocab", "list", "topic", "--library", lib)
    assert "Sexting and Nudes" in out
    code, out, _ = run(capsys, "history", "3", "--library", lib)
    assert code == 0 and "topics" in out


def test_search_hides_staff_only_resources_and_curator_search_needs_the_password(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.curation import auth
    from desktop_app.core.library.db import Library
    from desktop_app.core.library.records import ResourceData
    from desktop_app.core.service import Catalogue

    with Library.open(seeded_path) as lib:
        Catalogue(lib).create(ResourceData(title="Quokka staff briefing", audience="staff"))
        auth.set_password(lib, "correct horse")
    code, out, _ = run(capsys, "search", "quokka", "--library", str(seeded_path))
    assert code == 0 and out.startswith("0 resources")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # no one to ask
    code, _, err = run(capsys, "search", "quokka", "--curator", "--library", str(seeded_path))
    assert code == 1 and "curator password" in err
    monkeypatch.setenv("LIBRARIAN_PASSWORD", "correct horse")
    code, out, err = run(capsys, "search", "quokka", "--curator", "--library", str(seeded_path))
    assert code == 0 and out.startswith("1 resource"), err


def test_reindex_rebuilds_the_index_of_a_library(
    capsys: pytest.CaptureFixture[str], seeded_path: Path
) -> None:
    """reindex takes no --curator (the index is a cache anyone may rebuild); it crashed
    with an AttributeError on ``args.curator``."""
    code, _, err = run(capsys, "reindex", "--library", str(seeded_path))
    assert code == 0 and "search index rebuilt: 30 resources" in err
    code, out, _ = run(capsys, "search", "child", "--library", str(seeded_path), "--json")
    assert code == 0 and json.loads(out)["total"] > 0


def test_import_lists_each_duplicate_as_merged_or_skipped(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    ris = tmp_path / "one.ris"
    ris.write_text("TY  - RPRT\nTI  - Wombat safety guide\nDO  - 10.1000/wombat\nER  - \n")
    lib = str(seeded_path)
    assert run(capsys, "import", str(ris), "--library", lib)[0] == 0
    code, out, _ = run(capsys, "import", str(ris), "--library", lib, "--duplicates", "merge")
    assert code == 0 and "duplicate (merged): " in out and "library resource" in out
    code, out, _ = run(capsys, "import", str(ris), "--library", lib, "--dry-run")
    assert code == 0 and "duplicate (skipped): " in out


def test_vocab_labels_applies_a_table_of_topic_labels(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    lib = str(seeded_path)
    table = tmp_path / "labels.tsv"
    table.write_text("topic\tes\tde\nSexting\tSexteo\tSexting (DE)\nNobody\tx\t\n", "utf-8")
    code, out, _ = run(capsys, "vocab", "labels", "topic", str(table), "--library", lib)
    assert code == 0 and "1 topic labelled" in out and "not in the library: Nobody" in out
    code, out, _ = run(capsys, "search", "--library", lib, "sexteo")
    assert code == 0 and out.startswith("1 resource")
    # the bundled table puts back the bundled label
    code, out, _ = run(capsys, "vocab", "labels", "topic", "--library", lib)
    assert code == 0 and out.startswith("1 topic labelled, 18 already so")
    table.write_text("topic\tEnglish\n", "utf-8")
    code, _, err = run(capsys, "vocab", "labels", "topic", str(table), "--library", lib)
    assert code == 1 and "labels.tsv:1: 'English' is not a language code" in err
