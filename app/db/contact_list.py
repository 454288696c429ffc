"""Pages of the contact list: filtered and sorted in SQL, fetched by keyset (never OFFSET)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.db.connection import db, is_postgres
from app.db.dialect import indexed_by, unindexed
from app.db.keyset import keyset_after, keyset_order, keyset_page
from app.db.search import (
    COVERED_SORT_COLUMNS,
    SearchPlan,
    plan_contact_search,
    run_within_budget,
)

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
    do_not_contact: bool = False


_SELECT = (
    "SELECT id, first_name, last_name, company, primary_phone, primary_email, city, status, "
    "last_contacted_at"
)


def contacts_page_sql(
    query: ContactQuery, after: tuple[object, ...] | None, limit: int, *,
    walk: bool | None = None,
) -> tuple[str, list[object]]:
    """The SQL of one page; *walk* forces the strategy for a search (None: the plan's)."""
    search = plan_contact_search(query.text, SORT_COLUMNS[query.sort])
    chosen = bool(search and search.dense) if walk is None else walk
    return _page_sql(query, search, after, limit, chosen)


def _page_sql(
    query: ContactQuery, search: SearchPlan | None, after: tuple[object, ...] | None,
    limit: int, walk: bool,
) -> tuple[str, list[object]]:
    """One page of the list, by keyset. Three shapes, all indexed:

    - no search, or a search matching very many rows: walk the sort index, testing each row
      (on a server, reading only the index when sorted by name);
    - a search with fewer matches, sorted by name or status: collect the matches, sort them by
      the keys in the narrow ``contact_id_sort`` index, then read only the page's rows;
    - the same for other sorts, reading the sort key from the contact rows.
    """
    sort_columns = SORT_COLUMNS[query.sort]
    columns = (*sort_columns, "id")
    # The sort keys stay at columns 9…; the do-not-email flag follows them.
    select = f"{_SELECT}, {', '.join(columns)}, do_not_contact FROM contact"
    order = keyset_order(columns, query.descending)
    if search is not None and not walk and is_postgres():
        return _collected_page_sql(query, search, after, limit, select, columns)
    if search is not None and not walk and set(sort_columns) <= COVERED_SORT_COLUMNS:
        where, params = ["c.id = m.id"], list(search.params)
        if query.status:
            where.append("c.status = ?")
            params.append(query.status)
        if after is not None:
            where.append(keyset_after(columns, query.descending, "c."))
            params.extend(after)
        page_ids = (
            f"SELECT c.id FROM ({search.subquery}) AS m "
            f"CROSS JOIN contact AS c {indexed_by('contact_id_sort')} WHERE {' AND '.join(where)} "
            f"ORDER BY {keyset_order(columns, query.descending, 'c.')} LIMIT ?"
        )
        params.append(limit)
        return f"{select} WHERE id IN ({page_ids}) ORDER BY {order}", params
    where, params = [], []
    if query.status:
        # The status index is ordered by name: for another sort, walk that sort's index and
        # test the status on each row ("+" keeps SQLite from sorting all rows of a status).
        by_status_index = set(sort_columns) <= COVERED_SORT_COLUMNS
        where.append("status = ?" if by_status_index else unindexed("status") + " = ?")
        params.append(query.status)
    if search is not None and walk:
        where.append(search.row_test)
        params.extend(search.row_params)
        if is_postgres():
            page_ids, params = _walked_ids_sql(query, search, after, limit)
            return f"{select} WHERE id IN ({page_ids}) ORDER BY {order}", params
    elif search is not None:
        where.append(f"id IN ({search.subquery})")
        params.extend(search.params)
    return keyset_page(select, where, params, columns, query.descending, after, limit)


def _walked_ids_sql(
    query: ContactQuery, search: SearchPlan, after: tuple[object, ...] | None, limit: int,
) -> tuple[str, list[object]]:
    """On a server, the ids of a walked page: a walk of one index alone (sorted by name, it is
    contact_name_doc, which holds the status and the search words)."""
    where, params = [search.row_test], list(search.row_params)
    if query.status:
        where.append("status = ?")
        params.append(query.status)
    return keyset_page("SELECT id FROM contact", where, params,
                       (*SORT_COLUMNS[query.sort], "id"), query.descending, after, limit)


def _walk_on_server(
    query: ContactQuery, search: SearchPlan, after: tuple[object, ...] | None, limit: int,
) -> list[Any] | None:
    """A walked page's rows, or None when the walk ran out of its budget. Only the walk has
    the budget: reading the page's rows afterwards costs the same in any plan."""
    sql, params = _walked_ids_sql(query, search, after, limit)
    found = run_within_budget(sql, params, search.walk_budget_ms)
    if found is None or not found:
        return found
    columns = (*SORT_COLUMNS[query.sort], "id")
    marks = ", ".join("?" for _ in found)
    rows: list[Any] = db.execute_sql(
        f"{_SELECT}, {', '.join(columns)} FROM contact WHERE id IN ({marks}) "
        f"ORDER BY {keyset_order(columns, query.descending)}", [r[0] for r in found]
    ).fetchall()
    return rows


def _collected_page_sql(
    query: ContactQuery, search: SearchPlan, after: tuple[object, ...] | None, limit: int,
    select: str, columns: tuple[str, ...],
) -> tuple[str, list[object]]:
    """On a server: the matches with their sort keys, materialised so that the planner sorts
    just them (given the LIMIT it would otherwise walk the sort index whenever it thinks the
    matches are many), then the page's rows. The plan's subquery lists each contact once. When
    it reads other tables (phone digits), each match's keys are read by id (OFFSET 0 keeps that
    lookup as written: the planner, misjudging the matches, would rather hash-join the whole
    table)."""
    keys = ", ".join(columns if "status" in columns else (*columns, "status"))
    status = [query.status] if query.status else []
    if search.test_finds_all:
        # Words only: the rows the word index points at carry the keys themselves.
        params = [*search.row_params, *status]
        matches = (f"SELECT {keys} FROM contact WHERE {search.row_test}"
                   + (" AND contact.status = ?" if status else ""))
    else:
        params = [*search.params, *status]
        matches = (f"SELECT c.* FROM ({search.subquery}) AS s "
                   f"CROSS JOIN LATERAL (SELECT {keys} FROM contact WHERE contact.id = s.id "
                   f"OFFSET 0) AS c" + (" WHERE c.status = ?" if status else ""))
    page_where = ""
    if after is not None:
        page_where = " WHERE " + keyset_after(columns, query.descending)
        params.extend(after)
    params.append(limit)
    order = keyset_order(columns, query.descending)
    page_ids = (f"WITH m AS MATERIALIZED ({matches}) "
                f"SELECT id FROM m{page_where} ORDER BY {order} LIMIT ?")
    return f"{select} WHERE id IN ({page_ids}) ORDER BY {order}", params


def fetch_contacts(
    query: ContactQuery, after: tuple[object, ...] | None = None, limit: int = 200
) -> list[ContactRow]:
    search = plan_contact_search(query.text, SORT_COLUMNS[query.sort])
    rows = None
    if search is not None and search.walk_first and is_postgres():
        rows = _walk_on_server(query, search, after, limit)
    elif search is not None and search.walk_first:
        sql, params = _page_sql(query, search, after, limit, walk=True)
        rows = run_within_budget(sql, params, search.walk_budget_ms)
    if rows is None:
        sql, params = _page_sql(query, search, after, limit, bool(search and search.dense))
        rows = db.execute_sql(sql, params).fetchall()
    width = len(SORT_COLUMNS[query.sort]) + 1
    return [
        ContactRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                   key=tuple(row[9 : 9 + width]), do_not_contact=bool(row[9 + width]))
        for row in rows
    ]


def contact_count() -> int:
    """Total contacts, from the trigger-maintained counter (no COUNT(*))."""
    row = db.execute_sql("SELECT value FROM counter WHERE name = 'contact'").fetchone()
    return int(row[0]) if row else 0
