"""Screenshot of results found inside documents: page snippets and "Open at page".

    uv run python docs/screenshot_documents.py [--query "mandatory reporting"]
        [--size 1400x860] [-o docs/screenshot-document-text.png]

A copy of the bundled library gets local copies for two resources (small PDFs made
here) whose text, as extraction would store it, holds the words on page 34 of one and
page 7 of the other; the window searches them and shows the first result found in
its document. Runs offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from desktop_app.core.fulltext.extract import Extraction
from desktop_app.core.fulltext.store import save_extraction
from desktop_app.core.library.db import Library
from desktop_app.core.library.files import store_file
from desktop_app.core.library.paths import BUNDLED_LIBRARY
from desktop_app.core.service import Catalogue
from desktop_app.gui import create_main_window

FILLER = (
    "Schools and communities share responsibility for the safety of children. This "
    "chapter sets out the roles of teachers, counsellors and school leaders. "
) * 5
# (words in the title that pick the resource, pages, {page: text put first on it})
DOCUMENTS = [
    (
        "Regional Review",
        80,
        {
            34: "In most countries reviewed, teachers are subject to mandatory reporting of "
            "suspected child abuse: a teacher who has reasonable grounds to suspect abuse "
            "must report it to the child protection authority within 24 hours."
        },
    ),
    (
        "Best Practices Guide",
        12,
        {
            7: "Training for staff should cover mandatory reporting duties, how to record a "
            "disclosure and whom to call."
        },
    ),
]


def add_documents(library: Library, folder: Path) -> None:
    """Attach a small PDF to each resource of ``DOCUMENTS`` and store its text."""
    cat = Catalogue(library)
    views = list(cat.iter_views())
    for words, pages, special in DOCUMENTS:
        view = next(v for v in views if words in v.title)
        pdf = folder / f"{view.id}.pdf"
        writer = QPdfWriter(str(pdf))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
        painter = QPainter(writer)
        painter.drawText(200, 400, view.title)
        painter.end()
        name = store_file(library, pdf)
        cat.update(
            view.id, dataclasses.replace(view, local_file=name), expected_version=view.version
        )
        texts = tuple(f"{special.get(n, '')} {FILLER}".strip() for n in range(1, pages + 1))
        save_extraction(cat, name, Extraction(texts, "ok", "", "0" * 64, "screenshot"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--query", default="mandatory reporting")
    ap.add_argument("--size", default="1400x860")
    ap.add_argument(
        "-o", "--output", default=str(Path(__file__).parent / "screenshot-document-text.png")
    )
    args = ap.parse_args()
    app = QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="librarian-shot-"))
    lib = tmp / "library.db"
    shutil.copyfile(BUNDLED_LIBRARY, lib)
    with Library.open(lib) as library:
        add_documents(library, tmp)
    window = create_main_window(lib, tmp / "settings.ini")
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def search() -> None:
        window.search_box.setText(args.query)
        window.search_now()

    def shown() -> bool:
        model = window.results.model
        return bool(model.ids) and all(rid in model.snippets for rid in model.ids[:5])

    def pick() -> None:
        if not shown():
            QTimer.singleShot(100, pick)
            return
        model = window.results.model
        found = [i for i, rid in enumerate(model.ids) if model.snippets[rid].in_document]
        if found:
            window.results.view.setCurrentIndex(model.index(found[0]))
        QTimer.singleShot(500, finish)

    def finish() -> None:
        window.grab().save(args.output)
        print(f"saved {args.output}")
        window.close()
        app.quit()

    window.ready.connect(search)
    window.searchFinished.connect(lambda r: pick() if r.request.query == args.query else None)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
