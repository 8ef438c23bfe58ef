"""Opening what a resource links to: a web or e-mail link, or its local copy.

Only web (http, https) and e-mail links are opened, after saying once that they
leave the offline library; a local copy is opened only from the library's own
folder, never a program.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.library.files import openable
from desktop_app.gui.settings import Settings

if TYPE_CHECKING:
    from desktop_app.core.library.db import Library

SAFE_SCHEMES = ("http", "https", "mailto")


def open_local_copy(parent: QWidget, library: Library, value: str) -> bool:
    """Open a resource's local copy with the system's viewer (no network involved)."""
    path, why = openable(library, value)
    if path is None:
        QMessageBox.warning(
            parent,
            APP_NAME,
            QCoreApplication.translate("Links", "The local copy cannot be opened: %1.").replace(
                "%1", why[:400]
            ),
        )
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_link(parent: QWidget, url: QUrl, settings: Settings) -> bool:
    """Open a web or e-mail link in the user's browser, the first time after a warning."""
    scheme = url.scheme().lower()
    if scheme not in SAFE_SCHEMES:
        QMessageBox.warning(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Links",
                "This link (%1) cannot be opened: only web (http, https) and e-mail "
                "links are opened.",
            ).replace("%1", url.toString()[:200]),
        )
        return False
    if not settings.link_notice_seen:
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Links",
                "This link opens in your web browser and leaves the offline library. "
                "It needs an internet connection.\n\nOpen it?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        settings.link_notice_seen = True
    return QDesktopServices.openUrl(url)
