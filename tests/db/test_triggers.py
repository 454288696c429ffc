"""Triggers keep the search indexes and row counters right for every writer, even raw SQL."""

from __future__ import annotations

from app.db.connection import db
from app.db.contact_list import ContactQuery, contact_count, fetch_contacts
from app.seed.contacts import seed_contacts

NOW = 1_700_000_000


def _ids(text: str) -> list[int]:
    return sorted(r.id for r in fetch_contacts(ContactQuery(text=text)))


def _insert(cid: int, first: str, company: str = "", phone: str = "") -> None:
    db.execute_sql(
        "INSERT INTO contact (id, first_name, name_key, company, primary_phone, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?)", (cid, first, first.casefold(), company, phone,
                                                NOW, NOW))
    if phone:
        db.execute_sql("INSERT INTO phone (contact_id, e164, digits) VALUES (?,?,?)",
                       (cid, phone, phone[1:]))


def _count(table: str) -> int:
    return int(db.execute_sql("SELECT value FROM counter WHERE name = ?", (table,))
               .fetchone()[0])


def test_fts_follows_insert_update_and_delete(db_path: str) -> None:
    _insert(1, "Meera", "Lotus Interiors", "+919876543210")
    _insert(2, "Oliver", "Redwood Roofing", "+447700900123")
    assert _ids("lotus") == [1]
    assert _ids("redwood") == [2]
    assert _ids("43210") == [1]

    db.execute_sql("UPDATE contact SET company = 'Kaveri Foods' WHERE id = 1")
    assert _ids("lotus") == []
    assert _ids("kaveri") == [1]

    db.execute_sql("UPDATE phone SET e164 = '+919812300000', digits = '919812300000' "
                   "WHERE contact_id = 1")
    assert _ids("43210") == []
    assert _ids("98123") == [1]

    db.execute_sql("DELETE FROM contact WHERE id = 1")  # phones go by cascade
    assert _ids("kaveri") == []
    assert _ids("98123") == []
    assert _ids("redwood") == [2]
    assert db.execute_sql("SELECT count(*) FROM phone").fetchone()[0] == 1


def test_an_update_of_unindexed_columns_keeps_the_entry(db_path: str) -> None:
    _insert(1, "Meera", "Lotus Interiors")
    db.execute_sql("UPDATE contact SET last_contacted_at = ?, status = 'customer' WHERE id = 1",
                   (NOW,))
    assert _ids("lotus") == [1]
    assert _ids("meera") == [1]


def test_counters_follow_inserts_and_deletes(db_path: str) -> None:
    assert contact_count() == 0
    for cid in range(1, 6):
        _insert(cid, f"Person{cid}")
    db.execute_sql("INSERT INTO call (contact_id, direction, started_at, outcome, created_at) "
                   "VALUES (1, 'in', ?, 'busy', ?), (2, 'out', ?, 'sale', ?)",
                   (NOW, NOW, NOW, NOW))
    assert contact_count() == 5
    assert _count("call") == 2
    db.execute_sql("DELETE FROM contact WHERE id IN (1, 4)")  # contact 1's call cascades
    assert contact_count() == 3
    assert _count("call") == 1
    assert contact_count() == db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]


def test_bulk_seed_keeps_indexes_triggers_and_counters(db_path: str) -> None:
    seed_contacts(120, seed=5)
    assert contact_count() == 120
    name = db.execute_sql("SELECT last_name FROM contact WHERE id = 60").fetchone()[0]
    assert 60 in _ids(name)
    digits = db.execute_sql("SELECT digits FROM phone WHERE contact_id = 61").fetchone()[0]
    assert 61 in _ids(digits[-7:])
    # The sync triggers dropped for the bulk load are back: a later write is indexed.
    _insert(500, "Zebediah", "Quixotic Quarries")
    assert _ids("quixotic") == [500]
    assert contact_count() == 121
