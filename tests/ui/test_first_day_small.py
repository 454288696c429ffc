"""The small things a new user tripped over on the first day: where file dialogs start, call
notes broken mid-word, a contact picker without numbers, a sort arrow pointing the wrong
way, a 5-minute visit booked from a call, no way forward without reps, and a day sheet
that could not be printed for another day of the week."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog

from app.db.models import Call
from app.services import clock
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
from app.services.reps import RepInput, create_rep
from app.ui.contact_picker_dialog import ContactPickerDialog
from app.ui.main_window import TAB_APPOINTMENTS, TAB_CALLS
from tests.ui.call_ui_helpers import when_modal


@pytest.fixture()
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Save dialogs: record the proposed path, answer with the one set in 'answer'."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    state: dict[str, object] = {"proposed": [], "answer": "", "home": home}

    def save(_parent, _title, proposed, _patterns, *args, **kwargs):
        state["proposed"].append(proposed)  # type: ignore[attr-defined]
        return str(state["answer"]), _patterns.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr("app.ui.desktop_launch.QDesktopServices.openUrl", lambda url: True)
    return state


def test_save_dialogs_start_in_documents_then_where_the_last_file_went(
        qtbot, main_window, asked, tmp_path: Path) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("Site survey", D(1), 150000, 1800)]
    quote_id = save_quote(data)
    elsewhere = tmp_path / "clients"
    elsewhere.mkdir()
    asked["answer"] = str(elsewhere / "first.pdf")
    main_window.quotes.print_quote(quote_id)
    documents = Path(str(asked["home"])) / "Documents"
    assert asked["proposed"] == [str(documents / "Q-0001.pdf")]
    assert Path.cwd() not in Path(asked["proposed"][0]).parents  # type: ignore[index]
    main_window.quotes.print_quote(quote_id)
    assert asked["proposed"][1] == str(elsewhere / "Q-0001.pdf")  # type: ignore[index]
    asked["answer"] = ""  # cancelled
    main_window.import_export.export_contacts()
    assert asked["proposed"][2] == str(documents / "contacts.csv")  # type: ignore[index]


def test_call_notes_in_the_detail_pane_break_between_words(qtbot, main_window) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    note = ("Interested in installation together with extended warranty; wants "
            "representative visit Thursday afternoon")
    now = clock.now()
    Call.create(contact=cid, direction="out", started_at=now, outcome="connected",
                duration_s=754, notes=note, created_at=now)
    pane = main_window.contacts.detail
    pane.setFixedWidth(300)  # the pane as narrow as people keep it
    pane.show_contact(cid)
    QApplication.processEvents()
    doc = pane.document()
    doc.setTextWidth(pane.viewport().width())
    block = doc.begin()
    checked = 0
    while block.isValid():
        if note[:20] in block.text():
            layout = block.layout()
            assert layout.lineCount() > 1  # wrapped: the test means something
            for i in range(1, layout.lineCount()):
                start = layout.lineAt(i).textStart()
                assert block.text()[start - 1].isspace(), block.text()[:start]
                checked += 1
        block = block.next()
    assert checked


def test_the_contact_picker_shows_phone_numbers(qtbot, main_window) -> None:
    create_contact(ContactInput(first_name="Priya", city="Pune",
                                phones=[PhoneInput("+91 98765 43210")]))
    seen: list[str] = []
    from app.ui.main_window import TAB_QUOTES

    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    when_modal(ContactPickerDialog, lambda d: seen.append(d.results.item(0).text()))
    main_window.quotes.choose_customer_filter()
    assert seen and "098765 43210" in seen[0] and "Pune" in seen[0]


def _arrow_points_down(header, column: int) -> bool:
    image = header.grab().toImage()
    left = header.sectionViewportPosition(column) + header.sectionSize(column) - 24
    rows: list[int] = []
    for y in range(image.height()):
        dark = [x for x in range(left, left + 22)
                if QColor(image.pixel(x, y)).lightness() < 140]
        if dark:
            rows.append(len(dark))
    assert len(rows) >= 2, "no arrow drawn"
    return rows[0] > rows[-1]


def test_the_newest_first_call_log_shows_a_downward_arrow(qtbot, main_window) -> None:
    from app.ui.call_table_model import COL_WHEN

    main_window.tabs.setCurrentIndex(TAB_CALLS)
    header = main_window.calls.table.horizontalHeader()
    QApplication.processEvents()
    assert main_window.calls.model.query.descending  # newest first
    assert _arrow_points_down(header, COL_WHEN)
    header.setSortIndicator(COL_WHEN, Qt.SortOrder.AscendingOrder)  # oldest first
    QApplication.processEvents()
    assert not _arrow_points_down(header, COL_WHEN)


def test_booking_from_a_call_without_reps_offers_to_add_one_and_uses_its_length(
        qtbot, main_window) -> None:
    from app.ui.booking_dialog import BookingDialog
    from app.ui.reps_dialog import RepsDialog

    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    dialog = main_window.request_booking(cid, None)
    assert isinstance(dialog, BookingDialog)
    assert dialog.length.value() == 60  # not the spin box's 5-minute floor
    assert dialog.message.isVisible() and "No reps yet" in dialog.message.text()
    assert dialog.add_rep.isVisible()

    def add(reps: RepsDialog) -> None:
        reps.new_rep()
        reps.name.setText("Ravi Kumar")
        reps.length.setValue(45)
        reps.save()

    when_modal(RepsDialog, add)
    qtbot.mouseClick(dialog.add_rep, Qt.MouseButton.LeftButton)
    assert dialog.rep.currentText() == "Ravi Kumar"
    assert dialog.length.value() == 45 and not dialog.message.isVisible()
    dialog.done(0)


def test_booking_still_takes_the_reps_own_length(qtbot, main_window) -> None:
    create_rep(RepInput("Ravi Kumar", default_length_min=45))
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    dialog = main_window.request_booking(cid, None)
    assert dialog.length.value() == 45
    dialog.done(0)


def test_day_sheet_from_the_week_view_asks_which_day(qtbot, main_window, asked,
                                                     tmp_path: Path) -> None:
    from app.ui.appointment_actions import AppointmentActions
    from app.ui.day_choice_dialog import DayChoiceDialog

    create_rep(RepInput("Ravi Kumar"))
    tab = main_window.appointments
    main_window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    tab.refresh()
    monday = date(2030, 6, 3)
    tab.show_day(monday, "week")
    thursday = monday + timedelta(days=3)
    asked["answer"] = str(tmp_path / "sheet.pdf")

    def choose(d: DayChoiceDialog) -> None:
        d.day_edit.setDate(d.day_edit.date().addDays(3))
        d.accept()

    when_modal(DayChoiceDialog, choose)
    tab.findChild(AppointmentActions, "appointmentActions").actions["day_sheet"].trigger()
    assert asked["proposed"] and f"{thursday:%Y-%m-%d}" in str(asked["proposed"][0])  # type: ignore
    assert (tmp_path / "sheet.pdf").exists()
