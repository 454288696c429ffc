"""Undo send and Send later through the window, with the outbox worker running against a real
aiosmtpd: an undone message never reaches the server, a scheduled one waits in the outbox."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QDateTime, Qt

from app.db.connection import db
from app.services import outbox
from app.services.first_start import set_owner_name
from app.ui.compose_dialog import ComposeDialog
from app.ui.local_time import minute_text
from tests.mail_servers import SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer

HOLD_S = 2  # the window's 10 s, shortened so the test need not wait


@pytest.fixture(autouse=True)
def short_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outbox, "UNDO_S", HOLD_S)


def _compose(qtbot, window) -> ComposeDialog:
    set_owner_name("Anil Deshpande")
    contact = customer()
    window.contacts.refresh()
    window.contacts.show_contact(contact)
    window.mail.start()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.mail.dialog, ComposeDialog)
                    and window.mail.dialog.isVisible(), timeout=3000)
    return window.mail.dialog


def test_undo_in_the_status_bar_takes_the_message_back(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    dialog = _compose(qtbot, main_window)
    dialog.subject.setText("Catalogue for {company}")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    bar = main_window.mail.undo_bar
    assert bar.isVisible() and bar.label.text() == f"Sending in {HOLD_S} s…"
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    again = main_window.mail.dialog
    assert again is not dialog and again.isVisible()  # back in a compose window, as written
    assert again.subject.text() == "Catalogue for Sharma Traders"
    assert "Dear Priya," in again.body.toPlainText()
    assert again.to.text() == "priya@example.com"
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 0
    main_window.mail.runner.wake()
    qtbot.wait((HOLD_S + 1) * 1000)
    assert smtp.received == []  # never handed to the server
    qtbot.mouseClick(again.send_button, Qt.MouseButton.LeftButton)  # sent after all
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    assert str(smtp.received[0].message["Subject"]) == "Catalogue for Sharma Traders"
    qtbot.waitUntil(lambda: not main_window.mail.undo_bar.isVisible(), timeout=5000)


def test_held_message_is_not_sent_before_the_undo_seconds_pass(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    dialog = _compose(qtbot, main_window)
    clicked = time.monotonic()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    assert time.monotonic() - clicked >= HOLD_S - 1  # epoch seconds: within a second


def test_send_later_waits_in_the_outbox_scheduled_in_local_time(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    dialog = _compose(qtbot, main_window)
    dialog.later.setChecked(True)
    assert dialog.send_button.text() == "&Schedule"
    at = QDateTime.currentDateTime().addSecs(2 * 3600)
    dialog.later_at.setDateTime(at)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not main_window.mail.undo_bar.isVisible()  # a scheduled one is discarded instead
    epoch = at.toSecsSinceEpoch()
    assert main_window.statusBar().currentMessage() == (
        f"Scheduled for {minute_text(epoch)} (Mail ▸ Outbox)")
    stored = db.execute_sql("SELECT scheduled_at FROM email_message").fetchone()[0]
    assert stored == epoch  # UTC epoch seconds
    qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    box = main_window.mail.outbox
    assert box.table.item(0, 3).text() == f"scheduled for {minute_text(epoch)}"
    qtbot.wait(1500)
    assert smtp.received == []
    main_window.contacts.detail.refresh()
    assert f"scheduled for {minute_text(epoch)}" in main_window.contacts.detail.toPlainText()


def test_send_later_in_the_past_is_refused_naming_the_field(
        qtbot, main_window, mail_account) -> None:  # noqa: F811
    dialog = _compose(qtbot, main_window)
    dialog.later.setChecked(True)
    dialog.later_at.setDateTime(QDateTime.currentDateTime().addSecs(-600))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "Send later: that time has passed; choose a later one"
