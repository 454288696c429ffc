"""Table cells whose text sits on one baseline whatever the script.

Qt centres each cell's line by the metrics of the fonts it used. A cell holding only Devanagari
is laid out with Noto Sans Devanagari's shorter ascent, so its text rides visibly higher than the
Latin text in the next cell. This delegate draws every cell's text on the baseline of the view's
own (Latin) font, so names in both scripts line up across a row.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class BaselineDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
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
