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

DEMO_BUSINESS_NAME = "Surya Cooling & Electricals"

_PEOPLE = [
    ContactInput(first_name="Priya", last_name="Sharma", company="Sharma Traders", title="Owner",
                 street="12 MG Road", city="Mumbai", region="Maharashtra", postal_code="400001",
                 country="India", status="customer", source="trade fair",
                 tags=["key-account", "wholesale"], notes="Met at trade fair. Wants bulk pricing.",
                 phones=[PhoneInput("+91 98765 43210", "mobile"),
                         PhoneInput("022 2659 1234", "work")],
                 emails=[EmailInput("priya@sharmatraders.example", "work")],
                 gst_treatment="registered", gstin="27AABCS1234R1Z2"),  # same state
    ContactInput(first_name="राजेश", last_name="कुमार", company="कुमार इलेक्ट्रिकल्स",
                 city="दिल्ली", country="India", status="prospect", source="referral",
                 tags=["hot"], notes="हिंदी में बात करना पसंद करते हैं।",
                 phones=[PhoneInput("098111 22334", "mobile")],
                 gst_treatment="registered", gstin="07AAKFK5678M1ZJ"),  # Delhi: IGST
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
    from app.seed.appointments import seed_demo_appointments

    seed_demo_appointments()
    seed_demo_quotes(ids[0], ids[1])


def seed_demo_quotes(buyer_id: int, prospect_id: int) -> None:
    """A business profile, a small catalogue with add-ons, and quotes in every status."""
    from datetime import date, timedelta
    from decimal import Decimal

    from app.seed.quotes import seed_products, seed_quotes
    from app.services.business import BusinessProfile, save_logo, save_profile
    from app.services.catalogue import ProductInput, get_product, save_product
    from app.services.quote_types import QuoteLineInput
    from app.services.quotes import line_from_product, new_quote_input, save_quote, set_status

    save_profile(BusinessProfile(
        name=DEMO_BUSINESS_NAME, address="14 Laxmi Industrial Estate\nPune 411001",
        phone="+91 20 2612 3456", email="sales@surya.example", website="surya.example",
        tax_id="", currency="INR", quote_prefix="Q-", next_number=1, gstin="27ABCDE1234F1Z0",
        state="27"))
    save_logo(demo_logo())
    warranty = save_product(ProductInput("WAR-3Y", "Extended warranty, 3 years", unit="pc",
                                         unit_price_minor=249900, tax_rate_bp=1800,
                                         hsn_code="998717"))
    stand = save_product(ProductInput("STAND-W", "Outdoor unit wall stand", unit="pc",
                                      unit_price_minor=180000, tax_rate_bp=1800,
                                      hsn_code="7308"))
    stabiliser = save_product(ProductInput("STB-4K", "Voltage stabiliser 4 kVA", unit="pc",
                                           unit_price_minor=320000, tax_rate_bp=1800,
                                           hsn_code="8504"))
    ac = save_product(ProductInput(
        "AC-15-INV", "Split AC 1.5 t inverter", "5-star, copper condenser", "pc",
        4_299_000, 2800, addon_ids=[warranty, stand, stabiliser], hsn_code="8415"))
    install = save_product(ProductInput("SVC-INST", "Installation (per unit)", unit="visit",
                                        unit_price_minor=150000, tax_rate_bp=1800,
                                        hsn_code="995461"))
    seed_products(40, seed=3)
    today = date.today()
    sold = new_quote_input(buyer_id, today - timedelta(days=60))
    sold.lines = [line_from_product(get_product(ac)), line_from_product(get_product(install))]
    sold.lines[0].quantity = Decimal(2)
    sold_id = save_quote(sold)
    set_status(sold_id, "sent", today - timedelta(days=60))
    set_status(sold_id, "accepted", today - timedelta(days=55))
    offer = new_quote_input(prospect_id, today - timedelta(days=2))
    offer.lines = [
        line_from_product(get_product(ac)),
        QuoteLineInput("दुकान के लिए अतिरिक्त तांबे की पाइप (प्रति मीटर)", Decimal(6), 45000,
                       1800, unit="m", hsn_code="7411"),
        line_from_product(get_product(install)),
        line_from_product(get_product(warranty), optional=True),
        line_from_product(get_product(stabiliser), optional=True),
    ]
    offer.discount_kind, offer.discount_value = "pct", Decimal(5)
    offer.notes = "कृपया भुगतान से पहले साइट का माप पुष्टि करें।"
    set_status(save_quote(offer), "sent", today)
    seed_quotes(60, seed=11, today=today)


def demo_logo() -> bytes:
    """A small generated PNG logo (a sun and a wordmark) for the demo letterhead."""
    import io
    import math

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    for angle in range(0, 360, 30):
        x, y = 60 + 52 * math.cos(math.radians(angle)), 60 + 52 * math.sin(math.radians(angle))
        draw.line((60, 60, x, y), fill=(245, 158, 11), width=6)
    draw.ellipse((28, 28, 92, 92), fill=(234, 88, 12))
    draw.rectangle((120, 44, 340, 52), fill=(30, 64, 175))
    draw.rectangle((120, 68, 290, 76), fill=(30, 64, 175))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
