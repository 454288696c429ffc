"""Records the mail tests send things about: a customer with an address, a quote, a visit."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.services.appointments import AppointmentInput, book_appointment
from app.services.contact_types import ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
from app.services.reps import RepInput, create_rep

KOLKATA = ZoneInfo("Asia/Kolkata")
VISIT = datetime(2026, 6, 2, 11, 0, tzinfo=KOLKATA)  # a Tuesday, in working hours


def customer(company: str = "Sharma Traders", email: str = "priya@example.com") -> int:
    return create_contact(ContactInput(
        first_name="Priya", last_name="Sharma", company=company, city="Mumbai",
        phones=[PhoneInput("+91 98765 43210", "mobile")],
        emails=[EmailInput(email, "work")] if email else [])).contact_id


def quote(contact_id: int) -> int:
    data = new_quote_input(contact_id, date(2026, 3, 1))
    data.lines = [QuoteLineInput("Split AC 1.5 ton", Decimal(2), 3_450_000, 1800)]
    return save_quote(data)


def visit(contact_id: int, rep_email: str = "ravi@surya.example") -> int:
    rep = create_rep(RepInput("Ravi Kumar", email=rep_email, time_zone="Asia/Kolkata"))
    return book_appointment(AppointmentInput(contact_id, rep, VISIT, 60,
                                             location="14 Laxmi Estate, Pune"))
