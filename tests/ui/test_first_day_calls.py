"""Call mode on a new user's first day: notes while talking, every outcome reachable from the
keyboard, a forgotten call noticed, unassigned numbers warned before dialling, and a desktop
that cannot dial or open a PDF said in the window."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.db.models import Call
from app.services import clock
from app.services.call_queue import save_queue
from app.services.call_types import QueueFilter
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.ui.call_mode_dialog import CallModeDialog
from tests.ui.call_ui_helpers import local_noon_today, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture()
def dialler(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the desktop does with tel: links; answers True unless told otherwise."""
    state: dict[str, object] = {"urls": [], "works": True}

    def fake_open(url) -> bool:
        state["urls"].append(url.toString())  # type: ignore[attr-defined]
        return bool(state["works"])

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    noon = local_noon_today()
    monkeypatch.setattr(clock, "now", lambda: noon)
    return state


def _contact(number: str = "+91 98765 43210", **extra) -> int:
    return create_contact(ContactInput(first_name="Asha", phones=[PhoneInput(number)],
                                       **extra)).contact_id


def _call(qtbot, main_window, contact_id: int, work) -> None:
    when_modal(CallModeDialog, work)
    main_window.call_launcher.call_contact(contact_id)


def test_notes_and_outcome_are_filled_in_while_the_call_runs(qtbot, main_window,
                                                             dialler) -> None:
    asha = _contact()
    seen: dict[str, object] = {}

    def work(d: CallModeDialog) -> None:
        qtbot.keyClick(d.numbers, Qt.Key.Key_Return)
        seen["running"] = d.is_running()
        seen["enabled"] = d.outcome.notes.isEnabled() and d.outcome.outcomes.isEnabled()
        d.outcome.notes.setFocus()
        qtbot.keyClicks(d.outcome.notes, "Wants 3 units")
        d.outcome.outcomes.setFocus()
        qtbot.keyClick(d.outcome.outcomes, Qt.Key.Key_1)  # connected, still talking
        seen["still_running"] = d.is_running()
        qtbot.keyClick(d.outcome.notes, Qt.Key.Key_O, ALT)
        qtbot.keyClicks(d.outcome.reason, "Will call us")
        qtbot.keyClick(d.outcome.reason, Qt.Key.Key_Return, CTRL)  # ends the call and saves

    _call(qtbot, main_window, asha, work)
    assert seen == {"running": True, "enabled": True, "still_running": True}
    call = Call.get(Call.contact == asha)
    assert (call.outcome_id, call.notes, call.next_step) == ("connected", "Wants 3 units",
                                                             "none")


@pytest.mark.parametrize("keys", ["0", "sal"])
def test_the_tenth_outcome_has_a_key_and_names_can_be_typed(qtbot, main_window, dialler,
                                                            keys: str) -> None:
    asha = _contact()

    def work(d: CallModeDialog) -> None:
        qtbot.keyClick(d.numbers, Qt.Key.Key_E, CTRL)
        qtbot.keyClicks(d.outcome.outcomes, keys)
        if keys.isalpha():
            assert d.outcome.filter.text() == "sal"
            assert [d.outcome.outcomes.item(r).isHidden()
                    for r in range(d.outcome.outcomes.count())].count(False) == 1
            qtbot.keyClick(d.outcome.filter, Qt.Key.Key_Return)
        assert d.focusWidget() is d.outcome.notes
        d.outcome.select_step("none")
        qtbot.keyClicks(d.outcome.reason, "Paid today")
        qtbot.keyClick(d.outcome.reason, Qt.Key.Key_Return, CTRL)

    _call(qtbot, main_window, asha, work)
    assert Call.get(Call.contact == asha).outcome_id == "sale"


def test_a_call_running_over_an_hour_asks_if_it_was_left_open(qtbot, main_window,
                                                              dialler) -> None:
    asha = _contact()
    seen: dict[str, object] = {}

    def work(d: CallModeDialog) -> None:
        qtbot.keyClick(d.numbers, Qt.Key.Key_Return)
        assert not d.left_open.isVisible()
        d.running_seconds = lambda: 3 * 3600 + 5  # the seller went home with it running
        qtbot.waitUntil(d.left_open.isVisible, timeout=3000)
        seen["asked"] = d.left_open_label.text()
        qtbot.mouseClick(d.findChild(type(d.end_button), "leftOpenFix"),
                         Qt.MouseButton.LeftButton)
        seen["past"] = (d.past.isChecked(), d.focusWidget() is d.past_duration)
        qtbot.keyClicks(d.past_duration, "12:00")
        d.outcome.outcomes.setFocus()
        qtbot.keyClick(d.outcome.outcomes, Qt.Key.Key_1)
        d.outcome.select_step("none")
        qtbot.keyClicks(d.outcome.reason, "Done")
        qtbot.keyClick(d.outcome.reason, Qt.Key.Key_Return, CTRL)

    _call(qtbot, main_window, asha, work)
    assert "over an hour" in str(seen["asked"]) and seen["past"] == (True, True)
    assert Call.get(Call.contact == asha).duration_s == 720


