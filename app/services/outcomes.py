"""Call outcomes: ten built in, more added by the user. Stored as rows of call_outcome with a
stable code; the label can change, the code never does (calls refer to it)."""

from __future__ import annotations

import re
import unicodedata

from app.db.connection import db
from app.db.models import CONTACT_STATUSES, Call, CallOutcome
from app.services.call_types import Outcome
from app.services.errors import NotFoundError, ValidationError

LABEL_LIMIT = 60
MAX_KEYED = 10  # keys 1-9 and 0 pick the first ten active outcomes in position order


def _outcome(row: CallOutcome) -> Outcome:
    return Outcome(row.code, row.label, row.position, row.sets_status, bool(row.builtin),
                   bool(row.active), bool(row.reached))


def list_outcomes(include_inactive: bool = False) -> list[Outcome]:
    query = CallOutcome.select().order_by(CallOutcome.position, CallOutcome.code)
    if not include_inactive:
        query = query.where(CallOutcome.active == True)  # noqa: E712
    return [_outcome(row) for row in query]


def get_outcome(code: str) -> Outcome:
    row = CallOutcome.get_or_none(CallOutcome.code == code)
    if row is None:
        raise NotFoundError(f"Outcome {code!r} does not exist")
    return _outcome(row)


def _clean_label(label: str) -> str:
    text = " ".join(label.split())
    if not text:
        raise ValidationError("Outcome", "enter a name for the outcome")
    if len(text) > LABEL_LIMIT:
        raise ValidationError("Outcome", f"is longer than {LABEL_LIMIT} characters")
    return text


def _check_status(sets_status: str | None) -> str | None:
    if sets_status in (None, ""):
        return None
    if sets_status not in CONTACT_STATUSES:
        raise ValidationError("Sets status", f"'{sets_status}' is not a contact status")
    return sets_status


def _check_unique_label(label: str, exclude: str = "") -> None:
    for row in CallOutcome.select(CallOutcome.code, CallOutcome.label):
        if row.code != exclude and row.label.casefold() == label.casefold():
            raise ValidationError("Outcome", f"'{label}' already exists")


def _code_for(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:30] or "outcome"
    code, n = f"custom_{base}", 2
    while CallOutcome.get_or_none(CallOutcome.code == code) is not None:
        code, n = f"custom_{base}_{n}", n + 1
    return code


def add_outcome(label: str, sets_status: str | None = None, reached: bool = False) -> Outcome:
    text = _clean_label(label)
    status = _check_status(sets_status)
    with db.atomic():
        _check_unique_label(text)
        last = CallOutcome.select(CallOutcome.position).order_by(
            CallOutcome.position.desc()).first()
        code = _code_for(text)
        CallOutcome.insert(code=code, label=text, position=(last.position if last else 0) + 1,
                           sets_status=status, builtin=False, active=True,
                           reached=reached).execute()
    return get_outcome(code)


def update_outcome(code: str, label: str, sets_status: str | None, active: bool,
                   reached: bool | None = None) -> Outcome:
    """Rename, change the status it sets, whether it counts as reaching the person (None:
    unchanged), or (de)activate. Deactivated outcomes stay on old calls but are no longer
    offered; at least one outcome always stays active."""
    text = _clean_label(label)
    status = _check_status(sets_status)
    with db.atomic():
        row = CallOutcome.get_or_none(CallOutcome.code == code)
        if row is None:
            raise NotFoundError(f"Outcome {code!r} does not exist")
        _check_unique_label(text, exclude=code)
        if not active and row.active:
            others = CallOutcome.select().where(
                (CallOutcome.active == True) & (CallOutcome.code != code)).count()  # noqa: E712
            if others == 0:
                raise ValidationError("Outcome", "at least one outcome must stay active")
        values: dict[str, object] = {"label": text, "sets_status": status, "active": active}
        if reached is not None:
            values["reached"] = reached
        CallOutcome.update(**values).where(CallOutcome.code == code).execute()
    return get_outcome(code)


def move_outcome(code: str, offset: int) -> None:
    """Move an outcome up (-1) or down (+1) the list; this changes which key picks it."""
    with db.atomic():
        rows = list(CallOutcome.select().order_by(CallOutcome.position, CallOutcome.code))
        index = next((i for i, r in enumerate(rows) if r.code == code), None)
        if index is None:
            raise NotFoundError(f"Outcome {code!r} does not exist")
        target = max(0, min(len(rows) - 1, index + offset))
        rows.insert(target, rows.pop(index))
        for position, row in enumerate(rows, start=1):
            if row.position != position:
                CallOutcome.update(position=position).where(
                    CallOutcome.code == row.code).execute()


def delete_outcome(code: str) -> None:
    """Custom outcomes never used can be deleted; used or built-in ones are deactivated."""
    with db.atomic():
        row = CallOutcome.get_or_none(CallOutcome.code == code)
        if row is None:
            raise NotFoundError(f"Outcome {code!r} does not exist")
        if row.builtin:
            raise ValidationError("Outcome", f"'{row.label}' is built in; deactivate it instead")
        if Call.select().where(Call.outcome == code).limit(1).exists():
            raise ValidationError("Outcome", f"'{row.label}' is used by calls; deactivate it "
                                  "instead")
        row.delete_instance()


def reorder_outcomes(codes: list[str]) -> None:
    """Put the outcomes in this order (outcomes not listed keep their turn after them)."""
    with db.atomic():
        rows = list(CallOutcome.select().order_by(CallOutcome.position, CallOutcome.code))
        known = {r.code for r in rows}
        ordered = [c for c in codes if c in known]
        ordered += [r.code for r in rows if r.code not in ordered]
        for position, code in enumerate(ordered, start=1):
            CallOutcome.update(position=position).where(CallOutcome.code == code).execute()
