"""Quotes: save drafts, gap-free numbering, the status flow, revisions, duplicates, upsell.

Numbers: the first save of a quote takes the next number of its prefix from quote_sequence
inside the same write transaction that inserts the quote, so two saves (two threads, two
processes) can never take the same number, and a failed save takes none (no gaps). Numbers are
never reused: a numbered quote is never erased; deleting it marks it void.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from app.db import raw
from app.db.connection import db
from app.db.fields import from_epoch, utc_now
from app.db.raw import insert_id
from app.db.users import user_name
from app.services.business import load_profile
from app.services.catalogue import ProductInfo, addons_of
from app.services.contact_types import display_name
from app.services.contacts import OTHER_WRITER
from app.services.errors import EditConflict, NotFoundError, ValidationError
from app.services.gst import check_hsn
from app.services.gst_supply import gst_parties
from app.services.money import check_currency, minor_digits
from app.services.quote_totals import (
    AMOUNT,
    DISCOUNT_KINDS,
    LineAmounts,
    Totals,
    compute_totals,
)
from app.services.quote_types import (
    ACCEPTED,
    DECLINED,
    DRAFT,
    REVISED,
    SENT,
    TRANSITIONS,
    VOID,
    QuoteDetail,
    QuoteInput,
    QuoteLineInput,
    QuoteSummary,
    shown_status,
)
from app.services.text_checks import check_text

MAX_LINES = 2000
TEXT_LIMIT = 100_000


def _amounts(line: QuoteLineInput, currency: str) -> LineAmounts:
    value = line.discount_value
    if line.discount_kind == AMOUNT:
        value = value.scaleb(minor_digits(currency))
    return LineAmounts(line.quantity, line.unit_price_minor, line.tax_rate_bp,
                       line.discount_kind, value, line.optional, line.hsn_code)


def totals_of(data: QuoteInput) -> Totals:
    """Totals of a quote being edited (raises ValidationError naming the bad line)."""
    value = data.discount_value
    if data.discount_kind == AMOUNT:
        value = value.scaleb(minor_digits(data.currency))
    parties = gst_parties(data.contact_id, data.place_of_supply)
    return compute_totals([_amounts(line, data.currency) for line in data.lines],
                          data.discount_kind, value, parties.rules if parties else None)


def new_quote_input(contact_id: int, today: date | None = None) -> QuoteInput:
    profile = load_profile()
    issued = today or date.today()
    return QuoteInput(contact_id, issued, issued + timedelta(days=profile.validity_days),
                      profile.currency, terms=profile.terms)


def _validate(data: QuoteInput) -> Totals:
    if db.execute_sql("SELECT 1 FROM contact WHERE id=?", (data.contact_id,)).fetchone() is None:
        raise ValidationError("Customer", "choose a customer (the contact no longer exists)")
    check_currency(data.currency)
    if data.valid_until < data.issued_on:
        raise ValidationError("Valid until", "must not be before the quote date")
    if not data.lines:
        raise ValidationError("Lines", "add at least one line")
    if len(data.lines) > MAX_LINES:
        raise ValidationError("Lines", f"a quote holds at most {MAX_LINES} lines")
    if data.discount_kind not in DISCOUNT_KINDS:
        raise ValidationError("Quote discount", "unknown discount kind")
    for n, line in enumerate(data.lines, 1):
        if not line.description.strip():
            raise ValidationError(f"Line {n} description", "enter what is being quoted")
        check_text(f"Line {n} description", line.description, TEXT_LIMIT)
        check_text(f"Line {n} unit", line.unit, TEXT_LIMIT)
        check_hsn(line.hsn_code, f"Line {n} HSN/SAC")
        if line.quantity.is_finite() and line.quantity <= 0:
            raise ValidationError(f"Line {n} quantity", "must be more than zero")
        if line.product_id is not None and db.execute_sql(
                "SELECT 1 FROM product WHERE id=?", (line.product_id,)).fetchone() is None:
            raise ValidationError(f"Line {n} product",
                                  "that product no longer exists; choose it again")
    check_text("Notes", data.notes, TEXT_LIMIT)
    check_text("Terms", data.terms, TEXT_LIMIT)
    return totals_of(data)


def _take_number(prefix: str) -> int:
    db.execute_sql("INSERT INTO quote_sequence (prefix, next_number) VALUES (?, 1) "
                   "ON CONFLICT (prefix) DO NOTHING", (prefix,))
    row = db.execute_sql("UPDATE quote_sequence SET next_number = next_number + 1 "
                         "WHERE prefix = ? RETURNING next_number - 1", (prefix,)).fetchone()
    return int(row[0])


def _write_lines(quote_id: int, data: QuoteInput, totals: Totals) -> None:
    db.execute_sql("DELETE FROM quote_line WHERE quote_id=?", (quote_id,))
    raw.connection().executemany(
        "INSERT INTO quote_line (quote_id, position, product_id, description, quantity, unit, "
        "unit_price_minor, discount_kind, discount_value, tax_rate_bp, optional, "
        "line_total_minor, hsn_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(quote_id, pos, ln.product_id, ln.description.strip(), str(ln.quantity), ln.unit,
          ln.unit_price_minor, ln.discount_kind, str(ln.discount_value), ln.tax_rate_bp,
          int(ln.optional), amount, ln.hsn_code.strip())
         for pos, (ln, amount) in enumerate(zip(data.lines, totals.line_totals, strict=True))])


def _header_values(data: QuoteInput, totals: Totals) -> tuple[object, ...]:
    return (data.contact_id, data.issued_on.isoformat(), data.valid_until.isoformat(),
            data.currency.upper(), data.discount_kind, str(data.discount_value), data.notes,
            data.terms, totals.subtotal_minor, totals.discount_minor, totals.tax_minor,
            totals.total_minor, data.place_of_supply)


def _insert(data: QuoteInput, totals: Totals, prefix: str, seq: int, revision: int = 0,
            parent_id: int | None = None) -> int:
    number = f"{prefix}{seq:04d}" + (f"-R{revision}" if revision else "")
    now = int(utc_now().timestamp())
    quote_id = insert_id(
        "INSERT INTO quote (contact_id, issued_on, valid_until, currency, discount_kind, "
        "discount_value, notes, terms, subtotal_minor, discount_minor, tax_minor, total_minor, "
        "place_of_supply, number, prefix, seq, revision, parent_id, status, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'draft',?,?)",
        (*_header_values(data, totals), number, prefix, seq, revision, parent_id, now, now))
    _write_lines(quote_id, data, totals)
    return quote_id


def save_quote(data: QuoteInput, quote_id: int | None = None,
               expected_version: int | None = None) -> int:
    """Save a draft: header and lines in one transaction with its totals. A new quote takes
    its number here. Only drafts can be changed; a sent quote is changed by revising it.
    With *expected_version* (the row version it was opened at) a save over somebody else's
    newer save raises EditConflict instead, saving nothing."""
    with db.atomic():
        data = replace(data, currency=check_currency(data.currency))  # " inr" -> "INR"
        totals = _validate(data)
        if quote_id is None:
            prefix = load_profile().quote_prefix
            return _insert(data, totals, prefix, _take_number(prefix))
        _require_status(quote_id, (DRAFT,), "only a draft can be edited; revise a sent quote")
        sql = ("UPDATE quote SET contact_id=?, issued_on=?, valid_until=?, currency=?, "
               "discount_kind=?, discount_value=?, notes=?, terms=?, subtotal_minor=?, "
               "discount_minor=?, tax_minor=?, total_minor=?, place_of_supply=?, updated_at=? "
               "WHERE id=?")
        params: list[object] = [*_header_values(data, totals), int(utc_now().timestamp()),
                                quote_id]
        if expected_version is not None:
            sql += " AND row_version=?"
            params.append(expected_version)
        if not db.execute_sql(sql, params).rowcount:
            current = get_quote(quote_id)
            raise EditConflict(current, current.updated_by or OTHER_WRITER,
                               from_epoch(current.updated_at))
        _write_lines(quote_id, data, totals)
        return quote_id


def _require_status(quote_id: int, allowed: Sequence[str], message: str) -> tuple[str, str]:
    row = db.execute_sql("SELECT status, number FROM quote WHERE id=?", (quote_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"quote {quote_id}")
    if row[0] not in allowed:
        raise ValidationError("Status", f"{row[1]} is {row[0]}: {message}")
    return str(row[0]), str(row[1])


def set_status(quote_id: int, status: str, today: date | None = None) -> None:
    """draft -> sent -> accepted / declined; draft -> accepted (it was handed over, so it
    counts as sent); draft or sent -> void. An expired quote (validity passed) cannot be
    accepted: revise it with a new date. Accepting makes the contact a customer, in the same
    transaction."""
    with db.atomic():
        row = db.execute_sql("SELECT status, valid_until, number, contact_id FROM quote "
                             "WHERE id=?", (quote_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"quote {quote_id}")
        current, valid_until, number = str(row[0]), str(row[1]), str(row[2])
        if status == REVISED or status not in TRANSITIONS[current]:
            raise ValidationError("Status", f"{number} is {current} and cannot become {status}")
        if status == ACCEPTED and valid_until < (today or date.today()).isoformat():
            raise ValidationError("Status", f"{number} expired on {valid_until}; revise it "
                                  "with a new validity date before accepting")
        now = int(utc_now().timestamp())
        implies_sent = status == SENT or (status == ACCEPTED and current == DRAFT)
        # sent_at and decided_at date the funnel's "quotes sent" and "won" steps.
        stamp = (", sent_at=?" if implies_sent else "") + (
            ", decided_at=?" if status in (ACCEPTED, DECLINED) else "")
        params = (status, now, *([now] * stamp.count("?")), quote_id)
        db.execute_sql(f"UPDATE quote SET status=?, updated_at=?{stamp} WHERE id=?", params)
        if status == ACCEPTED:
            db.execute_sql("UPDATE contact SET status='customer', updated_at=? WHERE id=?",
                           (now, int(row[3])))


def delete_quote(quote_id: int) -> None:
    """Numbers are never reused, so a numbered draft or sent quote is voided, not erased."""
    set_status(quote_id, VOID)


def revise_quote(quote_id: int) -> int:
    """A new draft copy numbered like the original with -R1, -R2…; the original is marked
    revised. Returns the new quote's id."""
    with db.atomic():
        _require_status(quote_id, (SENT,), "only a sent quote can be revised")
        prefix, seq = db.execute_sql("SELECT prefix, seq FROM quote WHERE id=?",
                                     (quote_id,)).fetchone()
        last = db.execute_sql("SELECT max(revision) FROM quote WHERE prefix=? AND seq=?",
                              (prefix, seq)).fetchone()[0]
        data = get_quote(quote_id).data
        new_id = _insert(data, totals_of(data), str(prefix), int(seq), int(last) + 1, quote_id)
        db.execute_sql("UPDATE quote SET status='revised', updated_at=? WHERE id=?",
                       (int(utc_now().timestamp()), quote_id))
    return new_id


