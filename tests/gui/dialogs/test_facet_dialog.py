"""The "More…" dialog on its own, with thousands of values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.search.results import FacetValue
from desktop_app.gui.dialogs.facet_dialog import FacetDialog
from desktop_app.gui.models.facet_values_model import EXCLUDED, VALUE


def values(n: int) -> list[FacetValue]:
    return [
        FacetValue(f"t{i}", f"{'Ééa'[i % 3]}topic {i:05d}", (i * 7919) % 1000 + 1) for i in range(n)
    ]


def test_five_thousand_values_filter_sort_and_tick(qtbot: Any) -> None:
    dialog = FacetDialog("Topic", values(5000), filter_text="topic 0001")
    qtbot.addWidget(dialog)
    proxy = dialog.proxy
    assert proxy.rowCount() == 10  # topic 00010 … 00019
    dialog.filter_box.setText("ETOPIC 0001")  # é and E fold alike
    assert proxy.rowCount() == 7
    dialog.filter_box.clear()
    assert proxy.rowCount() == 5000
    counts = [proxy.index(r, 1).data() for r in range(20)]
    assert counts == sorted(counts, key=lambda c: -int(c.replace(",", "")))
    dialog.sort_by("name")
    first = [proxy.index(r, VALUE).data() for r in range(3)]
    assert first == ["atopic 00002", "atopic 00005", "atopic 00008"]
    # letters jump, accents aside: "e" finds "Étopic…" after the a's
    dialog.view.setFocus()
    qtbot.keyClicks(dialog.view, "e")
    assert dialog.view.currentIndex().data().startswith("É")
    # checkboxes: include in the value column, exclude in its own (never both)
    top = proxy.index(0, VALUE)
    assert proxy.setData(top, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.chosen() == ({"t2"}, set())
    proxy.setData(
        proxy.index(0, EXCLUDED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.chosen() == (set(), {"t2"})
    assert "1 excluded" in dialog.summary.text()


def test_ticks_from_the_search_show_and_clear(qtbot: Any) -> None:
    vals = [
        FacetValue("a", "Alpha", 3, selected=True),
        FacetValue("b", "Beta", 2, excluded=True),
        FacetValue("c", "Gamma", 1),
    ]
    dialog = FacetDialog("Topic", vals)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ({"a"}, {"b"})
    dialog.view.selectAll()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == (set(), set())
    dialog.view.selectAll()
    qtbot.mouseClick(dialog.exclude_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == (set(), {"a", "b", "c"})
