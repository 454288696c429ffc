"""A quote being edited, as a JSON draft that survives a crash (see app/services/drafts.py)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from app.services.errors import ValidationError
from app.services.quote_types import QuoteInput, QuoteLineInput

KIND = "quote"


def draft_key(quote_id: int | None) -> str:
    return "new" if quote_id is None else str(quote_id)


def quote_draft_json(data: QuoteInput, quote_id: int | None) -> str:
    lines = [{
        "description": line.description, "quantity": str(line.quantity),
        "unit_price_minor": line.unit_price_minor, "tax_rate_bp": line.tax_rate_bp,
        "discount_kind": line.discount_kind, "discount_value": str(line.discount_value),
        "optional": line.optional, "unit": line.unit, "product_id": line.product_id,
        "hsn_code": line.hsn_code,
    } for line in data.lines]
    return json.dumps({
        "quote_id": quote_id, "contact_id": data.contact_id,
        "issued_on": data.issued_on.isoformat(), "valid_until": data.valid_until.isoformat(),
        "currency": data.currency, "lines": lines, "discount_kind": data.discount_kind,
        "discount_value": str(data.discount_value), "notes": data.notes, "terms": data.terms,
        "place_of_supply": data.place_of_supply,
    }, ensure_ascii=False)


def quote_from_draft(payload: str) -> tuple[QuoteInput, int | None]:
    """The quote input and the id of the quote it edits (None for a new one)."""
    try:
        raw: dict[str, Any] = json.loads(payload)
        lines = [QuoteLineInput(
            description=str(item["description"]), quantity=Decimal(item["quantity"]),
            unit_price_minor=int(item["unit_price_minor"]), tax_rate_bp=int(item["tax_rate_bp"]),
            discount_kind=str(item["discount_kind"]),
            discount_value=Decimal(item["discount_value"]), optional=bool(item["optional"]),
            unit=str(item["unit"]),
            product_id=None if item["product_id"] is None else int(item["product_id"]),
            hsn_code=str(item.get("hsn_code", "")),  # drafts kept before GST have none
        ) for item in raw["lines"]]
        data = QuoteInput(
            contact_id=int(raw["contact_id"]), issued_on=date.fromisoformat(raw["issued_on"]),
            valid_until=date.fromisoformat(raw["valid_until"]), currency=str(raw["currency"]),
            lines=lines, discount_kind=str(raw["discount_kind"]),
            discount_value=Decimal(raw["discount_value"]), notes=str(raw["notes"]),
            terms=str(raw["terms"]), place_of_supply=str(raw.get("place_of_supply", "")))
        quote_id = None if raw["quote_id"] is None else int(raw["quote_id"])
    except (ValueError, KeyError, TypeError, InvalidOperation) as exc:
        raise ValidationError("Draft", f"cannot be read back: {exc}") from exc
    return data, quote_id
