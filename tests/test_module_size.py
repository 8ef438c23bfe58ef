"""No module of the app over 500 lines (the team's style rule): a module that grows
past it is split by concern, not left to grow."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "desktop_app"
LIMIT = 500


def test_no_module_of_the_app_is_over_500_lines() -> None:
    modules = [p for p in APP.rglob("*.py") if "migrations" not in p.parts]
    assert len(modules) > 100
    long = {
        str(p.relative_to(APP)): n
        for p in modules
        if (n := len(p.read_text("utf-8").splitlines())) > LIMIT
    }
    assert long == {}
