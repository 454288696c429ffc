"""Pages of the contact list: filtered and sorted in SQL, fetched by keyset (never OFFSET)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.db.search import plan_contact_search

# Sort key -> ordered columns; `id` is always appended so every key is unique.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name_key",),
    "company": ("company",),
    "phone": ("primary_phone",),
    "email": ("primary_email",),
    "city": ("city",),
    "status": ("status", "name_key"),
    "last_contacted": ("last_contacted_at",),
}


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    status: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    first_name: str
    last_name: str
    company: str
    phone: str
    email: str
    city: str
    status: str
    last_contacted_at: int
    key: tuple[object, ...]


_SELECT = (
    "SELECT id, first_name, last_name, company, primary_phone, primary_email, city, status, "
    "last_contacted_at"
)


def contacts_page_sql(
    query: ContactQuery, after: tuple[object, ...] | None, limit: int
) -> tuple[str, list[object]]:
    columns = (*SORT_COLUMNS[query.sort], "id")
    where: list[str] = []
    params: list[object] = []
    if query.status:
        where.append("status = ?")
        params.append(query.status)
    search = plan_contact_search(query.text)
    if search:
        # "+id" keeps SQLite from looking the matches up by rowid, so it walks the sort index.
        where.append(f"{'+id' if search.dense else 'id'} IN ({search.subquery})")
        params.extend(search.params)
    if after is not None:
        op = "<" if query.descending else ">"
        where.append(f"({', '.join(columns)}) {op} ({', '.join('?' * len(columns))})")
        params.extend(after)
    direction = " DESC" if query.descending else ""
    order = ", ".join(c + direction for c in columns)
    sort_cols = ", ".join(columns)
    sql = f"{_SELECT}, {sort_cols} FROM contact"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT ?"
    params.append(limit)
    return sql, params


def fetch_contacts(
    query: ContactQuery, after: tuple[object, ...] | None = None, limit: int = 200
) -> list[ContactRow]:
    sql, params = contacts_page_sql(query, after, limit)
    width = len(SORT_COLUMNS[query.sort]) + 1
    return [
        ContactRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                   key=tuple(row[9 : 9 + width]))
        for row in db.execute_sql(sql, params).fetchall()
    ]


def contact_count() -> int:
    """Total contacts, from the trigger-maintained counter (no COUNT(*))."""
    row = db.execute_sql("SELECT value FROM counter WHERE name = 'contact'").fetchone()
    return int(row[0]) if row else 0
