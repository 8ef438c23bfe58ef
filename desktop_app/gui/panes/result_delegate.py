"""Painting a result row: type icon, title, who/year/type, highlighted snippet.

A row is laid out once per width and text size (``RowLayout``: one ``QTextLayout``
per part, broken into lines between words) and the same layout gives the row its
height (``sizeHint``) and is drawn (``paint``), so a row is exactly as tall as its
text: no line cut through the middle, no gap under a row without a snippet. A long
title or snippet ends with "…" at the end of its last line.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop_app.core.library.records import ResourceView
from desktop_app.core.search.results import Snippet
from desktop_app.gui.models.results_model import (
    IdRole,
    KnownSnippetRole,
    SnippetRole,
    SubtitleRole,
    ViewRole,
)

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
ELLIPSIS = "…"
TRAILING = " ,;:.-–—"  # dropped before an ellipsis
TITLE_LINES = 3
SUBTITLE_LINES = 1
SNIPPET_LINES = 3
CACHE_ROWS = 1000


def laid_out(
    text: str,
    font: QFont,
    width: float,
    max_lines: int,
    bold: tuple[tuple[int, int], ...] = (),
    italic: int = 0,
) -> QTextLayout:
    """``text`` broken into at most ``max_lines`` lines of ``width`` between words (a
    word wider than a line is broken), the last ending in "…" when text was left out;
    ``bold`` spans are set in bold, the first ``italic`` characters in italics. Lines
    are placed one under another from y = 0."""
    if italic:
        bold = ((-italic, 0), *bold)  # a negative start marks the italic lead
    layout = _lines(text, font, width, bold)
    if layout.lineCount() <= max_lines:
        return layout
    # the lines that fit, less whole words from the end until "…" fits after them
    last = layout.lineAt(max_lines - 1)
    floor = last.textStart()  # the lines above the last one stay as they are
    head = text[: floor + last.textLength()].rstrip()
    while True:
        trial = _lines(head.rstrip(TRAILING) + ELLIPSIS, font, width, bold)
        if trial.lineCount() <= max_lines or len(head) <= floor:
            return trial
        space = head.rfind(" ", floor)
        # a last line of one long word loses letters instead
        head = head[:space] if space > floor else head[:-1]


def _lines(text: str, font: QFont, width: float, bold: tuple[tuple[int, int], ...]) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if bold:
        heavy = QTextCharFormat()
        heavy.setFontWeight(QFont.Weight.Bold)
        slanted = QTextCharFormat()
        slanted.setFontItalic(True)
        ranges = []
        for start, end in bold:
            if start >= len(text):
                continue
            span = QTextLayout.FormatRange()
            if start < 0:  # the italic lead: its first -start characters
                span.start, span.length, span.format = 0, min(-start, len(text)), slanted
            else:
                span.start, span.length, span.format = start, min(end, len(text)) - start, heavy
            ranges.append(span)
        layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def layout_height(layout: QTextLayout) -> float:
    """The height of all of ``layout``'s lines."""
    n = layout.lineCount()
    return 0.0 if n == 0 else layout.lineAt(n - 1).rect().bottom()


@dataclass(slots=True)
class RowLayout:
    """A row's text parts placed from its top-left corner, and its height."""

    parts: list[tuple[QTextLayout, str]]  # layout (positioned), role: title/sub/body
    height: int
    view: ResourceView | None
    snippet: Snippet | None

    def text_rect(self) -> QRectF:
        """The bounding box of every line of text, from the row's top-left corner."""
        box = QRectF()
        for layout, _role in self.parts:
            pos = layout.position()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                box = box.united(line.naturalTextRect().translated(pos))
        return box


