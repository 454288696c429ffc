"""Garbage in, nothing lost: random text in every text field of log call.

Only a ValidationError naming a field may escape; a refused call writes nothing (no call, the
contact and its open follow-ups as they were); an accepted one reads back as entered, moves the
contact on as the status rule says, and holds only storable text. CALLDESK_SOAK=1 tries more.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.connection import db
from app.db.integrity import full_check
from app.services.call_types import NEXT_STEPS, CallInput
from app.services.calls import log_call, status_after_call
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from tests.unicode_text import PROFILE, clean_text, notes_text, report, rough_text, storable

OUTCOMES = ["connected", "no_answer", "busy", "voicemail", "wrong_number", "not_interested",
            "call_back", "appointment_set", "quote_requested", "sale"]
FIELDS = re.compile(r"^(When|Duration|Direction|Outcome|Notes|Next step|Follow-up|Reason|"
                    r"Phone)$")
PAST = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2026, 1, 1),
                    timezones=st.just(UTC))


@st.composite
def call_inputs(draw: st.DrawFn, contact_id: int) -> CallInput:
    # Choices (outcome, direction, next step) are mostly valid so that the free text (notes,
    # number, reason) gets through to the save; the text itself is anything at all, or text a
    # person can type.
    text, notes = draw(st.sampled_from([(rough_text, rough_text), (clean_text, notes_text)]))
    choice = draw(st.sampled_from([rough_text, st.nothing(), st.nothing(), st.nothing()]))
    step = draw(st.one_of(st.sampled_from(NEXT_STEPS), choice))
    started = draw(PAST)
    follow_up = draw(st.sampled_from([None, started + timedelta(days=1),
                                      started + timedelta(days=1)]))
    return CallInput(
        contact_id, draw(st.one_of(st.sampled_from(OUTCOMES), choice)), started,
        duration_s=draw(st.sampled_from([0, 45, 610, 3599, 3599, 3599, -1, 86_401])),
        direction=draw(st.one_of(st.sampled_from(["out", "in"]), choice)),
        phone=draw(st.one_of(st.sampled_from(["", "+919811122334", "+12015550123"]), text)),
        notes=draw(notes), next_step=step,
        follow_up_at=follow_up if step == "follow_up" else draw(st.sampled_from([None, started])),
        next_step_reason=draw(st.one_of(st.sampled_from(["", "no budget"]), text)),
    )


def _state(contact_id: int) -> tuple[object, ...]:
    counts = db.execute_sql("SELECT count(*), count(follow_up_at) - count(follow_up_done_at) "
                            "FROM call").fetchone()
    contact = db.execute_sql("SELECT status, last_contacted_at, updated_at FROM contact "
                             "WHERE id = ?", (contact_id,)).fetchone()
    return (*counts, *contact)


def test_property_log_call_with_random_text(db_path: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    tally = {"tried": 0, "saved": 0, "refused": 0}
    contact_id = create_contact(ContactInput(first_name="Asha", phones=[
        PhoneInput("+919876543210")])).contact_id
    sets = dict(db.execute_sql("SELECT code, sets_status FROM call_outcome").fetchall())

    @PROFILE
    @given(data=call_inputs(contact_id))
    def run(data: CallInput) -> None:
        tally["tried"] += 1
        before = _state(contact_id)
        try:
            logged = log_call(data)
        except ValidationError as exc:
            tally["refused"] += 1
            assert FIELDS.match(exc.field), exc.field
            assert _state(contact_id) == before
            return
        tally["saved"] += 1
        row = db.execute_sql(
            "SELECT phone, direction, started_at, duration_s, outcome, notes, next_step, "
            "next_step_reason, follow_up_at FROM call WHERE id = ?", (logged.call_id,)).fetchone()
        started = int(data.started_at.timestamp())
        assert tuple(row) == (
            data.phone or "+919876543210", data.direction, started, data.duration_s,
            data.outcome, data.notes, data.next_step,
            data.next_step_reason.strip() if data.next_step == "none" else "",
            int(data.follow_up_at.timestamp()) if data.next_step == "follow_up"
            and data.follow_up_at else None)
        assert all(storable(v) for v in row if isinstance(v, str))
        status, last = before[2], int(str(before[3]))
        expected = status_after_call(str(status), sets[data.outcome]) if started >= last \
            else status
        assert _state(contact_id)[2:4] == (expected, max(last, started))

    run()
    assert full_check(db_path).ok, full_check(db_path).problems
    assert tally["saved"] and tally["refused"]
    report(capsys, "log call", tally)
