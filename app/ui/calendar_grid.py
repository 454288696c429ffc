"""A painted calendar grid: columns (days or reps) by hours, appointments as coloured blocks.

Times are drawn in this computer's local time. Blocks can be dragged to another time or
column; the grid only reports the wish (``block_moved``) and the owner decides, reloading the
blocks either way, so a refused move snaps back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from app.db.appointment_queries import CalendarRow

HEADER_H = 30
FOOTER_H = 10
GUTTER_W = 56
SNAP_S = 15 * 60
INACTIVE = ("cancelled", "rescheduled")


@dataclass(frozen=True)
class GridColumn:
    title: str
    day_start: int  # local midnight, epoch seconds
    day_end: int
    rep_id: int | None  # None: any rep's blocks on this day
    working: tuple[tuple[int, int], ...] = ()  # epoch ranges shaded as working time


class CalendarGrid(QWidget):
    block_selected = Signal(int)
    block_activated = Signal(int)
    block_moved = Signal(int, int, int)  # appointment id, column index, new start (epoch)
    slot_activated = Signal(int, int)  # column index, start (epoch)
    key_command = Signal(str)  # "prev", "next", "move:<column delta>:<seconds>"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumSize(480, 560)
        self.columns: list[GridColumn] = []
        self.empty_text = ""
        self.blocks: list[CalendarRow] = []
        self.selected_id: int | None = None
        self.first_hour, self.last_hour = 7, 21
        self._drag: tuple[CalendarRow, float] | None = None  # block, grab offset in seconds
        self._ghost: tuple[int, int] | None = None  # column, start
        self._press_pos: QPointF | None = None

    # -- data ---------------------------------------------------------------------------
    def set_data(self, columns: list[GridColumn], blocks: list[CalendarRow],
                 empty_text: str = "") -> None:
        """*empty_text* is shown across the grid when there are no columns to draw."""
        self.columns = columns
        self.empty_text = empty_text
        # Cancelled and rescheduled ones first, so live appointments paint (and click) on top.
        self.blocks = sorted(blocks, key=lambda b: b.status not in INACTIVE)
        self.first_hour, self.last_hour = 7, 21
        for block in blocks:
            for col in columns:
                if col.day_start <= block.starts_at < col.day_end:
                    start_h = (block.starts_at - col.day_start) // 3600
                    end_h = -(-(min(block.ends_at, col.day_end) - col.day_start) // 3600)
                    self.first_hour = min(self.first_hour, int(start_h))
                    self.last_hour = max(self.last_hour, int(end_h))
        if self.selected_id is not None and not any(b.id == self.selected_id for b in blocks):
            self.selected_id = None
        self._drag = None
        self._ghost = None
        self.update()

    def select(self, appointment_id: int | None) -> None:
        self.selected_id = appointment_id
        if appointment_id is not None:
            self.block_selected.emit(appointment_id)
        self.update()

    def column_of(self, block: CalendarRow) -> int | None:
        for index, col in enumerate(self.columns):
            if col.day_start <= block.starts_at < col.day_end and (
                    col.rep_id is None or col.rep_id == block.rep_id):
                return index
        return None

    # -- geometry -----------------------------------------------------------------------
    def _col_width(self) -> float:
        return (self.width() - GUTTER_W) / max(1, len(self.columns))

    def _px_per_s(self) -> float:
        hours = max(1, self.last_hour - self.first_hour)
        return (self.height() - HEADER_H - FOOTER_H) / (hours * 3600)

    def _y(self, column: GridColumn, instant: int) -> float:
        seconds = instant - column.day_start - self.first_hour * 3600
        return HEADER_H + seconds * self._px_per_s()

    def block_rect(self, block: CalendarRow, column_index: int | None = None,
                   start: int | None = None) -> QRectF:
        index = self.column_of(block) if column_index is None else column_index
        if index is None:
            return QRectF()
        col = self.columns[index]
        begin = block.starts_at if start is None else start
        length = block.ends_at - block.starts_at
        x = GUTTER_W + index * self._col_width()
        top = self._y(col, begin)
        return QRectF(x + 2, top, self._col_width() - 5, max(14.0, length * self._px_per_s()))

    def position_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(column index, instant snapped to 15 minutes) under a point of the grid."""
        if pos.x() < GUTTER_W or pos.y() < HEADER_H or not self.columns:
            return None
        index = int((pos.x() - GUTTER_W) // self._col_width())
        if not 0 <= index < len(self.columns):
            return None
        col = self.columns[index]
        seconds = (pos.y() - HEADER_H) / self._px_per_s() + self.first_hour * 3600
        snapped = int(seconds // SNAP_S * SNAP_S)
        return index, col.day_start + snapped

    def block_at(self, pos: QPointF) -> CalendarRow | None:
        for block in reversed(self.blocks):
            if self.block_rect(block).contains(pos):
                return block
        return None

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.columns and self.empty_text:
            painter.setPen(QColor("#667085"))
            painter.drawText(QRectF(self.rect()).adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
            return
        width = self._col_width()
        body_h = self.height() - HEADER_H
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for index, col in enumerate(self.columns):
            x = GUTTER_W + index * width
            painter.fillRect(QRectF(x, HEADER_H, width, body_h), QColor("#f1f3f5"))
            for start, end in col.working:
                top, bottom = self._y(col, start), self._y(col, end)
                painter.fillRect(QRectF(x, top, width, bottom - top), QColor("#ffffff"))
        painter.setFont(small)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER_H + (hour - self.first_hour) * 3600 * self._px_per_s()
            painter.setPen(QPen(QColor("#d0d5dd"), 1))
            painter.drawLine(QPointF(GUTTER_W, y), QPointF(self.width(), y))
            half = y + 1800 * self._px_per_s()
            if hour < self.last_hour:
                painter.setPen(QPen(QColor("#eceef1"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(GUTTER_W, half), QPointF(self.width(), half))
            painter.setPen(QColor("#667085"))
            painter.drawText(QRectF(0, y - 8, GUTTER_W - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour:02d}:00")
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        # Titles sit on the Latin font's baseline: a Devanagari rep name would otherwise be
        # centred by its own shorter ascent and ride higher than the names beside it.
        baseline = (HEADER_H - metrics.height()) / 2 + metrics.ascent()
        today = datetime.now().astimezone().date()
        for index, col in enumerate(self.columns):
            x = GUTTER_W + index * width
            painter.setPen(QPen(QColor("#d0d5dd"), 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            is_today = datetime.fromtimestamp(col.day_start).date() == today
            painter.setPen(QColor("#1d4ed8") if is_today else QColor("#101828"))
            title = metrics.elidedText(col.title, Qt.TextElideMode.ElideRight, width - 8)
            left = x + (width - metrics.horizontalAdvance(title)) / 2
            painter.drawText(QPointF(left, baseline), title)
        self._paint_now(painter)
        for block in self.blocks:
            self._paint_block(painter, block, self.block_rect(block), small)
        if self._drag is not None and self._ghost is not None:
            block = self._drag[0]
            rect = self.block_rect(block, self._ghost[0], self._ghost[1])
            painter.setPen(QPen(QColor("#101828"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 4, 4)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#1d4ed8"), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_now(self, painter: QPainter) -> None:
        now = int(datetime.now().timestamp())
        for index, col in enumerate(self.columns):
            if col.day_start <= now < col.day_end:
                y = self._y(col, now)
                x = GUTTER_W + index * self._col_width()
                painter.setPen(QPen(QColor("#dc2626"), 2))
                painter.drawLine(QPointF(x, y), QPointF(x + self._col_width(), y))

    def _paint_block(self, painter: QPainter, block: CalendarRow, rect: QRectF,
                     font: QFont) -> None:
        if rect.isNull():
            return
        color = QColor(block.color)
        if block.status in INACTIVE:
            color.setAlpha(70)
        elif block.status in ("completed", "no_show"):
            color = color.lighter(135)
        selected = block.id == self.selected_id
        painter.setBrush(color)
        painter.setPen(QPen(QColor("#101828"), 2.5) if selected else QPen(color.darker(130), 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#101828") if block.status in INACTIVE else QColor("#ffffff"))
        painter.setFont(font)
        start = datetime.fromtimestamp(block.starts_at).strftime("%H:%M")
        text = f"{start} {block.customer}"
        if block.purpose:
            text += f"\n{block.purpose}" if rect.height() >= 30 else f" · {block.purpose}"
        if block.status in INACTIVE:
            text = f"({block.status}) {text}"
        painter.drawText(rect.adjusted(4, 1, -3, -1),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)

    # -- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        block = self.block_at(pos)
        if block is None:
            self.select(None)
            return
        self.select(block.id)
        if block.status not in ("scheduled", "confirmed"):
            return
        spot = self.position_at(pos)
        offset = (spot[1] - block.starts_at) if spot else 0
        self._drag = (block, float(offset))
        self._press_pos = pos

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self._press_pos is None:
            return
        if (event.position() - self._press_pos).manhattanLength() < 6:
            return
        spot = self.position_at(event.position())
        if spot is not None:
            self._ghost = (spot[0], int((spot[1] - self._drag[1]) // SNAP_S * SNAP_S))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, ghost = self._drag, self._ghost
        self._drag = self._ghost = None
        self._press_pos = None
        self.update()
        if drag is None or ghost is None:
            return
        block = drag[0]
        if ghost[0] != self.column_of(block) or ghost[1] != block.starts_at:
            self.block_moved.emit(block.id, ghost[0], ghost[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.block_activated.emit(block.id)
            return
        spot = self.position_at(event.position())
        if spot is not None:
            self.slot_activated.emit(*spot)

    # -- keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and self.selected_id is not None and key in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            delta = {Qt.Key.Key_Up: (0, -SNAP_S), Qt.Key.Key_Down: (0, SNAP_S),
                     Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}[Qt.Key(key)]
            self.key_command.emit(f"move:{delta[0]}:{delta[1]}")
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.key_command.emit("prev")
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.key_command.emit("next")
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.blocks:
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.block_activated.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def _step_selection(self, step: int) -> None:
        ids = [b.id for b in sorted(self.blocks, key=lambda b: (b.starts_at, b.rep_id))]
        if self.selected_id in ids:
            index = (ids.index(self.selected_id) + step) % len(ids)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.select(ids[index])
