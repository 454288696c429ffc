"""Two people saving the same contact never silently overwrite each other."""

from __future__ import annotations

import pytest

from app.db.connection import db
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, get_contact, update_contact
from app.services.errors import EditConflict


def test_a_save_over_a_newer_change_is_refused_and_names_it(db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Priya", city="Pune")).contact_id
    opened = get_contact(cid)
    # Someone else saves first (another window, another seller).
    update_contact(cid, ContactInput(first_name="Priya", city="Mumbai"), opened.row_version)
    with pytest.raises(EditConflict) as caught:
        update_contact(cid, ContactInput(first_name="Priya", city="Delhi", notes="mine"),
                       opened.row_version)
    conflict = caught.value
    assert conflict.current.city == "Mumbai"
    assert conflict.changed_by  # a name, or "another window or program"
    assert get_contact(cid).city == "Mumbai", "nothing of the refused save was written"
    # Saving again on top of the version now stored goes through.
    update_contact(cid, ContactInput(first_name="Priya", city="Delhi", notes="mine"),
                   conflict.current.row_version)
    assert (get_contact(cid).city, get_contact(cid).notes) == ("Delhi", "mine")


def test_any_writer_moves_the_version(db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Asha")).contact_id
    before = get_contact(cid).row_version
    db.execute_sql("UPDATE contact SET last_contacted_at = 5 WHERE id = ?", (cid,))
    assert get_contact(cid).row_version == before + 1
    with pytest.raises(EditConflict):
        update_contact(cid, ContactInput(first_name="Asha B"), before)


def test_two_saves_of_one_draft_quote_never_overwrite_silently(db_path: str) -> None:
    from decimal import Decimal

    from app.services.quote_types import QuoteLineInput
    from app.services.quotes import get_quote, new_quote_input, save_quote

    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("Site survey", Decimal(1), 150000, 1800)]
    qid = save_quote(data)
    opened = get_quote(qid)
    theirs = opened.data
    theirs.notes = "theirs"
    save_quote(theirs, qid, opened.row_version)
    mine = get_quote(qid).data
    mine.notes = "mine"
    with pytest.raises(EditConflict) as caught:
        save_quote(mine, qid, opened.row_version)
    assert get_quote(qid).data.notes == "theirs"
    save_quote(mine, qid, caught.value.current.row_version)  # "save mine" over theirs
    assert get_quote(qid).data.notes == "mine"
