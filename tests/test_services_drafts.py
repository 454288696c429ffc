"""Drafts of unsaved work survive a restart (they are in the database) until discarded."""

from __future__ import annotations

import json

import pytest

from app.db.connection import close_database, open_database
from app.services.drafts import discard_draft, pending_drafts, save_draft
from app.services.errors import ValidationError


def test_draft_survives_reopening_until_discarded(db_path: str) -> None:
    quote = json.dumps({"contact_id": 4, "lines": [{"description": "पाइप 📦", "qty": "2.5"}]})
    save_draft("quote", quote)
    save_draft("quote", json.dumps({"id": 9}), key="9")
    close_database()
    open_database(db_path)  # as after a crash and a new start
    drafts = pending_drafts()
    assert [(d.kind, d.key) for d in drafts] == [("quote", ""), ("quote", "9")]
    assert json.loads(drafts[0].payload_json)["lines"][0]["description"] == "पाइप 📦"
    assert drafts[0].saved_at.tzinfo is not None
    discard_draft("quote")
    assert [(d.kind, d.key) for d in pending_drafts("quote")] == [("quote", "9")]
    assert pending_drafts("call") == []


def test_saving_again_replaces_the_draft(db_path: str) -> None:
    save_draft("quote", '{"v": 1}')
    save_draft("quote", '{"v": 2}')
    assert [d.payload_json for d in pending_drafts()] == ['{"v": 2}']


def test_bad_drafts_are_refused(db_path: str) -> None:
    with pytest.raises(ValidationError, match="Draft"):
        save_draft("quote", "{not json")
    with pytest.raises(ValueError):
        save_draft("a:b", "{}")
    assert pending_drafts() == []


def test_drafts_are_each_persons_own(db_path: str) -> None:
    from app.db.connection import db
    from app.services.drafts import discard_draft, pending_drafts, save_draft

    save_draft("quote", '{"mine": 1}')
    # Another seller's draft of a new quote, kept beside ours under their user id.
    db.execute_sql("INSERT INTO setting (key, value) VALUES ('draft:quote:99/', ?)",
                   ('{"saved_at": 1, "payload": "{\\"theirs\\": 1}"}',))
    assert [d.payload_json for d in pending_drafts("quote")] == ['{"mine": 1}']
    discard_draft("quote")
    assert pending_drafts("quote") == []
    assert db.execute_sql("SELECT count(*) FROM setting WHERE key = 'draft:quote:99/'"
                          ).fetchone()[0] == 1
