"""Demo data: added only to an empty database, removed exactly, leaving the owner's own work."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.db.connection import db
from app.db.contact_list import contact_count
from app.seed.demo_set import add_demo, has_demo, remove_demo
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact, delete_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input, save_quote
from app.services.settings import default_region, set_default_region

ROOT = Path(__file__).resolve().parents[2]


def _own_contact(name: str) -> int:
    return create_contact(ContactInput(first_name=name, phones=[
        PhoneInput("+91 98111 00000")])).contact_id


def test_removal_keeps_what_the_owner_added_and_restarts_quote_numbers(db_path) -> None:
    set_default_region("US")
    add_demo()
    assert default_region() == "US"  # the demo's Indian numbers did not change the home country
    highest = int(db.execute_sql("SELECT max(id) FROM contact").fetchone()[0])
    delete_contact(highest)
    reused = _own_contact("Reused Id")  # the database hands out the freed id again
    assert reused == highest
    mine = _own_contact("Mine")
    demo_rep = int(db.execute_sql("SELECT min(id) FROM rep").fetchone()[0])
    before = contact_count()

    removed = remove_demo()
    assert removed.contacts == before - 2 and removed.quotes > 50 and removed.reps > 0
    assert sorted(r[0] for r in db.execute_sql("SELECT id FROM contact")) == [reused, mine]
    for table in ("call", "appointment", "quote", "saved_queue"):
        assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert db.execute_sql("SELECT count(*) FROM rep WHERE id = ?",
                          (demo_rep,)).fetchone()[0] == 0
    quote = new_quote_input(mine)
    quote.lines = [QuoteLineInput("Site visit", Decimal(1), 50000, 1800)]
    assert get_quote(save_quote(quote)).number.endswith("0001")  # numbering starts again
    assert not has_demo()


def test_demo_is_refused_on_a_database_with_contacts_and_twice(db_path) -> None:
    _own_contact("Already here")
    with pytest.raises(ValidationError, match="without contacts"):
        add_demo()
    delete_contact(1)
    add_demo()
    with pytest.raises(ValidationError, match="already has"):
        add_demo()
    remove_demo()
    with pytest.raises(ValidationError, match="no demo data"):
        remove_demo()


def test_demo_commands_add_and_remove_in_one_line_each(tmp_path: Path) -> None:
    db_file = str(tmp_path / "demo.db")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", "demo", *args, "--db", db_file],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)

    added = run("add")
    assert added.returncode == 0 and "305 contacts" in added.stdout, added.stderr
    again = run("add")
    assert again.returncode == 1 and again.stderr.strip() == (
        "error: Demo data: this database already has the demo data")
    gone = run("remove")
    assert gone.returncode == 0 and "removed demo data: 305 contacts" in gone.stdout
    assert run("remove").stderr.startswith("error: Demo data: this database has no demo")
