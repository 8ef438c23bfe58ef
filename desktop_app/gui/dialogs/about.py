"""Help ▸ Help and Help ▸ About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME, __version__


def show_about(parent: QWidget, library_path: Path | str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About %1").replace("%1", APP_NAME),
        QCoreApplication.translate(
            "About",
            "<h3>%1 %2</h3><p>An offline library of child-protection resources for schools "
            "and the curators who look after it.</p><p>Library: %3</p>",
        )
        .replace("%1", APP_NAME)
        .replace("%2", __version__)
        .replace("%3", html.escape(str(library_path))),
    )


def show_help(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("About", "Help"),
        QCoreApplication.translate(
            "About",
            "Type in the search box to search; results update as you type.\n\n"
            "Search tips:\n"
            "  • words: all must match — online safety\n"
            '  • "exact phrase" — "missing children"\n'
            "  • OR, NOT or a minus — sexting -schools\n"
            "  • fields — title:, org:, author:, topic:, country:, region:, type:, year:, "
            "lang:\n"
            "  • years — year:2015..2020, year:>2017\n"
            "  • word starts — protect*   • spelling slips — protecton~\n\n"
            "Click a value in the sidebar to keep only resources with it; Ctrl+click or "
            "right-click to leave them out. Space toggles the value under the cursor.\n\n"
            "Shortcuts: Ctrl+F search, Ctrl+L results list, Ctrl+D add to reading list, "
            "Ctrl+Shift+C copy citation, Ctrl+= / Ctrl+- text size, F1 help.",
        )
        + "\n\n"
        + QCoreApplication.translate(
            "About",
            "Words are looked for in the text of local copies too; text: looks only there "
            '— text:"mandatory reporting". A result found there names the page.',
        ),
    )
