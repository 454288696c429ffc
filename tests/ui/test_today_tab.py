"""The Today tab, driven in the real window: what it lists, where each item leads, and that it
follows changes made elsewhere."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.db import raw
from app.db.connection import db
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.today import set_targets
from app.ui.main_window import TAB_APPOINTMENTS, TAB_CONTACTS, TAB_QUOTES, TAB_TODAY

pytestmark = pytest.mark.opens_on_today


def _midnight() -> int:
    local = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return int(local.timestamp())


def _call(contact: int, when: int, outcome: str, follow_up: int | None = None) -> None:
    db.execute_sql(
        "INSERT INTO call (contact_id, phone, direction, started_at, outcome, next_step, "
        "follow_up_at, created_at) VALUES (?, '+919876543210', 'out', ?, ?, ?, ?, ?)",
        (contact, when, outcome, "follow_up" if follow_up else "none", follow_up, when))


def _callable_number(moment: datetime) -> str:
    """A number whose owner may be called at *moment* (9:00 to 20:00 where they are)."""
    from app.services.call_queue import callable_now, local_hours

    numbers = ("+919876543210", "+447700900123", "+12015550123", "+61412345678")
    return next(n for n in numbers if callable_now(local_hours(n, moment)))


@pytest.fixture()
def day(db_path: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Asha: overdue follow-up, called twice today (one connect). Bala: a lead never called.
    Ravi visits Chitra today; Chitra has a sent quote expiring in three days. It is noon."""
    from app.services import clock
    from tests.ui.call_ui_helpers import local_noon_today

    noon = local_noon_today()
    monkeypatch.setattr(clock, "now", lambda: noon)

    def person(name: str, status: str = "lead", phone: str = "+91 98765 43210") -> int:
        return create_contact(ContactInput(first_name=name, status=status, phones=[
            PhoneInput(phone)])).contact_id

    asha, chitra = person("Asha", "prospect"), person("Chitra", "customer")
    bala = person("Bala", phone=_callable_number(noon))
    today = _midnight()
    _call(asha, today - 86400, "call_back", follow_up=today - 3600)  # due yesterday
    _call(asha, today + 60, "no_answer")
    _call(asha, today + 120, "connected")
    ravi = raw.insert_id("INSERT INTO rep (name, created_at) VALUES ('Ravi', 0)")
    visit = raw.insert_id(
        "INSERT INTO appointment (contact_id, rep_id, starts_at, ends_at, purpose, uid, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'Site visit', 'u1', ?, ?)",
        (chitra, ravi, today + 300, today + 3900, today, today))
    expires = (date.today() + timedelta(days=3)).isoformat()
    quote = raw.insert_id(
        "INSERT INTO quote (number, prefix, seq, contact_id, status, issued_on, valid_until, "
        "currency, total_minor, created_at, updated_at, sent_at) VALUES ('Q-0007', 'Q-', 7, ?, "
        "'sent', ?, ?, 'INR', 123400, ?, ?, ?)",
        (chitra, date.today().isoformat(), expires, today, today, today))
    set_targets({"dials": 10, "connects": 0, "booked": 2})
    return {"asha": asha, "bala": bala, "chitra": chitra, "visit": visit, "quote": quote}


def _texts(section) -> list[str]:
    return [section.list.item(i).text() for i in range(section.list.count())]


def _loaded(qtbot, window):
    qtbot.waitUntil(lambda: window.today.loaded, timeout=3000)
    return window.today


def test_today_lists_what_to_do_now(qtbot, main_window, day) -> None:
    assert main_window.tabs.currentIndex() == TAB_TODAY
    today = _loaded(qtbot, main_window)
    assert today.follow_ups.title.text() == "<b>Follow-ups due (1)</b>"
    assert "Asha" in _texts(today.follow_ups)[0] and "overdue" in _texts(today.follow_ups)[0]
    assert _texts(today.appointments)[0] == "Ravi"
    assert "Chitra" in _texts(today.appointments)[1]
    assert "Site visit" in _texts(today.appointments)[1]
    assert any("Bala" in text for text in _texts(today.leads))
    assert not any("Asha" in text for text in _texts(today.leads))  # not a lead
    quote = _texts(today.quotes)[0]
    assert quote.startswith("Q-0007  ·  Chitra") and "expires" in quote and "1,234" in quote
    assert today.numbers.values["dials"].text() == "2 of 10"
    assert today.numbers.values["connects"].text() == "1"  # no target set
    assert today.numbers.values["booked"].text() == "1 of 2"  # Chitra's visit, booked today


