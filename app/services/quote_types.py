"""Plain data passed between the quote service and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.services.gst_supply import GstParties
from app.services.quote_totals import NO_DISCOUNT, Totals

DRAFT, SENT, ACCEPTED, DECLINED, VOID, REVISED, EXPIRED = (
    "draft", "sent", "accepted", "declined", "void", "revised", "expired")
STORED_STATUSES = (DRAFT, SENT, ACCEPTED, DECLINED, VOID, REVISED)
# What a person may do next from each stored status ("expired" is sent + past validity).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    DRAFT: (SENT, ACCEPTED, VOID),  # a draft accepted on the spot was sent by hand
    SENT: (ACCEPTED, DECLINED, VOID, REVISED),
    ACCEPTED: (),
    DECLINED: (),
    VOID: (),
    REVISED: (),
}


@dataclass
class QuoteLineInput:
    description: str
    quantity: Decimal = Decimal(1)
    unit_price_minor: int = 0
    tax_rate_bp: int = 0
    discount_kind: str = NO_DISCOUNT
    discount_value: Decimal = Decimal(0)  # percent, or major units (rupees) for "amt"
    optional: bool = False
    unit: str = ""
    product_id: int | None = None
    hsn_code: str = ""


@dataclass
class QuoteInput:
    contact_id: int
    issued_on: date
    valid_until: date
    currency: str
    lines: list[QuoteLineInput] = field(default_factory=list)
    discount_kind: str = NO_DISCOUNT
    discount_value: Decimal = Decimal(0)
    notes: str = ""
    terms: str = ""
    place_of_supply: str = ""  # GST state code; '' = the customer's state


@dataclass(frozen=True)
class QuoteDetail:
    id: int
    number: str
    status: str  # stored status
    shown_status: str  # stored status, or "expired" for a sent quote past its validity
    revision: int
    parent_id: int | None
    customer_name: str
    customer_lines: list[str]
    data: QuoteInput
    totals: Totals
    # The catalogue description of each line's product, printed under the line's name.
    product_descriptions: dict[int, str] = field(default_factory=dict)
    row_version: int = 1  # a save based on an older version is refused as a conflict
    updated_by: str = ""  # who saved it last ('' for the owner of a single file)
    updated_at: int = 0  # epoch seconds of that save
    gst: GstParties | None = None  # both parties' GST identity, for an Indian business

    @property
    def editable(self) -> bool:
        return self.status == DRAFT


@dataclass(frozen=True)
class QuoteSummary:
    id: int
    number: str
    issued_on: str
    valid_until: str
    status: str  # shown status
    total_minor: int
    currency: str


def shown_status(status: str, valid_until: str, today: date) -> str:
    """Expired is computed, never stored: a sent quote whose validity date has passed."""
    if status == SENT and valid_until < today.isoformat():
        return EXPIRED
    return status
