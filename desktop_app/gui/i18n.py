"""The window's language: which one, its translators, and View > Language.

The language is the ``language`` setting when it names one we ship, else the system's
(QLocale.system(): "pt_BR", then its language alone: "pt_PT" gives "pt_BR", "es_MX" "es"),
else English. English plural forms ("1 resource" / "5 resources") come from
``resource_librarian_en.qm``, installed under every language as the last fallback.
A change made in View > Language is saved and applies at the next start (said so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.library import collation
from desktop_app.gui.settings import Settings

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
ENGLISH = "en"
# code -> the language's own name (as its speakers write it: the menu lists them so)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "pt_BR": "Português (Brasil)",
    "es": "Español",
    "fr": "Français",
    "th": "ไทย",
}

_installed: list[QTranslator] = []
_current: list[str] = []  # the language installed ([] before any)
_mirrored: list[bool] = []  # [True] while a right-to-left language mirrors the layout


def choose_language(setting: str, system: str | None = None) -> str:
    """The language to use: ``setting`` if we ship it, else the system's (or its
    language alone), else English. ``system``: a locale name (default QLocale.system())."""
    if setting in LANGUAGES:
        return setting
    name = system if system is not None else QLocale.system().name()
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    for code in LANGUAGES:
        if code.split("_")[0] == base:
            return code
    return ENGLISH


def current_language() -> str:
    """The language whose translators are installed (English before any)."""
    return _current[0] if _current else ENGLISH


def install_translators(language: str) -> None:
    """Install the translators of ``language`` in the running application (replacing those
    of an earlier call), make its locale the default (numbers, dates) and, for a
    right-to-left language, mirror the layout. Missing .qm files are skipped."""
    app = QCoreApplication.instance()
    if app is None or _current == [language]:
        return
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"resource_librarian_{ENGLISH}", str(TRANSLATIONS))]
    if language != ENGLISH:
        wanted += [
            (f"qtbase_{language}", qt_folder),
            (f"resource_librarian_{language}", str(TRANSLATIONS)),
        ]
    for name, folder in wanted:
        translator = QTranslator(app)
        # Qt ships no qtbase_th: ours (desktop_app/translations) stands in for a missing one
        if translator.load(name, folder) or translator.load(name, str(TRANSLATIONS)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    collation.set_language(language)  # titles and facet values sort in its order
    if isinstance(app, QApplication):
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        if rtl or _mirrored:  # never undo Qt's -reverse, only a mirroring of ours
            app.setLayoutDirection(locale.textDirection())
        _mirrored[:] = [True] if rtl else []
    _current[:] = [language]


class LanguageMenu(QObject):
    """View > Language: the languages we ship, each in its own name; the one chosen is
    saved in the ``language`` setting and applies at the next start."""

    def __init__(self, host: QWidget, settings: Settings) -> None:
        super().__init__(host)
        self.host = host
        self.settings = settings
        saved = self.chosen = settings.language
        self.menu = QMenu(self.tr("&Language"), host)
        self.menu.setObjectName("menuLanguage")
        group = QActionGroup(self.menu)
        shown = saved if saved in LANGUAGES else current_language()
        for code, name in LANGUAGES.items():
            act = QAction(name, self.menu)
            act.setCheckable(True)
            act.setChecked(code == shown)
            act.setData(code)
            act.setObjectName(f"actionLanguage_{code}")
            act.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(act)
            self.menu.addAction(act)

    def choose(self, code: str) -> None:
        """Save ``code`` as the language and say that a restart applies it."""
        if code == self.chosen:
            return
        self.chosen = self.settings.language = code
        self.settings.sync()
        QMessageBox.information(
            self.host,
            APP_NAME,
            self.tr("The window will be in %1 the next time you start %2.")
            .replace("%1", LANGUAGES[code])
            .replace("%2", APP_NAME),
        )
