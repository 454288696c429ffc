"""Every report figure against counts written by hand for a known data set (report_data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import clock
from app.services.report_periods import Period, period_for
from app.services.reports import (
    ReportFilter,
    activity_report,
    drill_down,
    funnel_report,
    handoff_report,
    quotes_report,
    sources_report,
    upsell_report,
)
from tests.services.report_data import INDIA, MARCH, seed_march


@pytest.fixture()
def ids(db_path: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    monkeypatch.setattr(clock, "local_zone", lambda: INDIA)
    return seed_march()


def _march(**filters: object) -> ReportFilter:
    return ReportFilter(Period(*MARCH), **filters)  # type: ignore[arg-type]


def _funnel(f: ReportFilter) -> list[tuple[str, int, Decimal | None]]:
    return [(s.key, s.count, s.rate) for s in funnel_report(f)]


def test_funnel_counts_each_step_in_the_period_with_its_rate(ids) -> None:
    assert _funnel(_march()) == [
        ("dials", 7, None), ("connects", 3, Decimal("42.9")), ("booked", 3, Decimal("100.0")),
        ("held", 2, Decimal("66.7")), ("quotes_sent", 4, Decimal("200.0")),
        ("won", 2, Decimal("50.0"))]


def test_funnel_filters_by_seller_rep_source_tag_and_status(ids) -> None:
    counts = lambda f: [s.count for s in funnel_report(f)]  # noqa: E731
    assert counts(_march(seller=ids["meera"])) == [2, 1, 1, 0, 0, 0]
    assert counts(_march(seller=1)) == [5, 2, 2, 2, 4, 2]  # the owner: rows without a user
    assert counts(_march(rep_id=ids["sita"])) == [7, 3, 1, 1, 4, 2]  # rep: appointments only
    assert counts(_march(source="WEB")) == [4, 2, 2, 2, 3, 2]
    assert counts(_march(tag="VIP")) == [3, 2, 1, 2, 2, 2]
    assert counts(_march(tag="vi")) == [0, 0, 0, 0, 0, 0]  # whole tags only
    assert counts(_march(status="lead")) == [3, 1, 1, 0, 1, 0]


def test_a_connect_is_an_outcome_marked_reached(ids) -> None:
    from app.services.outcomes import update_outcome

    update_outcome("voicemail", "Voicemail left", None, True, reached=True)
    assert [s.count for s in funnel_report(_march())][:2] == [7, 4]


def test_empty_period_has_no_rates(ids) -> None:
    steps = funnel_report(ReportFilter(Period(date(2025, 1, 1), date(2025, 1, 31))))
    assert [(s.count, s.rate) for s in steps] == [(0, None)] * 6


def test_activity_per_seller_per_local_day(ids) -> None:
    rows = [(r.day.isoformat(), r.seller, r.calls, r.dials, r.connects, r.talk_s, r.average_s)
            for r in activity_report(_march())]
    assert rows == [
        ("2026-03-01", "Owner", 1, 1, 0, 5, 5),
        ("2026-03-02", "Owner", 3, 3, 2, 420, 140),
        ("2026-03-02", "Meera", 2, 2, 1, 210, 105),
        ("2026-03-03", "Owner", 2, 1, 0, 430, 215),
    ]


def test_handoff_per_caller_and_rep(ids) -> None:
    rows = [(r.caller, r.rep, r.booked, r.held, r.no_show, r.cancelled, r.sold)
            for r in handoff_report(_march())]
    assert sorted(rows) == [("Meera", "Ravi", 1, 0, 1, 0, 0), ("Owner", "Ravi", 1, 1, 0, 0, 1),
                            ("Owner", "Sita", 1, 0, 0, 1, 0)]


def test_sources_leads_customers_and_revenue(ids) -> None:
    rows = [(r.source, r.leads, r.customers, r.conversion, r.revenue)
            for r in sources_report(_march())]
    assert rows == [("web", 2, 1, Decimal("50.0"), {"INR": 120_000}),
                    ("fair", 1, 0, Decimal("0.0"), {})]


def test_quotes_pipeline_win_rate_days_and_products(ids) -> None:
    report = quotes_report(_march(), today=date(2026, 3, 31))
    assert [(r.status, r.count, r.total_minor) for r in report.pipeline] == [
        ("accepted", 2, 120_000), ("declined", 1, 50_000), ("sent", 1, 40_000)]
    assert (report.won, report.lost, report.win_rate) == (2, 1, Decimal("66.7"))
    assert report.average_days_to_win == Decimal("4.0")  # 3 and 5 days
    assert [(p.name, p.lines, p.total_minor) for p in report.products] == [
        ("Split AC", 1, 90_000), ("Warranty", 2, 30_000)]


def test_upsell_attach_rate_and_addon_revenue_from_customers(ids) -> None:
    report = upsell_report(_march())
    assert (report.eligible, report.attached, report.attach_rate) == (1, 1, Decimal("100.0"))
    assert report.addon_revenue == [("INR", 2, 30_000)]


def test_drill_down_lists_the_rows_behind_a_figure(ids) -> None:
    connects = drill_down(_march(), "connects")
    assert {(r.kind, r.contact_id, r.detail) for r in connects} == {
        ("call", ids["a"], "connected"), ("call", ids["a"], "sale"),
        ("call", ids["b"], "call_back")}
    assert len(drill_down(_march(), "dials")) == 7
    won = drill_down(_march(), "won")
    assert [r.detail for r in won] == ["Q-0005 accepted", "Q-0001 accepted"]  # newest first
    leads = drill_down(_march(), "source_leads", "web")
    assert sorted(r.name for r in leads) == ["Asha", "Chitra"]
    sold = drill_down(_march(), "handoff_sold", (1, ids["ravi"]))
    assert [(r.kind, r.contact_id) for r in sold] == [("appointment", ids["a"])]
    assert len(drill_down(_march(), "held")) == 2


def test_periods_are_whole_local_weeks_months_and_quarters() -> None:
    day = date(2026, 5, 14)  # a Thursday
    assert period_for("today", day) == Period(day, day)
    assert period_for("week", day) == Period(date(2026, 5, 11), date(2026, 5, 17))
    assert period_for("month", day) == Period(date(2026, 5, 1), date(2026, 5, 31))
    assert period_for("quarter", day) == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert period_for("quarter", date(2026, 12, 31)) == Period(date(2026, 10, 1),
                                                                date(2026, 12, 31))


def test_custom_period_names_the_wrong_field() -> None:
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as error:
        period_for("custom", first=date(2026, 3, 5), last=date(2026, 3, 1))
    assert error.value.field == "To"


def test_a_day_that_changes_its_clock_is_still_one_day(db_path, monkeypatch) -> None:
    """London skips an hour on 29 March 2026: its day is 23 hours long."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tests.services.report_data import _call, _contact

    london = ZoneInfo("Europe/London")
    monkeypatch.setattr(clock, "local_zone", lambda: london)
    when = lambda d, h, m: int(datetime(2026, 3, d, h, m, tzinfo=london).timestamp())  # noqa: E731
    person = _contact("Eve", "", "", "lead", when(28, 9, 0))
    for day, hour, minute in ((28, 23, 50), (29, 0, 10), (29, 23, 30), (30, 0, 30),
                              (31, 23, 59)):
        _call(person, when(day, hour, minute), "no_answer", 1, None)
    report = activity_report(ReportFilter(Period(date(2026, 3, 28), date(2026, 3, 31))))
    assert [(r.day.day, r.calls) for r in report] == [(28, 1), (29, 2), (30, 1), (31, 1)]


def test_accepting_or_declining_a_quote_dates_the_decision(db_path) -> None:
    from app.db.connection import db
    from app.services.quotes import set_status
    from tests.services.report_data import _quote, seed_march

    seed_march()
    qid = _quote(9, 1, "sent", 1_770_000_000, 0, [])
    set_status(qid, "declined", today=date(2026, 3, 1))
    decided = db.execute_sql("SELECT decided_at FROM quote WHERE id = ?", (qid,)).fetchone()[0]
    assert int(decided) > 1_770_000_000
