"""Whichever way a search page is computed (sorting few matches, or walking the sort index for
many), a person sees the same contacts in the same order, page after page."""

from __future__ import annotations

import pytest

from app.db import search_sqlite as search
from app.db.connection import db
from app.db.contact_list import SORT_COLUMNS, ContactQuery, contacts_page_sql, fetch_contacts
from app.seed.contacts import seed_contacts

SEARCHES = ("pr", "sharma", "ra ku", "9876", "+91 98", "98", "customer")


def _all_pages(query: ContactQuery, walk: bool | None, page: int = 37) -> list[int]:
    """Every id of the list, page by page; *walk* forces a strategy (None: the app's choice)."""
    ids: list[int] = []
    after = None
    width = len(SORT_COLUMNS[query.sort]) + 1
    while True:
        if walk is None:
            rows = [(r.id, *r.key) for r in fetch_contacts(query, after, page)]
        else:
            sql, params = contacts_page_sql(query, after, page, walk=walk)
            rows = [(r[0], *r[9:9 + width]) for r in db.execute_sql(sql, params).fetchall()]
        ids.extend(r[0] for r in rows)
        if len(rows) < page:
            return ids
        after = tuple(rows[-1][1:])


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
def test_walking_and_sorting_list_the_same_contacts(db_path: str, sort: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seed_contacts(400)
    monkeypatch.setattr(search, "WALK_FIRST_MIN", 0)  # tries the walk first where it may
    for text in SEARCHES:
        for descending in (False, True):
            for status in ("", "lead"):
                query = ContactQuery(text, status, sort, descending)
                sparse = _all_pages(query, walk=False)
                assert _all_pages(query, walk=True) == sparse, query
                assert _all_pages(query, walk=None) == sparse, query
                assert len(set(sparse)) == len(sparse), f"a contact listed twice: {query}"
                if text in ("pr", "+91 98") and not status:
                    assert sparse, f"nothing found for {query}"


def test_a_walk_over_budget_falls_back_to_sorting(db_path: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seed_contacts(300)
    monkeypatch.setattr(search, "WALK_FIRST_MIN", 0)
    query = ContactQuery("pr", sort="company")  # a sort where the walk is tried first
    assert search.plan_contact_search("pr", ("company",)).walk_first
    expected = _all_pages(query, walk=False)
    assert expected
    sql, params = contacts_page_sql(query, None, 200, walk=True)
    assert search.run_within_budget(sql, params, 0.0) is None, "no time at all: interrupted"
    monkeypatch.setattr(search, "WALK_BUDGET_MS", 0.0)
    monkeypatch.setattr(search, "WALK_BUDGET_MIN_MS", 0.0)
    assert _all_pages(query, walk=None) == expected
