"""Reports figures: each report for a quarter and for a year, all users, until its table is
filled and its chart painted; a drill-down list until shown; the Today tab's load."""

from __future__ import annotations

from datetime import date, timedelta

from tests.perf.context import BenchContext
from tests.perf.stats import Figure

KINDS = ("funnel", "activity", "hours", "handoff", "sources", "quotes", "upsell")
DRILLS = ("dials", "connects", "booked", "held", "quotes_sent", "won")
# The goals.
QUARTER_GOAL_MS, YEAR_GOAL_MS, DRILL_GOAL_MS, TODAY_GOAL_MS = 150, 300, 100, 50


def _tab(ctx: BenchContext):
    from app.ui.main_window import TAB_REPORTS

    ctx.window.tabs.setCurrentIndex(TAB_REPORTS)
    ctx.settle()
    return ctx.window.reports


def _choose(tab, kind: str, first: date, last: date, source: str = "") -> None:
    """Set the report and a custom period without running it (the timed action runs it)."""
    from PySide6.QtCore import QDate

    widgets = (tab.report, tab.period, tab.first, tab.last, tab.source)
    for widget in widgets:
        widget.blockSignals(True)
    tab.report.setCurrentIndex(tab.report.findData(kind))
    tab.period.setCurrentIndex(tab.period.findData("custom"))
    tab.first.setDate(QDate(first.year, first.month, first.day))
    tab.last.setDate(QDate(last.year, last.month, last.day))
    tab.source.setText(source)
    for widget in widgets:
        widget.blockSignals(False)


def _quarters(count: int) -> list[tuple[date, date]]:
    """The last *count* whole calendar quarters (the seeded calls span the past year)."""
    day = date.today().replace(day=1)
    start = day.replace(month=(day.month - 1) // 3 * 3 + 1)
    quarters = []
    for _ in range(count):
        end = start - timedelta(days=1)
        start = end.replace(day=1, month=(end.month - 1) // 3 * 3 + 1)
        quarters.append((start, end))
    return quarters


def _run_report(ctx: BenchContext, name: str, goal: float,
                inputs: list[tuple[str, date, date, str]]) -> Figure:
    tab = _tab(ctx)

    def action(item: tuple[str, date, date, str]) -> None:
        kind, first, last, source = item
        _choose(tab, kind, first, last, source)
        tab.run()
        tab.chart.repaint()

    return ctx.measure(name, goal, inputs, action)


def report_quarter(ctx: BenchContext) -> Figure:
    inputs = [(kind, first, last, "") for first, last in _quarters(3) for kind in KINDS]
    figure = _run_report(ctx, "any report for one quarter, chart painted", QUARTER_GOAL_MS,
                         inputs)
    figure.notes.append(f"{', '.join(KINDS)} × the last 3 quarters, all users")
    return figure


def report_year(ctx: BenchContext) -> Figure:
    last = date.today()
    inputs = [(kind, last - timedelta(days=364), last, "") for kind in KINDS] * 2
    figure = _run_report(ctx, "any report for a full year, chart painted", YEAR_GOAL_MS,
                         inputs)
    figure.notes.append("each report twice for the last 365 days, all users")
    return figure


def report_quarter_source(ctx: BenchContext) -> Figure:
    from app.db.connection import db

    source = str(db.execute_sql("SELECT source FROM contact WHERE source <> '' "
                                "LIMIT 1").fetchone()[0])
    inputs = [(kind, first, last, source) for first, last in _quarters(2) for kind in KINDS]
    figure = _run_report(ctx, "any report for a quarter, one source", QUARTER_GOAL_MS, inputs)
    figure.notes.append(f"source '{source}': the contact filters read the calls themselves")
    return figure


def report_drill_down(ctx: BenchContext) -> Figure:
    from app.ui.drill_down_dialog import DrillDownDialog

    tab = _tab(ctx)
    inputs = [(figure, first, last) for first, last in _quarters(2) for figure in DRILLS]
    opened: list[DrillDownDialog] = []

    def action(item: tuple[str, date, date]) -> None:
        figure, first, last = item
        _choose(tab, "funnel", first, last)
        tab.filter = tab.current_filter()
        dialog = tab.drill((figure, None, None), figure)
        assert isinstance(dialog, DrillDownDialog)
        dialog.repaint()
        opened.append(dialog)

    def close() -> None:
        while opened:
            dialog = opened.pop()
            dialog.close()
            dialog.deleteLater()
        ctx.settle()

    figure = ctx.measure("drill-down list opens (500 rows)", DRILL_GOAL_MS, inputs, action,
                         between=close)
    figure.notes.append("each funnel step of the last 2 quarters, until its dialog painted")
    return figure


def report_today_load(ctx: BenchContext) -> Figure:
    from app.ui.main_window import TAB_TODAY

    ctx.window.tabs.setCurrentIndex(TAB_TODAY)
    ctx.settle()
    today = ctx.window.today

    def action(_: int) -> None:
        today.load()
        today.repaint()

    figure = ctx.measure("Today tab load (what it adds to a start)", TODAY_GOAL_MS,
                         list(range(20)), action)
    figure.notes.append("numbers, follow-ups, appointments, next leads and quotes, painted")
    return figure
