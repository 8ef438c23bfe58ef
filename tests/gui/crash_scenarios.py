"""User paths that once killed the process, run in a child process by the tests.

``python -m tests.gui.crash_scenarios NAME LIBRARY`` runs one path in a real event
loop and exits 0; a crash shows as a signal exit code (-11 for SIGSEGV) with
faulthandler's trace on stderr. Each step waits for the signal that ends it, never
for a time.
"""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from desktop_app.gui.app import create_main_window
from desktop_app.gui.main_window import MainWindow

PASSWORD = "correct horse"


def vocabulary_then_trash(app: QApplication, w: MainWindow, finish: Callable[[], None]) -> None:
    """Curator mode → Vocabulary and thesaurus… → Close → select a result → Del, three times."""
    left = [3]

    def trash_next() -> None:
        if not left[0]:
            finish()
            return
        left[0] -= 1
        w.results.view.setCurrentIndex(w.results.model.index(0))
        w.findChild(type(w.curation.act_mode), "actionTrash").trigger()

    def vocabulary_dialog() -> QDialog:
        found = [d for d in app.topLevelWidgets() if d.objectName() == "vocabularyDialog"]
        assert isinstance(found[-1], QDialog)
        return found[-1]

    def close_when_loaded() -> None:
        # Close it as a user would once its rows are in; the connection must not hold
        # the dialog itself (that would keep it alive and hide the fault).
        vocabulary_dialog().model.modelReset.connect(  # type: ignore[attr-defined]
            lambda: vocabulary_dialog().accept()
        )

    def curator_on() -> None:
        w.worker.callFinished.disconnect(on_unlocked)
        QTimer.singleShot(0, close_when_loaded)
        w.findChild(type(w.curation.act_mode), "actionVocabulary").trigger()  # modal
        # each trash ends with the results refreshed without it
        w.searchFinished.connect(lambda _r: QTimer.singleShot(0, trash_next))
        trash_next()

    def on_unlocked(_id: int) -> None:
        if w.curator:
            curator_on()

    w.worker.callFinished.connect(on_unlocked)
    w.curation.unlock()


SCENARIOS = {"vocabulary_then_trash": vocabulary_then_trash}


def main(name: str, library: str) -> int:
    """Run scenario ``name`` on ``library``; 0 when it went through."""
    faulthandler.enable()
    app = QApplication([sys.argv[0]])
    QInputDialog.getText = staticmethod(lambda *a, **k: (PASSWORD, True))  # type: ignore[method-assign]
    QMessageBox.question = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    window = create_main_window(Path(library), Path(library).with_suffix(".ini"))
    window.ready.connect(lambda: SCENARIOS[name](app, window, window.close))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
