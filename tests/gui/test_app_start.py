"""Starting on a fresh machine: a geometry saved for another screen, missing xcb libraries."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect

from desktop_app.gui import app
from desktop_app.gui.window_layout import fits_a_screen


def test_a_geometry_off_every_screen_does_not_fit(qapp: Any) -> None:
    assert fits_a_screen(QRect(10, 10, 400, 300))
    assert not fits_a_screen(QRect(9000, 9000, 400, 300))  # a second monitor, gone
    assert not fits_a_screen(QRect(0, 0, 20000, 300))  # wider than any screen here


def test_missing_xcb_libraries_are_named_before_qt_aborts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(app, "find_library", lambda name: None if name == "xcb-cursor" else name)
    hint = app.xcb_hint()
    assert hint is not None and "libxcb-cursor" in hint and "apt-get install" in hint
    monkeypatch.setattr(app, "find_library", lambda name: name)
    assert app.xcb_hint() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "find_library", lambda name: None)
    assert app.xcb_hint() is None  # no window plugin needed
