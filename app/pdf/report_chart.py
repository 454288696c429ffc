"""A report's chart as a ReportLab drawing: bars or lines, a value axis, the labels under the
bars and a legend. Labels are drawn run by run in the bundled faces and shaped with HarfBuzz
where a script needs it (a Devanagari label prints with its conjuncts), which the chart
classes' own labels do not do."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from app.pdf.fonts import LATIN, font_runs, needs_shaping, register_fonts

# The window's chart colours (app/ui/chart_widget.py), so paper and screen match.
SERIES_COLORS = ("#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#14b8a6")
LABEL_SIZE = 7


def _piece(text: str, face: str, size: float) -> tuple[str, float]:
    """*text* ready to draw in *face* (shaped when it needs it) and its width."""
    if face != LATIN and needs_shaping(text):
        shaped = shapeStr(text, face, size)
        if isinstance(shaped, ShapedStr):
            return shaped, sum(g.x_advance for g in shaped.__shapeData__) * size / 1000
    return text, stringWidth(text, face, size)


def text_width(text: str, size: float = LABEL_SIZE) -> float:
    return sum(_piece(chunk, face, size)[1] for face, chunk in font_runs(text))


def label(text: str, x: float, y: float, size: float = LABEL_SIZE,
          anchor: str = "start", fill: colors.Color = colors.black) -> Group:
    """*text* at (x, y) in runs of the bundled faces; anchor start, middle or end."""
    pieces = [(face, *_piece(chunk, face, size)) for face, chunk in font_runs(text)]
    width = sum(w for _, _, w in pieces)
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    group = Group()
    for face, shown, w in pieces:
        group.add(String(left, y, shown, fontName=face, fontSize=size, fillColor=fill))
        left += w
    return group


def fitted(text: str, room: float, size: float = LABEL_SIZE) -> str:
    """*text*, cut with an ellipsis to fit *room* points."""
    if text_width(text, size) <= room:
        return text
    while len(text) > 1 and text_width(text + "…", size) > room:
        text = text[:-1]
    return text + "…"


def axis_top(value: float) -> float:
    """1, 2, 4 or 8 times a power of ten, at least 4, as on the window's chart: its four
    steps are round numbers."""
    if value <= 0:
        return 4.0
    power = 10 ** math.floor(math.log10(value))
    factor = next(f for f in (1, 2, 4, 8, 10) if value <= f * power)
    return float(max(factor * power, 4))


def report_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 kind: str, width: float, height: float = 190) -> Drawing:
    """The chart of a report: one bar (or point) per label for each series."""
    register_fonts()
    drawing = Drawing(width, height)
    legend_h = 14 if len(series) > 1 else 0
    chart = HorizontalLineChart() if kind == "line" else VerticalBarChart()
    chart.x, chart.y = 40, 22
    chart.width, chart.height = width - 50, height - 30 - legend_h
    chart.data = [list(values) or [0.0] for _, values in series] or [[0.0]]
    chart.categoryAxis.categoryNames = [""] * len(labels)
    chart.categoryAxis.labels.visible = 0
    top = max((max(values, default=0) for _, values in series), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = axis_top(top)
    chart.valueAxis.valueStep = axis_top(top) / 4
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = 1
    for i in range(len(series)):
        color = colors.HexColor(SERIES_COLORS[i % len(SERIES_COLORS)])
        if kind == "line":
            chart.lines[i].strokeColor = color
            chart.lines[i].strokeWidth = 1.5
        else:
            chart.bars[i].fillColor = color
            chart.bars[i].strokeColor = None
    drawing.add(chart)
    if labels:
        slot = chart.width / len(labels)
        widest = max(text_width(t) for t in labels) + 4
        every = 1 if widest <= slot or len(labels) < 8 else math.ceil(widest / slot)
        for i, text in enumerate(labels):
            if i % every == 0:
                room = slot * every - 2
                drawing.add(label(fitted(text, room), chart.x + (i + 0.5) * slot, 10,
                                  anchor="middle"))
    x = float(chart.x)
    for i, (name, _) in enumerate(series if len(series) > 1 else ()):
        drawing.add(Rect(x, height - 11, 7, 7, strokeColor=None,
                         fillColor=colors.HexColor(SERIES_COLORS[i % len(SERIES_COLORS)])))
        drawing.add(label(name, x + 10, height - 10))
        x += 24 + text_width(name)
    return drawing
