"""A small, friendly data set for screenshots and first looks: a few hand-made contacts
(saved through the services, like a person would) and a few hundred generated ones."""

from __future__ import annotations

from app.seed.contacts import seed_contacts
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


def seed_demo(generated: int = 300) -> None:
    for person in _PEOPLE:
        create_contact(person)
    seed_contacts(generated, seed=7)
    from app.seed.appointments import seed_demo_appointments

    seed_demo_appointments()
