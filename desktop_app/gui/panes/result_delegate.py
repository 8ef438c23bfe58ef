"""Painting a result row: type icon, title, who/year/type, highlighted snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.core.library.records import ResourceView
from desktop_app.core.search import Snippet
from desktop_app.gui.models.results_model import SnippetRole, SubtitleRole, ViewRole

TYPE_ICONS = {
    "report": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "book": QStyle.StandardPixmap.SP_FileDialogListView,
    "guide": QStyle.StandardPixmap.SP_DialogHelpButton,
    "infographic": QStyle.StandardPixmap.SP_DesktopIcon,
    "article": QStyle.StandardPixmap.SP_FileIcon,
    "web_page": QStyle.StandardPixmap.SP_DriveNetIcon,
    "checklist": QStyle.StandardPixmap.SP_DialogApplyButton,
    "case_study": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "legislation_review": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "training_material": QStyle.StandardPixmap.SP_DirIcon,
}


def snippet_html(snippet: Snippet) -> str:
    """The snippet as safe HTML: the text escaped, matched words in bold."""
    out, pos = [], 0
    for start, end in snippet.spans:
        out.append(html.escape(snippet.text[pos:start]))
        out.append(f"<b>{html.escape(snippet.text[start:end])}</b>")
        pos = end
    out.append(html.escape(snippet.text[pos:]))
    return "".join(out)


class ResultDelegate(QStyledItemDelegate):
    PAD = 6
    ICON = 24

    def _doc(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        view: ResourceView | None = index.data(ViewRole)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(max(50, width))
        if view is None:
            doc.setHtml(f"<i>{html.escape(self.tr('Loading…'))}</i>")
            return doc
        sub = index.data(SubtitleRole) or ""
        snip: Snippet | None = index.data(SnippetRole)
        body = (
            snippet_html(snip)
            if snip is not None and snip.text
            else html.escape((view.summary or view.excerpt)[:200])
        )
        doc.setHtml(
            f"<div style='font-weight:600'>{html.escape(view.title)}</div>"
            f"<div style='color:{option.palette.color(QPalette.ColorRole.PlaceholderText).name()}'>"
            f"{html.escape(sub)}</div>"
            f"<div>{body}</div>"
        )
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_opt = QStyleOptionViewItem(option)
        text_opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_opt, painter, option.widget)
        view: ResourceView | None = index.data(ViewRole)
        rect: QRect = option.rect
        x = rect.x() + self.PAD
        if view is not None:
            icon = style.standardIcon(TYPE_ICONS.get(view.type, QStyle.StandardPixmap.SP_FileIcon))
            icon.paint(painter, QRect(x, rect.y() + self.PAD, self.ICON, self.ICON))
        x += self.ICON + self.PAD
        doc = self._doc(option, index, rect.right() - x - self.PAD)
        painter.save()
        painter.translate(x, rect.y() + self.PAD)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.setClipRect(QRect(0, 0, rect.width() - x, rect.height() - self.PAD))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * 6 + 2 * self.PAD)
