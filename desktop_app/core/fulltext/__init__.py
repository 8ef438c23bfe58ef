"""Text extracted from local copies (PDF, plain text, HTML, Word, OpenDocument).

:mod:`.extract` reads one file (PDFs and every other format in a separate,
time- and memory-limited process: see :mod:`.sandbox`) into an
:class:`~desktop_app.core.fulltext.extract.Extraction`; :mod:`.store` keeps it in
the library's ``document``/``document_page`` tables, the source of truth the
search index is rebuilt from.

This package's ``__init__`` stays light (stdlib only): the extraction process
imports :mod:`.sandbox` through it and must start quickly.
"""

from __future__ import annotations
