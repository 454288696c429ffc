"""Whose calls: the call log shows who logged each call and filters to one person's."""

from __future__ import annotations

from datetime import UTC, datetime

from app.db.call_list import CallQuery, fetch_calls
from app.db.connection import db, is_postgres
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.users import NewUser, add_user, current_user, user_names_with_unrecorded
from tests.services.call_helpers import make_contact

WHEN = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def test_my_calls_and_another_sellers_calls(db_path: str) -> None:
    cid = make_contact("Priya", "+919876543210")
    mine = log_call(CallInput(cid, "busy", WHEN, next_step="none", next_step_reason="x"),
                    now=WHEN).call_id
    base = (db.execute_sql("SELECT current_database()").fetchone()[0] if is_postgres()
            else "file")
    seller = add_user(NewUser(f"{base}_sunita", "Sunita Rao", "seller", password="p4ssword!"))
    theirs = log_call(CallInput(cid, "connected", WHEN, next_step="none",
                                next_step_reason="x"), now=WHEN).call_id
    db.execute_sql("UPDATE call SET user_id = ? WHERE id = ?", (seller, theirs))
    me = current_user().id
    assert [c.id for c in fetch_calls(CallQuery(user_id=me))] == [mine]
    assert [c.id for c in fetch_calls(CallQuery(user_id=seller))] == [theirs]
    assert {c.id for c in fetch_calls(CallQuery())} == {mine, theirs}
    names = user_names_with_unrecorded()
    by = {c.id: names.get(c.user_id) for c in fetch_calls(CallQuery())}
    assert by[theirs] == "Sunita Rao"
    assert by[mine] == names[me]