def test_an_unassigned_number_is_warned_before_dialling(qtbot, main_window, dialler) -> None:
    ravi = _contact("+91 98765 4321")
    seen: dict[str, object] = {}

    def work(d: CallModeDialog) -> None:
        seen["listed"] = d.numbers.item(0).text()
        seen["warning"] = d.number_warning.isVisible() and d.number_warning.text()
        qtbot.keyClick(d.numbers, Qt.Key.Key_Return)
        seen["after_first_enter"] = (list(dialler["urls"]), d.is_running())  # type: ignore
        qtbot.keyClick(d.numbers, Qt.Key.Key_Return)  # seen, dialled anyway
        seen["after_second_enter"] = (list(dialler["urls"]), d.is_running())  # type: ignore
        d.done(0)

    _call(qtbot, main_window, ravi, work)
    assert str(seen["listed"]).startswith("⚠")
    assert "not an assigned number" in str(seen["warning"])
    assert seen["after_first_enter"] == ([], False)
    assert seen["after_second_enter"] == (["tel:+91987654321"], True)


def test_the_queue_warns_of_an_unassigned_number_before_call_mode(qtbot, main_window,
                                                                  dialler) -> None:
    _contact("+91 98765 4321", tags=["hot"])
    queue = save_queue("Hot", QueueFilter(tags=["hot"]))
    panel = main_window.calls.queue
    panel.reload(queue.id)
    panel.lead_ready.disconnect()  # look at the panel, not at call mode
    lead = panel.next()
    assert lead is not None
    assert "⚠" in panel.status.text() and "not an assigned number" in panel.status.text()


def test_no_tel_handler_is_said_and_nothing_pretends_to_call(qtbot, main_window,
                                                             dialler) -> None:
    dialler["works"] = False
    asha = _contact()
    seen: dict[str, object] = {}

    def work(d: CallModeDialog) -> None:
        qtbot.keyClick(d.numbers, Qt.Key.Key_Return)
        seen["state"] = d.state_label.text() + " " + d.dial_problem.text()
        seen["running"] = d.is_running()
        seen["status_bar"] = main_window.statusBar().currentMessage()
        seen["manual"] = d.manual_button.isVisible()
        qtbot.mouseClick(d.manual_button, Qt.MouseButton.LeftButton)
        seen["running_after_manual"] = d.is_running()
        d.done(0)

    _call(qtbot, main_window, asha, work)
    assert "Nothing was dialled" in str(seen["state"]) and "tel:" in str(seen["state"])
    assert "Calling" not in str(seen["state"]) and "Linphone" in str(seen["state"])
    assert seen["running"] is False and seen["manual"] is True
    assert seen["running_after_manual"] is True
    assert "Nothing was dialled" in str(seen["status_bar"])


def test_a_tel_link_in_the_detail_pane_that_opens_nothing_is_said(qtbot, main_window,
                                                                  dialler) -> None:
    from PySide6.QtCore import QUrl

    dialler["works"] = False
    main_window.contacts.detail.anchorClicked.emit(QUrl("tel:+919876543210"))
    assert "Nothing was dialled" in main_window.statusBar().currentMessage()


def test_a_saved_pdf_that_nothing_opens_is_said(qtbot, main_window, dialler, monkeypatch,
                                                tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.services.quote_types import QuoteLineInput
    from app.services.quotes import new_quote_input, save_quote

    dialler["works"] = False
    data = new_quote_input(_contact())
    data.lines = [QuoteLineInput("Installation", Decimal(1), 150000, 1800)]
    quote_id = save_quote(data)
    target = str(tmp_path / "q.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (target, "PDF files (*.pdf)")))
    written = main_window.quotes.print_quote(quote_id)
    assert written is not None and written.exists()
    message = main_window.statusBar().currentMessage()
    assert "no program opened it" in message and "PDF viewer" in message
