"""Plain data passed between the call services and their callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

NEXT_STEPS = ("follow_up", "appointment", "quote", "none")
DIRECTIONS = ("out", "in")


@dataclass
class CallInput:
    contact_id: int
    outcome: str
    started_at: datetime
    duration_s: int = 0
    direction: str = "out"
    phone: str = ""  # E.164 of the number dialled or calling in; '' when unknown
    notes: str = ""
    next_step: str = ""  # one of NEXT_STEPS; '' means not chosen yet (refused)
    follow_up_at: datetime | None = None
    next_step_reason: str = ""


@dataclass(frozen=True)
class LoggedCall:
    call_id: int
    contact_id: int
    old_status: str
    new_status: str

    @property
    def status_changed(self) -> bool:
        return self.old_status != self.new_status


@dataclass(frozen=True)
class Outcome:
    code: str
    label: str
    position: int
    sets_status: str | None
    builtin: bool
    active: bool
    reached: bool = False  # counts as a connect in the reports


@dataclass(frozen=True)
class FollowUp:
    call_id: int
    contact_id: int
    name: str
    phone: str
    due_at: datetime
    overdue: bool  # due before today began: rolled over to today
    outcome_label: str
    notes: str


@dataclass
class QueueFilter:
    statuses: list[str] = field(default_factory=list)  # empty: any status
    tags: list[str] = field(default_factory=list)  # every tag must be present
    source: str = ""
    city: str = ""
    not_called_days: int = 0  # 0: no limit; N: last contact more than N days ago (or never)
    never_called: bool = False
    # Upsell: customers who bought this product (accepted quote) but not that one; 0: any.
    bought_product_id: int = 0
    lacks_product_id: int = 0
    # Only these contacts (a report's drill-down list made into a queue); empty: anyone.
    contact_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SavedQueueInfo:
    id: int
    name: str
    filter: QueueFilter


@dataclass(frozen=True)
class QueueLead:
    contact_id: int
    name: str
    phone: str
    city: str
    status: str
    last_contacted_at: datetime | None
    local_hour: int | None  # the lead's local hour; None when the number has no known zone
    time_zone: str
    key: tuple[int, int]


@dataclass(frozen=True)
class QueueStep:
    """The result of asking for the next lead: the lead (None when none was found), the
    leads passed over because it is too early or too late where they are, and the cursor."""

    lead: QueueLead | None
    held: list[QueueLead]
    cursor: tuple[int, int] | None
    exhausted: bool = False  # no lead and nothing left to look at (else: ask again)


@dataclass(frozen=True)
class InboundCandidate:
    contact_id: int
    name: str
    phone: str
    city: str
    status: str
    do_not_call: bool


@dataclass(frozen=True)
class InboundMatch:
    e164: str  # the number understood, '' if none could be read
    exact: list[InboundCandidate]  # contacts having exactly this number
    partial: list[InboundCandidate]  # contacts whose numbers contain the typed digits
