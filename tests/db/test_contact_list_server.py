"""Contact search on a server: the two shapes of a search page (walking the sort index when
matches are dense, sorting just the matches when they are not) give the same rows, in the
order a plain query gives. (Which shape is faster shows only at bench sizes: `make bench`
with BENCH_DB.)"""

from __future__ import annotations

import pytest

from app.db import search_postgres
from app.db.connection import db
from app.db.contact_list import (
    SORT_COLUMNS,
    ContactQuery,
    contacts_page_sql,
    fetch_contacts,
)
from app.seed.contacts import seed_contacts
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact

pytestmark = pytest.mark.postgresql_only

TEXTS = ["sha", "ku", "example", "98", "+91 98", "राज", "lead"]


@pytest.fixture()
def seeded(db_path: str) -> int:
    seed_contacts(400, seed=5)
    twice = create_contact(ContactInput(
        first_name="Two", last_name="Phones",
        phones=[PhoneInput("+91 98111 22333"), PhoneInput("+91 98111 22334")]))
    return twice.contact_id


def _all(query: ContactQuery, page: int = 29) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        rows = fetch_contacts(query, after, page)
        ids.extend(r.id for r in rows)
        if len(rows) < page:
            return ids
        after = rows[-1].key


def _expected(query: ContactQuery) -> list[int]:
    """The same search as one plain statement: every match, sorted by the list's keys."""
    plan = search_postgres.plan_contact_search(query.text)
    assert plan is not None
    direction = " DESC" if query.descending else ""
    order = ", ".join(c + direction for c in (*SORT_COLUMNS[query.sort], "id"))
    status = " AND status = ?" if query.status else ""
    params = [*plan.params, *([query.status] if query.status else [])]
    rows = db.execute_sql(f"SELECT id FROM contact WHERE id IN ({plan.subquery}){status} "
                          f"ORDER BY {order}", params).fetchall()
    return [int(r[0]) for r in rows]


@pytest.mark.parametrize("sort", ["name", "city", "last_contacted", "status"])
def test_walked_and_sorted_pages_agree_with_a_plain_query(
        seeded: int, monkeypatch: pytest.MonkeyPatch, sort: str) -> None:
    for text in TEXTS:
        for status in ("", "lead"):
            query = ContactQuery(text=text, status=status, sort=sort,
                                 descending=sort == "city")
            expected = _expected(query)
            monkeypatch.setattr(search_postgres, "dense_from", lambda contacts: 10**9)
            plan = search_postgres.plan_contact_search(text, SORT_COLUMNS[sort])
            assert plan is not None and not plan.walk_first
            assert _all(query) == expected, (text, status, "sorted matches")
            monkeypatch.setattr(search_postgres, "dense_from", lambda contacts: 0)
            plan = search_postgres.plan_contact_search(text, SORT_COLUMNS[sort])
            assert plan is not None and plan.walk_first
            assert _all(query) == expected, (text, status, "walked")
            monkeypatch.setattr(search_postgres, "run_within_budget", lambda *a: None)
            assert _all(query) == expected, (text, status, "walk out of budget")
            monkeypatch.undo()


def test_a_contact_with_two_matching_phones_is_listed_once(seeded: int) -> None:
    assert _all(ContactQuery(text="98111 2233")) == [seeded]


def test_a_walk_over_its_budget_is_cancelled_and_leaves_the_connection_as_it_was(
        db_path: str) -> None:
    before = db.execute_sql("SHOW statement_timeout").fetchone()[0]
    assert search_postgres.run_within_budget("SELECT pg_sleep(0.5)", [], 20) is None
    assert db.execute_sql("SHOW statement_timeout").fetchone()[0] == before
    assert search_postgres.run_within_budget("SELECT 7", [], 1000) == [(7,)]
    assert db.execute_sql("SHOW statement_timeout").fetchone()[0] == before


def _plan_nodes(sql: str, params: list[object], *ruled_out: str) -> list[tuple[str, str]]:
    """(node type, index name) of every node of the server's plan for *sql*, with scans of the
    whole table and the plans *ruled_out* made a last resort, so that what the indexes can
    answer shows on a database this small."""
    import json

    with db.atomic() as transaction:
        for setting in ("enable_seqscan", *ruled_out):
            db.execute_sql(f"SET LOCAL {setting} = off")
        row = db.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()
        transaction.rollback()
    plan = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    nodes: list[tuple[str, str]] = []
    stack = [plan[0]["Plan"]]
    while stack:
        node = stack.pop()
        nodes.append((node["Node Type"], node.get("Index Name", "")))
        stack.extend(node.get("Plans", []))
    return nodes


def test_a_walked_search_page_reads_the_name_index_and_no_contact_row(seeded: int) -> None:
    db.execute_sql("VACUUM ANALYZE contact")  # marks the pages all-visible, as autovacuum does
    sql, params = contacts_page_sql(ContactQuery(text="sha"), None, 200, walk=True)
    nodes = _plan_nodes(sql, params, "enable_sort")
    assert ("Index Only Scan", "contact_name_doc") in nodes, nodes


def test_contacts_found_by_phone_get_their_sort_keys_from_an_index(seeded: int) -> None:
    db.execute_sql("VACUUM ANALYZE contact")
    sql, params = contacts_page_sql(ContactQuery(text="98111 2233"), None, 200, walk=False)
    # A lookup that needed the contact row would be a plain or a bitmap index scan.
    nodes = _plan_nodes(sql, params, "enable_indexscan", "enable_bitmapscan")
    assert ("Index Only Scan", "contact_id_keys") in nodes, str(nodes)
