"""The Calls tab: the log filters in SQL, the Due list answers its keys, the detail pane shows
the history, and custom outcomes from Settings reach call mode."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.models import Call
from app.services import clock
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.ui.call_mode_dialog import CallModeDialog
from app.ui.call_table_model import COL_CONTACT, COL_DIRECTION, COL_OUTCOME
from app.ui.main_window import TAB_CALLS
from app.ui.outcomes_settings_page import OutcomesSettingsPage
from app.ui.settings_dialog import SettingsDialog
from tests.ui.call_ui_helpers import local_noon_today, when_modal


@pytest.fixture()
def noon(monkeypatch: pytest.MonkeyPatch):
    now = local_noon_today()
    monkeypatch.setattr(clock, "now", lambda: now)
    return now


def _contact(name: str, phone: str) -> int:
    return create_contact(ContactInput(first_name=name, phones=[PhoneInput(phone)])).contact_id


def _log(cid: int, outcome: str, ago: timedelta, direction: str = "out",
         follow_up: timedelta | None = None) -> int:
    now = clock.now()
    step = "follow_up" if follow_up is not None else "none"
    return log_call(CallInput(cid, outcome, now - ago, 60, direction, "", "note", step,
                              now + follow_up if follow_up is not None else None, "done"),
                    now=now).call_id


def _cells(window, column: int) -> list[str]:
    model = window.calls.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_log_filters_and_due_keys(qtbot, main_window, noon) -> None:
    asha = _contact("Asha", "+919876543210")
    ravi = _contact("Ravi", "+919812345678")
    _log(asha, "busy", timedelta(days=40))
    _log(asha, "connected", timedelta(hours=2), "in")
    overdue = _log(ravi, "call_back", timedelta(days=3), follow_up=-timedelta(days=1))
    calls = main_window.calls
    main_window.tabs.setCurrentIndex(TAB_CALLS)
    calls.refresh()
    assert _cells(main_window, COL_CONTACT) == ["Asha", "Ravi", "Asha"]  # newest first
    calls.direction.setCurrentIndex(calls.direction.findData("in"))
    assert _cells(main_window, COL_DIRECTION) == ["In"]
    calls.direction.setCurrentIndex(0)
    calls.period.setCurrentIndex(calls.period.findData("30d"))
    assert _cells(main_window, COL_CONTACT) == ["Asha", "Ravi"]
    calls.period.setCurrentIndex(0)
    calls.outcome.setCurrentIndex(calls.outcome.findData("busy"))
    assert _cells(main_window, COL_OUTCOME) == ["Busy"]
    calls.outcome.setCurrentIndex(0)
    qtbot.keyClicks(calls.search, "ravi")
    qtbot.waitUntil(lambda: _cells(main_window, COL_CONTACT) == ["Ravi"], timeout=2000)

    due = calls.due
    assert due.list.count() == 1 and due.list.item(0).text().startswith("overdue")
    due.list.setFocus()
    qtbot.keyClick(due.list, Qt.Key.Key_H)  # snooze one hour: still due today
    assert Call.get_by_id(overdue).follow_up_at == noon + timedelta(hours=1)
    assert not due.list.item(0).text().startswith("overdue")
    qtbot.keyClick(due.list, Qt.Key.Key_D)  # done
    assert due.list.count() == 0
    assert Call.get_by_id(overdue).follow_up_done_at is not None
    assert main_window.call_launcher.due_label.text() == "Follow-ups due: 0"
    assert "nothing" in due.title.text()  # an empty list says so


def test_detail_pane_shows_history_and_next_follow_up(qtbot, main_window, noon) -> None:
    asha = _contact("Asha", "+919876543210")
    for days in range(25):
        _log(asha, "no_answer", timedelta(days=days + 1))
    _log(asha, "call_back", timedelta(minutes=5), follow_up=timedelta(days=2))
    main_window.contacts.refresh()
    main_window.contacts.show_contact(asha)
    text = main_window.contacts.detail.toPlainText()
    assert "Calls (latest 20 of 26)" in text
    assert "Next follow-up: " + (noon + timedelta(days=2)).astimezone().strftime(
        "%Y-%m-%d %H:%M") in text
    assert text.index("Call back later") < text.index("No answer")  # latest first


def test_custom_outcome_from_settings_reaches_call_mode(qtbot, main_window, noon,
                                                        monkeypatch) -> None:
    asha = _contact("Asha", "+919876543210")
    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, OutcomesSettingsPage))
    page.add_row()
    page.table.item(page.table.rowCount() - 1, 0).setText("Demo booked")
    for _ in range(10):
        page.move_row(-1)  # to the top: key 1
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    labels: list[str] = []

    def look(call_mode: CallModeDialog) -> None:
        lst = call_mode.outcome.outcomes
        labels.extend(lst.item(i).text() for i in range(lst.count()))
        call_mode.done(0)

    when_modal(CallModeDialog, look)
    main_window.call_launcher.call_contact(asha)
    assert labels[0] == "1  Demo booked" and labels[1] == "2  Connected"
    assert labels[-1].strip() == "Sale" and not labels[-1].startswith("1")


def test_duplicate_outcome_is_refused_and_nothing_saved(qtbot, main_window) -> None:
    from app.services.outcomes import list_outcomes

    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, OutcomesSettingsPage))
    page.table.item(0, 0).setText("Reached")  # a rename that would be fine on its own
    page.add_row()
    page.table.item(page.table.rowCount() - 1, 0).setText("busy")
    dialog.save()
    assert dialog.error.text() == "Outcome: 'busy' already exists"
    assert [o.label for o in list_outcomes()][0] == "Connected"  # the rename was undone too
    assert len(list_outcomes()) == 10


def test_this_contact_only_key_works_beside_the_quote_menu(qtbot, main_window, noon) -> None:
    """Ctrl+Shift+O is Edit quote; the Calls tab's own key must not collide with it."""
    asha = _contact("Asha", "+919876543210")
    ravi = _contact("Ravi", "+919812345678")
    _log(asha, "busy", timedelta(days=2))
    _log(ravi, "busy", timedelta(days=1))
    main_window.tabs.setCurrentIndex(TAB_CALLS)
    calls = main_window.calls
    calls.refresh()
    calls.table.setFocus()
    calls.table.selectRow(1)
    assert _cells(main_window, COL_CONTACT) == ["Ravi", "Asha"]
    qtbot.keyClick(calls.table, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _cells(main_window, COL_CONTACT) == ["Asha"]
    assert calls.contact_label.isVisibleTo(calls) and "Asha" in calls.contact_label.text()


def test_log_reads_at_1280_durations_right_aligned_done_follow_ups_whole(qtbot, main_window,
                                                                      noon) -> None:
    from app.services.follow_ups import mark_done
    from app.ui.call_table_model import COL_DURATION, COL_FOLLOW_UP

    asha = _contact("Asha", "+919876543210")
    call = _log(asha, "call_back", timedelta(days=2), follow_up=-timedelta(days=1))
    mark_done(call)
    main_window.resize(1280, 800)
    main_window.tabs.setCurrentIndex(TAB_CALLS)
    calls = main_window.calls
    calls.refresh()
    QApplication.processEvents()
    model, table = calls.model, calls.table
    alignment = Qt.AlignmentFlag(model.index(0, COL_DURATION).data(
        Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    follow_up = model.index(0, COL_FOLLOW_UP).data()
    assert follow_up.startswith("✓ ")
    assert model.index(0, COL_FOLLOW_UP).data(Qt.ItemDataRole.ToolTipRole) == "Follow-up done"
    assert table.fontMetrics().horizontalAdvance(follow_up) < table.columnWidth(COL_FOLLOW_UP) - 8
    assert not table.horizontalScrollBar().isVisible()  # Notes shows without scrolling


def test_empty_log_says_why_it_is_empty(qtbot, main_window, noon) -> None:
    calls = main_window.calls
    main_window.tabs.setCurrentIndex(TAB_CALLS)
    assert "Ctrl+L" in calls.table.current_empty_text()  # nothing logged: how to start
    asha = _contact("Asha", "+919876543210")
    _log(asha, "busy", timedelta(hours=1))
    calls.refresh()
    assert calls.table.current_empty_text() == ""
    qtbot.keyClicks(calls.search, "nobody")
    qtbot.waitUntil(lambda: calls.model.rowCount() == 0, timeout=2000)
    assert "match" in calls.table.current_empty_text()


def test_empty_quotes_list_says_how_to_start(main_window) -> None:
    from app.ui.main_window import TAB_QUOTES

    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    assert "Ctrl+Shift+Q" in main_window.quotes.table.current_empty_text()
    quotes = main_window.quotes
    quotes.status_filter.setCurrentIndex(quotes.status_filter.count() - 1)
    assert "match" in quotes.table.current_empty_text()


def test_down_from_the_search_goes_to_the_log(qtbot, main_window, noon) -> None:
    asha = _contact("Asha", "+919876543210")
    _log(asha, "busy", timedelta(hours=1))
    main_window.tabs.setCurrentIndex(TAB_CALLS)
    calls = main_window.calls
    calls.refresh()
    main_window.activateWindow()
    calls.focus_search()
    QApplication.processEvents()
    qtbot.keyClicks(calls.search, "asha")
    qtbot.keyClick(calls.search, Qt.Key.Key_Down)
    assert main_window.focusWidget() is calls.table
    assert calls.selected_contact_id() == asha


def test_outcomes_say_which_reach_the_person(qtbot, main_window) -> None:
    from PySide6.QtCore import Qt

    from app.services.outcomes import get_outcome
    from app.ui.outcomes_settings_page import COL_REACHED

    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, OutcomesSettingsPage))
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    checked = lambda r: page.table.item(r, COL_REACHED).checkState()  # noqa: E731
    assert checked(rows["Connected"]) == Qt.CheckState.Checked
    assert checked(rows["No answer"]) == Qt.CheckState.Unchecked
    page.table.item(rows["Voicemail left"], COL_REACHED).setCheckState(Qt.CheckState.Checked)
    page.add_row()
    page.table.item(page.table.rowCount() - 1, 0).setText("Spoke to assistant")
    page.table.item(page.table.rowCount() - 1, COL_REACHED).setCheckState(
        Qt.CheckState.Checked)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert get_outcome("voicemail").reached and not get_outcome("no_answer").reached
    assert get_outcome("custom_spoke_to_assistant").reached
