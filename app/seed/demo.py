"""A small, friendly data set for screenshots and first looks: a few hand-made contacts
(saved through the services, like a person would) and a few hundred generated ones."""

from __future__ import annotations

from datetime import timedelta

from app.seed.calls import seed_calls
from app.seed.contacts import seed_contacts
from app.services import clock
from app.services.call_queue import save_queue
from app.services.call_types import CallInput, QueueFilter
from app.services.calls import log_call
from app.services.contact_types import ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact

_PEOPLE = [
    ContactInput(first_name="Priya", last_name="Sharma", company="Sharma Traders", title="Owner",
                 street="12 MG Road", city="Mumbai", region="Maharashtra", postal_code="400001",
                 country="India", status="customer", source="trade fair",
                 tags=["key-account", "wholesale"], notes="Met at trade fair. Wants bulk pricing.",
                 phones=[PhoneInput("+91 98765 43210", "mobile"),
                         PhoneInput("022 2659 1234", "work")],
                 emails=[EmailInput("priya@sharmatraders.example", "work")]),
    ContactInput(first_name="राजेश", last_name="कुमार", company="कुमार इलेक्ट्रिकल्स",
                 city="दिल्ली", country="India", status="prospect", source="referral",
                 tags=["hot"], notes="हिंदी में बात करना पसंद करते हैं।",
                 phones=[PhoneInput("098111 22334", "mobile")]),
    ContactInput(first_name="सुनीता", last_name="वर्मा", city="Jaipur", country="India",
                 status="lead", source="website", phones=[PhoneInput("+919810012345", "mobile")]),
    ContactInput(first_name="John", last_name="Miller", company="Miller Roofing, LLC",
                 title="President", street="400 Elm St", city="Springfield", region="NJ",
                 postal_code="07081", country="USA", status="lead", source="google ads",
                 phones=[PhoneInput("+1 (201) 555-0123", "work")],
                 emails=[EmailInput("john@millerroofing.example", "work")]),
    ContactInput(first_name="Emma", last_name="Clarke", company="Clarke Plumbing Ltd",
                 title="Director", city="London", country="United Kingdom", status="prospect",
                 notes="Asked for a callback after 3pm.", phones=[PhoneInput("+44 7700 900123")],
                 emails=[EmailInput("emma.clarke@clarkeplumbing.example")]),
]


def _demo_calls(ids: list[int]) -> None:
    """A few calls of the hand-made contacts, with follow-ups due earlier, today and later."""
    now = clock.now()
    today_9 = now.astimezone(clock.local_zone()).replace(hour=9, minute=30, second=0)
    calls = [
        (ids[4], "not_interested", now - timedelta(days=30), 60, "Had a supplier then.", "none",
         None, "Not interested at the time"),
        (ids[0], "sale", now - timedelta(days=20), 640, "Ordered 40 units, wants add-ons later.",
         "follow_up", now + timedelta(days=2), ""),
        (ids[1], "call_back", now - timedelta(days=4), 95, "Call back after Diwali stock check.",
         "follow_up", now - timedelta(days=1), ""),
        (ids[2], "no_answer", now - timedelta(hours=3), 0, "", "follow_up",
         max(today_9, now - timedelta(hours=2)), ""),
        (ids[3], "voicemail", now - timedelta(days=1, hours=2), 35, "Left a message about the "
         "spring roof check.", "follow_up", now + timedelta(hours=1), ""),
        (ids[4], "quote_requested", now - timedelta(days=2), 410, "Wants a quote for 3 sites.",
         "quote", None, ""),
    ]
    for cid, outcome, started, duration, notes, step, follow_up, reason in calls:
        log_call(CallInput(cid, outcome, started, duration, "out", "", notes, step, follow_up,
                           reason), now=now)


def seed_demo(generated: int = 300) -> None:
    ids = [create_contact(person).contact_id for person in _PEOPLE]
    seed_contacts(generated, seed=7)
    seed_calls(2 * generated, seed=7)
    _demo_calls(ids)
    save_queue("Hot leads", QueueFilter(statuses=["lead", "prospect"], tags=["hot"]))
    save_queue("Never called", QueueFilter(never_called=True))
