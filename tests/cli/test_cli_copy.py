"""``librarian copy SOURCE DEST`` (issue 16): a library to a real PostgreSQL server and
back with counts and the time taken, as text or JSON; every error one line, the
password never shown."""

from __future__ import annotations

import io
import json
import re
import socket
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from desktop_app.cli import main
from desktop_app.cli_copy import terminal_progress
from desktop_app.core.library.db import Library
from desktop_app.core.library.models import Base
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.core.shared.copy import checksums
from tests.cli.running import as_text, run


def test_copy_to_the_server_and_back(
    seeded_path: Path, postgres_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password = str(postgres_url.password)
    code, out, err = run(capsys, "copy", str(seeded_path), as_text(postgres_url))
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith(f"copied {seeded_path} to postgresql+psycopg://postgres:***@")
    assert "30 resources, " in first and "counts and checksums match" in first
    assert re.search(r", \d+\.\d s; counts", first)  # the time taken
    assert any(line.split() == ["resource", "30"] for line in out.splitlines())
    assert password not in out + err

    back = tmp_path / "back.db"
    code, out, err = run(capsys, "copy", as_text(postgres_url), str(back), "--json")
    assert code == 0, err
    assert password not in out + err
    report = json.loads(out)
    assert report["destination"] == str(back)
    assert "***" in report["source"]
    assert report["resources"] == 30
    assert set(report["tables"]) == set(Base.metadata.tables)
    assert report["rows"] == sum(t["rows"] for t in report["tables"].values())
    with Library.open(seeded_path) as a, Library.open(back) as b:
        assert checksums(a) == checksums(b)
        assert {k: v[1] for k, v in checksums(b).items()} == {
            k: v["sha256"] for k, v in report["tables"].items()
        }


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_every_error_is_one_line_without_the_password(
    seeded_path: Path, postgres_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password = str(postgres_url.password)
    with Library.open(as_text(postgres_url), create=True) as lib:
        Catalogue(lib).create(ResourceData(title="Already on the server"))
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"not ours")
    port = closed_port()
    cases = {
        "no library here": (str(tmp_path / "missing.db"), str(tmp_path / "new.db")),
        "taken.db: already exists": (str(seeded_path), str(taken)),
        f"127.0.0.1:{port}: the PostgreSQL server cannot be reached": (
            str(seeded_path),
            as_text(postgres_url.set(port=port)),
        ),
        "wrong password for user 'postgres'": (
            str(seeded_path),
            as_text(postgres_url.set(password="Wrong-" + password)),
        ),
        "already holds a catalogue (1 resources)": (str(seeded_path), as_text(postgres_url)),
        "only PostgreSQL servers are supported": (
            str(seeded_path),
            "mysql://me:pw@db-host/library",
        ),
    }
    for expected, (source, dest) in cases.items():
        code, out, err = run(capsys, "copy", source, dest)
        assert code == 1, expected
        assert out == ""
        assert err.startswith("librarian: ") and err.count("\n") == 1, err
        assert expected in err, err
        assert password not in err and "Traceback" not in err
    assert taken.read_bytes() == b"not ours"
    assert not (tmp_path / "new.db").exists()
    with Library.open(as_text(postgres_url)) as lib:
        assert [v.title for v in Catalogue(lib).iter_views()] == ["Already on the server"]


def test_the_progress_line_and_the_local_copies_note(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = io.StringIO()
    show = terminal_progress(stream, interval=3600)
    show("resource", 0, 30)
    show("resource", 10, 30)  # too soon after the last: not shown
    show("resource", 30, 30)  # a table's end always is
    assert stream.getvalue() == (
        "\rcopying resource: 0 of 30 rows\033[K\rcopying resource: 30 of 30 rows\033[K"
    )
    files = seeded_path.with_name(seeded_path.name + ".files")
    files.mkdir()
    (files / "ab-Guide.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "copy", str(seeded_path), str(tmp_path / "copy.db"))
    assert code == 0, err
    assert f"the 1 local copies' files in {files} were not copied" in out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_progress_line_which_goes_at_the_end(
    seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["copy", str(seeded_path), str(tmp_path / "copy.db")]) == 0
    shown = terminal.getvalue()
    assert "\rcopying resource: 30 of 30 rows" in shown
    assert shown.index("\rchecking the copy") > shown.rindex("\rcopying ")  # after the last
    assert shown.endswith("\r\033[K")  # the line cleared: what follows starts clean
    terminal.seek(0)
    terminal.truncate()
    assert main(["copy", str(seeded_path), str(tmp_path / "copy.db")]) == 1
    assert terminal.getvalue().startswith("\r\033[Klibrarian: ")  # on a clean line
