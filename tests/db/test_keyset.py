"""A list's filters apply only when given; keyset pages walk a list in order with no row lost
or repeated, even where the leading column ties, in both directions and under a filter."""

from __future__ import annotations

import sqlite3

import pytest

from app.db.keyset import given_conditions, keyset_page


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("where", [[], ["kind = ?"]])
def test_pages_cover_every_row_once_in_order(descending: bool, where: list[str]) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, score INTEGER, kind TEXT)")
    rows = [(i, i % 4, "ab"[i % 3 == 0]) for i in range(1, 30)]  # scores tie 7-8 times each
    conn.executemany("INSERT INTO item VALUES (?, ?, ?)", rows)
    params: list[object] = ["a"] if where else []
    expected = sorted(((s, i) for i, s, k in rows if not where or k == "a"), reverse=descending)
    seen: list[tuple[int, int]] = []
    after = None
    for _ in range(len(rows)):  # a wrong comparison would page forever
        sql, args = keyset_page("SELECT score, id FROM item", where, params, ("score", "id"),
                                descending, after, 4)
        page = [tuple(r) for r in conn.execute(sql, args)]
        seen.extend(page)
        if len(page) < 4:
            break
        after = page[-1]
    else:
        pytest.fail("the pages never ended")
    assert seen == expected
    assert params == (["a"] if where else [])  # the caller's lists are left as they were


def test_only_given_filters_apply_and_zero_is_given() -> None:
    where, params = given_conditions(("rep_id = ?", None), ("status = ?", ""),
                                     ("starts_at >= ?", 0), ("kind = ?", "a"))
    assert where == ["starts_at >= ?", "kind = ?"]  # midnight 1970 is a real start
    assert params == [0, "a"]
