"""No reply in N days, in the window: Settings ▸ Mail sets N; the Due list shows the contact to
call, D takes the row off, and a logged call clears it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.db.fields import utc_now
from app.services import clock
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.no_reply import no_reply_days
from app.services.outbox import OutgoingMail, queue_mail, send_due
from app.ui.due_panel import DuePanel
from app.ui.mail_settings_page import MailSettingsPage
from tests.mail_servers import mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer


def _panel(qtbot) -> DuePanel:
    panel = DuePanel("IN")
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_settings_page_sets_the_days(qtbot, db_path: str) -> None:
    page = MailSettingsPage()
    qtbot.addWidget(page)
    page.load()
    assert page.no_reply.value() == 3
    page.no_reply.setValue(0)
    assert page.no_reply.text() == "off"
    page.save()
    assert no_reply_days() == 0


def test_due_list_shows_the_unanswered_email_until_done_or_called(
        qtbot, monkeypatch, mail_account, smtp) -> None:  # noqa: F811
    contact = customer()
    queue_mail(OutgoingMail(contact, "priya@example.com", "Brochure", "Attached."))
    assert send_due(timeout=5).sent
    other = customer(company="Rao Agencies", email="rao@example.com")
    queue_mail(OutgoingMail(other, "rao@example.com", "Price list", "Attached."))
    assert send_due(timeout=5).sent
    panel = _panel(qtbot)
    assert panel.list.count() == 0  # sent just now
    later = utc_now() + timedelta(days=4)
    monkeypatch.setattr(clock, "now", lambda: later)
    panel.refresh()
    assert panel.list.count() == 2
    first = panel.list.item(0).text()
    assert first.startswith("no reply · ") and "Priya Sharma" in first
    assert "— email “Brochure”, 4 day(s) ago" in first
    assert panel.title.text() == "<b>Due today:</b> 2"
    panel.list.setCurrentRow(0)
    assert panel.current_contact_id() == contact
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)  # done without a call
    assert panel.list.count() == 1 and "Price list" in panel.list.item(0).text()
    log_call(CallInput(other, "connected", utc_now(), 60, next_step="none",
                       next_step_reason="talked it through"))
    panel.refresh()
    assert panel.list.count() == 0
