"""Seed contacts with phones and emails: one transaction, executemany, explicit ids."""

from __future__ import annotations

import contextlib
import gc
import queue
import random
import threading
import time
from collections.abc import Iterator
from typing import Any

from app.db import raw
from app.db.bulk import bulk_load
from app.db.connection import db
from app.db.search import search_index_suspended
from app.seed import names
from app.seed.places import COUNTRIES, Country

_CONTACT_SQL = (
    "INSERT INTO contact (id, first_name, last_name, name_key, company, title, street, city, "
    "region, postal_code, country, status, source, tags, notes, do_not_call, primary_phone, "
    "primary_email, other_emails, created_at, updated_at, last_contacted_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_PHONE_SQL = (
    "INSERT INTO phone (contact_id, e164, raw, label, extension, is_primary, digits) "
    "VALUES (?,?,?,?,?,?,?)"
)
_EMAIL_SQL = (
    "INSERT INTO email (contact_id, address, address_key, label, is_primary) VALUES (?,?,?,?,?)"
)
_TITLES = ("", "", "Owner", "Director", "Purchase Manager", "Partner", "Manager", "Proprietor")
_DOMAINS = ("example.com", "example.in", "example.org", "mail.example", "example.co.uk")
_BATCH = 20_000


def _pools() -> dict[str, list[str]]:
    """Every combination the generator draws from, built once: one draw per field instead of
    several draws plus formatting (same distribution)."""
    return {
        "companies": [f"{w} {k}{x}" for w in names.COMPANY_WORDS for k in names.COMPANY_KINDS
                      for x in names.COMPANY_SUFFIXES],
        "streets": [f"{n} {street}" for n in range(1, 400) for street in names.STREETS],
        "postal": [str(n) for n in range(10000, 99999)],
        # 0, 1 or 2 distinct tags, equally likely, in sorted order
        "tags0": [""],
        "tags1": sorted(set(names.TAGS)),
        "tags2": [", ".join(sorted({a, b})) for i, a in enumerate(names.TAGS)
                  for b in names.TAGS[i + 1:]],
    }


def _company(rng: random.Random, devanagari: bool, companies: list[str]) -> str:
    if rng.random() < 0.25:
        return ""
    if devanagari and rng.random() < 0.5:
        return rng.choice(names.DEVANAGARI_COMPANIES)
    return rng.choice(companies)


Row = tuple[Any, ...]


class FastRandom(random.Random):
    """``random.Random`` with a cheaper integer draw for the small ranges seeding uses
    (choice, randrange): one float multiply instead of rejection sampling over getrandbits.
    The bias is below 1e-9 for ranges under a million, invisible in fake data."""

    def _randbelow(self, n: int) -> int:
        return int(self.random() * n)

    def choice(self, seq: Any) -> Any:
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            return int(self.random() * start)
        if step == 1:
            return start + int(self.random() * (stop - start))
        return super().randrange(start, stop, step)


def _rows(start_id: int, count: int, rng: random.Random, now: int) -> Iterator[
        tuple[Row, list[Row], list[Row]]]:
    weighted: list[Country] = [c for c in COUNTRIES for _ in range(c.weight)]
    pools = _pools()
    companies, streets, postal = pools["companies"], pools["streets"], pools["postal"]
    tag_sets = (pools["tags0"], pools["tags1"], pools["tags2"])
    for cid in range(start_id, start_id + count):
        country = rng.choice(weighted)
        devanagari = country.code == "IN" and rng.random() < 0.3
        if devanagari:
            first, last = rng.choice(names.DEVANAGARI_FIRST), rng.choice(names.DEVANAGARI_LAST)
            mail_name = f"{rng.choice(names.LATIN_FIRST)}.{rng.choice(names.LATIN_LAST)}"
        else:
            first, last = rng.choice(names.LATIN_FIRST), rng.choice(names.LATIN_LAST)
            mail_name = f"{first}.{last}"
        company = _company(rng, devanagari, companies)
        phones: list[Row] = []
        for position in range(1 if rng.random() < 0.7 else 2):
            e164, typed = country.make_number(rng)
            label = "mobile" if position == 0 else rng.choice(("work", "home", "office"))
            phones.append((cid, e164, typed, label, "", 1 if position == 0 else 0, e164[1:]))
        emails: list[Row] = []
        if rng.random() < 0.7:
            address = f"{mail_name.lower()}{cid}@{rng.choice(_DOMAINS)}"
            emails.append((cid, address, address, "work", 1))
        created = now - rng.randrange(3 * 365 * 86400)
        contacted = 0 if rng.random() < 0.3 else rng.randrange(created, now)
        tags = rng.choice(tag_sets[rng.randrange(0, 3)])
        contact = (
            cid, first, last, f"{first} {last}".casefold(), company, rng.choice(_TITLES),
            rng.choice(streets), rng.choice(country.cities),
            "", rng.choice(postal), country.name, rng.choice(names.STATUSES),
            rng.choice(names.SOURCES), tags, rng.choice(names.NOTES),
            1 if rng.random() < 0.03 else 0, phones[0][1], emails[0][1] if emails else "", "",
            created, created, contacted,
        )
        yield contact, phones, emails


def seed_contacts(count: int, seed: int = 1) -> int:
    """Add *count* contacts; returns the number added."""
    rng = FastRandom(seed)
    now = int(time.time())
    conn = raw.connection()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of short-lived tuples, no cycles: collection is pure overhead
    try:
        with db.atomic(), bulk_load(("contact", "phone", "email"), count), \
                search_index_suspended():
            _insert(conn, _start_id(conn), count, rng, now)
    finally:
        if gc_was_enabled:
            gc.enable()
    return count


def _start_id(conn: Any) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])


Batch = tuple[list[Row], list[Row], list[Row]]


def _batches(start: int, count: int, rng: random.Random, now: int) -> Iterator[Batch]:
    contacts: list[Row] = []
    phones: list[Row] = []
    emails: list[Row] = []
    for contact, contact_phones, contact_emails in _rows(start, count, rng, now):
        contacts.append(contact)
        phones.extend(contact_phones)
        emails.extend(contact_emails)
        if len(contacts) >= _BATCH:
            yield contacts, phones, emails
            contacts, phones, emails = [], [], []
    yield contacts, phones, emails


def _insert(conn: Any, start: int, count: int, rng: random.Random, now: int) -> None:
    """Rows are generated on a second thread while SQLite writes the previous batch (sqlite3
    releases the GIL while it steps), so generation and writing overlap."""
    batches: queue.Queue[Batch | BaseException | None] = queue.Queue(maxsize=3)

    def produce() -> None:
        try:
            for batch in _batches(start, count, rng, now):
                batches.put(batch)
        except BaseException as exc:  # handed to the writer, which raises it
            batches.put(exc)
        else:
            batches.put(None)

    producer = threading.Thread(target=produce, name="seed-rows", daemon=True)
    producer.start()
    try:
        while (item := batches.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            _flush(conn, *item)
    finally:
        while producer.is_alive():  # unblock a producer waiting on a full queue
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.1)
        producer.join()


def _flush(conn: object, contacts: list[Row], phones: list[Row],
           emails: list[Row]) -> None:
    execute_many = conn.executemany  # type: ignore[attr-defined]
    execute_many(_CONTACT_SQL, contacts)
    execute_many(_PHONE_SQL, phones)
    execute_many(_EMAIL_SQL, emails)
