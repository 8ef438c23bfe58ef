"""The year range: From/To boxes (either may be "any") over a small histogram of years.

Made for the keyboard: Up/Down step a year (from "any" straight to the first or last
year with resources), typing a year works, Enter applies at once; otherwise a
change applies after a short pause, so stepping through years does not start a
search at each step. The histogram shows how many resources each year has
(counted from the facet data, the range itself left out so the other years show);
dragging across it picks a range with the mouse. A resource counts for its year
whatever its date's precision (2017, 2017-10 or 2017-10-26); undated resources are
left out while a range is set.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ANY = 999  # the spin boxes' minimum, shown as "any": that end is open
LAST = 2999
PAUSE_MS = 500


class YearHistogram(QWidget):
    """Bars of resources per year; the chosen range is drawn in the highlight colour."""

    picked = Signal(int, int)  # first and last year dragged over

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearHistogram")
        self.setAccessibleName(self.tr("Resources by year"))
        self.setMinimumHeight(3 * self.fontMetrics().height())
        self.setMouseTracking(True)
        self.counts: dict[int, int] = {}
        self.low: int | None = None
        self.high: int | None = None
        self._drag: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(160, 3 * self.fontMetrics().height())

    def set_counts(self, counts: dict[int, int]) -> None:
        """Resources per year (years with none may be left out)."""
        self.counts = dict(counts)
        span = self.span()
        if span:
            years = sorted(self.counts)
            self.setToolTip(
                self.tr("%1 to %2; drag across years to choose a range")
                .replace("%1", str(years[0]))
                .replace("%2", str(years[-1]))
            )
        self.update()

    def set_range(self, low: int | None, high: int | None) -> None:
        self.low, self.high = low, high
        self.update()

    def span(self) -> tuple[int, int] | None:
        return (min(self.counts), max(self.counts)) if self.counts else None

    def year_at(self, x: int) -> int | None:
        span = self.span()
        if span is None or self.width() <= 0:
            return None
        first, last = span
        n = last - first + 1
        return first + min(n - 1, max(0, x * n // self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        span = self.span()
        if span is None:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated resources")
            )
            return
        first, last = span
        n = last - first + 1
        top = max(self.counts.values()) or 1
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        scale = painter.fontMetrics().height()
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, str(first)
        )
        if last != first:
            right = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight
            painter.drawText(self.rect(), right, str(last))
        base = self.height() - scale  # the first and last years are written under the bars
        height = base - 2
        for i in range(n):
            year = first + i
            count = self.counts.get(year, 0)
            if not count:
                continue
            x0, x1 = i * self.width() // n, (i + 1) * self.width() // n
            bar = max(2, count * height // top)
            inside = (self.low is None or year >= self.low) and (
                self.high is None or year <= self.high
            )
            chosen = (self.low is not None or self.high is not None) and inside
            colour = pal.color(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Mid)
            painter.fillRect(QRect(x0, base - bar, max(1, x1 - x0 - 1), bar), colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = self.year_at(event.position().toPoint().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        year = self.year_at(event.position().toPoint().x())
        if year is not None:
            self.setToolTip(
                self.tr("%1: %2")
                .replace("%1", str(year))
                .replace("%2", f"{self.counts.get(year, 0):,}")
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, self._drag = self._drag, None
        end = self.year_at(event.position().toPoint().x())
        if event.button() == Qt.MouseButton.LeftButton and start is not None and end is not None:
            self.picked.emit(min(start, end), max(start, end))


class YearSpin(QSpinBox):
    """A year, or "any" (the minimum); stepping from "any" lands on the data's years."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(ANY, LAST)
        self.setSpecialValueText(self.tr("any"))
        self.setValue(ANY)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.first_last: tuple[int, int] | None = None
        self.from_end = True  # "any" steps up to the first year (From) or the last (To)

    def stepBy(self, steps: int) -> None:
        if self.value() == ANY and steps > 0 and self.first_last:
            self.setValue(self.first_last[0] if self.from_end else self.first_last[1])
            return
        super().stepBy(steps)

    def year(self) -> int | None:
        return None if self.value() == ANY else self.value()


class YearRange(QWidget):
    """From/To years over their histogram; says which range the user chose."""

    rangeChosen = Signal(object, object)  # low, high: int or None (open)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearRange")
        self.setAccessibleName(self.tr("Year range"))
        self.histogram = YearHistogram(self)
        self.low = YearSpin("yearFrom", self)
        self.low.setAccessibleName(self.tr("From year"))
        self.high = YearSpin("yearTo", self)
        self.high.setAccessibleName(self.tr("To year"))
        self.high.from_end = False
        self.clear = QToolButton(self)
        self.clear.setObjectName("yearClear")
        self.clear.setText("✕")
        self.clear.setToolTip(self.tr("Any year: clear the year range"))
        self.clear.setAccessibleName(self.tr("Any year: clear the year range"))
        self.clear.clicked.connect(lambda: self.choose(None, None))
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.low)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.high)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(from_label)
        row.addWidget(self.low, 1)
        row.addWidget(to_label)
        row.addWidget(self.high, 1)
        row.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(self.histogram)
        layout.addLayout(row)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._apply)
        self._chosen: tuple[int | None, int | None] = (None, None)
        for spin in (self.low, self.high):
            spin.valueChanged.connect(self._changed)
            spin.editingFinished.connect(self._apply)
        self.histogram.picked.connect(self.choose)

    def set_counts(self, counts: dict[int, int]) -> None:
        """Resources per year in the current results (the range itself left out)."""
        self.histogram.set_counts(counts)
        span = self.histogram.span()
        for spin in (self.low, self.high):
            spin.first_last = span

    def set_range(self, low: int | None, high: int | None) -> None:
        """Show the search's range (no signal)."""
        self._chosen = (low, high)
        for spin, year in ((self.low, low), (self.high, high)):
            spin.blockSignals(True)
            spin.setValue(ANY if year is None else year)
            spin.blockSignals(False)
        self.histogram.set_range(low, high)
        self.clear.setEnabled(low is not None or high is not None)

    def choose(self, low: int | None, high: int | None) -> None:
        """Set the range and say so at once (a drag on the histogram, Any year)."""
        self.set_range(low, high)
        self._pause.stop()
        self.rangeChosen.emit(low, high)

    def _changed(self, _value: int) -> None:
        low, high = self.low.year(), self.high.year()
        self.histogram.set_range(low, high)
        self._pause.start()

    def _apply(self) -> None:
        self._pause.stop()
        low, high = self.low.year(), self.high.year()
        if low is not None and high is not None and low > high:
            low, high = high, low  # "2020 to 2015" means the years between
        if (low, high) != self._chosen:
            self.choose(low, high)
