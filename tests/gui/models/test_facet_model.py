"""The facet model on its own: before any search, trees, the nested filter, updates."""

from __future__ import annotations

from typing import Any

from desktop_app.core.search.results import Facet, FacetValue
from desktop_app.gui.models.facet_model import FacetModel, KindRole, ValueRole


def test_before_any_counts_a_facet_group_is_just_its_name(qtbot: Any) -> None:
    model = FacetModel()
    group = model.group_index("decade")
    assert group.data() == "Year"  # not "none in these results" while the index builds
    model.update({}, {})
    assert group.data() == "Year: none in these results"


def _facet(name: str, *values: FacetValue) -> Facet:
    return Facet(name, name.title(), tuple(values))


def _children(model: FacetModel, index: Any) -> list[str]:
    return [model.index(r, 0, index).data(ValueRole) for r in range(model.rowCount(index))]


def test_topics_form_a_tree_by_their_broader_topic(qtbot: Any) -> None:
    model = FacetModel()
    model.update(
        {
            "topic": _facet(
                "topic",
                FacetValue("Abuse", "Abuse", 9),
                FacetValue("Online abuse", "Online abuse", 5, parent="Abuse"),
                FacetValue("Sextortion", "Sextortion", 2, parent="Online abuse"),
                FacetValue("Schools", "Schools", 4),
                # a cycle (a hand-edited library) neither loops nor disappears
                FacetValue("A", "A", 1, parent="B"),
                FacetValue("B", "B", 1, parent="A"),
            )
        },
        {},
    )
    group = model.group_index("topic")
    assert _children(model, group) == ["Abuse", "Schools", "A"]  # all shown: no More…
    assert _children(model, model.index(2, 0, group)) == ["B"]  # the cycle, cut once
    abuse = model.index(0, 0, group)
    assert _children(model, abuse) == ["Online abuse"]
    assert _children(model, model.index(0, 0, abuse)) == ["Sextortion"]
    many = tuple(FacetValue(f"T{i}", f"T{i}", 1) for i in range(10))
    model.update({"topic": _facet("topic", FacetValue("Abuse", "Abuse", 9), *many)}, {})
    shown = _children(model, group)
    assert shown == ["Abuse"] + [f"T{i}" for i in range(7)] + [""]
    more = model.index(8, 0, group)
    assert more.data(KindRole) == "more" and more.data() == "More… (11)"


def test_the_filter_finds_nested_values_accents_aside_and_keeps_ticked_ones(qtbot: Any) -> None:
    model = FacetModel()
    facets = {
        "region": _facet(
            "region", FacetValue("Asia", "Asia", 5), FacetValue("Europe", "Europe", 3)
        ),
        "country": _facet(
            "country",
            FacetValue("Cambodia", "Cambodia", 2),
            FacetValue("Thailand", "Thailand", 3),
            FacetValue("Réunion", "Réunion", 1, selected=True),
        ),
    }
    regions = {"Cambodia": ["Asia"], "Thailand": ["Asia"], "Réunion": ["Europe"]}
    model.filter_text = "REUNION"
    model.update(facets, regions)
    group = model.group_index("region")
    assert _children(model, group) == ["Europe"]
    europe = model.index(0, 0, group)
    assert _children(model, europe) == ["Réunion"] and model.node(europe).open
    model.filter_text = "camb"
    model.update(facets, regions)
    # Cambodia under Asia; Europe stays for its ticked Réunion
    assert _children(model, group) == ["Asia", "Europe"]
    assert _children(model, model.index(0, 0, group)) == ["Cambodia"]


def test_an_update_with_the_same_rows_changes_them_in_place(qtbot: Any) -> None:
    model = FacetModel()
    first = {"type": _facet("type", FacetValue("report", "Report", 3))}
    model.update(first, {})
    row = model.index(0, 0, model.group_index("type"))
    node = model.node(row)
    removed: list[int] = []
    model.rowsRemoved.connect(lambda *_a: removed.append(1))
    model.update({"type": _facet("type", FacetValue("report", "Report", 3, selected=True))}, {})
    assert model.node(model.index(0, 0, model.group_index("type"))) is node
    assert node.selected and not removed
    model.update({"type": _facet("type", FacetValue("guide", "Guide", 1))}, {})
    assert removed  # other rows: replaced
