"""``librarian search`` says when a hit was found in the document, and on which page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.library.db import Library
from desktop_app.core.library.records import ResourceData
from desktop_app.core.service import Catalogue
from tests.core.search.document_helpers import store_pages


def test_search_output_names_the_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    with Library.open(path, create=True) as lib:
        cat = Catalogue(lib)
        cat.create(ResourceData(title="Annual report", local_file="annual.pdf"))
        cat.create(ResourceData(title="Quolloxite explained", summary="A short guide."))
        store_pages(cat, "annual.pdf", ["Contents", "Figures", "the quolloxite rule applies"])
    assert main(["search", "quolloxite", "--library", str(path), "--json"]) == 0
    hits = {h["title"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    doc = hits["Annual report"]
    assert doc["in_document"] and not doc["metadata_match"]
    assert doc["page"] == 3 and doc["snippet_from_document"]
    assert doc["snippet"] == "the quolloxite rule applies"
    title = hits["Quolloxite explained"]
    assert title["metadata_match"] and not title["in_document"] and title["page"] is None
    assert main(["search", "text:quolloxite", "--library", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 resources for: text:quolloxite")
    assert "found in the document, p. 3: the *quolloxite* rule applies" in out
