"""Every user setting declared once, with its type and default, over QSettings.

Settings are per user and per machine (window layout, text size). Nothing
private goes here: reader-mode search history is kept in memory only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed setting; used as a class attribute of :class:`Settings`."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key = key
        self.default = default
        self.kind = kind

    def __get__(self, obj: Settings | None, owner: type) -> Any:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
            if self.kind is int:
                return int(raw)
            if self.kind is list:
                if isinstance(raw, str):
                    return [raw] if raw else []
                return [str(x) for x in raw]
            if self.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


class Settings:
    """The application's settings. ``path`` points tests at a temporary INI file."""

    geometry = Setting("window/geometry", QByteArray(), QByteArray)
    splitter = Setting("window/splitter", QByteArray(), QByteArray)
    sort = Setting("results/sort", "relevance", str)
    text_size = Setting("view/text_size", 0, int)  # points added to the system font
    expanded_facets = Setting("sidebar/expanded", ["topic", "region", "type"], list)
    link_notice_seen = Setting("links/notice_seen", False, bool)

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self.qsettings = QSettings("ResourceLibrarian", "Resource Librarian")
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.qsettings.sync()
