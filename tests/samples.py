"""Paths of the shared sample files, and dumps of the contact tables and of a whole database
file for comparisons."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.db.connection import db

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
ALL_SAMPLES = sorted(p.name for p in SAMPLES.iterdir())


def sample(name: str) -> Path:
    return SAMPLES / name


def dump_file(path: Path) -> list[str]:
    """Every statement that would rebuild the database file at *path* (schema and rows)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def dump_contacts() -> list[tuple[Any, ...]]:
    """Every contact with its phones and emails, without ids or timestamps, sorted."""
    out = []
    contacts = db.execute_sql(
        "SELECT id, first_name, last_name, company, title, street, city, region, postal_code, "
        "country, status, source, tags, notes, do_not_call FROM contact").fetchall()
    for row in contacts:
        phones = db.execute_sql("SELECT e164, raw, label, extension FROM phone "
                                "WHERE contact_id = ? ORDER BY id", (row[0],)).fetchall()
        emails = db.execute_sql("SELECT address, label FROM email WHERE contact_id = ? "
                                "ORDER BY id", (row[0],)).fetchall()
        out.append((*row[1:], tuple(phones), tuple(emails)))
    return sorted(out)
