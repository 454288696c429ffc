"""A small bar and line chart drawn with QPainter.

Drawn by hand rather than with QtCharts (deprecated from Qt 6.10, and the large Addons wheel)
or pyqtgraph (numpy and its own scene graph in the bundle, for a few bars): text goes through
the same Qt text engine and bundled Noto fonts as the rest of the window, so Devanagari labels
shape correctly, and every colour but the series' comes from the palette, so light and dark
themes both read. A click on a bar or point reports which one, for drill-down.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Mid-tone colours that keep their contrast on white and on near-black backgrounds.
SERIES_COLORS = ("#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#14b8a6")
MARGIN = 8


def _whole(value: float) -> str:
    return f"{value:,.0f}"


def nice_top(value: float) -> float:
    """The axis top: 1, 2, 4 or 8 times a power of ten (at least 4), so its four steps are
    round numbers."""
    if value <= 0:
        return 4.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 4, 8, 10):
        if value <= factor * power:
            return float(max(factor * power, 4))
    return float(10 * power)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]


class ChartWidget(QWidget):
    point_clicked = Signal(int, int)  # series index, point index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "bar"
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.value_text: Callable[[float], str] = _whole
        self._hits: list[tuple[QRectF, int, int]] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_data(self, labels: list[str], series: list[Series], kind: str = "bar") -> None:
        self.labels, self.series, self.kind = list(labels), list(series), kind
        self.update()

    def hit_areas(self) -> list[tuple[QRectF, int, int]]:
        """Where each bar or point was drawn last: (area, series, point)."""
        return list(self._hits)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(50)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._hits = []
        metrics = QFontMetrics(self.font())
        if not self.labels or not self.series:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        top = nice_top(max((max(s.values, default=0) for s in self.series), default=0))
        line_h = metrics.height()
        legend_h = line_h + 4 if len(self.series) > 1 else 0
        axis_w = metrics.horizontalAdvance(self.value_text(top)) + 6
        plot = QRectF(MARGIN + axis_w, MARGIN + legend_h + line_h,
                      self.width() - 2 * MARGIN - axis_w,
                      self.height() - 2 * MARGIN - legend_h - 2 * line_h - 4)
        if plot.width() < 20 or plot.height() < 20:
            return
        self._draw_axes(painter, plot, top, text, grid, metrics)
        slot = plot.width() / len(self.labels)
        painter.setPen(text)
        # Many narrow slots (days of a quarter): label every few, each whole, not all cut off.
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        every = 1 if widest <= slot or len(self.labels) < 8 else math.ceil(widest / slot)
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            room = slot * every
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(room) - 2)
            painter.drawText(QRectF(plot.left() + i * slot + slot / 2 - room / 2,
                                    plot.bottom() + 4, room, line_h),
                             Qt.AlignmentFlag.AlignHCenter, shown)
        if self.kind == "line":
            self._draw_lines(painter, plot, top, slot)
        else:
            self._draw_bars(painter, plot, top, slot, text, metrics)
        self._draw_legend(painter, text, metrics)

    def _draw_axes(self, painter: QPainter, plot: QRectF, top: float, text: QColor,
                   grid: QColor, metrics: QFontMetrics) -> None:
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = self.value_text(top * step / 4)
            painter.drawText(QRectF(MARGIN, y - metrics.height() / 2, plot.left() - MARGIN - 4,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    def _draw_bars(self, painter: QPainter, plot: QRectF, top: float, slot: float,
                   text: QColor, metrics: QFontMetrics) -> None:
        width = slot * 0.8 / len(self.series)
        for s_index, series in enumerate(self.series):
            color = QColor(SERIES_COLORS[s_index % len(SERIES_COLORS)])
            for i, value in enumerate(series.values):
                height = plot.height() * value / top
                x = plot.left() + i * slot + slot * 0.1 + s_index * width
                bar = QRectF(x, plot.bottom() - height, max(1.0, width - 2), height)
                painter.fillRect(bar, color)
                self._hits.append((QRectF(x, plot.top(), width, plot.height()), s_index, i))
                if width >= metrics.horizontalAdvance(self.value_text(value)) + 2:
                    painter.setPen(text)
                    painter.drawText(QRectF(x - 4, bar.top() - metrics.height(), width + 8,
                                            metrics.height()),
                                     Qt.AlignmentFlag.AlignHCenter, self.value_text(value))

    def _draw_lines(self, painter: QPainter, plot: QRectF, top: float, slot: float) -> None:
        for s_index, series in enumerate(self.series):
            color = QColor(SERIES_COLORS[s_index % len(SERIES_COLORS)])
            points = [QPointF(plot.left() + (i + 0.5) * slot,
                              plot.bottom() - plot.height() * v / top)
                      for i, v in enumerate(series.values)]
            painter.setPen(QPen(color, 2))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(color)
            for i, point in enumerate(points):
                painter.drawEllipse(point, 3, 3)
                self._hits.append((QRectF(point.x() - slot / 2, plot.top(), slot, plot.height()),
                                   s_index, i))
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, text: QColor, metrics: QFontMetrics) -> None:
        if len(self.series) < 2:
            return
        x = float(MARGIN)
        for s_index, series in enumerate(self.series):
            color = QColor(SERIES_COLORS[s_index % len(SERIES_COLORS)])
            box = metrics.height() * 0.7
            painter.fillRect(QRectF(x, MARGIN + (metrics.height() - box) / 2, box, box), color)
            x += box + 4
            painter.setPen(text)
            painter.drawText(QPointF(x, MARGIN + metrics.ascent()), series.name)
            x += metrics.horizontalAdvance(series.name) + 14

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for area, s_index, i in self._hits:
            if area.contains(event.position()):
                self.point_clicked.emit(s_index, i)
                return
        super().mousePressEvent(event)
