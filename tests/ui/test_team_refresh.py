"""Two people on one server: a call one of them logs shows in the other's open window within
two seconds, without pressing anything, saying who made it."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import psycopg
import pytest

from app.db.connection import db
from app.services.users import NewUser, add_user
from app.ui.call_table_model import COL_BY
from tests import pg_server
from tests.services.call_helpers import make_contact

PASSWORD = "s3cret-pass"


@pytest.mark.postgresql_only
def test_another_sellers_call_reaches_the_open_window(qtbot, main_window, db_path: str) -> None:
    name = str(db.execute_sql("SELECT current_database()").fetchone()[0])
    cid = make_contact("Priya", "+919876543210")
    add_user(NewUser(f"{name}_sunita", "Sunita Rao", "seller", password=PASSWORD))
    from app.ui.main_window import TAB_CALLS

    main_window.tabs.setCurrentIndex(TAB_CALLS)
    calls = main_window.calls
    calls.by_user.reload()
    qtbot.waitUntil(lambda: calls.model.rowCount() == 0 and calls.isVisible())
    main_window.data_safety.poll()  # settle: our own writes so far are not news
    url = pg_server.url_for(name, user=f"{name}_sunita", password=PASSWORD)
    now = int(datetime.now(UTC).timestamp())
    with psycopg.connect(url, autocommit=True) as seller:
        seller.execute("INSERT INTO call (contact_id, direction, started_at, outcome, "
                       "created_at) VALUES (%s, 'out', %s, 'connected', %s)", (cid, now, now))
    committed = time.monotonic()
    qtbot.waitUntil(lambda: calls.model.rowCount() == 1, timeout=2_000)
    waited = time.monotonic() - committed
    assert waited <= 2.0
    assert calls.model.data(calls.model.index(0, COL_BY)) == "Sunita Rao"
