"""The Due list: today's and overdue follow-ups, oldest first, with Done and Snooze; first,
the contacts whose email has had no reply for N days (Settings ▸ Mail), to call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import clock
from app.services.call_types import FollowUp
from app.services.errors import NotFoundError, ValidationError
from app.services.follow_ups import (
    DUE_COUNT_CAP,
    due_count,
    due_follow_ups,
    mark_done,
    snooze_hour,
    snooze_tomorrow,
)
from app.services.no_reply import dismiss, due_no_replies, no_reply_count
from app.services.phones import format_for_display
from app.ui.outcome_names import outcome_name

OVERDUE_COLOR = QColor("#b45309")
DUE_PAGE = 50  # rows fetched at a time: a page beyond what the list shows


class DuePanel(QWidget):
    """Keys while the list has focus: Enter calls, D marks done, H snoozes an hour,
    T snoozes to tomorrow 9:00."""

    call_requested = Signal(int)  # contact id
    changed = Signal()

    def __init__(self, home_region: str, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self._home_region = home_region
        self.title = QLabel()
        self.title.setObjectName("dueTitle")
        self.list = QListWidget()
        self.list.setObjectName("dueList")
        self.list.setUniformItemSizes(True)
        # Long lines end in "…" (the tooltip has the notes) rather than scrolling sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(lambda _: self.call_current())
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.list.currentRowChanged.connect(self._scrolled)
        self._last: FollowUp | None = None
        self._exhausted = True
        self.done_button = QPushButton(self.tr("&Done (D)"))
        self.hour_button = QPushButton(self.tr("+1 &hour (H)"))
        self.tomorrow_button = QPushButton(self.tr("&Tomorrow (T)"))
        self.done_button.clicked.connect(self.done_current)
        self.hour_button.clicked.connect(lambda: self._snooze(snooze_hour))
        self.tomorrow_button.clicked.connect(lambda: self._snooze(snooze_tomorrow))
        for key, slot in (("D", self.done_current), ("H", lambda: self._snooze(snooze_hour)),
                          ("T", lambda: self._snooze(snooze_tomorrow))):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.hour_button, self.tomorrow_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        if load:
            self.refresh()

    def refresh(self) -> None:
        current = self.current_call_id()
        self._exhausted = True  # clearing moves the cursor: no fetch from the old position
        self.list.verticalScrollBar().setValue(0)
        self.list.clear()
        self._last = None
        self._add_no_replies()
        self._add_page(current)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        count = due_count() + no_reply_count()
        if not self.list.count():
            self.title.setText(self.tr(
                "<b>Due today:</b> nothing. Follow-ups set after calls show here."))
        elif count >= DUE_COUNT_CAP:
            self.title.setText(self.tr("<b>Due today:</b> %1+").replace("%1", f"{count:,}"))
        else:
            self.title.setText(self.tr("<b>Due today:</b> %n", "", count))
        for button in (self.done_button, self.hour_button, self.tomorrow_button):
            button.setEnabled(bool(self.list.count()))

    def _scrolled(self, _value: int = 0) -> None:
        """Fetch the next page when the list is scrolled (or the cursor moved) to its end."""
        if self._exhausted:
            return
        bar = self.list.verticalScrollBar()
        at_end = 0 < bar.maximum() <= bar.value()
        if at_end or self.list.currentRow() >= self.list.count() - 1:
            self._add_page()

    def _add_page(self, current: int | None = None) -> None:
        self._exhausted = True  # adding items moves the cursor: no nested fetch
        items = due_follow_ups(limit=DUE_PAGE, after=self._last)
        if items:
            self._last = items[-1]
        for item in items:
            when = item.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
            flag = self.tr("overdue") + " · " if item.overdue else ""
            phone = format_for_display(item.phone, self._home_region)
            text = f"{flag}{when}  {item.name}  {phone}  — {outcome_name(item.outcome_label)}"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, (item.call_id, item.contact_id))
            if item.notes:
                entry.setToolTip(item.notes[:500])
            if item.overdue:
                entry.setForeground(QBrush(OVERDUE_COLOR))
            self.list.addItem(entry)
            if item.call_id == current:
                self.list.setCurrentItem(entry)
        self._exhausted = len(items) < DUE_PAGE

    def _add_no_replies(self) -> None:
        for item in due_no_replies(limit=DUE_PAGE):
            days = max(0, (clock.now() - item.sent_at).days)
            when = item.sent_at.astimezone().strftime("%Y-%m-%d %H:%M")
            phone = format_for_display(item.phone, self._home_region)
            text = self.tr("no reply · %1  %2  %3  — email “%4”, %n day(s) ago", "", days)
            entry = QListWidgetItem(text.replace("%1", when).replace("%2", item.name)
                                    .replace("%3", phone).replace("%4", item.subject))
            entry.setData(Qt.ItemDataRole.UserRole, (0, item.contact_id, item.email_id))
            entry.setToolTip(self.tr("Call to follow up the email; logging the call, or their "
                                     "reply, takes it off the list. D: done without a call."))
            entry.setForeground(QBrush(OVERDUE_COLOR))
            self.list.addItem(entry)

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self.refresh()

    def _current(self) -> tuple[int, int] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        call_id, contact_id = item.data(Qt.ItemDataRole.UserRole)[:2]
        return int(call_id), int(contact_id)

    def current_no_reply(self) -> int | None:
        """The email of the current row when it is a "no reply" row (no call to snooze)."""
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(data[2]) if data and len(data) > 2 else None

    def current_call_id(self) -> int | None:
        current = self._current()
        return current[0] if current and current[0] else None

    def current_contact_id(self) -> int | None:
        current = self._current()
        return current[1] if current else None

    def call_current(self) -> None:
        current = self._current()
        if current:
            self.call_requested.emit(current[1])

    def done_current(self) -> None:
        email_id = self.current_no_reply()
        if email_id is not None:
            self._apply(lambda: dismiss(email_id))
            return
        call_id = self.current_call_id()
        if call_id is not None:
            self._apply(lambda: mark_done(call_id))

    def _snooze(self, action) -> None:
        call_id = self.current_call_id()
        if call_id is not None:
            self._apply(lambda: action(call_id))

    def _apply(self, action) -> None:
        row = self.list.currentRow()
        try:
            action()
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Follow-up"), str(exc))
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.changed.emit()
