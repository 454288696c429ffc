"""The day sheet lists one rep's day in order, Devanagari included, and skips cancelled ones."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from app.services.appointment_export import write_day_sheet
from app.services.appointments import AppointmentInput, book_appointment, set_status
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.reps import RepInput, create_rep

KOLKATA = ZoneInfo("Asia/Kolkata")


def test_day_sheet_in_order(db_path: str, tmp_path: Path) -> None:
    sunita = create_contact(ContactInput(first_name="सुनीता", last_name="वर्मा",
                                         company="Verma Stores")).contact_id
    john = create_contact(ContactInput(first_name="John", last_name="Miller")).contact_id
    rep = create_rep(RepInput("Ravi", time_zone="Asia/Kolkata"))
    other = create_rep(RepInput("Anil", time_zone="Asia/Kolkata"))
    day = date(2026, 6, 2)
    book_appointment(AppointmentInput(john, rep, datetime(2026, 6, 2, 14, tzinfo=KOLKATA), 60,
                                      purpose="Measure up"))
    book_appointment(AppointmentInput(sunita, rep, datetime(2026, 6, 2, 9, tzinfo=KOLKATA), 60,
                                      location="12 MG Road", purpose="Demo"))
    gone = book_appointment(AppointmentInput(john, rep, datetime(2026, 6, 2, 11,
                                                                 tzinfo=KOLKATA), 30))
    set_status(gone, "cancelled")
    book_appointment(AppointmentInput(john, other, datetime(2026, 6, 2, 10, tzinfo=KOLKATA), 60,
                                      purpose="Other rep"))
    target = tmp_path / "sheet.pdf"
    assert write_day_sheet("Ravi", day, target) == 2
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert text.index("09:00") < text.index("14:00")
    assert "11:00" not in text and "Other rep" not in text
    assert "Verma Stores" in text and "12 MG Road" in text and "Outcome" in text
