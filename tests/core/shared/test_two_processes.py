"""Two curators' machines, two processes, one catalogue on a server (issue 16): both
save the same resource at once from the version they read; exactly one save goes
through and the other gets the conflict (the version check holds across machines),
the loser saves again over the fresh version and nothing is lost, and afterwards both
machines' search indexes find the same resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from desktop_app.core.curation.history import History
from desktop_app.core.library.db import Library
from desktop_app.core.library.paths import PROJECT_ROOT
from desktop_app.core.library.records import ResourceData
from desktop_app.core.search.engine import SearchEngine
from desktop_app.core.search.results import SearchRequest
from desktop_app.core.service import Catalogue

QUERIES = ["guide", "renamed", "okapi", "alpha OR beta", ""]


class Machine:
    """A curator_process on a data folder of its own."""

    def __init__(self, target: str, rid: int, home: Path) -> None:
        env = {**os.environ, "XDG_DATA_HOME": str(home)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.core.shared.curator_process", target, str(rid)],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def send(self, line: str) -> None:
        stdin: IO[str] | None = self.proc.stdin
        assert stdin is not None
        stdin.write(line + "\n")
        stdin.flush()

    def answer(self) -> tuple[str, str]:
        stdout: IO[str] | None = self.proc.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise AssertionError(f"the curator process ended: {err[-2000:]}")
        word, _, rest = line.strip().partition(" ")
        return word, rest

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.slow  # two processes start (each imports the app and opens an index)
def test_two_machines_saving_one_resource_get_the_conflict_and_lose_nothing(
    postgres_catalogue: str, tmp_path: Path
) -> None:
    with Library.open(postgres_catalogue) as lib:
        cat = Catalogue(lib)
        words = ["alpha", "beta", "gamma", "delta"]
        ids = [
            cat.create(ResourceData(title=f"{words[i % 4]} guide {i}", type="guide")).id
            for i in range(12)
        ]
    rid = ids[3]
    one = Machine(postgres_catalogue, rid, tmp_path / "one")
    two = Machine(postgres_catalogue, rid, tmp_path / "two")
    try:
        assert one.answer() == ("ready", "1") and two.answer() == ("ready", "1")
        one.send("save Renamed on machine one")
        two.send("save Renamed on machine two")  # at once, from the same version
        answers = {one.answer()[0], two.answer()[0]}
        assert answers == {"saved", "conflict"}
        with Library.open(postgres_catalogue) as lib:
            won = Catalogue(lib).get(rid)
        assert won.version == 2
        loser = two if won.title == "Renamed on machine one" else one
        loser.send("reread")
        assert loser.answer() == ("version", "2")
        loser.send("save Renamed again: okapi")
        assert loser.answer()[0] == "saved"

        one.send("search " + json.dumps(QUERIES))
        two.send("search " + json.dumps(QUERIES))
        (w1, found_one), (w2, found_two) = one.answer(), two.answer()
        assert w1 == w2 == "ids"
        assert json.loads(found_one) == json.loads(found_two)
    finally:
        one.close()
        two.close()

    with Library.open(postgres_catalogue) as lib:
        cat = Catalogue(lib)
        final = cat.get(rid)
        assert final.title == "Renamed again: okapi" and final.version == 3
        # both saves are in the history: the first one was not overwritten unseen
        titles = [e.new for e in History(cat).entries(rid) if e.field == "title"]
        assert won.title in titles and "Renamed again: okapi" in titles
        fresh = SearchEngine(cat)  # a third machine's index, built from scratch
        fresh.open()
        try:
            expected: list[Any] = [
                fresh.search(SearchRequest(query=q, limit=500)).ids for q in QUERIES
            ]
        finally:
            fresh.close()
    assert json.loads(found_one) == expected
    assert expected[2] == [rid]
