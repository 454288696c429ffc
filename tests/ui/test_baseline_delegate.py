"""Names in Devanagari and Latin sit on the same line across a table row."""

from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from app.ui.baseline_delegate import BaselineDelegate
from app.ui.fonts import application_font, load_bundled_fonts


def _ink_bottom(image, x0: int, x1: int, y0: int, y1: int) -> int:
    """The lowest pixel row between y0 and y1 holding dark text in columns x0..x1."""
    bottom = -1
    for y in range(y0, y1):
        for x in range(x0, x1):
            if QColor(image.pixel(x, y)).lightness() < 100:
                bottom = y
                break
    return bottom


def _bottoms(qtbot, delegate: bool) -> tuple[int, int]:
    load_bundled_fonts()
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("Ravi Nam"))  # no descenders: ink ends on the baseline
    model.setItem(0, 1, QStandardItem("राम नाम"))  # nothing below the line either
    view = QTableView()
    qtbot.addWidget(view)
    view.setFont(application_font(22))
    view.setWordWrap(False)  # as the app's tables are
    view.setModel(model)
    if delegate:
        view.setItemDelegate(BaselineDelegate(view))
    view.verticalHeader().setDefaultSectionSize(60)
    view.setColumnWidth(0, 220)
    view.setColumnWidth(1, 220)
    view.resize(520, 140)
    view.show()
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    return (_ink_bottom(image, 4, 216, 2, 58), _ink_bottom(image, 224, 436, 2, 58))


def test_devanagari_and_latin_cells_share_a_baseline(qtbot) -> None:
    latin, devanagari = _bottoms(qtbot, delegate=True)
    assert latin > 0 and devanagari > 0
    assert abs(latin - devanagari) <= 1
    plain_latin, plain_devanagari = _bottoms(qtbot, delegate=False)
    assert plain_latin - plain_devanagari >= 3  # what Qt alone does: Devanagari rides high
