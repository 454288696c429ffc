"""Who is who on an Indian quote: both GSTINs and states, the place of supply, and from those
whether GST is CGST + SGST (within one state) or IGST (across states, or abroad)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.services.business import BusinessProfile, load_profile, uses_gst
from app.services.gst import OVERSEAS, check_state
from app.services.quote_totals import GstRules


@dataclass(frozen=True)
class GstParties:
    business_gstin: str
    business_state: str
    customer_gstin: str
    customer_state: str
    treatment: str
    place_of_supply: str  # a state code; '' for a supply abroad
    interstate: bool
    round_to_rupee: bool

    @property
    def rules(self) -> GstRules:
        return GstRules(self.interstate, self.round_to_rupee)


def place_of_supply(chosen: str, customer_state: str, treatment: str,
                    business_state: str) -> str:
    """The chosen place, else the customer's state; a customer with neither (a walk-in
    consumer) is supplied where the business is; abroad is ''."""
    if chosen:
        return chosen
    if treatment == OVERSEAS:
        return ""
    return customer_state or business_state


def gst_parties(contact_id: int, chosen_place: str = "",
                profile: BusinessProfile | None = None) -> GstParties | None:
    """None when the business does not sell from India, or has no GSTIN: only a business
    registered for GST charges it; the others keep the plain per-rate tax summary."""
    if not uses_gst():
        return None
    profile = profile or load_profile()
    if not profile.gstin:
        return None
    row = db.execute_sql("SELECT gst_treatment, gstin, gst_state FROM contact WHERE id=?",
                         (contact_id,)).fetchone()
    treatment, gstin, state = (str(v) for v in row) if row else ("", "", "")
    place = place_of_supply(check_state(chosen_place, "Place of supply"), state, treatment,
                            profile.state)
    interstate = treatment == OVERSEAS or bool(place and profile.state
                                               and place != profile.state)
    return GstParties(profile.gstin, profile.state, gstin, state, treatment, place,
                      interstate, profile.round_to_rupee)
