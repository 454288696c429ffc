"""The Appointments tab and booking dialog driven like a person would, with pytest-qt."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from app.db.fields import utc_now
from app.db.models import Appointment, Call
from app.services.appointments import AppointmentInput, book_appointment, get_appointment
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.reps import RepInput, create_rep
from app.services.scheduling import resolve_zone
from app.ui.main_window import TAB_APPOINTMENTS

DAY = date(2030, 6, 4)  # a Tuesday


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=resolve_zone(""))


@pytest.fixture()
def diary(main_window):
    priya = create_contact(ContactInput(
        first_name="Priya", last_name="Sharma", street="12 MG Road", city="Mumbai",
        phones=[PhoneInput("+91 98765 43210")])).contact_id
    john = create_contact(ContactInput(first_name="John", last_name="Miller")).contact_id
    ravi = create_rep(RepInput("Ravi Kumar", buffer_min=15))
    anil = create_rep(RepInput("Anil Rao", buffer_min=0, color="#16a34a"))
    first = book_appointment(AppointmentInput(priya, ravi, at(10), 60, purpose="Demo"))
    tab = main_window.appointments
    tab.refresh()
    tab.rep_combo.setCurrentIndex(tab.rep_combo.findData(ravi))
    tab.show_day(DAY, "week")
    main_window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    return {"priya": priya, "john": john, "ravi": ravi, "anil": anil, "first": first,
            "window": main_window, "tab": tab}


def _fill(dialog, rep_id: int, start: datetime) -> None:
    dialog.rep.setCurrentIndex(dialog.rep.findData(rep_id))
    dialog.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))


def _click_book(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_booking_a_clash_shows_the_clashing_appointment(qtbot, diary) -> None:
    dialog = diary["window"].request_booking(diary["john"], None)
    qtbot.waitExposed(dialog)
    _fill(dialog, diary["ravi"], at(10, 30))
    _click_book(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "clashes with Priya Sharma" in dialog.message.text()
    assert Appointment.select().count() == 1
    # Free periods steer around the visit and its buffer; 09:00-09:45 is too short for 60 min.
    slots = [dialog.slots.item(i).text() for i in range(dialog.slots.count())]
    assert slots == ["11:15 – 17:00"]
    dialog.length.setValue(45)
    slots = [dialog.slots.item(i).text() for i in range(dialog.slots.count())]
    assert slots == ["09:00 – 09:45", "11:15 – 17:00"]
    dialog.length.setValue(60)
    _fill(dialog, diary["ravi"], at(11, 15))
    _click_book(qtbot, dialog)
    assert not dialog.isVisible()
    assert Appointment.select().count() == 2


def test_out_of_hours_needs_book_anyway_with_reason(qtbot, diary) -> None:
    dialog = diary["window"].request_booking(diary["john"], None)
    _fill(dialog, diary["ravi"], at(19))
    _click_book(qtbot, dialog)
    assert dialog.override.isVisible() and "working hours" in dialog.message.text()
    qtbot.mouseClick(dialog.book_anyway, Qt.MouseButton.LeftButton)
    assert "Reason" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Only free after work")
    qtbot.mouseClick(dialog.book_anyway, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert get_appointment(dialog.saved_id).override_reason == "Only free after work"


def test_request_booking_from_a_call_remembers_the_call(qtbot, diary) -> None:
    now = utc_now()
    call = Call.create(contact=diary["priya"], direction="out", started_at=now,
                       outcome="appointment_set", created_at=now)
    window = diary["window"]
    dialog = window.request_booking(diary["priya"], call.id)
    assert "Priya Sharma" in dialog.contact_label.text()
    assert dialog.location.text().startswith("12 MG Road")
    _fill(dialog, diary["ravi"], at(14))
    qtbot.keyClicks(dialog.purpose, "Measure up")
    _click_book(qtbot, dialog)
    assert not dialog.isVisible()
    detail = get_appointment(dialog.saved_id)
    assert detail.call_id == call.id and detail.starts_at == at(14).astimezone(UTC)
    assert any(b.id == dialog.saved_id for b in diary["tab"].grid.blocks)
    window.contacts.detail.show_contact(diary["priya"])
    pane = window.contacts.detail.toPlainText()
    assert "Upcoming" in pane and "Measure up" in pane


def test_keyboard_move_and_refused_move_snaps_back(qtbot, diary) -> None:
    tab = diary["tab"]
    book_appointment(AppointmentInput(diary["john"], diary["ravi"], at(12), 60))
    tab.reload()
    grid = tab.grid
    grid.setFocus()
    grid.select(diary["first"])
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert get_appointment(diary["first"]).starts_at == at(10, 15).astimezone(UTC)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next day
    assert get_appointment(diary["first"]).starts_at == at(10, 15, date(2030, 6, 5))
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    for _ in range(3):  # 10:30, 10:45, then 11:00 is refused: it ends at 12:00 and
        # leaves no travel buffer before John Miller at 12:00
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert get_appointment(diary["first"]).starts_at == at(10, 45).astimezone(UTC)
    assert tab.message.isVisible() and "John Miller" in tab.message.text()
    block = next(b for b in grid.blocks if b.id == diary["first"])
    assert block.starts_at == int(at(10, 45).timestamp())


def test_drag_to_another_day_and_refused_drag(qtbot, diary, monkeypatch) -> None:
    tab = diary["tab"]
    grid = tab.grid
    qtbot.waitExposed(grid)
    block = next(b for b in grid.blocks if b.id == diary["first"])
    rect = grid.block_rect(block)
    start = rect.center().toPoint()
    target = QPoint(int(start.x() + grid._col_width()), start.y())  # same time, Wednesday
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, QPoint(start.x() + 20, start.y()))
    qtbot.mouseMove(grid, target)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert get_appointment(diary["first"]).starts_at == at(10, day=date(2030, 6, 5))
    # Drag onto Sunday (a day off): asked for a reason, refused without one, snaps back.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    block = next(b for b in grid.blocks if b.id == diary["first"])
    start = grid.block_rect(block).center().toPoint()
    sunday = QPoint(int(start.x() + 4 * grid._col_width()), start.y())
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, QPoint(start.x() + 20, start.y()))
    qtbot.mouseMove(grid, sunday)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=sunday)
    assert get_appointment(diary["first"]).starts_at == at(10, day=date(2030, 6, 5))
    assert "working hours" in tab.message.text()


def test_views_and_keyboard_navigation(qtbot, diary) -> None:
    tab = diary["tab"]
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_PageDown)
    assert tab.day == date(2030, 6, 11)
    qtbot.keyClick(tab.grid, Qt.Key.Key_D)
    assert tab.view == "day" and len(tab.grid.columns) == 1
    qtbot.keyClick(tab.grid, Qt.Key.Key_Left)
    assert tab.day == date(2030, 6, 10)
    qtbot.keyClick(tab.grid, Qt.Key.Key_A)
    assert [c.title for c in tab.grid.columns] == ["Anil Rao", "Ravi Kumar"]
    qtbot.keyClick(tab.grid, Qt.Key.Key_T)
    assert tab.day == date.today()
    qtbot.keyClick(tab.grid, Qt.Key.Key_L)
    assert tab.view == "list"
    page = tab.list_page
    page.first.setDate(DAY)
    page.last.setDate(DAY)
    assert page.model.rowCount() == 1
    assert page.table.current_empty_text() == ""
    opened: list[int] = []
    tab.edit_appointment = opened.append  # Enter on a row opens it, as the tab's help says
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [diary["first"]]
    page.status.setCurrentIndex(page.status.findData("cancelled"))
    assert page.model.rowCount() == 0
    assert "No appointments" in page.table.current_empty_text()


def test_book_link_in_contact_pane_opens_booking(qtbot, diary) -> None:
    from PySide6.QtCore import QUrl

    from app.ui.booking_dialog import BookingDialog

    window = diary["window"]
    window.contacts.detail.show_contact(diary["john"])
    assert f"calldesk://book/{diary['john']}" in window.contacts.detail.toHtml()
    assert window.findChildren(BookingDialog) == []
    window.open_internal_link(QUrl(f"calldesk://book/{diary['john']}"))
    [dialog] = window.findChildren(BookingDialog)
    assert dialog.isVisible() and "John Miller" in dialog.contact_label.text()
    assert dialog.call_id is None


def test_double_click_empty_slot_books_there(qtbot, diary) -> None:
    from app.ui.booking_dialog import BookingDialog

    window, grid = diary["window"], diary["tab"].grid
    qtbot.waitExposed(grid)
    wednesday = grid.columns[2]
    y = grid._y(wednesday, int(at(15, 10, date(2030, 6, 5)).timestamp()))
    x = int(grid.block_rect(grid.blocks[0], 2, wednesday.day_start).center().x())
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, int(y)))
    [dialog] = window.findChildren(BookingDialog)
    chosen = dialog.start.dateTime().toSecsSinceEpoch()
    assert chosen == int(at(15, 0, date(2030, 6, 5)).timestamp())  # snapped to the quarter
    assert dialog.rep.currentData() == diary["ravi"]


def test_keyboard_booking_picks_the_contact_before_booking(qtbot, diary) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.booking_dialog import BookingDialog

    dialog = BookingDialog(diary["window"].ctx, diary["window"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    assert not dialog.results.isVisible()  # no empty box before there is anything to pick
    qtbot.keyClicks(dialog.search, "John")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # search, go to the matches
    assert dialog.results.isVisible()
    assert dialog.isVisible() and not dialog.message.isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.results and dialog.results.count() == 1
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)  # pick: nothing booked yet
    assert dialog.contact_id == diary["john"] and dialog.saved_id is None
    assert dialog.isVisible() and dialog.focusWidget() is dialog.rep
    _fill(dialog, diary["ravi"], at(14))
    qtbot.keyClick(dialog.rep, Qt.Key.Key_Return)  # now Enter books
    assert dialog.saved_id is not None
    assert get_appointment(dialog.saved_id).starts_at == at(14)


def test_all_reps_headers_share_a_baseline_in_both_scripts(qtbot, main_window) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from app.ui.calendar_grid import GUTTER_W, HEADER_H
    from app.ui.fonts import application_font

    create_rep(RepInput("Ravi Nam", color="#16a34a"))
    create_rep(RepInput("राम नाम", color="#16a34a"))  # no marks below the line in either
    tab = main_window.appointments
    tab.refresh()
    tab.show_day(DAY, "all")
    main_window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    tab.grid.setFont(application_font(18))
    QApplication.processEvents()
    image = tab.grid.grab().toImage()
    width = (tab.grid.width() - GUTTER_W) // len(tab.grid.columns)

    def ink_bottom(column: int) -> int:
        left = GUTTER_W + column * width
        rows = [y for y in range(HEADER_H) for x in range(left + 6, left + width - 6)
                if QColor(image.pixel(x, y)).lightness() < 140]
        return max(rows)

    titles = [c.title for c in tab.grid.columns]
    latin, devanagari = ink_bottom(titles.index("Ravi Nam")), ink_bottom(titles.index("राम नाम"))
    assert abs(latin - devanagari) <= 1
