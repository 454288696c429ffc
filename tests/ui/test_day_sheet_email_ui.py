"""Appointments ▸ Email day sheet to rep: the rep gets the day's sheet as a PDF attachment."""

from __future__ import annotations

from app.ui.appointment_actions import AppointmentActions
from app.ui.main_window import TAB_APPOINTMENTS
from tests.mail_servers import SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import VISIT, customer, visit


def test_email_day_sheet_from_the_appointments_tab(qtbot, main_window, mail_account,  # noqa: F811
                                                   smtp: SmtpServer) -> None:  # noqa: F811
    visit(customer())
    main_window.mail.start()
    tab = main_window.appointments
    main_window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    tab.reload_reps()
    tab.show_day(VISIT.date(), "day")
    actions = tab.findChild(AppointmentActions, "appointmentActions")
    action = actions.actions["day_sheet_email"]
    assert action.text() == "&Email day sheet to rep…"
    action.trigger()
    assert main_window.statusBar().currentMessage() == (
        "Day sheet of Ravi Kumar for 2026-06-02 in the outbox (appointments: 1)")
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    got = smtp.received[0]
    assert got.rcpt_tos == ["ravi@surya.example"]
    [pdf] = list(got.message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
