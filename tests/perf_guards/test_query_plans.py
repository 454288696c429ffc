"""Every query the contact list runs uses an index: no full scan of a large table, and no
sort of the whole table for an unfiltered page, for every sort column and direction, with
and without search text and status filter, on the first page and on later pages."""

from __future__ import annotations

import itertools

import pytest

from app.db import search_sqlite as search
from app.db.contact_list import SORT_COLUMNS, ContactQuery, contacts_page_sql, fetch_contacts
from app.seed.contacts import seed_contacts
from tests.perf_guards.plans import full_scans, is_read, plan_of, recorded_sql

SEARCHES = ("", "pr", "sharma", "ra ku", "9876", "+91 98", "priya@example")
STATUSES = ("", "customer")


@pytest.fixture()
def seeded(db_path: str) -> str:
    seed_contacts(300)
    return db_path


def _check(sql: str, params: list[object], unfiltered: bool) -> None:
    plan = plan_of(sql, params)
    assert not full_scans(plan), f"full scan in {sql!r}: {plan}"
    if unfiltered:  # no search text: the page must come straight off a sort index
        assert not any("TEMP B-TREE" in line for line in plan), f"sorts the table: {plan}"


@pytest.mark.parametrize("walk", [False, True], ids=["sort-matches", "walk-sort-index"])
def test_contact_list_queries_use_indexes(seeded: str, walk: bool) -> None:
    for sort, descending, text, status in itertools.product(
            SORT_COLUMNS, (False, True), SEARCHES, STATUSES):
        query = ContactQuery(text, status, sort, descending)
        first = fetch_contacts(query, None, 50)
        if not text:
            assert first, f"no rows for {query}"
        with recorded_sql() as statements:
            sql, params = contacts_page_sql(query, None, 50, walk=walk)
        for probe in filter(is_read, statements):  # the match-count probe, if any
            _check(probe, [], unfiltered=False)
        _check(sql, params, unfiltered=not text)
        if first:
            after_sql, after_params = contacts_page_sql(query, first[-1].key, 50, walk=walk)
            _check(after_sql, after_params, unfiltered=not text)


def test_phone_digit_search_uses_the_trigram_index(seeded: str) -> None:
    sql, params = search.contacts_with_digits("98765", 20)
    plan = plan_of(sql, params)
    assert not full_scans(plan), plan
    assert any("phone_fts" in line for line in plan), plan


def test_the_scan_detector_catches_full_scans(seeded: str) -> None:
    assert full_scans(plan_of("SELECT id FROM contact ORDER BY title"))
    assert full_scans(plan_of("SELECT id FROM phone WHERE raw LIKE '%1%'"))
    assert not full_scans(plan_of("SELECT id FROM contact ORDER BY name_key, id"))