def test_enter_on_a_quote_opens_it_in_the_quotes_tab(qtbot, main_window, day,
                                                     monkeypatch) -> None:
    from app.ui.quotes_tab import QuotesTab

    opened: list[str] = []
    monkeypatch.setattr(QuotesTab, "run_editor",
                        lambda self, dialog: opened.append(dialog.windowTitle()))
    today = _loaded(qtbot, main_window)
    today.quotes.list.setFocus()
    qtbot.keyClick(today.quotes.list, Qt.Key.Key_Return)
    assert main_window.tabs.currentIndex() == TAB_QUOTES
    assert len(opened) == 1 and "Q-0007" in opened[0]


def test_enter_on_a_visit_opens_the_appointment(qtbot, main_window, day) -> None:
    from app.ui.booking_dialog import BookingDialog

    today = _loaded(qtbot, main_window)
    assert today.appointments.list.currentRow() == 1  # the rep's name is not an item
    qtbot.keyClick(today.appointments.list, Qt.Key.Key_Return)
    shown = [d for d in main_window.findChildren(BookingDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].appointment_id == day["visit"]
    assert main_window.tabs.currentIndex() in (TAB_TODAY, TAB_APPOINTMENTS)


def test_enter_on_a_follow_up_starts_call_mode_for_the_contact(qtbot, main_window, day) -> None:
    from app.ui.call_mode_dialog import CallModeDialog
    from tests.ui.call_ui_helpers import when_modal

    seen: list[int] = []
    when_modal(CallModeDialog, lambda dialog: seen.append(dialog.contact_id))
    today = _loaded(qtbot, main_window)
    qtbot.keyClick(today.follow_ups.list, Qt.Key.Key_Return)
    assert seen == [day["asha"]]


def test_today_follows_changes_written_elsewhere(qtbot, main_window, day) -> None:
    today = _loaded(qtbot, main_window)
    from app.services.call_types import CallInput
    from app.services.calls import log_call
    from app.services.clock import now

    # As another process would, then the window hears of it.
    log_call(CallInput(day["bala"], "sale", now(), 60, next_step="none",
                       next_step_reason="Sale closed"))
    main_window.refresh_all()
    assert today.numbers.values["dials"].text() == "3 of 10"
    assert today.numbers.values["connects"].text() == "2"
    assert not any("Bala" in text for text in _texts(today.leads))  # called: not next


def test_typing_a_name_on_today_searches_the_contacts(qtbot, main_window, day) -> None:
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    _loaded(qtbot, main_window)
    qtbot.keyClicks(main_window.focusWidget(), "Bala")
    assert main_window.tabs.currentIndex() == TAB_CONTACTS
    assert main_window.contacts.search.text() == "Bala"


def test_daily_targets_are_set_in_their_dialog(qtbot, main_window, day) -> None:
    from app.ui.targets_dialog import TargetsDialog
    from tests.ui.call_ui_helpers import when_modal

    def set_dials(dialog: TargetsDialog) -> None:
        dialog.spins["dials"].setValue(3)
        dialog.save()

    today = _loaded(qtbot, main_window)
    when_modal(TargetsDialog, set_dials)
    qtbot.mouseClick(today.numbers.targets_button, Qt.MouseButton.LeftButton)
    assert today.numbers.values["dials"].text() == "2 of 3"


def _email(contact: int, direction: str, when: int, subject: str) -> None:
    db.execute_sql(
        "INSERT INTO email_message (contact_id, direction, state, message_id, subject, "
        "created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (contact, direction, "received" if direction == "in" else "sent",
         f"<{direction}{when}{contact}@test>", subject, when, when))


def test_email_replies_waiting_open_the_contact(qtbot, main_window, day) -> None:
    """Bala wrote this morning, nobody answered; Chitra wrote and was written back to;
    Asha wrote yesterday and was called today; a reply from last month has gone stale."""
    today_start = _midnight()
    _email(day["bala"], "in", today_start + 600, "Price for 3 units?")
    _email(day["chitra"], "in", today_start + 700, "Visit time")
    _email(day["chitra"], "out", today_start + 800, "Re: Visit time")
    _email(day["asha"], "in", today_start - 86400, "Call me")
    _email(day["bala"], "in", today_start - 40 * 86400, "Old question")
    today = _loaded(qtbot, main_window)
    today.load()
    assert today.replies.title.text() == "<b>Email replies waiting (1)</b>"
    texts = _texts(today.replies)
    assert len(texts) == 1 and "Bala" in texts[0] and "Price for 3 units?" in texts[0]
    today.replies.list.setFocus()
    qtbot.keyClick(today.replies.list, Qt.Key.Key_Return)
    assert main_window.tabs.currentIndex() == TAB_CONTACTS
    assert main_window.contacts.detail.contact_id == day["bala"]
