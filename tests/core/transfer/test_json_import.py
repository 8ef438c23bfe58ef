"""JSON import of hostile files: one-line refusals, no file named outside the library."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.core.curation.check import check_library
from desktop_app.core.errors import ImportFormatError, LibraryError
from desktop_app.core.library.files import is_plain_name
from desktop_app.core.service import Catalogue
from desktop_app.core.transfer.formats import jsonfmt
from desktop_app.core.transfer.importing import import_file


def write(tmp_path: Path, doc: object | str, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), "utf-8")
    return path


@pytest.mark.parametrize("depth", [33, 10_000, 200_000])
def test_deep_nesting_is_a_one_line_refusal(
    depth: int, catalogue: Catalogue, tmp_path: Path
) -> None:
    counter = catalogue.change_counter()
    for text in ("[" * depth + "]" * depth, '[{"title": "x", "topics": ' + "[" * depth):
        path = write(tmp_path, text)
        with pytest.raises(ImportFormatError, match=r"line 1: not valid JSON \(.*nested more"):
            import_file(catalogue, path)
    assert catalogue.change_counter() == counter


def test_nesting_scan_is_linear_and_skips_brackets_in_strings() -> None:
    inside = json.dumps(["[" * 100_000 + "{" * 100_000])
    assert jsonfmt.loads(inside) == ["[" * 100_000 + "{" * 100_000]
    quotes = '"' + '\\"' * 400_000  # an unterminated string full of escaped quotes
    start = time.process_time()
    with pytest.raises(jsonfmt.BadJSON):
        jsonfmt.loads("[" * 40 + quotes)
    assert time.process_time() - start < 2  # quadratic would take minutes
    assert jsonfmt.nesting_problem("[\n[\n[", max_depth=2) == (
        "arrays or objects nested more than 2 deep",
        3,
    )


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": 123}, "'title' must be text"),
        ({"title": "x", "topics": [1, 2, 3]}, "'topics' must be a list of names"),
        ({"title": "x", "needs_review": "yes"}, "'needs_review' must be true or false"),
        ({"title": "x", "provenance": ["a"]}, "'provenance' must be text"),
        ({"title": "x", "date": True}, "'date' must be an ISO date"),
    ],
)
def test_wrong_types_name_the_record(
    record: dict[str, object], message: str, catalogue: Catalogue, tmp_path: Path
) -> None:
    path = write(tmp_path, [{"title": "fine"}, record])
    with pytest.raises(ImportFormatError, match=f"record 2: {message}"):
        import_file(catalogue, path)


def test_numbers_and_constants_json_does_not_have_are_refused(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    for text in ('[{"title": "x", "n": ' + "9" * 5000 + "}]", '[{"title": NaN}]'):
        with pytest.raises(ImportFormatError, match="not valid JSON"):
            import_file(catalogue, write(tmp_path, text))


def test_a_path_outside_the_library_is_never_imported(
    catalogue: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [
        {"title": "Passwords", "local_file": "/etc/passwd"},
        {"title": "Windows", "local_file": "C:\\Windows\\win.ini"},
        {"title": "Up", "local_file": "../library.db"},
        {"title": "Sub", "local_file": "a/b.pdf"},
        {"title": "Stored", "local_file": "0123456789abcdef-guide.pdf"},
    ]
    path = write(tmp_path, records)
    report = import_file(catalogue, path)
    assert report.added == 5
    kept = {
        v.title: v.local_file
        for v in catalogue.iter_views()
        if v.title in {r["title"] for r in records}
    }
    assert kept == {
        "Passwords": "",
        "Windows": "",
        "Up": "",
        "Sub": "",
        "Stored": "0123456789abcdef-guide.pdf",
    }
    assert len(report.problems) == 4
    assert (
        "record 1: local_file '/etc/passwd' is not a file in this library's folder"
        in (report.problems[0])
    )
    # the command line shows the note
    write(tmp_path, [{"title": "Again", "local_file": "/etc/shadow"}], "again.json")
    lib = str(catalogue.library.path)
    assert main(["import", "--library", lib, str(tmp_path / "again.json")]) == 0
    assert "problem: " in capsys.readouterr().out
    assert check_library(catalogue.library).ok


def test_nul_bytes_are_stripped(catalogue: Catalogue, tmp_path: Path) -> None:
    path = write(tmp_path, [{"title": "Safe\u0000 schools\u0007", "topics": ["Grooming\u0000"]}])
    import_file(catalogue, path)
    view = next(v for v in catalogue.iter_views() if v.title.startswith("Safe"))
    assert view.title == "Safe schools" and view.topics == ["Grooming"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["title", "topics", "uuid", "date", "local_file", "x"]), children
        )
    ),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None)
@given(doc=st.lists(json_values, max_size=4), depth=st.integers(0, 3000))
def test_any_json_is_imported_or_refused_in_one_line(doc: list[object], depth: int) -> None:
    text = "[" * depth + json.dumps(doc) + "]" * depth
    try:
        result = jsonfmt.read(text.encode(), "fuzz.json")
    except LibraryError as exc:
        assert "\n" not in str(exc)
        return
    for item in result.items:
        assert not item.data.local_file or is_plain_name(item.data.local_file)
