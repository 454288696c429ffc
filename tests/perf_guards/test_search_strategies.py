"""Whichever way a search page is computed (sorting few matches, or walking the sort index for
many), a person sees the same contacts in the same order, page after page."""

from __future__ import annotations

import pytest

from app.db import search
from app.db.contact_list import SORT_COLUMNS, ContactQuery, fetch_contacts
from app.seed.contacts import seed_contacts

SEARCHES = ("pr", "sharma", "ra ku", "9876", "+91 98", "98", "customer")


def _all_pages(query: ContactQuery, page: int = 37) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        rows = fetch_contacts(query, after, page)
        ids.extend(r.id for r in rows)
        if len(rows) < page:
            return ids
        after = rows[-1].key


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
def test_dense_and_sparse_plans_list_the_same_contacts(db_path: str, sort: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seed_contacts(400)
    for text in SEARCHES:
        for descending in (False, True):
            for status in ("", "lead"):
                query = ContactQuery(text, status, sort, descending)
                monkeypatch.setattr(search, "DENSE_MATCHES", 10**9)
                monkeypatch.setattr(search, "DENSE_MATCHES_UNCOVERED", 10**9)
                sparse = _all_pages(query)
                monkeypatch.setattr(search, "DENSE_MATCHES", 0)
                monkeypatch.setattr(search, "DENSE_MATCHES_UNCOVERED", 0)
                dense = _all_pages(query)
                assert sparse == dense, query
                assert len(set(sparse)) == len(sparse), f"a contact listed twice: {query}"
                if text in ("pr", "+91 98") and not status:
                    assert sparse, f"nothing found for {query}"
