"""The contact list: search across every field and phone digits, status filter, and every sort
order paged by keyset, checked against plain Python over the same rows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import search_sqlite as search
from app.db.connection import close_database, db, open_database
from app.db.contact_list import SORT_COLUMNS, ContactQuery, contact_count, fetch_contacts
from app.seed.contacts import seed_contacts
from app.services.contact_types import ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact, delete_contact
from app.services.settings import set_default_region

HANDMADE = {
    "hans": ContactInput(first_name="Hans", last_name="Müller", company="Müller & Söhne GmbH",
                         city="Zwickau", status="customer",
                         phones=[PhoneInput("+49 30 12345678")]),
    "rajesh": ContactInput(first_name="राजेश", last_name="कुमार", company="कुमार इलेक्ट्रिकल्स",
                           city="दिल्ली", status="prospect",
                           phones=[PhoneInput("098765 43210")]),
    "anita": ContactInput(first_name="Anita", last_name="Quillfeather",
                          emails=[EmailInput("anita@lotusinteriors.example")],
                          phones=[PhoneInput("+1 (201) 555-0199")]),
    "notes": ContactInput(company="Zygomorph Exports", notes="Wants the xylophonic service plan",
                          tags=["festival-offer", "vip"], status="inactive"),
    "twin": ContactInput(first_name="Same", last_name="Name", company="Twin Co"),
    "twin2": ContactInput(first_name="Same", last_name="Name", company="Twin Co"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The handmade contacts and 480 seeded ones, built once; each test gets a copy."""
    path = tmp_path_factory.mktemp("contact-list") / "template.db"
    open_database(path)
    set_default_region("IN")
    ids = {key: create_contact(data).contact_id for key, data in HANDMADE.items()}
    seed_contacts(480, seed=11)
    close_database()
    return path, ids


@pytest.fixture()
def contacts(template: tuple[Path, dict[str, int]], tmp_path: Path) -> Iterator[dict[str, int]]:
    source, ids = template
    copy = tmp_path / "contacts.db"
    shutil.copyfile(source, copy)
    open_database(copy)
    yield ids
    close_database()


def _all(query: ContactQuery, page: int = 37) -> list[int]:
    """Every row of *query*, page by page through the keyset."""
    ids: list[int] = []
    after = None
    while True:
        rows = fetch_contacts(query, after, page)
        ids.extend(r.id for r in rows)
        if len(rows) < page:
            return ids
        after = rows[-1].key


def _found(text: str) -> set[int]:
    return set(_all(ContactQuery(text=text)))


@pytest.mark.parametrize(("text", "who"), [
    ("hans", "hans"), ("HAN", "hans"), ("mül", "hans"), ("muller", "hans"),
    ("sohne", "hans"), ("SÖHNE", "hans"), ("zwick", "hans"),
    ("राज", "rajesh"), ("कुमार इले", "rajesh"), ("दिल्ली", "rajesh"),
    ("quill", "anita"), ("lotusinter", "anita"), ("anita@lotus", "anita"),
    ("zygo", "notes"), ("xylophonic", "notes"), ("festival-offer", "notes"), ("festiv", "notes"),
    ("43210", "rajesh"), ("98765 43210", "rajesh"), ("+91 98765", "rajesh"),
    ("098765 43210", "rajesh"), ("0091 98765 43210", "rajesh"), ("+919876543210", "rajesh"),
    ("555-0199", "anita"), ("(201) 555", "anita"), ("030 1234 5678", "hans"),
])
def test_search_finds_by_every_field_and_by_phone_digits(
        contacts: dict[str, int], text: str, who: str) -> None:
    assert contacts[who] in _found(text)
    others = _found(text) & (set(contacts.values()) - {contacts[who]})
    assert others == set()


def test_words_must_all_match(contacts: dict[str, int]) -> None:
    assert _found("hans zwickau") == {contacts["hans"]}
    assert _found("hans दिल्ली") == set()
    assert _found("same name") == {contacts["twin"], contacts["twin2"]}


def test_phone_digit_search_agrees_with_a_scan(contacts: dict[str, int]) -> None:
    phones = db.execute_sql("SELECT contact_id, digits FROM phone").fetchall()
    for probe in ("98765", "4321", "2015550", "447", "4930", "000"):
        expected = {cid for cid, digits in phones if probe in digits}
        assert _found(probe) == expected, probe


