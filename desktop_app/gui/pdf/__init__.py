"""The PDF handout renderer: the core's document model painted with Qt."""

from __future__ import annotations

from desktop_app.gui.pdf.renderer import Cancelled, PdfRenderer, export_pdf

__all__ = ["Cancelled", "PdfRenderer", "export_pdf"]
