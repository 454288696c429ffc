"""Logging calls: status transitions, last contacted, validation, closing follow-ups."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.models import Call, Contact
from app.services.call_types import CallInput
from app.services.calls import call_history, log_call, parse_duration, status_after_call
from app.services.errors import ValidationError
from tests.services.call_helpers import NOON_UTC, make_contact


def _call(contact_id: int, outcome: str, **kw: object) -> CallInput:
    values: dict[object, object] = {"started_at": NOON_UTC - timedelta(minutes=5),
                                    "duration_s": 120, "next_step": "none",
                                    "next_step_reason": "done"}
    values.update(kw)
    return CallInput(contact_id=contact_id, outcome=outcome, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("before", "outcome", "after"), [
    ("lead", "connected", "prospect"),
    ("lead", "no_answer", "lead"),
    ("lead", "sale", "customer"),
    ("prospect", "sale", "customer"),
    ("customer", "connected", "customer"),  # never downgraded to prospect
    ("customer", "call_back", "customer"),
    ("customer", "not_interested", "customer"),
    ("prospect", "not_interested", "inactive"),
    ("lead", "not_interested", "inactive"),
    ("inactive", "connected", "prospect"),
    ("inactive", "busy", "inactive"),
])
def test_outcome_moves_status(db_path: str, before: str, outcome: str, after: str) -> None:
    cid = make_contact("Asha", "+919876543210", status=before)
    result = log_call(_call(cid, outcome), now=NOON_UTC)
    assert Contact.get_by_id(cid).status == after
    assert result.new_status == after and result.old_status == before


def test_status_rule_function_never_moves_down() -> None:
    assert status_after_call("customer", "prospect") == "customer"
    assert status_after_call("prospect", "lead") == "prospect"
    assert status_after_call("lead", None) == "lead"


def test_log_call_sets_last_contacted_and_keeps_newer(db_path: str) -> None:
    cid = make_contact("Asha", "+919876543210")
    started = NOON_UTC - timedelta(hours=2)
    log_call(_call(cid, "busy", started_at=started), now=NOON_UTC)
    assert Contact.get_by_id(cid).last_contacted_at == int(started.timestamp())
    # An older call logged afterwards does not move last-contacted back.
    log_call(_call(cid, "busy", started_at=started - timedelta(days=3)), now=NOON_UTC)
    assert Contact.get_by_id(cid).last_contacted_at == int(started.timestamp())
    rows, count = call_history(cid)
    assert count == 2 and rows[0].started_at == int(started.timestamp())


@pytest.mark.parametrize(("kw", "field", "words"), [
    ({"started_at": NOON_UTC + timedelta(hours=1)}, "When", "future"),
    ({"duration_s": -5}, "Duration", "negative"),
    ({"next_step": ""}, "Next step", "choose"),
    ({"next_step": "follow_up"}, "Follow-up", "date and time"),
    ({"next_step": "none", "next_step_reason": "  "}, "Reason", "why"),
    ({"next_step": "follow_up", "follow_up_at": NOON_UTC - timedelta(hours=1)}, "Follow-up",
     "after the call"),
])
def test_after_the_fact_logging_is_validated(db_path: str, kw: dict[str, object], field: str,
                                             words: str) -> None:
    cid = make_contact("Asha", "+919876543210")
    with pytest.raises(ValidationError) as info:
        log_call(_call(cid, "connected", **kw), now=NOON_UTC)
    assert info.value.field == field and words in info.value.message
    assert Call.select().count() == 0
    assert Contact.get_by_id(cid).status == "lead"  # nothing half-written


def test_older_call_logged_later_leaves_status(db_path: str) -> None:
    cid = make_contact("Asha", "+919876543210")
    log_call(_call(cid, "connected"), now=NOON_UTC)
    log_call(_call(cid, "not_interested", started_at=NOON_UTC - timedelta(days=9)),
             now=NOON_UTC)
    assert Contact.get_by_id(cid).status == "prospect"


def test_unknown_outcome_writes_nothing(db_path: str) -> None:
    cid = make_contact("Asha", "+919876543210")
    with pytest.raises(ValidationError) as info:
        log_call(_call(cid, "no_such_outcome"), now=NOON_UTC)
    assert info.value.field == "Outcome"
    assert Call.select().count() == 0


def test_new_call_closes_earlier_open_follow_up(db_path: str) -> None:
    cid = make_contact("Asha", "+919876543210")
    first = log_call(_call(cid, "call_back", started_at=NOON_UTC - timedelta(days=2),
                           next_step="follow_up", follow_up_at=NOON_UTC - timedelta(days=1)),
                     now=NOON_UTC - timedelta(days=2))
    log_call(_call(cid, "connected"), now=NOON_UTC)
    assert Call.get_by_id(first.call_id).follow_up_done_at is not None


@pytest.mark.parametrize(("text", "seconds"), [
    ("90", 90), ("4:30", 270), ("1:02:03", 3723), ("", 0), ("-5", -5), (" 0:07 ", 7),
])
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


def test_parse_duration_refuses_words() -> None:
    with pytest.raises(ValidationError) as info:
        parse_duration("five minutes")
    assert info.value.field == "Duration"


RANK = {"lead": 0, "prospect": 1, "customer": 2}


@given(st.sampled_from(["lead", "prospect", "customer", "inactive"]),
       st.sampled_from([None, "lead", "prospect", "customer", "inactive"]))
def test_status_rule_properties(current: str, sets: str | None) -> None:
    after = status_after_call(current, sets)
    assert after in (current, sets)
    if current == "customer":
        assert after == "customer"  # nothing a call says demotes a customer
    if current in RANK and after in RANK:
        assert RANK[after] >= RANK[current]


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59))
def test_parse_duration_reads_clock_forms(h: int, m: int, s: int) -> None:
    assert parse_duration(f"{h}:{m:02d}:{s:02d}") == h * 3600 + m * 60 + s
    assert parse_duration(f"{h * 60 + m}:{s:02d}") == (h * 60 + m) * 60 + s