def test_nothing_to_filter_on_lists_everyone(contacts: dict[str, int]) -> None:
    everyone = contact_count()
    assert everyone == 486
    for text in ("", "   ", "a", "*", '"', "(", "-"):
        assert len(_all(ContactQuery(text=text))) == everyone, text


def test_search_text_with_query_syntax_is_taken_literally(contacts: dict[str, int]) -> None:
    for text in ('han"s', "AND", "OR hans", "NOT", "NEAR(hans", "hans*", "first_name:hans",
                 "^hans", "{hans}"):
        fetch_contacts(ContactQuery(text=text))  # no syntax error reaches the caller
    assert _found("hans:") == {contacts["hans"]}


def test_status_filter_alone_and_with_search(contacts: dict[str, int]) -> None:
    statuses = dict(db.execute_sql("SELECT id, status FROM contact").fetchall())
    for status in ("lead", "prospect", "customer", "inactive"):
        ids = _all(ContactQuery(status=status))
        assert sorted(ids) == sorted(i for i, s in statuses.items() if s == status)
    assert _all(ContactQuery(text="hans", status="customer")) == [contacts["hans"]]
    assert _all(ContactQuery(text="hans", status="lead")) == []


def test_search_sees_changes_and_deletes(contacts: dict[str, int]) -> None:
    delete_contact(contacts["anita"])
    assert _found("quill") == set()
    assert _found("555-0199") == set()


def _expected_order(sort: str, descending: bool, where: str = "") -> list[int]:
    columns = (*SORT_COLUMNS[sort], "id")
    rows = db.execute_sql(f"SELECT {', '.join(columns)} FROM contact {where}").fetchall()
    return [row[-1] for row in sorted(rows, reverse=descending)]


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_every_sort_pages_every_row_once_in_order(
        contacts: dict[str, int], sort: str, descending: bool) -> None:
    query = ContactQuery(sort=sort, descending=descending)
    expected = _expected_order(sort, descending)
    for page in (1, 7, 200, 1000):
        if page == 1 and sort not in ("name", "status"):
            continue  # one-row pages are slow to walk; name and status cover them
        got = _all(query, page)
        assert got == expected
    if sort == "name":  # equal names: the id decides, in the same direction
        step = got.index(contacts["twin2"]) - got.index(contacts["twin"])
        assert step == (-1 if descending else 1)


@pytest.mark.parametrize("sort", ["name", "company", "last_contacted", "status"])
def test_sorted_search_with_filter_pages_by_keyset(contacts: dict[str, int], sort: str) -> None:
    for descending in (False, True):
        query = ContactQuery(text="example", status="lead", sort=sort, descending=descending)
        got = _all(query, page=9)
        assert len(got) == len(set(got)) > 20
        where = f"WHERE id IN ({', '.join(map(str, got))})"
        assert got == _expected_order(sort, descending, where)


@pytest.mark.parametrize("text", ["987", "sha", "lead", "+91", "example", "हिंदी", "vip", "000"])
def test_dense_and_sparse_search_plans_return_the_same_rows(
        contacts: dict[str, int], monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    for sort in ("name", "city", "last_contacted"):
        query = ContactQuery(text=text, sort=sort, descending=sort == "city")
        monkeypatch.setattr(search, "DENSE_MATCHES", 10**9)
        plan = search.plan_contact_search(text)
        assert plan is not None and not plan.dense
        sparse = _all(query, page=23)
        monkeypatch.setattr(search, "DENSE_MATCHES", 3)
        plan = search.plan_contact_search(text)
        assert plan is not None
        assert plan.dense == (len(sparse) > 3)
        dense = _all(query, page=23)
        assert dense == sparse


@pytest.mark.sqlite_only
def test_dense_plan_walks_the_sort_index(contacts: dict[str, int],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from app.db.contact_list import contacts_page_sql

    monkeypatch.setattr(search, "DENSE_MATCHES", 3)
    monkeypatch.setattr(search, "DENSE_MATCHES_UNCOVERED", 3)
    sql, params = contacts_page_sql(ContactQuery(text="sh", sort="city"), None, 50)
    plan = " ".join(str(r[-1]) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "contact_city" in plan
    assert "TEMP B-TREE" not in plan
