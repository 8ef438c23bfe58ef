"""The window in Portuguese (Brazil), Spanish, French and Thai (issue 14).

The .ts files are filled by translators while the code goes on: a test that needs a
finished language skips it, saying how many entries are unfinished, until it is done.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop_app.core.library.records import ResourceData
from desktop_app.gui import i18n
from desktop_app.gui.app import create_main_window
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from tools.translations import LANGUAGES, ts_path, unfinished

from .conftest import TIMEOUT, enter_curator_mode

# Shown as they are in every language: names, formats, codes, shortcuts.
ALLOWED = {
    "Resource Librarian",
    "A4",
    "PDF",
    "CSV",
    "JSON",
    "RIS",
    "BibTeX",
    "Zotero",
    "EndNote",
    "JabRef",
    "LaTeX",
    "English",
    "Português (Brasil)",
    "Español",
    "Français",
    "ไทย",
}
# Qt's own English words that a missing qtbase translation would leave
QT_WORDS = {"ok", "cancel", "apply", "close", "save", "discard", "yes", "no", "help", "reset"}


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Every test here leaves the application in English, left to right."""
    yield
    i18n.install_translators("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# -- the .ts files ------------------------------------------------------------------------------
@cache
def messages(lang: str) -> list[ET.Element]:
    """Every message of a language's .ts file that is still in the code."""
    root = ET.parse(ts_path(lang)).getroot()
    out = []
    for context in root.iter("context"):
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") not in ("vanished", "obsolete"):
                m.set("context", context.findtext("name") or "")
                out.append(m)
    return out


def unfinished_or_skip(lang: str) -> None:
    todo = unfinished(ts_path(lang))
    if todo:
        pytest.skip(
            f"{lang}: {len(todo)} entries of {ts_path(lang).name} are unfinished "
            "(the translator is still at work); this test runs once they are done"
        )


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"%L?(?:\d|n)", text.replace("%Ln", "%n")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_one_accelerator(lang: str) -> None:
    """Every translation written so far keeps the source's %1, %2 and %n and has at most
    one & accelerator (a lost %1 shows a number or name nowhere)."""
    wrong = []
    for m in messages(lang):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        for text in forms:
            if not text:
                continue
            if placeholders(text) != placeholders(source):
                wrong.append(f"[{m.get('context')}] {source!r} -> {text!r}")
            if text.replace("&&", "").count("&") > 1 and "<" not in text:
                wrong.append(f"[{m.get('context')}] two accelerators: {text!r}")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_is_finished_and_its_qm_up_to_date(lang: str) -> None:
    """No unfinished entry; the shipped .qm gives every translation of the .ts (it was
    built from this .ts: 'uv run python tools/translations.py build')."""
    unfinished_or_skip(lang)
    qm = QTranslator()
    assert qm.load(str(ts_path(lang).with_suffix(".qm")))
    stale = []
    for m in messages(lang):
        if m.get("numerus") == "yes":
            continue
        source, tr = m.findtext("source") or "", m.findtext("translation") or ""
        comment = m.findtext("comment") or ""
        if qm.translate(m.get("context", ""), source, comment or None) != tr:
            stale.append(source)
    assert stale == []


# -- plural forms -------------------------------------------------------------------------------
FORM = {  # which plural form Qt uses for 0, 1 and 5 (CLDR: French and Brazilian 0 is singular)
    "pt_BR": (0, 0, 1),
    "es": (1, 0, 1),
    "fr": (0, 0, 1),
    "th": (0, 0, 0),
}


def test_english_plural_forms(qapp: Any) -> None:
    i18n.install_translators("en")

    def count(n: int) -> str:
        return QCoreApplication.translate("ResultsPane", "%Ln resource(s)", "", n)

    assert [count(0), count(1), count(5)] == ["0 resources", "1 resource", "5 resources"]
    assert count(100000) == "100,000 resources"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_for_0_1_and_5(qapp: Any, lang: str) -> None:
    """Every plural message translated so far reads right for 0, 1 and 5: the form the
    language's rule picks, with the number written in the language's digits."""
    i18n.install_translators(lang)
    plural = [m for m in messages(lang) if m.get("numerus") == "yes"]
    done = [m for m in plural if all((f.text or "").strip() for f in m.iter("numerusform"))]
    if not done:
        pytest.skip(f"{lang}: no plural message translated yet")
    locale = QLocale(lang)
    for m in done:
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert len(forms) == max(FORM[lang]) + 1, (lang, m.findtext("source"))
        for n, form in zip((0, 1, 5), FORM[lang], strict=True):
            source = m.findtext("source") or ""
            got = QCoreApplication.translate(m.get("context", ""), source, "", n)
            want = forms[form].replace("%Ln", locale.toString(n)).replace("%n", str(n))
            assert got == want, (lang, source, n)
    if len(done) < len(plural):
        pytest.skip(f"{lang}: {len(plural) - len(done)} plural messages not translated yet")


# -- choosing the language ----------------------------------------------------------------------
def test_the_language_follows_the_setting_then_the_system() -> None:
    assert i18n.choose_language("fr", system="pt_BR") == "fr"
    assert i18n.choose_language("", system="pt_BR") == "pt_BR"
    assert i18n.choose_language("", system="pt_PT") == "pt_BR"  # its language alone
    assert i18n.choose_language("", system="es_MX") == "es"
    assert i18n.choose_language("", system="th_TH") == "th"
    assert i18n.choose_language("", system="de_DE") == "en"
    assert i18n.choose_language("xx", system="C") == "en"  # a stale setting


def test_view_language_saves_the_choice_and_says_a_restart_applies_it(
    qtbot: Any, window: MainWindow, message_boxes: list[str]
) -> None:
    menu = window.findChild(QMenu, "menuLanguage")
    assert menu is not None
    names = [a.text() for a in menu.actions()]
    assert names == ["English", "Português (Brasil)", "Español", "Français", "ไทย"]
    thai = next(a for a in menu.actions() if a.data() == "th")
    thai.trigger()
    assert window.settings.language == "th"
    assert message_boxes and "next time you start" in message_boxes[-1]
    assert Settings(window.settings.qsettings.fileName()).language == "th"  # on disk
    assert i18n.current_language() == "en"  # this window stays as it is


def open_in(qtbot: Any, lang: str, library: Path, settings: Path) -> MainWindow:
    Settings(settings).language = lang
    w = create_main_window(library, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.searchFinished, timeout=TIMEOUT):
        w.show()
    return w


def test_a_window_opens_in_the_saved_language(
    qtbot: Any, seeded_path: Path, tmp_path: Path
) -> None:
    w = open_in(qtbot, "pt_BR", seeded_path, tmp_path / "s.ini")
    assert i18n.current_language() == "pt_BR"
    file_menu = w.menus["file"]
    assert file_menu.title() != "&File"
    assert QLocale().name() == "pt_BR"  # numbers and dates follow
    w.close()


# -- no English left ----------------------------------------------------------------------------
@cache
def vocabulary(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words of the English sources (and Qt's buttons), and of the language's translations."""

    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"<[^>]+>", " ", text))}

    english: set[str] = set(QT_WORDS)
    target: set[str] = set()
    for m in messages(lang):
        english |= words(m.findtext("source") or "")
        tr = m.find("translation")
        assert tr is not None
        for text in [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]:
            target |= words(text)
    return frozenset(english), frozenset(target)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of the interface's own words: labels, buttons, menus and their
    actions, tool tips, placeholders, window and group titles, tabs, combo items."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and not isinstance(w, QMenu) and w is not root:
            continue
        kind = type(w).__name__
        yield f"{kind} tooltip", w.toolTip()
        yield f"{kind} title", w.windowTitle() if w.isWindow() else ""
        if isinstance(w, QLabel) and not w.objectName().startswith("data"):
            yield "QLabel", w.text()
        if isinstance(w, QAbstractButton):
            yield "button", w.text()
        if isinstance(w, QLineEdit):
            yield "placeholder", w.placeholderText()
        if isinstance(w, QGroupBox):
            yield "group", w.title()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
        if isinstance(w, QComboBox) and w.objectName() not in ("listBox",):
            for i in range(w.count()):
                yield "combo item", w.itemText(i)
        if isinstance(w, QMenu):
            yield "menu", w.title()
            for a in w.actions():
                yield "menu action", a.text()
                yield "action tooltip", a.toolTip() if a.toolTip() != a.text() else ""


def english_left(root: QWidget, lang: str, data: set[str]) -> list[str]:
    """Visible texts made only of English interface words that the language's
    translations do not use ("Cancel", "Export to"), data and ALLOWED aside."""
    english, target = vocabulary(lang)
    found = []
    for where, text in visible_texts(root):
        plain = re.sub(r"<[^>]+>", " ", text).replace("&", "").strip()
        if not plain or plain in ALLOWED or plain in data:
            continue
        for shown in sorted(data | ALLOWED, key=len, reverse=True):  # data inside a text
            plain = plain.replace(shown, " ")
        words = [w.lower() for w in re.findall(r"[A-Za-z]{2,}", plain)]
        if not words:
            continue
        if all(w in english for w in words) and not all(w in target for w in words):
            found.append(f"{where}: {plain!r}")
    return sorted(set(found))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_left_in_the_window_and_dialogs(
    qtbot: Any, lang: str, seeded_path: Path, tmp_path: Path
) -> None:
    """Main window (menus included), editor, export dialog, import preview, a facet's
    More… dialog and the reading lists' manager."""
    unfinished_or_skip(lang)
    from desktop_app.core.search.results import FacetValue
    from desktop_app.gui.dialogs.editor import ResourceDialog
    from desktop_app.gui.dialogs.export_dialog import ExportDialog
    from desktop_app.gui.dialogs.facet_dialog import FacetDialog
    from desktop_app.gui.dialogs.import_preview import ImportPreview
    from desktop_app.gui.strings import facet_name

    w = open_in(qtbot, lang, seeded_path, tmp_path / "s.ini")
    enter_curator_mode(qtbot, w)  # the Curate menu too
    data = {v.title for v in w.catalogue.iter_views()} | {"Keeping pupils safe", "Cybercrime"}
    data.add(seeded_path.name)  # the library's file name in the title is the user's, not ours
    left = english_left(w, lang, data)
    editor = ResourceDialog(
        ResourceData(title="Keeping pupils safe"), {"topic": ["Cybercrime"]}, title="—"
    )
    qtbot.addWidget(editor)
    editor.show()
    left += english_left(editor, lang, data)
    export = ExportDialog(w, 2, 30, ["Year 9 online safety"], 30)
    export.show()
    export.format.setCurrentIndex(export.format.findData("pdf"))
    left += english_left(export, lang, data | {"Year 9 online safety"})
    export.reject()
    values = [FacetValue(f"Topic {i}", f"Topic {i}", 10 - i) for i in range(8)]
    more = FacetDialog(facet_name("topic"), values, parent=w)
    more.show()
    left += english_left(more, lang, data | {v.label for v in values})
    more.reject()
    w.lists_menu.manage()
    manage = w.lists_menu.dialog
    assert manage is not None
    qtbot.waitUntil(lambda: not manage.busy, timeout=TIMEOUT)
    left += english_left(manage, lang, data)
    manage.close()
    path = tmp_path / "one.ris"
    path.write_text("TY  - RPRT\nTI  - Keeping pupils safe online\nKW  - Schools\nER  - \n")
    w.transfers.import_(path)
    qtbot.waitUntil(
        lambda: w.findChild(ImportPreview, "importPreview") is not None, timeout=TIMEOUT
    )
    preview = w.findChild(ImportPreview, "importPreview")
    assert preview is not None
    qtbot.waitUntil(preview.isVisible, timeout=TIMEOUT)
    left += english_left(preview, lang, data | {"Keeping pupils safe online", "Schools", path.name})
    preview.reject()
    w.close()
    assert left == []


def test_the_english_check_finds_an_untranslated_label(qtbot: Any) -> None:
    """The walk above can fail: an English label in a French window is found."""
    if not ts_path("fr").exists():
        pytest.skip("no French .ts")
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Export to", box)
    QLabel("Exporter vers", box)
    assert english_left(box, "fr", set()) == ["QLabel: 'Export to'"]


# -- right to left ------------------------------------------------------------------------------
def test_reverse_mirrors_the_window(seeded_path: Path, tmp_path: Path) -> None:
    """With Qt's -reverse (as a right-to-left language gives), the sidebar is on the right
    of the results and the menus start at the right; run as the app is, in its own process."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['rl', '-reverse'])\n"
        "from desktop_app.gui.app import create_main_window\n"
        f"w = create_main_window({str(seeded_path)!r}, {str(tmp_path / 's.ini')!r})\n"
        "w.resize(1000, 700); w.show(); app.processEvents()\n"
        "side = w.sidebar.mapTo(w, w.sidebar.rect().center()).x()\n"
        "results = w.results.mapTo(w, w.results.rect().center()).x()\n"
        "print(app.layoutDirection().name, side > results)\n"
        "w.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.split() == ["RightToLeft", "True"], out.stderr[-2000:]


def test_a_right_to_left_language_mirrors_the_layout(qapp: Any) -> None:
    """install_translators follows the language's direction (Arabic, say: no translation
    yet, but the layout mirrors)."""
    i18n.install_translators("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install_translators("en")
    assert QLocale().name() == "en_US"


# -- sorting ------------------------------------------------------------------------------------
WORDS = [
    *["Zona", "Ética", "Educação", "abuso", "Abuso", "éxito", "nube", "ñandú", "oso", "Çava"],
    *["Cuba", "crianças", "Criança", "1 guia", "10 guias", "2 guias"],
    *["เด็ก", "กฎหมาย", "ตำรวจ", "ไฟ", "การ", "แม่", "ใจ", "โรงเรียน", "เอกสาร", "อินเทอร์เน็ต"],
    *["ค่า", "คา", "ข้อมูล", "เคส", "เค้ก", "แคะ", "ความรุนแรง", "คู่มือ"],
]


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_the_core_sort_key_agrees_with_qt_collation(lang: str) -> None:
    """The core's stdlib key (titles, facet values) sorts as Qt's ICU collation does."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator

    from desktop_app.core.library.collation import sort_key

    qt = sorted(WORDS, key=cmp_to_key(QCollator(QLocale(lang)).compare))
    assert sorted(WORDS, key=lambda w: sort_key(w, lang)) == qt


@pytest.mark.parametrize(
    ("lang", "day", "month"),
    [
        ("en", "April 9, 2020", "April 2020"),
        ("pt_BR", "9 de abril de 2020", "abril de 2020"),
        ("fr", "9 avril 2020", "avril 2020"),
        ("th", "9 เมษายน 2020", "เมษายน 2020"),
    ],
)
def test_dates_are_written_in_the_ui_language(lang: str, day: str, month: str) -> None:
    from desktop_app.gui.strings import date_text

    i18n.install_translators(lang)
    assert (date_text("2020-04-09"), date_text("2020-04"), date_text("2020")) == (
        day,
        month,
        "2020",
    )


# -- extraction ---------------------------------------------------------------------------------
GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def test_no_string_is_translated_that_lupdate_cannot_see() -> None:
    """tr() and QCoreApplication.translate() take literals; the few that take a variable
    translate a table whose literals are marked with QT_TRANSLATE_NOOP, and say so
    ('# marked …') on their line."""
    import ast

    unmarked = []
    for path in sorted(GUI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            func = node.func
            if func.attr == "tr":
                text = node.args[0] if node.args else None
            elif func.attr == "translate" and getattr(func.value, "id", "") == "QCoreApplication":
                text = node.args[1] if len(node.args) > 1 else None
            else:
                continue
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if not literal and "# marked" not in lines[node.lineno - 1]:
                unmarked.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert unmarked == []


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run now finds nothing the .ts files lack, and no string without a context
    (a tr() outside a class, or an alias lupdate does not know): run 'tools/translations.py
    update' after changing strings."""
    from tools.translations import ROOT, _tool, source_files

    out = tmp_path / "now.ts"
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-ts", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    now = ET.parse(out).getroot()
    found = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in now.iter("context")
        for m in c.iter("message")
    }
    assert not [source for context, source in found if not context]
    shipped = {(m.get("context", ""), m.findtext("source") or "") for m in messages("fr")}
    assert sorted(found - shipped) == []


def test_result_rows_put_their_icon_on_the_right_when_mirrored(window: MainWindow) -> None:
    """The results' own row painting follows the direction: icon at the row's start."""
    delegate = window.results.view.itemDelegate()
    ltr = delegate.icon_rect(500, Qt.LayoutDirection.LeftToRight)
    rtl = delegate.icon_rect(500, Qt.LayoutDirection.RightToLeft)
    assert ltr.left() < 20 and rtl.right() > 480 and ltr.size() == rtl.size()


def test_no_results_say_no_resources(qtbot: Any, window: MainWindow) -> None:
    """Zero is said in words ("0 recurso" is the singular in Portuguese and French)."""
    window.search_box.clear()
    with qtbot.waitSignal(window.searchFinished, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(window.search_box, "zzqxv")
    assert blocker.args[0].total == 0
    assert window.results.count_label.text() == "No resources"
