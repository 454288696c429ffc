"""Call mode's "send info by email": once the call is logged, a compose window opens for that
contact with the follow-up template; a real aiosmtpd receives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.services import clock, outbox
from app.services.contacts import get_contact, update_contact
from app.services.first_start import set_owner_name
from app.ui.call_mode_dialog import CallModeDialog
from app.ui.compose_dialog import ComposeDialog
from tests.mail_servers import SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer
from tests.ui.call_ui_helpers import local_noon_today, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def quiet_dialler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    noon = local_noon_today()
    monkeypatch.setattr(clock, "now", lambda: noon)
    monkeypatch.setattr(outbox, "UNDO_S", 1)


def test_send_info_opens_the_follow_up_email_after_the_call(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    contact = customer()
    main_window.contacts.refresh()
    main_window.contacts.show_contact(contact)
    main_window.mail.start()
    seen: dict[str, object] = {}

    def work(dialog: CallModeDialog) -> None:
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_1)
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_F, ALT)  # follow-up, as well
        qtbot.keyClick(dialog.outcome.preset, Qt.Key.Key_Home)
        qtbot.keyClick(dialog.outcome.preset, Qt.Key.Key_I, ALT)  # send info
        seen["ticked"] = dialog.outcome.send_info.isChecked()
        seen["compose_before"] = main_window.mail.dialog
        qtbot.keyClick(dialog.outcome.preset, Qt.Key.Key_Return, CTRL)  # save

    when_modal(CallModeDialog, work)
    main_window.call_launcher.call_contact(contact)
    assert seen == {"ticked": True, "compose_before": None}  # only after logging
    compose = main_window.mail.dialog
    assert isinstance(compose, ComposeDialog) and compose.isVisible()
    assert compose.contact_id == contact
    assert compose.template.currentData() == "follow-up"
    assert compose.to.text() == "priya@example.com"
    assert compose.preview_subject.text() == "Thank you for your time, Priya"
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    assert str(smtp.received[0].message["Subject"]) == "Thank you for your time, Priya"


def test_send_info_is_off_for_a_do_not_email_contact(qtbot, main_window) -> None:
    contact = customer()
    data = get_contact(contact).to_input()
    data.do_not_contact = True
    update_contact(contact, data)
    dialog = CallModeDialog(main_window.ctx, contact, parent=main_window)
    qtbot.addWidget(dialog)
    assert not dialog.outcome.send_info.isEnabled()
    assert dialog.outcome.send_info.toolTip() == "This contact asked not to be emailed"
