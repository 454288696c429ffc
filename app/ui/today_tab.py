"""The Today tab: what to do now (follow-ups, today's visits, the next leads, quotes waiting
for an answer, email replies waiting) and today's numbers against the daily targets.

Built empty (the window paints first); its lists load on the first paint, when shown again
after the data changed, and whenever the window refreshes. Each list is a few indexed rows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.app_context import AppContext
from app.ui.today_numbers import TodayNumbers
from app.ui.today_section import TodaySection

FOLLOW_UPS_SHOWN = 50


class TodayTab(QWidget):
    link_activated = Signal(QUrl)  # calldesk://call/ID, appointment/ID, quote/ID
    typed = Signal(str)  # letters typed over a list: a name to find among the contacts

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loaded = False
        self._stale = True
        # Set while the window has not painted yet: the first load waits for that paint.
        self.wait_for_paint = False
        self.numbers = TodayNumbers()
        self.numbers.targets_requested.connect(self.edit_targets)
        self.follow_ups = TodaySection("todayFollowUps", self.tr("No follow-ups due."))
        self.appointments = TodaySection("todayAppointments",
                                         self.tr("No appointments today."))
        self.leads = TodaySection("todayLeads", self.tr("No lead can be called now."))
        self.quotes = TodaySection("todayQuotes", self.tr("No quote is waiting for an answer."))
        self.replies = TodaySection("todayReplies", self.tr("No email is waiting for a reply."))
        self.queue = QComboBox()
        self.queue.setObjectName("todayQueue")
        self.queue.activated.connect(self._queue_chosen)
        for section in (self.follow_ups, self.appointments, self.leads, self.quotes,
                        self.replies):
            section.link_activated.connect(self.link_activated)
            section.list.installEventFilter(self)

        left = QVBoxLayout()
        left.addWidget(self.numbers)
        left.addWidget(self.follow_ups, 3)
        queue_row = QHBoxLayout()
        queue_row.addWidget(QLabel(self.tr("Queue:")))
        queue_row.addWidget(self.queue, 1)
        left.addLayout(queue_row)
        left.addWidget(self.leads, 2)
        right = QVBoxLayout()
        right.addWidget(self.appointments, 3)
        right.addWidget(self.quotes, 2)
        right.addWidget(self.replies, 2)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.follow_ups.list)

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload now if shown; otherwise when next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self.wait_for_paint:
            self.load()

    def window_painted(self) -> None:
        """The first load, in two turns: the lists that need only what the window has loaded
        paint first; quotes (money formatting) and leads (time zones) follow."""
        self.wait_for_paint = False
        if self._stale and self.isVisible():
            self._stale = False
            self._load_numbers(None)
            self._load_follow_ups(None)
            self._load_appointments(None)
            QTimer.singleShot(0, self._load_rest)

    def _load_rest(self) -> None:
        self._load_leads(None)
        self._load_quotes()
        self._load_replies(None)
        self.loaded = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Typing a name straight away finds it, as it did when Contacts was the first tab.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.text().isprintable() and event.text().strip()
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
            self.typed.emit(event.text())
            return True
        return super().eventFilter(watched, event)

    def load(self, now: datetime | None = None) -> None:
        self._stale = False
        self._load_numbers(now)
        self._load_follow_ups(now)
        self._load_appointments(now)
        self._load_leads(now)
        self._load_quotes()
        self._load_replies(now)
        self.loaded = True

    def _load_numbers(self, now: datetime | None) -> None:
        from app.services.today import todays_numbers

        n = todays_numbers(now)
        self.numbers.show_numbers({"dials": n.dials, "connects": n.connects,
                                   "booked": n.booked}, n.targets)

    def _load_follow_ups(self, now: datetime | None) -> None:
        from app.services.follow_ups import due_count, due_follow_ups
        from app.services.phones import format_for_display
        from app.ui.local_time import minute_text

        rows = due_follow_ups(now, limit=FOLLOW_UPS_SHOWN)
        count = due_count(now)
        self.follow_ups.set_title(self.tr("Follow-ups due (%1)").replace("%1", f"{count:,}"))
        self.follow_ups.clear()
        for f in rows:
            when = minute_text(int(f.due_at.timestamp()))
            state = self.tr("overdue since %1") if f.overdue else self.tr("due %1")
            phone = format_for_display(f.phone, self._ctx.home_region) if f.phone else ""
            self.follow_ups.add(f"{f.name}  ·  {phone}  ·  {state.replace('%1', when)}",
                                f"calldesk://call/{f.contact_id}", warn=f.overdue,
                                tip=f.notes)
        if count > len(rows):
            self.follow_ups.add(self.tr("… %1 more on the Calls tab").replace(
                "%1", f"{count - len(rows):,}"), "calldesk://due/all")
        self.follow_ups.finish()

    def _load_appointments(self, now: datetime | None) -> None:
        from app.services.today import todays_appointments
        from app.ui.local_time import minute_text

        rows = todays_appointments(now)
        reps = self._rep_names()
        self.appointments.set_title(self.tr("Today's appointments (%1)").replace(
            "%1", f"{len(rows):,}"))
        self.appointments.clear()
        for rep_id in sorted({r.rep_id for r in rows}, key=lambda i: reps.get(i, "")):
            self.appointments.add(reps.get(rep_id, f"#{rep_id}"), heading=True)
            for r in (r for r in rows if r.rep_id == rep_id):
                start, end = minute_text(r.starts_at)[-5:], minute_text(r.ends_at)[-5:]
                text = f"    {start}–{end}  {r.customer}"
                if r.purpose:
                    text += f"  ·  {r.purpose}"
                self.appointments.add(text, f"calldesk://appointment/{r.id}")
        self.appointments.finish()

    @staticmethod
    def _rep_names() -> dict[int, str]:
        from app.services.reps import list_reps

        return {r.id: r.name for r in list_reps()}

    def _load_leads(self, now: datetime | None) -> None:
        from app.services.call_queue import list_queues
        from app.services.phones import format_for_display
        from app.services.today import next_leads

        name, leads = next_leads(now)
        self.queue.clear()
        self.queue.addItem(self.tr("All leads"), "")
        for q in list_queues():
            self.queue.addItem(q.name, str(q.id))
        self.queue.setCurrentIndex(max(0, self.queue.findText(name)) if name else 0)
        self.leads.set_title(self.tr("Next leads"))
        self.leads.clear()
        for lead in leads:
            hour = "" if lead.local_hour is None else self.tr("  ·  %1:00 there").replace(
                "%1", str(lead.local_hour))
            place = f"  ·  {lead.city}" if lead.city else ""
            phone = format_for_display(lead.phone, self._ctx.home_region)
            self.leads.add(f"{lead.name}  ·  {phone}{place}{hour}",
                           f"calldesk://call/{lead.contact_id}")
        self.leads.finish()

    def _queue_chosen(self, index: int) -> None:
        from app.services.settings import set_setting
        from app.services.today import QUEUE_KEY

        set_setting(QUEUE_KEY, str(self.queue.itemData(index) or ""))
        self._load_leads(None)

    def _load_quotes(self) -> None:
        from app.services.money import format_money, locale_for_region
        from app.services.today import QUOTES_SHOWN, waiting_quotes
        from app.ui.translations import interface_language

        waiting = waiting_quotes()
        locale = locale_for_region(self._ctx.home_region, interface_language())
        more = "+" if waiting.total > QUOTES_SHOWN else ""
        self.quotes.set_title(self.tr("Quotes waiting for an answer (%1)").replace(
            "%1", f"{min(waiting.total, QUOTES_SHOWN):,}{more}"))
        self.quotes.clear()
        for q in waiting.rows:
            if q.valid_until < waiting.today:
                state, warn = self.tr("expired %1"), True
            elif q.valid_until <= waiting.expiring_by:
                state, warn = self.tr("expires %1"), True
            else:
                state, warn = self.tr("valid until %1"), False
            amount = format_money(q.total_minor, q.currency, locale)
            self.quotes.add(f"{q.number}  ·  {q.customer}  ·  {amount}  ·  "
                            f"{state.replace('%1', q.valid_until)}",
                            f"calldesk://quote/{q.id}", warn=warn)
        self.quotes.finish()

    def _load_replies(self, now: datetime | None) -> None:
        from app.services.today import REPLIES_SHOWN, replies_waiting
        from app.ui.local_time import minute_text

        replies = replies_waiting(now)
        more = "+" if len(replies) >= REPLIES_SHOWN else ""
        self.replies.set_title(self.tr("Email replies waiting (%1)").replace(
            "%1", f"{len(replies):,}{more}"))
        self.replies.clear()
        for r in replies:
            subject = r.subject or self.tr("(no subject)")
            self.replies.add(f"{minute_text(r.received_at)}  ·  {r.customer}  ·  {subject}",
                             f"calldesk://contact/{r.contact_id}")
        self.replies.finish()

    # -- actions --------------------------------------------------------------------------
    def edit_targets(self) -> None:
        from app.ui.targets_dialog import TargetsDialog

        if TargetsDialog(self).exec():
            self._load_numbers(None)
