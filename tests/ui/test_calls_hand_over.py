"""Next steps hand over to other features through two tiny hooks on the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from app.db.models import Call
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.ui.call_mode_dialog import CallModeDialog
from tests.ui.call_ui_helpers import when_modal

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _choose(qtbot, step_key: Qt.Key, outcome_key: Qt.Key):
    def work(dialog: CallModeDialog) -> None:
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_E, CTRL)
        qtbot.keyClick(dialog.outcome.outcomes, outcome_key)
        qtbot.keyClick(dialog.outcome.notes, step_key, ALT)
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_Return, CTRL)

    return work


@pytest.fixture()
def asha(db_path: str) -> int:
    return create_contact(ContactInput(first_name="Asha", phones=[
        PhoneInput("+919876543210")])).contact_id


def test_hooks_receive_contact_and_call(qtbot, main_window, asha) -> None:
    booked: list[tuple[int, int]] = []
    quoted: list[int] = []
    main_window.request_booking = lambda contact_id, call_id: booked.append((contact_id,
                                                                              call_id))
    main_window.request_quote = quoted.append
    when_modal(CallModeDialog, _choose(qtbot, Qt.Key.Key_P, Qt.Key.Key_8))
    main_window.contacts.detail.internal_link.emit(QUrl(f"calldesk://call/{asha}"))
    call = Call.select().order_by(Call.id.desc()).get()
    assert booked == [(asha, call.id)] and call.next_step == "appointment"
    when_modal(CallModeDialog, _choose(qtbot, Qt.Key.Key_Q, Qt.Key.Key_9))
    main_window.call_launcher.call_contact(asha)
    assert quoted == [asha]
    assert Call.select().order_by(Call.id.desc()).get().next_step == "quote"


def test_appointment_set_in_call_mode_opens_booking_with_the_call(
        qtbot, main_window, asha) -> None:
    from app.ui.booking_dialog import BookingDialog

    when_modal(CallModeDialog, _choose(qtbot, Qt.Key.Key_P, Qt.Key.Key_8))
    main_window.call_launcher.call_contact(asha)
    call = Call.get(Call.contact == asha)
    assert call.next_step == "appointment" and call.outcome_id == "appointment_set"
    dialogs = [d for d in main_window.findChildren(BookingDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].call_id == call.id and dialogs[0].contact_id == asha
