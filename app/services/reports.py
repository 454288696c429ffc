"""Reports: funnel, activity, hand-off, sources, quotes and upsell for a period and filters.

Each figure is one aggregate query in app/db (report_queries, report_quote_queries); this
module turns the chosen period and filters into their scope and works out the rates. What
each number counts is written down in docs/reports.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from app.db import report_queries as rq
from app.db import report_quote_queries as qq
from app.db.report_drill import DrillRow, drill_rows
from app.db.users import all_users
from app.services.report_periods import Period, bounds, day_segments, offset_segments
from app.services.reps import list_reps

FUNNEL_STEPS = ("dials", "connects", "booked", "held", "quotes_sent", "won")


@dataclass(frozen=True)
class ReportFilter:
    period: Period
    seller: int | None = None  # app_user id
    rep_id: int | None = None
    source: str = ""
    tag: str = ""
    status: str = ""  # contact status


def _owner_id() -> int:
    owners = [u.id for u in all_users() if u.role == "owner"]
    return min(owners) if owners else 1


def scope_of(f: ReportFilter) -> rq.Scope:
    start, end = bounds(f.period)
    return rq.Scope(start, end, f.seller, _owner_id(), f.rep_id, f.source.strip(),
                    f.tag.strip(), f.status, day_segments(f.period), offset_segments(f.period))


def percent(part: int, whole: int) -> Decimal | None:
    """part of whole in per cent, one decimal, half up; None when whole is 0."""
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class FunnelStep:
    key: str
    count: int
    rate: Decimal | None  # of the step before; None for the first step or after a zero


def funnel_report(f: ReportFilter) -> list[FunnelStep]:
    counts = rq.funnel(scope_of(f))
    values = [counts.dials, counts.connects, counts.booked, counts.held, counts.quotes_sent,
              counts.won]
    return [FunnelStep(key, value, None if i == 0 else percent(value, values[i - 1]))
            for i, (key, value) in enumerate(zip(FUNNEL_STEPS, values, strict=True))]


@dataclass(frozen=True)
class ActivityLine:
    seller_id: int
    seller: str
    day: date
    calls: int
    dials: int
    connects: int
    talk_s: int

    @property
    def average_s(self) -> int:
        return round(self.talk_s / self.calls) if self.calls else 0


def activity_report(f: ReportFilter) -> list[ActivityLine]:
    names = {u.id: u.shown_name for u in all_users()}
    return [ActivityLine(r.seller, names.get(r.seller, f"#{r.seller}"),
                         f.period.first + timedelta(days=r.day), r.calls, r.dials, r.connects,
                         r.talk_s) for r in rq.activity(scope_of(f))]


@dataclass(frozen=True)
class HourLine:
    seller_id: int
    seller: str
    hour: int  # local hour of day, 0-23
    calls: int
    dials: int
    connects: int
    talk_s: int

    @property
    def average_s(self) -> int:
        return round(self.talk_s / self.calls) if self.calls else 0


def hours_report(f: ReportFilter) -> list[HourLine]:
    """Calls per seller per local hour of day over the period."""
    names = {u.id: u.shown_name for u in all_users()}
    return [HourLine(r.seller, names.get(r.seller, f"#{r.seller}"), r.day, r.calls, r.dials,
                     r.connects, r.talk_s) for r in rq.activity_by_hour(scope_of(f))]


@dataclass(frozen=True)
class HandoffLine:
    caller_id: int
    caller: str
    rep_id: int
    rep: str
    booked: int
    held: int
    no_show: int
    cancelled: int
    sold: int

    @property
    def held_rate(self) -> Decimal | None:
        return percent(self.held, self.booked)

    @property
    def sold_rate(self) -> Decimal | None:
        return percent(self.sold, self.held)


def handoff_report(f: ReportFilter) -> list[HandoffLine]:
    users = {u.id: u.shown_name for u in all_users()}
    reps = {r.id: r.name for r in list_reps()}
    return [HandoffLine(r.caller, users.get(r.caller, f"#{r.caller}"), r.rep_id,
                        reps.get(r.rep_id, f"#{r.rep_id}"), r.booked, r.held, r.no_show,
                        r.cancelled, r.sold) for r in rq.handoff(scope_of(f))]


@dataclass(frozen=True)
class SourceLine:
    source: str  # '' = none given
    leads: int
    customers: int
    revenue: dict[str, int] = field(default_factory=dict)  # currency -> minor units

    @property
    def conversion(self) -> Decimal | None:
        return percent(self.customers, self.leads)


def sources_report(f: ReportFilter) -> list[SourceLine]:
    scope = scope_of(f)
    revenue: dict[str, dict[str, int]] = {}
    for source, currency, total in rq.source_revenue(scope):
        revenue.setdefault(source, {})[currency] = total
    lines = [SourceLine(r.source, r.leads, r.customers, revenue.pop(r.source, {}))
             for r in rq.source_leads(scope)]
    # Revenue in the period from contacts added earlier still belongs to their source.
    lines += [SourceLine(source, 0, 0, money) for source, money in sorted(revenue.items())]
    return lines


@dataclass(frozen=True)
class QuotesSummary:
    pipeline: list[qq.StatusRow]
    won: int
    lost: int
    win_rate: Decimal | None
    average_days_to_win: Decimal | None
    products: list[qq.ProductRevenue]


def quotes_report(f: ReportFilter, today: date | None = None) -> QuotesSummary:
    scope = scope_of(f)
    day = today or date.today()
    pipeline = qq.pipeline(scope, f.period.first.isoformat(),
                           (f.period.last + timedelta(days=1)).isoformat(), day.isoformat())
    d = qq.decisions(scope)
    days = (None if not d.won_with_sent else
            (Decimal(d.seconds_to_win) / Decimal(86400 * d.won_with_sent)).quantize(
                Decimal("0.1"), ROUND_HALF_UP))
    return QuotesSummary(pipeline, d.won, d.lost, percent(d.won, d.won + d.lost), days,
                         qq.product_revenue(scope))


@dataclass(frozen=True)
class UpsellSummary:
    eligible: int
    attached: int
    addon_revenue: list[tuple[str, int, int]]  # currency, lines, minor units

    @property
    def attach_rate(self) -> Decimal | None:
        return percent(self.attached, self.eligible)


def upsell_report(f: ReportFilter) -> UpsellSummary:
    scope = scope_of(f)
    attach = qq.attach_rate(scope)
    return UpsellSummary(attach.eligible, attach.attached, qq.addon_revenue_existing(scope))


def drill_down(f: ReportFilter, figure: str, arg: object = None) -> list[DrillRow]:
    """The calls, appointments, quotes or contacts behind one figure (first DRILL_LIMIT)."""
    return drill_rows(scope_of(f), figure, arg)
