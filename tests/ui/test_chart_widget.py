"""The chart widget: round axis steps, a hit area per bar, clicks reported, any script."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from app.ui.chart_widget import ChartWidget, Series, nice_top


def test_axis_tops_are_round() -> None:
    assert [nice_top(v) for v in (0, 1, 3, 5, 14, 20, 21, 730, 9_000)] == [
        4, 4, 4, 8, 20, 20, 40, 800, 10_000]


def test_bars_can_be_clicked_and_labels_in_devanagari_are_drawn(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data(["राजेश → रवि", "Asha → Sita"], [Series("Booked", [3, 5]),
                                                  Series("Held", [1, 4])])
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    assert len(chart.hit_areas()) == 4
    clicked: list[tuple[int, int]] = []
    chart.point_clicked.connect(lambda s, p: clicked.append((s, p)))
    area = next(a for a, s, p in chart.hit_areas() if (s, p) == (1, 1))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(area.center().x()), int(area.bottom()) - 2))
    assert clicked == [(1, 1)]
    # The label row holds drawn text in the palette's text colour (not left blank).
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    row = int(area.bottom()) + 10
    inks = {image.pixelColor(x, row).name() for x in range(0, image.width())}
    assert QColor(text).name() in inks or len(inks) > 3


def test_dark_palette_colours_the_background_and_text(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    chart.setPalette(palette)
    chart.resize(300, 200)
    chart.set_data(["a"], [Series("x", [1])])
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2).name() == "#17181a"
