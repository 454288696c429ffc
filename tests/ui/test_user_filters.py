"""Lists say who made each record and show one person's: "My calls", "Booked by me"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.db.connection import db
from app.services.appointments import AppointmentInput, book_appointment
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.reps import RepInput, create_rep
from app.services.users import NewUser, add_user
from app.ui.appointment_list_model import COL_BOOKED_BY
from app.ui.call_table_model import COL_BY
from tests.services.call_helpers import make_contact

WHEN = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)


def _texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_call_log_says_who_and_filters_to_my_calls(qtbot, main_window) -> None:
    cid = make_contact("Priya", "+919876543210")
    log_call(CallInput(cid, "busy", WHEN, next_step="none", next_step_reason="x"), now=WHEN)
    seller = add_user(NewUser("sunita", "Sunita Rao", "seller"))
    theirs = log_call(CallInput(cid, "connected", WHEN, next_step="none",
                                next_step_reason="x"), now=WHEN).call_id
    db.execute_sql("UPDATE call SET user_id = ? WHERE id = ?", (seller, theirs))
    tab = main_window.calls
    main_window.tabs.setCurrentWidget(main_window.tabs.widget(1))
    tab.by_user.reload()
    tab.apply_filter()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert sorted(_texts(tab.model, COL_BY)) == ["Sunita Rao", "owner"]
    tab.by_user.setCurrentIndex(tab.by_user.findText("My calls"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _texts(tab.model, COL_BY) == ["owner"]
    tab.by_user.setCurrentIndex(tab.by_user.findText("Sunita Rao"))
    qtbot.waitUntil(lambda: _texts(tab.model, COL_BY) == ["Sunita Rao"])


def test_appointment_list_filters_by_who_booked(qtbot, main_window) -> None:
    cid = make_contact("Asha", "+919811122334")
    rep = create_rep(RepInput(name="Arjun"))
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    mine = book_appointment(AppointmentInput(cid, rep, start, 60, override_reason="test"))
    other = book_appointment(AppointmentInput(cid, rep, start + timedelta(hours=3), 60,
                                              override_reason="test"))
    seller = add_user(NewUser("sunita", "Sunita Rao", "seller"))
    db.execute_sql("UPDATE appointment SET user_id = ? WHERE id = ?", (seller, other))
    page = main_window.appointments.list_page
    page.booked_by.reload()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(_texts(page.model, COL_BOOKED_BY)) == ["Sunita Rao", "owner"]
    page.booked_by.setCurrentIndex(page.booked_by.findText("Booked by me"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.appointment_id(0) == mine


def test_quote_list_says_who_made_each_quote_and_filters_to_mine(qtbot, main_window) -> None:
    from decimal import Decimal

    from app.services.quote_types import QuoteLineInput
    from app.services.quotes import new_quote_input, save_quote
    from app.ui.quote_table_model import COL_BY as QUOTE_BY

    cid = make_contact("Meera", "+919845012345")
    ids = []
    for _ in range(2):
        data = new_quote_input(cid)
        data.lines = [QuoteLineInput("Site survey", Decimal(1), 150000, 1800)]
        ids.append(save_quote(data))
    seller = add_user(NewUser("sunita", "Sunita Rao", "seller"))
    db.execute_sql("UPDATE quote SET user_id = ? WHERE id = ?", (seller, ids[1]))
    quotes = main_window.quotes
    main_window.tabs.setCurrentWidget(quotes)
    quotes.by_user.reload()
    quotes.apply_filter()
    qtbot.waitUntil(lambda: quotes.model.rowCount() == 2)
    assert sorted(_texts(quotes.model, QUOTE_BY)) == ["Sunita Rao", "owner"]
    quotes.by_user.setCurrentIndex(quotes.by_user.findText("My quotes"))
    qtbot.waitUntil(lambda: quotes.model.rowCount() == 1)
    assert quotes.model.quote_id(0) == ids[0]