def duplicate_quote(quote_id: int, today: date | None = None) -> int:
    """A new draft with the next number, the same customer and lines, dated today."""
    source = get_quote(quote_id).data
    fresh = new_quote_input(source.contact_id, today)
    data = replace(source, issued_on=fresh.issued_on, valid_until=fresh.valid_until,
                   lines=[replace(line) for line in source.lines])
    return save_quote(data)


def _line(row: Sequence[object]) -> QuoteLineInput:
    return QuoteLineInput(
        description=str(row[0]), quantity=Decimal(str(row[1])), unit=str(row[2]),
        unit_price_minor=int(str(row[3])), discount_kind=str(row[4]),
        discount_value=Decimal(str(row[5])), tax_rate_bp=int(str(row[6])),
        optional=bool(row[7]), product_id=None if row[8] is None else int(str(row[8])),
        hsn_code=str(row[9]))


def get_quote(quote_id: int, today: date | None = None) -> QuoteDetail:
    row = db.execute_sql(
        "SELECT q.id, q.number, q.status, q.revision, q.parent_id, q.contact_id, q.issued_on, "
        "q.valid_until, q.currency, q.discount_kind, q.discount_value, q.notes, q.terms, "
        "c.first_name, c.last_name, c.company, c.street, c.postal_code, c.city, c.region, "
        "c.country, q.row_version, q.updated_by, q.updated_at, q.place_of_supply "
        "FROM quote q JOIN contact c ON c.id = q.contact_id WHERE q.id=?",
        (quote_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"quote {quote_id}")
    lines = [_line(r) for r in db.execute_sql(
        "SELECT description, quantity, unit, unit_price_minor, discount_kind, discount_value, "
        "tax_rate_bp, optional, product_id, hsn_code FROM quote_line WHERE quote_id=? "
        "ORDER BY position",
        (quote_id,)).fetchall()]
    data = QuoteInput(int(row[5]), date.fromisoformat(row[6]), date.fromisoformat(row[7]),
                      str(row[8]), lines, str(row[9]), Decimal(str(row[10])), str(row[11]),
                      str(row[12]), str(row[24]))
    name = display_name(row[13], row[14], row[15])
    company = row[15] if row[15] and row[15] != name else ""
    locality = " ".join(p for p in (row[17], row[18]) if p)
    address = [company, *str(row[16]).splitlines(), locality, row[19], row[20]]
    return QuoteDetail(
        int(row[0]), str(row[1]), str(row[2]),
        shown_status(str(row[2]), str(row[7]), today or date.today()), int(row[3]),
        None if row[4] is None else int(row[4]), name,
        [str(a) for a in address if a and str(a).strip()], data, totals_of(data),
        _product_descriptions(data.lines), row_version=int(row[21]),
        updated_by=user_name(None if row[22] is None else int(row[22])),
        updated_at=int(row[23]), gst=gst_parties(data.contact_id, data.place_of_supply))


def _product_descriptions(lines: list[QuoteLineInput]) -> dict[int, str]:
    ids = sorted({line.product_id for line in lines if line.product_id is not None})
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute_sql(f"SELECT id, description FROM product WHERE id IN ({marks}) "
                          "AND description <> ''", ids).fetchall()
    return {int(r[0]): str(r[1]) for r in rows}


def quote_id_by_number(number: str) -> int:
    row = db.execute_sql("SELECT id FROM quote WHERE number=?", (number.strip(),)).fetchone()
    if row is None:
        raise NotFoundError(f"no quote numbered {number}")
    return int(row[0])


def contact_quotes(contact_id: int, limit: int = 20, today: date | None = None
                   ) -> list[QuoteSummary]:
    """A contact's latest quotes, newest first (index quote_contact)."""
    rows = db.execute_sql(
        "SELECT id, number, issued_on, valid_until, status, total_minor, currency FROM quote "
        "WHERE contact_id=? ORDER BY issued_on DESC, id DESC LIMIT ?", (contact_id, limit))
    day = today or date.today()
    return [QuoteSummary(int(r[0]), str(r[1]), str(r[2]), str(r[3]),
                         shown_status(str(r[4]), str(r[3]), day), int(r[5]), str(r[6]))
            for r in rows.fetchall()]


def suggest_addons(contact_id: int) -> list[ProductInfo]:
    """Add-ons of products the customer bought (lines of accepted quotes) that they have not
    bought yet, active ones only, in catalogue order."""
    bought = [int(r[0]) for r in db.execute_sql(
        "SELECT DISTINCT l.product_id FROM quote q JOIN quote_line l ON l.quote_id = q.id "
        "WHERE q.contact_id=? AND q.status='accepted' AND l.optional=0 "
        "AND l.product_id IS NOT NULL", (contact_id,)).fetchall()]
    owned = set(bought)
    seen: set[int] = set()
    found: list[ProductInfo] = []
    for product_id in bought:
        for addon in addons_of(product_id):
            if addon.id not in owned and addon.id not in seen:
                seen.add(addon.id)
                found.append(addon)
    return found


def line_from_product(product: ProductInfo, optional: bool = False) -> QuoteLineInput:
    return QuoteLineInput(product.name, Decimal(1), product.unit_price_minor,
                          product.tax_rate_bp, optional=optional, unit=product.unit,
                          product_id=product.id, hsn_code=product.hsn_code)


def upsell_quote_input(contact_id: int, today: date | None = None) -> QuoteInput:
    """A new, unsaved quote for *contact_id* with every suggested add-on as a line."""
    data = new_quote_input(contact_id, today)
    data.lines = [line_from_product(p) for p in suggest_addons(contact_id)]
    return data
