"""The window's translations: extract, compile and check them.

    uv run python tools/translations.py update   # pyside6-lupdate: sources -> .ts (keeps translations)
    uv run python tools/translations.py build    # pyside6-lrelease: .ts -> .qm beside them
    uv run python tools/translations.py check    # unfinished entries per language (exit 1 if any)

The sources are ``desktop_app/translations/resource_librarian_<lang>.ts`` for the languages in
``LANGUAGES``, plus ``resource_librarian_en.ts`` that holds only the English plural forms
("%n resource(s)" -> "1 resource" / "5 resources"). ``update`` never drops a translation:
lupdate merges the strings found in the code into the existing files (strings no longer in the
code stay, marked vanished, so a reworded string can reuse its old translation). The ``.qm``
files are committed and shipped (tools/build_portable.py bundles them).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "desktop_app" / "translations"
PREFIX = "resource_librarian_"
LANGUAGES = ("pt_BR", "es", "fr", "th")
ENGLISH = "en"  # plural forms only
# Python modules holding user-visible strings: the window, and its PDF renderer.
SOURCES = ("desktop_app/gui",)


def ts_path(lang: str) -> Path:
    """The translation source of ``lang``."""
    return FOLDER / f"{PREFIX}{lang}.ts"


def source_files() -> list[Path]:
    """Every Python file lupdate reads, sorted (stable locations in the .ts files)."""
    files: list[Path] = []
    for folder in SOURCES:
        files += sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def _tool(name: str) -> str:
    """The PySide6 tool ``name`` (pyside6-lupdate, pyside6-lrelease) of this environment."""
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with 'uv run' in the project")
    return found


def update() -> None:
    """Merge the code's strings into every .ts file (creating missing ones)."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in (*LANGUAGES, ENGLISH):
        args = [_tool("pyside6-lupdate"), *files, "-source-language", "en"]
        args += ["-target-language", lang, "-ts", str(ts_path(lang).relative_to(ROOT))]
        if lang == ENGLISH:
            args.insert(-2, "-pluralonly")
        subprocess.run(args, cwd=ROOT, check=True)
    fill_english_plurals(ts_path(ENGLISH))


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a %n source: "%Ln resource(s)" gives
    "%Ln resource" and "%Ln resources"; a source without "(s)" is both."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english_plurals(path: Path) -> None:
    """Fill the English plural forms still empty (see english_forms), keeping any written by
    hand; the file is rewritten only when something changed."""
    tree = ET.parse(path)
    changed = False
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        if (
            message.get("numerus") != "yes"
            or tr is None
            or tr.get("type") in ("vanished", "obsolete")
        ):
            continue
        forms = list(tr.iter("numerusform"))
        if forms and all((f.text or "").strip() for f in forms) and tr.get("type") != "unfinished":
            continue
        one, many = english_forms(message.findtext("source") or "")
        for f in forms:
            tr.remove(f)
        for text in (one, many):
            ET.SubElement(tr, "numerusform").text = text
        tr.attrib.pop("type", None)
        changed = True
    if changed:
        with path.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)


def qt_sources() -> list[Path]:
    """Hand-made translations of Qt's own strings for languages Qt ships none for
    (qtbase_th.ts: standard buttons, text menus); never touched by ``update``."""
    return sorted(FOLDER.glob("qtbase_*.ts"))


def build() -> None:
    """Compile every .ts file into a .qm beside it."""
    for ts in [ts_path(lang) for lang in (*LANGUAGES, ENGLISH)] + qt_sources():
        if ts.exists():
            # written beside, then renamed over: a running window maps the old .qm into
            # memory, and rewriting that file in place kills it (SIGBUS)
            qm, tmp = ts.with_suffix(".qm"), ts.with_suffix(".qm.tmp")
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp)], check=True)
            tmp.replace(qm)


@dataclass(frozen=True)
class Unfinished:
    """An entry of a .ts file still to translate."""

    context: str
    source: str


def unfinished(path: Path) -> list[Unfinished]:
    """The entries of the .ts file ``path`` that are unfinished or empty (vanished ones aside)."""
    out: list[Unfinished] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None:
                continue
            kind = tr.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [tr.text or ""]
            if kind == "unfinished" or not all(t.strip() for t in texts):
                out.append(Unfinished(name, message.findtext("source") or ""))
    return out


def check() -> int:
    """Print the unfinished entries per language; the number of languages not finished."""
    bad = 0
    for lang in (*LANGUAGES, ENGLISH):
        path = ts_path(lang)
        if not path.exists():
            print(f"{lang}: {path.name} is missing (run 'update')")
            bad += 1
            continue
        bad += _report(lang, path)
    for path in qt_sources():
        bad += _report(path.stem, path)
    return bad


def _report(name: str, path: Path) -> bool:
    todo = unfinished(path)
    print(f"{name}: {len(todo)} unfinished")
    for entry in todo[:10]:
        print(f"    [{entry.context}] {entry.source[:70]!r}")
    return bool(todo)


def main(argv: list[str] | None = None) -> int:
    """Run the command named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "build", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "build":
        build()
    else:
        return 1 if check() else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
