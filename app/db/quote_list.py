"""Pages of the quote list, newest first, fetched by keyset on (issued_on, id) (never OFFSET).

Every filter combination walks an index: quote_issued (issued_on, id) for no filter,
quote_status_issued (status, issued_on[, rowid]) for a status, quote_contact (contact_id,
issued_on[, rowid]) for a customer. "expired" is sent with valid_until before today."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.db.dialect import unindexed
from app.db.keyset import given_conditions, keyset_page
from app.db.users import made_by


@dataclass(frozen=True)
class QuoteQuery:
    status: str = ""  # '', a stored status, or 'expired'
    contact_id: int | None = None
    date_from: str = ""  # ISO dates, inclusive
    date_to: str = ""
    today: str = ""  # ISO date deciding what is expired
    user_id: int | None = None  # quotes this user made; None: anyone's


@dataclass(frozen=True)
class QuoteRow:
    id: int
    number: str
    issued_on: str
    customer: str
    status: str  # stored
    valid_until: str
    total_minor: int
    currency: str
    user_id: int | None = None  # who made it; None: the owner (single-user file)

    @property
    def key(self) -> tuple[str, int]:
        return (self.issued_on, self.id)


_SELECT = (
    "SELECT q.id, q.number, q.issued_on, c.first_name, c.last_name, c.company, q.status, "
    "q.valid_until, q.total_minor, q.currency, q.user_id "
    "FROM quote q JOIN contact c ON c.id = q.contact_id"
)


def quotes_page_sql(query: QuoteQuery, after: tuple[object, ...] | None, limit: int
                    ) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    # A customer has few quotes: with one chosen, "+" keeps SQLite on quote_contact.
    status = unindexed("q.status") if query.contact_id is not None else "q.status"
    if query.status == "expired":
        where.append(f"{status} = 'sent' AND q.valid_until < ?")
        params.append(query.today)
    elif query.status == "sent":
        where.append(f"{status} = 'sent' AND q.valid_until >= ?")
        params.append(query.today)
    elif query.status:
        where.append(f"{status} = ?")
        params.append(query.status)
    more, more_params = given_conditions(
        ("q.contact_id = ?", query.contact_id), ("q.issued_on >= ?", query.date_from),
        ("q.issued_on <= ?", query.date_to))
    where += more
    params += more_params
    if query.user_id is not None:
        condition, values = made_by("q.user_id", query.user_id)  # index quote_user_issued
        where.append(condition)
        params += values
    return keyset_page(_SELECT, where, params, ("q.issued_on", "q.id"), True, after, limit)


def fetch_quotes(query: QuoteQuery, after: tuple[object, ...] | None = None, limit: int = 200
                 ) -> list[QuoteRow]:
    sql, params = quotes_page_sql(query, after, limit)
    rows = db.execute_sql(sql, params).fetchall()
    return [QuoteRow(int(r[0]), str(r[1] or ""), str(r[2]),
                     " ".join(p for p in (r[3].strip(), r[4].strip()) if p) or str(r[5]),
                     str(r[6]), str(r[7]), int(r[8]), str(r[9]),
                     None if r[10] is None else int(r[10])) for r in rows]
