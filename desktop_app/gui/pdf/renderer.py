"""Rendering a handout (core document model) to PDF with QPdfWriter.

Entries are laid out one at a time and painted straight onto pages, so a large
export never holds the whole document in memory. Links are real hyperlinks;
QR codes are optional. All text is escaped: nothing from the library is
interpreted as markup.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import segno
from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from desktop_app import APP_NAME
from desktop_app.core.transfer.handout import Handout, HandoutEntry
from desktop_app.gui.fonts import handout_font
from desktop_app.gui.pdf.labels import handout_labels
from desktop_app.gui.strings import type_text

Progress = Callable[[int], bool]  # done -> keep going?
QR_SIZE = 64.0  # points


class Cancelled(Exception):
    """The user cancelled the export; the partial file is removed."""


def _entry_html(e: HandoutEntry, note_label: str) -> str:
    x = html.escape
    meta = " · ".join(p for p in (e.who, e.year, type_text(e.type) if e.type else "") if p)
    rows = [f"<h3 style='margin:0'>{x(e.title)}</h3>"]
    if meta:
        rows.append(f"<p style='margin:2px 0;color:#444'>{x(meta)}</p>")
    tags = "; ".join(p for p in (e.topics, e.countries) if p)
    if tags:
        rows.append(f"<p style='margin:2px 0;color:#555'><i>{x(tags)}</i></p>")
    if e.note:
        rows.append(
            "<p style='margin:4px 0;padding:0;color:#1a4d7a'><b>"
            + x(note_label)
            + f"</b> {x(e.note).replace(chr(10), '<br>')}</p>"
        )
    if e.text:
        rows.append(f"<p style='margin:4px 0'>{x(e.text)}</p>")
    if e.url:
        rows.append(f"<p style='margin:2px 0'><a href='{x(e.url)}'>{x(e.url)}</a></p>")
    return "".join(rows)


class PdfRenderer:
    def __init__(self, handout: Handout, path: str | Path) -> None:
        self.handout = handout
        self.path = Path(path)
        self.writer = QPdfWriter(str(self.path))
        size = (
            QPageSize.PageSizeId.Letter
            if handout.page_size.lower() == "letter"
            else QPageSize.PageSizeId.A4
        )
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(size),
                QPageLayout.Orientation.Portrait,
                QMarginsF(40, 40, 40, 50),
                QPageLayout.Unit.Point,
            )
        )
        self.writer.setResolution(72)
        self.writer.setTitle(handout.title)
        self.writer.setCreator(APP_NAME)
        self.labels = handout_labels(handout.count, handout.made_on)
        self.font = handout_font(10)  # bundled: the same on every machine
        self.page = 1

    def _doc(self, body: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.font)
        doc.setTextWidth(width)
        doc.setDocumentMargin(0)
        doc.setHtml(body)
        return doc

    def entry_heights(self, entries: Iterable[HandoutEntry]) -> list[tuple[str, float]]:
        """(title, height) of every entry, for the table of contents' page numbers."""
        rect = self.writer.pageLayout().paintRect(QPageLayout.Unit.Point)
        width = rect.width() - (QR_SIZE + 12 if self.handout.qr else 0)
        out = []
        for e in entries:
            doc = self._doc(_entry_html(e, self.labels.note), width)
            out.append(
                (
                    e.title,
                    max(doc.size().height(), QR_SIZE if self.handout.qr and e.url else 0) + 14,
                )
            )
        return out

    def plan_toc(self, heights: list[tuple[str, float]]) -> list[tuple[str, int]]:
        """Each entry's page number, given the pages the contents themselves take."""
        rect = self.writer.pageLayout().paintRect(QPageLayout.Unit.Point)
        toc_pages = self._toc_pages([title for title, _ in heights], rect.width(), rect.height())
        page, y, out = 2 + toc_pages, 0.0, []
        for title, need in heights:
            if y > 0 and y + need > rect.height():
                page, y = page + 1, 0.0
            out.append((title, page))
            y += need
        return out

    def _toc_line(self, n: int, title: str, page: int | str, width: float) -> QTextDocument:
        return self._doc(
            f"<table width='100%'><tr><td>{QLocale().toString(n)}. {html.escape(title)}</td>"
            f"<td align='right' width='40'>{page}</td></tr></table>",
            width,
        )

    def _contents_heading(self, width: float) -> QTextDocument:
        return self._doc(f"<h2>{html.escape(self.labels.contents)}</h2>", width)

    def _toc_pages(self, titles: list[str], width: float, height: float) -> int:
        """How many pages the contents take, laid out exactly as they will be drawn."""
        pages = 1
        y = self._contents_heading(width).size().height() + 6
        for n, title in enumerate(titles, 1):
            need = self._toc_line(n, title, 9999, width).size().height()
            if y + need > height:
                pages, y = pages + 1, 0.0
            y += need + 2
        return pages

    def render(
        self,
        entries: Iterable[HandoutEntry],
        progress: Progress | None = None,
        toc_titles: list[tuple[str, int]] | None = None,
    ) -> int:
        painter = QPainter()
        if not painter.begin(self.writer):
            text = QCoreApplication.translate("Handout", "%1: cannot write the PDF here")
            raise OSError(text.replace("%1", str(self.path)))
        try:
            return self._render(painter, entries, progress, toc_titles)
        except Cancelled:
            painter.end()
            self.path.unlink(missing_ok=True)
            raise
        finally:
            if painter.isActive():
                painter.end()

    def _render(
        self,
        painter: QPainter,
        entries: Iterable[HandoutEntry],
        progress: Progress | None,
        toc_titles: list[tuple[str, int]] | None,
    ) -> int:
        rect = self.writer.pageLayout().paintRect(QPageLayout.Unit.Point)
        width, height = rect.width(), rect.height()
        h = self.handout
        cover = self._doc(
            f"<h1>{html.escape(h.title)}</h1>"
            f"<p>{html.escape(h.description)}</p>"
            f"<p>{html.escape(self.labels.cover)}</p>",
            width,
        )
        self._draw(painter, cover, 0.0)
        self._footer(painter, rect)
        if h.toc and toc_titles:
            self._new_page(painter)
            y = 0.0
            heading = self._contents_heading(width)
            self._draw(painter, heading, y)
            y += heading.size().height() + 6
            for n, (title, page) in enumerate(toc_titles, 1):
                line = self._toc_line(n, title, QLocale().toString(page), width)
                if y + line.size().height() > height:
                    self._footer(painter, rect)
                    self._new_page(painter)
                    y = 0.0
                self._draw(painter, line, y)
                y += line.size().height() + 2
            self._footer(painter, rect)
        self._new_page(painter)
        y = 0.0
        done = 0
        text_width = width - (QR_SIZE + 12 if h.qr else 0)
        for entry in entries:
            doc = self._doc(_entry_html(entry, self.labels.note), text_width)
            need = max(doc.size().height(), QR_SIZE if h.qr and entry.url else 0) + 14
            if y > 0 and y + need > height:
                self._footer(painter, rect)
                self._new_page(painter)
                y = 0.0
            self._draw(painter, doc, y)
            if h.qr and entry.url:
                self._qr(painter, entry.url, QPointF(width - QR_SIZE, y))
            y += need
            painter.setPen(QColor("#cccccc"))
            painter.drawLine(QPointF(0, y - 7), QPointF(width, y - 7))
            done += 1
            if progress is not None and done % 50 == 1 and not progress(done):
                raise Cancelled
        self._footer(painter, rect)
        return done

    def _draw(self, painter: QPainter, doc: QTextDocument, y: float) -> None:
        painter.save()
        painter.translate(0, y)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRectF(QPointF(0, 0), QSizeF(doc.size()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def _new_page(self, painter: QPainter) -> None:
        self.writer.newPage()
        self.page += 1

    def _footer(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setPen(QColor("#666666"))
        painter.setFont(handout_font(8))
        painter.drawText(
            QRectF(0, rect.height() + 12, rect.width(), 20),
            0x0084,  # AlignHCenter | AlignTop
            self.labels.page_footer(self.handout.title, self.page),
        )
        painter.restore()

    def _qr(self, painter: QPainter, url: str, at: QPointF) -> None:
        code = segno.make(url, error="m")
        matrix = list(code.matrix)
        cell = QR_SIZE / len(matrix)
        painter.save()
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(QColor("black"))
        for r, row in enumerate(matrix):
            for c, bit in enumerate(row):
                if bit:
                    painter.drawRect(QRectF(at.x() + c * cell, at.y() + r * cell, cell, cell))
        painter.restore()


def export_pdf(
    handout: Handout,
    make_entries: Callable[[], Iterable[HandoutEntry]],
    path: str | Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the handout to ``path``; returns the number of entries written.

    ``make_entries`` is called once more for the contents' page numbers when the
    handout has a table of contents (entries are streamed, never all held).
    """
    folder = Path(path).parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        text = QCoreApplication.translate(
            "Handout", "the folder %1 does not exist or cannot be written"
        )
        raise OSError(text.replace("%1", str(folder)))
    renderer = PdfRenderer(handout, path)
    toc = renderer.plan_toc(renderer.entry_heights(make_entries())) if handout.toc else None
    return renderer.render(make_entries(), progress, toc)
