"""Custom outcomes: added, renamed, deactivated, ordered; stored as rows with stable codes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.db.models import Contact
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.errors import ValidationError
from app.services.outcomes import (
    add_outcome,
    delete_outcome,
    list_outcomes,
    move_outcome,
    update_outcome,
)
from tests.services.call_helpers import NOON_UTC, make_contact


def test_builtin_outcomes_in_order(db_path: str) -> None:
    codes = [o.code for o in list_outcomes()]
    assert codes[:3] == ["connected", "no_answer", "busy"] and codes[-1] == "sale"
    assert len(codes) == 10


def test_custom_outcome_is_offered_and_sets_status(db_path: str) -> None:
    outcome = add_outcome("Demo booked", "prospect")
    assert outcome.code.startswith("custom_") and outcome.position == 11
    assert list_outcomes()[-1].label == "Demo booked"
    cid = make_contact("Ravi", "+919812345678")
    log_call(CallInput(cid, outcome.code, NOON_UTC - timedelta(minutes=1), next_step="none",
                       next_step_reason="x"), now=NOON_UTC)
    assert Contact.get_by_id(cid).status == "prospect"


def test_rename_deactivate_and_move(db_path: str) -> None:
    update_outcome("busy", "Line busy", None, True)
    assert [o.label for o in list_outcomes()][2] == "Line busy"
    update_outcome("busy", "Line busy", None, False)
    assert "busy" not in [o.code for o in list_outcomes()]
    assert "busy" in [o.code for o in list_outcomes(include_inactive=True)]
    move_outcome("sale", -9)
    assert list_outcomes()[0].code == "sale"


def test_duplicate_and_empty_labels_refused(db_path: str) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        add_outcome("no answer")
    with pytest.raises(ValidationError, match="enter a name"):
        add_outcome("   ")
    with pytest.raises(ValidationError, match="built in"):
        delete_outcome("sale")