class ResultDelegate(QStyledItemDelegate):
    """Lays out and paints result rows; the view asks ``sizeHint`` of the same layout."""

    PAD = 6
    ICON = 24
    GAP = 2  # between the title, subtitle and snippet

    def __init__(self, parent: QAbstractItemView | None = None) -> None:
        super().__init__(parent)
        self._rows: OrderedDict[tuple[int, int, str], RowLayout] = OrderedDict()

    # -- layout ---------------------------------------------------------------------------------
    def text_width(self, option: QStyleOptionViewItem) -> int:
        """The width the text is laid out in: the view's viewport less icon and padding."""
        widget = option.widget
        width = (
            widget.viewport().width()
            if isinstance(widget, QAbstractItemView)
            else option.rect.width()
        )
        return max(40, width - self.ICON - 3 * self.PAD)

    def row_layout(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        *,
        ask: bool = False,
    ) -> RowLayout:
        """The row's layout at the current width and font (kept while neither changes);
        ``ask``: ask for the snippet if it is not here yet (only rows being painted do)."""
        view: ResourceView | None = index.data(ViewRole)
        role = SnippetRole if ask else KnownSnippetRole
        snip: Snippet | None = index.data(role) if view is not None else None
        font: QFont = option.font
        width = self.text_width(option)
        key = (int(index.data(IdRole) or -1 - index.row()), width, font.key())
        row = self._rows.get(key)
        if row is not None and row.view is view and row.snippet is snip:
            self._rows.move_to_end(key)
            return row
        row = self._lay_out(view, snip, index, font, width)
        self._rows[key] = row
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return row

    def _lay_out(
        self,
        view: ResourceView | None,
        snip: Snippet | None,
        index: QModelIndex | QPersistentModelIndex,
        font: QFont,
        width: int,
    ) -> RowLayout:
        x = float(self.ICON + 2 * self.PAD)
        parts: list[tuple[QTextLayout, str]] = []
        if view is None:
            italic = QFont(font)
            italic.setItalic(True)
            parts.append((laid_out(self.tr("Loading…"), italic, width, 1), "sub"))
        else:
            title_font = QFont(font)
            title_font.setWeight(QFont.Weight.DemiBold)
            title = " ".join(view.title.split())
            parts.append((laid_out(title, title_font, width, TITLE_LINES), "title"))
            sub = index.data(SubtitleRole) or ""
            if sub:
                parts.append((laid_out(sub, font, width, SUBTITLE_LINES), "sub"))
            if snip is not None and snip.text:
                lead = self.where_found(snip) if snip.from_document else ""
                spans = tuple((a + len(lead), b + len(lead)) for a, b in snip.spans)
                body = laid_out(lead + snip.text, font, width, SNIPPET_LINES, spans, len(lead))
                parts.append((body, "body"))
            if snip is not None and snip.in_document and not snip.from_document:
                # found in the details and in the document: say where in the document
                # ("Found in …" when the words are not all in the details either)
                also = self.where_found(snip, also=snip.metadata_match).rstrip(": ")
                parts.append((laid_out(also, font, width, 1, (), len(also)), "sub"))
            elif snip is None and (view.summary or view.excerpt):
                # the snippet is on its way: the start of the summary meanwhile
                lead = " ".join((view.summary or view.excerpt)[:400].split())
                parts.append((laid_out(lead, font, width, SNIPPET_LINES), "body"))
        y = float(self.PAD)
        for layout, _role in parts:
            layout.setPosition(QPointF(x, y))
            y += layout_height(layout) + self.GAP
        bottom = y - self.GAP + self.PAD
        height = int(max(bottom, self.ICON + 2 * self.PAD) + 0.999)
        return RowLayout(parts, height, view, snip)

    def where_found(self, snip: Snippet, *, also: bool = False) -> str:
        """What a row says before text found in its document ("Found in the document ·
        p. 34: "), or under a summary that matched too ("Also in the document · p. 34")."""
        if also:
            if snip.page is None:
                return self.tr("Also in the document")
            return self.tr("Also in the document · p. %1").replace("%1", str(snip.page))
        if snip.page is None:
            return self.tr("Found in the document: ")
        return self.tr("Found in the document · p. %1: ").replace("%1", str(snip.page))

    # -- Qt's delegate API -------------------------------------------------------------------
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        row = self.row_layout(option, index)
        return QSize(self.text_width(option) + self.ICON + 3 * self.PAD, row.height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        rect: QRect = option.rect
        background = QStyleOptionViewItem(option)
        background.text = ""
        background.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        row = self.row_layout(option, index, ask=True)
        state = option.state
        palette: QPalette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.translate(rect.topLeft())
        mirrored = option.direction == Qt.LayoutDirection.RightToLeft  # icon right, text left
        shift = QPointF(-float(self.ICON + self.PAD), 0.0) if mirrored else QPointF(0.0, 0.0)
        if row.view is not None:
            icon = style.standardIcon(
                TYPE_ICONS.get(row.view.type, QStyle.StandardPixmap.SP_FileIcon)
            )
            icon.paint(painter, self.icon_rect(rect.width(), option.direction))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        for layout, role in row.parts:
            painter.setPen(quiet if role == "sub" else text)
            layout.draw(painter, shift)
        if state & QStyle.StateFlag.State_HasFocus:
            self._focus_frame(painter, QRect(0, 0, rect.width(), rect.height()), palette, selected)
        painter.restore()

    def icon_rect(self, width: int, direction: Qt.LayoutDirection) -> QRect:
        """Where a row of ``width`` shows its type icon: at its start (the right when the
        layout is mirrored, for a right-to-left language)."""
        mirrored = direction == Qt.LayoutDirection.RightToLeft
        left = width - self.PAD - self.ICON if mirrored else self.PAD
        return QRect(left, self.PAD, self.ICON, self.ICON)

    @staticmethod
    def _focus_frame(painter: QPainter, rect: QRect, palette: QPalette, selected: bool) -> None:
        """A clear keyboard-focus frame: two pixels, in a colour that shows on the row."""
        colour = QColor(
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            )
        )
        pen = QPen(colour, 2)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def line_breaks(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> list[tuple[str, int]]:
        """Each laid-out line's text and where in its part it ends (for checking that
        lines break between words)."""
        row = self.row_layout(option, index)
        out = []
        for layout, _role in row.parts:
            text = layout.text()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                out.append((text, line.textStart() + line.textLength()))
        return out

    def metrics(self, option: QStyleOptionViewItem) -> QFontMetricsF:
        """The font metrics the rows are laid out with."""
        return QFontMetricsF(option.font)
