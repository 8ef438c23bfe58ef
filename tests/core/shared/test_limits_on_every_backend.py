"""What a record may hold fits the columns on every backend (issue 16): PostgreSQL
enforces a column's declared size, SQLite never does, so a value the records allow
but a column does not would be taken by a library file and refused by a server."""

from __future__ import annotations

from desktop_app.core.library.db import Library
from desktop_app.core.library.records import FIELD_LIMITS, NAME_LIMIT, ResourceData
from desktop_app.core.service import Catalogue
from desktop_app.core.service.unit_of_work import ACTION_LABEL_MAX


def test_the_longest_values_a_record_allows_are_stored_whole(any_empty: Library) -> None:
    cat = Catalogue(any_empty)
    long_name = "N" * (NAME_LIMIT - 3) + "ção"
    data = ResourceData(
        title="T" * FIELD_LIMITS["title"],
        type="report",
        summary="s" * 1000,
        url="https://example.org/" + "p" * (FIELD_LIMITS["url"] - 20),
        organisations=[long_name],
        authors=["A" + long_name[1:]],
        topics=["P" + long_name[1:]],
        language="x" * FIELD_LIMITS["language"],
    )
    label = "import " + "a-very-long-file-name-" * 20 + ".ris"
    made = cat.create(data, action=label)
    back = cat.get(made.id)
    assert back.title == data.title
    assert back.organisations == [long_name]
    assert back.authors == ["A" + long_name[1:]]
    assert back.topics == ["P" + long_name[1:]]
    assert back.url == data.url
    assert back.language == data.language


def test_a_long_action_name_is_kept_cut_with_an_ellipsis(any_empty: Library) -> None:
    from sqlalchemy import select

    from desktop_app.core.library.models import ChangeLog

    cat = Catalogue(any_empty)
    cat.create(ResourceData(title="x", type="report"), action="import " + "n" * 300)
    with any_empty.read() as s:
        actions = set(s.scalars(select(ChangeLog.action)))
    assert len(actions) == 1
    (kept,) = actions
    assert len(kept) == ACTION_LABEL_MAX and kept.endswith("…") and kept.startswith("import n")
