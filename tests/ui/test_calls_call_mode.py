"""Call mode with the keyboard alone: dial, timer, end, key 3, a note, a follow-up, saved and
shown in the Due list; incoming calls pasted as text find their contact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.db.models import Call, Contact
from app.services import clock
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.ui.call_mode_dialog import CallModeDialog
from app.ui.incoming_call_dialog import IncomingCallDialog
from app.ui.main_window import TAB_CALLS
from tests.ui.call_ui_helpers import local_noon_today, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture()
def dialled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    noon = local_noon_today()
    monkeypatch.setattr(clock, "now", lambda: noon)
    return urls


def _asha() -> int:
    return create_contact(ContactInput(first_name="Asha", last_name="Rao", phones=[
        PhoneInput("+91 98765 43210")])).contact_id


def test_log_a_call_with_the_keyboard_alone(qtbot, main_window, dialled) -> None:
    asha = _asha()
    main_window.contacts.refresh()
    main_window.contacts.table.selectRow(0)
    main_window.contacts.table.setFocus()
    seen: dict[str, object] = {}

    def work(dialog: CallModeDialog) -> None:
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_Return)  # dial: tel: and the timer
        seen["running"] = dialog.is_running()
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_E, CTRL)  # end call
        seen["outcome_focus"] = dialog.focusWidget() is dialog.outcome.outcomes
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_3)  # "Busy"
        qtbot.keyClicks(dialog.outcome.notes, "Line busy, try after lunch")
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_F, ALT)  # next step: follow-up
        qtbot.keyClick(dialog.outcome.preset, Qt.Key.Key_Home)  # "In 1 hour"
        qtbot.keyClick(dialog.outcome.preset, Qt.Key.Key_Return, CTRL)  # save

    when_modal(CallModeDialog, work)
    qtbot.keyClick(main_window.contacts.table, Qt.Key.Key_L, CTRL)

    assert dialled == ["tel:+919876543210"]
    assert seen == {"running": True, "outcome_focus": True}
    call = Call.get(Call.contact == asha)
    assert (call.outcome_id, call.notes, call.next_step) == (
        "busy", "Line busy, try after lunch", "follow_up")
    assert call.follow_up_at == clock.now().replace(hour=clock.now().hour + 1)
    assert main_window.call_launcher.due_label.text() == "Follow-ups due: 1"
    main_window.tabs.setCurrentIndex(TAB_CALLS)  # the Calls tab, with its Due list
    due = main_window.calls.due.list
    assert due.count() == 1 and "Asha Rao" in due.item(0).text()
    assert Contact.get_by_id(asha).last_contacted_at == int(clock.now().timestamp())


def test_save_without_next_step_is_refused_in_place(qtbot, main_window, dialled) -> None:
    asha = _asha()
    messages: list[str] = []

    def work(dialog: CallModeDialog) -> None:
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_E, CTRL)
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_1)
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_Return, CTRL)
        messages.append(dialog.error.text())
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_O, ALT)  # none, because...
        qtbot.keyClicks(dialog.outcome.reason, "Only wanted the address")
        qtbot.keyClick(dialog.outcome.reason, Qt.Key.Key_Return, CTRL)

    when_modal(CallModeDialog, work)
    main_window.call_launcher.call_contact(asha)
    assert messages[0].startswith("Next step:")
    call = Call.get(Call.contact == asha)
    assert call.next_step == "none" and call.next_step_reason == "Only wanted the address"
    assert Contact.get_by_id(asha).status == "prospect"  # "Connected" moves a lead on


def test_past_call_in_the_future_is_refused(qtbot, main_window, dialled) -> None:
    asha = _asha()
    errors: list[str] = []

    def work(dialog: CallModeDialog) -> None:
        dialog.past_when.setDateTime(dialog.past_when.dateTime().addDays(2))
        qtbot.keyClicks(dialog.past_duration, "4:30")
        qtbot.keyClick(dialog.past_duration, Qt.Key.Key_Return, CTRL)  # opens the outcomes
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_2)
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_O, ALT)
        qtbot.keyClicks(dialog.outcome.reason, "Gave up")
        qtbot.keyClick(dialog.outcome.reason, Qt.Key.Key_Return, CTRL)
        errors.append(dialog.error.text())
        dialog.past_duration.setText("-3")
        dialog.past_when.setDateTime(dialog.past_when.dateTime().addDays(-3))
        qtbot.keyClick(dialog.outcome.reason, Qt.Key.Key_Return, CTRL)
        errors.append(dialog.error.text())
        dialog.past_duration.setText("4:30")
        qtbot.keyClick(dialog.outcome.reason, Qt.Key.Key_Return, CTRL)

    when_modal(CallModeDialog, work)
    main_window.call_launcher.call_contact(asha, past=True)
    assert errors[0].startswith("When:") and "future" in errors[0]
    assert errors[1] == "Duration: cannot be negative"
    call = Call.get(Call.contact == asha)
    assert call.duration_s == 270


def test_incoming_call_pasted_as_text_finds_the_contact(qtbot, main_window, dialled,
                                                        monkeypatch) -> None:
    asha = _asha()
    create_contact(ContactInput(first_name="Other", phones=[PhoneInput("+919876543211")]))
    found: list[str] = []

    def answer(dialog: IncomingCallDialog) -> None:
        QGuiApplication.clipboard().setText("Missed call from 098765-43210 at 10:42 (Pune)")
        qtbot.keyClick(dialog.input, Qt.Key.Key_V, CTRL)
        found.append(dialog.input.text())
        when_modal(CallModeDialog, talk)
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)

    def talk(dialog: CallModeDialog) -> None:
        found.append(f"{dialog.contact_id}/{dialog.direction}/{dialog.is_running()}")
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_E, CTRL)
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_1)
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_O, ALT)
        qtbot.keyClicks(dialog.outcome.reason, "Asked for directions")
        qtbot.keyClick(dialog.outcome.reason, Qt.Key.Key_Return, CTRL)

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    when_modal(IncomingCallDialog, answer)
    qtbot.keyClick(main_window.contacts.table, Qt.Key.Key_I, CTRL)
    assert found[1] == f"{asha}/in/True"
    call = Call.get(Call.contact == asha)
    assert call.direction == "in" and call.phone == "+919876543210"


def test_unknown_caller_becomes_a_new_lead(qtbot, main_window, dialled) -> None:
    from app.ui.contact_dialog import ContactDialog

    _asha()
    steps: list[str] = []

    def incoming(dialog: IncomingCallDialog) -> None:
        qtbot.keyClicks(dialog.input, "+44 7700 900123")
        dialog.find_caller()
        steps.append(dialog.understood.text())
        when_modal(ContactDialog, new_lead)
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)  # no match: focus to "New lead"
        qtbot.keyClick(dialog.new_lead_button, Qt.Key.Key_Space)

    def new_lead(dialog: ContactDialog) -> None:
        steps.append(dialog.current_input().phones[0].number)
        qtbot.keyClicks(dialog.first_name, "Emma")
        when_modal(CallModeDialog, talk)
        dialog.save()

    def talk(dialog: CallModeDialog) -> None:
        steps.append(dialog.direction)
        dialog.end_call()
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_1)
        dialog.outcome.select_step("none")
        qtbot.keyClicks(dialog.outcome.reason, "Asked about prices")
        qtbot.keyClick(dialog.outcome.reason, Qt.Key.Key_Return, CTRL)

    when_modal(IncomingCallDialog, incoming)
    main_window.call_launcher.incoming()
    assert "not in your contacts" in steps[0]
    assert steps[1].replace(" ", "") == "+447700900123"  # filled in, shown as typed
    assert steps[2] == "in"
    emma = Contact.get(Contact.first_name == "Emma")
    assert emma.source == "inbound call" and emma.primary_phone == "+447700900123"
    assert emma.status == "prospect"
    assert Call.get(Call.contact == emma.id).direction == "in"
