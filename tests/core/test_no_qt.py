from __future__ import annotations

import subprocess
import sys


def test_core_imports_without_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib, desktop_app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import desktop_app.cli\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_whoosh_imports_cleanly_under_warnings_as_errors() -> None:
    """The pinned Whoosh release must import with -W error (no Syntax/DeprecationWarnings)."""
    code = (
        "import whoosh.index, whoosh.qparser, whoosh.highlight, whoosh.analysis, "
        "whoosh.fields, whoosh.query, whoosh.searching, whoosh.writing, whoosh.sorting"
    )
    subprocess.run([sys.executable, "-W", "error", "-B", "-c", code], check=True)
