"""How a facet row is drawn: the count keeps its own column at the right edge.

A narrow sidebar elides the label ("Child Protecti…  11"), never the count. A group
row gets its arrow drawn here (the sidebar shows a collapsed group's ticked values,
so the tree's own arrows would not tell the truth).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.gui.models.facet_model import CountRole, KindRole, LabelRole, OpenRole

CHECK = QStyle.SubElement.SE_ItemViewItemCheckIndicator

GAP = 6  # pixels between the label and the count


@dataclass(frozen=True, slots=True)
class RowParts:
    """Where a row's parts go: the (elided) label, the count, a group's arrow."""

    label: str
    label_rect: QRect
    count: str
    count_rect: QRect
    arrow_rect: QRect | None


class FacetDelegate(QStyledItemDelegate):
    """Paints facet rows: elided label, right-aligned count, a group's arrow."""

    def parts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> RowParts | None:
        """The row's layout in ``option.rect`` (None for rows drawn the usual way)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return self._parts(opt, index)

    def _parts(
        self, opt: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> RowParts | None:
        kind = index.data(KindRole)
        widget: QWidget | None = opt.widget
        if kind not in ("value", "group") or widget is None:
            return None
        rect: QRect = opt.rect
        arrow = rect.height() if kind == "group" else 0
        text_rect = widget.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, opt, widget
        )
        text_rect.setLeft(text_rect.left() + arrow)
        fm = QFontMetrics(opt.font)
        count = f"{index.data(CountRole):,}" if kind == "value" else ""
        count_w = fm.horizontalAdvance(count) if count else 0
        room = max(0, text_rect.width() - (count_w + GAP if count else 0))
        label = fm.elidedText(str(index.data(LabelRole) or ""), Qt.TextElideMode.ElideRight, room)
        return RowParts(
            label,
            QRect(text_rect.left(), text_rect.top(), room, text_rect.height()),
            count,
            QRect(text_rect.right() - count_w + 1, text_rect.top(), count_w, text_rect.height()),
            QRect(rect.left(), rect.top(), arrow, arrow) if arrow else None,
        )

    @staticmethod
    def _outline_check(painter: QPainter, box: QRect, palette: QPalette) -> None:
        """The tick box's edge in the text colour: some styles draw it in a shade of
        the window colour, which vanishes on dark palettes."""
        ink = QColor(palette.color(QPalette.ColorRole.Text))
        ink.setAlpha(140)
        painter.save()
        painter.setPen(ink)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(1, 1, -2, -2))
        painter.restore()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        parts = self._parts(opt, index)
        if parts is None:
            super().paint(painter, option, index)
            return
        widget: QWidget = opt.widget
        style = widget.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            self._outline_check(painter, style.subElementRect(CHECK, opt, widget), palette)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        if parts.arrow_rect is not None:
            branch = QStyleOption()
            branch.rect = parts.arrow_rect
            branch.palette = palette
            state = QStyle.StateFlag.State_Children | QStyle.StateFlag.State_Enabled
            if index.data(OpenRole):
                state |= QStyle.StateFlag.State_Open
            branch.state = state
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, branch, painter, widget)
        painter.setFont(opt.font)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = brush.color() if brush is not None and not selected else None
        painter.setPen(colour or palette.color(QPalette.ColorGroup.Normal, role))
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(parts.label_rect, middle | Qt.AlignmentFlag.AlignLeft, parts.label)
        if parts.count:
            painter.drawText(parts.count_rect, middle | Qt.AlignmentFlag.AlignRight, parts.count)
        painter.restore()
