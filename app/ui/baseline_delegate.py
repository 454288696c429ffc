"""Table cells whose text sits on one baseline whatever the script.

Qt centres each cell's line by the metrics of the fonts it used. A cell holding only Devanagari
is laid out with Noto Sans Devanagari's shorter ascent, so its text rides visibly higher than the
Latin text in the next cell. This delegate draws every cell's text on the baseline of the view's
own (Latin) font, so names in both scripts line up across a row.

Text the view's own font covers (Latin, Greek, Cyrillic: everything below U+0590) already sits
on that baseline, so Qt paints it unaided; only the other cells take the way through Python.
That is nearly every cell of a scrolled list, and it keeps a frame within 60 fps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# The first character the view's font (Noto Sans) leaves to a fallback face: Hebrew onwards.
FIRST_FALLBACK_CHAR = "\u0590"
_paint_unaided = QStyledItemDelegate.paint


class BaselineDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, cells: Callable[[int], tuple[str, ...]] | None = None) -> None:
        """*cells*: the model's display texts of a row (``KeysetTableModel.cells``), read
        without a round trip through ``data()``; without it, the display role is asked."""
        super().__init__(parent)
        self._cells = cells

    def needs_baseline(self, index) -> bool:
        """Whether the cell holds text a fallback font draws (Devanagari and the like)."""
        cells = self._cells
        text = cells(index.row())[index.column()] if cells is not None else index.data()
        return isinstance(text, str) and text != "" and max(text) >= FIRST_FALLBACK_CHAR

    def paint(self, painter, option, index) -> None:
        if not self.needs_baseline(index):
            _paint_unaided(self, painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text or opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # background, selection, focus and check box as usual; text below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetricsF(opt.font)
        shown = metrics.elidedText(text, opt.textElideMode, rect.width())
        width = metrics.horizontalAdvance(shown)
        align = QStyle.visualAlignment(opt.direction, opt.displayAlignment)
        if align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() + 1 - width
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x = rect.left() + (rect.width() - width) / 2
        else:
            x = rect.left()
        baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        role = (QPalette.ColorRole.HighlightedText if opt.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        painter.setClipRect(rect.adjusted(-margin, 0, margin, 0))
        painter.drawText(QPointF(x, baseline), shown)
        painter.restore()
