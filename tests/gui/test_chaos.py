"""GUI chaos in CI: a fixed draw of bounded random user sequences (tools/chaos.py runs long)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from .chaos import GuiChaos


def test_random_user_sequences_keep_the_window_and_library_sound(
    qtbot: Any, tmp_path: Path, message_boxes: list[str]
) -> None:
    machine = type(
        "Chaos", (GuiChaos,), {"qtbot": qtbot, "folder": tmp_path, "boxes": message_boxes}
    )
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=int(os.environ.get("CHAOS_EXAMPLES", "4")),
            stateful_step_count=int(os.environ.get("CHAOS_STEPS", "12")),
            deadline=None,
            derandomize="CHAOS_EXAMPLES" not in os.environ,  # tools/chaos.py: new draws
            suppress_health_check=list(HealthCheck),
        ),
    )
    assert GuiChaos.steps > 20
    print(f"chaos: {GuiChaos.steps} steps")
