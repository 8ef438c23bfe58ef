"""The facet model on its own, before any search has answered."""

from __future__ import annotations

from typing import Any

from desktop_app.gui.models.facet_model import FacetModel


def test_before_any_counts_a_facet_group_is_just_its_name(qtbot: Any) -> None:
    model = FacetModel()
    group = model.group_index("decade")
    assert group.data() == "Year"  # not "none in these results" while the index builds
    model.update({}, {})
    assert group.data() == "Year: none in these results"
