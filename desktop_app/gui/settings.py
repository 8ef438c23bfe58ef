"""Every user setting declared once, with its type and default, over QSettings.

Settings are per user and per machine (window layout, text size). Nothing
private goes here: reader-mode search history is kept in memory only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed setting; used as a class attribute of :class:`Settings`.

    A stored value that cannot be read as the setting's type gives the default.
    """

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        raw: object = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            return self.convert(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)

    def convert(self, raw: object) -> T:
        """The stored value as this setting's type (TypeError or ValueError if it is not)."""
        raise NotImplementedError


class BoolSetting(Setting[bool]):
    def convert(self, raw: object) -> bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")


class IntSetting(Setting[int]):
    def convert(self, raw: object) -> int:
        if isinstance(raw, int | float | str):
            return int(raw)
        raise TypeError(f"{self.key}: not a number")


class StrSetting(Setting[str]):
    def convert(self, raw: object) -> str:
        return str(raw)


class ListSetting(Setting[list[str]]):
    def convert(self, raw: object) -> list[str]:
        if isinstance(raw, str):
            return [raw] if raw else []
        if isinstance(raw, list | tuple):
            return [str(x) for x in raw]
        raise TypeError(f"{self.key}: not a list")


class BytesSetting(Setting[QByteArray]):
    def convert(self, raw: object) -> QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes | bytearray):
            return QByteArray(raw)
        raise TypeError(f"{self.key}: not bytes")


class Settings:
    """The application's settings. ``path`` points tests at a temporary INI file."""

    geometry = BytesSetting("window/geometry", QByteArray())
    splitter = BytesSetting("window/splitter", QByteArray())
    sort = StrSetting("results/sort", "relevance")
    text_size = IntSetting("view/text_size", 0)  # points added to the system font
    expanded_facets = ListSetting("sidebar/expanded", ["topic", "region", "type"])
    link_notice_seen = BoolSetting("links/notice_seen", False)
    recent_searches = ListSetting("search/recent", [])  # curator mode's only (JSON each)
    language = StrSetting("view/language", "")  # "" follows the system (gui.i18n)
    recent_libraries = ListSetting("library/recent", [])  # files and URLs, never a password

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self.qsettings = QSettings("ResourceLibrarian", "Resource Librarian")
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.qsettings.sync()
