"""What a report shows: its table, its chart and what each row or bar drills down to, built
from the report services' results (formatting only; every number comes from one query)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.pdf.report_pdf import ReportSheet
from app.services import reports as rs
from app.services.report_periods import Period
from app.ui.chart_widget import Series
from app.ui.status_names import status_name

Drill = tuple[str, object, "rs.ReportFilter | None"]  # figure, its argument, another scope
REPORTS = ("funnel", "activity", "hours", "handoff", "sources", "quotes", "upsell")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportView", text)


@dataclass
class ReportView:
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    drills: list[Drill | None] = field(default_factory=list)  # one per row
    labels: list[str] = field(default_factory=list)  # chart
    series: list[Series] = field(default_factory=list)
    kind: str = "bar"
    point_drills: list[Drill | None] = field(default_factory=list)  # per chart point

    def add(self, cells: list[object], drill: Drill | None = None) -> None:
        self.rows.append([str(c) for c in cells])
        self.drills.append(drill)

    def sheet(self, title: str, subtitle: str) -> ReportSheet:
        """The table and chart as they are shown, for an export."""
        return ReportSheet(title, subtitle, list(self.headers), [list(r) for r in self.rows],
                           list(self.labels), [(s.name, list(s.values)) for s in self.series],
                           self.kind)


def report_names() -> dict[str, str]:
    return {"funnel": _tr("Funnel"), "activity": _tr("Activity"),
            "hours": _tr("Activity per hour"), "handoff": _tr("Hand-off"),
            "sources": _tr("Sources"), "quotes": _tr("Quotes"), "upsell": _tr("Upsell")}


def filter_text(f: rs.ReportFilter, seller: str = "", rep: str = "") -> str:
    """The period and the filters in words, under an exported report's title."""
    parts = [_tr("%1 to %2").replace("%1", f.period.first.isoformat())
             .replace("%2", f.period.last.isoformat())]
    for caption, value in ((_tr("Seller: %1"), seller), (_tr("Rep: %1"), rep),
                           (_tr("Source: %1"), f.source.strip()), (_tr("Tag: %1"), f.tag.strip()),
                           (_tr("Status: %1"), f.status)):
        if value:
            parts.append(caption.replace("%1", value))
    return " · ".join(parts)


def rate_text(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{rate} %"


def duration_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def step_names() -> dict[str, str]:
    return {"dials": _tr("Dials"), "connects": _tr("Connects"),
            "booked": _tr("Appointments set"), "held": _tr("Appointments held"),
            "quotes_sent": _tr("Quotes sent"), "won": _tr("Quotes won")}


def funnel_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    view = ReportView([_tr("Step"), _tr("Count"), _tr("Of the step before")])
    names = step_names()
    steps = rs.funnel_report(f)
    for step in steps:
        view.add([names[step.key], f"{step.count:,}", rate_text(step.rate)],
                 (step.key, None, None))
        view.labels.append(names[step.key])
        view.point_drills.append((step.key, None, None))
    view.series = [Series(_tr("Count"), [float(s.count) for s in steps])]
    return view


def activity_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    view = ReportView([_tr("Day"), _tr("Seller"), _tr("Calls"), _tr("Dials"), _tr("Connects"),
                       _tr("Talk time"), _tr("Average call")])
    per_day: dict[str, list[int]] = {}
    for line in rs.activity_report(f):
        one_day = replace(f, period=Period(line.day, line.day), seller=line.seller_id)
        view.add([line.day.isoformat(), line.seller, f"{line.calls:,}", f"{line.dials:,}",
                  f"{line.connects:,}", duration_text(line.talk_s),
                  duration_text(line.average_s)], ("dials", None, one_day))
        day = per_day.setdefault(line.day.isoformat(), [0, 0])
        day[0] += line.dials
        day[1] += line.connects
    view.labels = [d[5:] for d in per_day]  # MM-DD
    view.series = [Series(_tr("Dials"), [float(v[0]) for v in per_day.values()]),
                   Series(_tr("Connects"), [float(v[1]) for v in per_day.values()])]
    view.kind = "line"
    days = [date.fromisoformat(d) for d in per_day]
    view.point_drills = [("dials", None, replace(f, period=Period(d, d))) for d in days]
    return view


def hours_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    view = ReportView([_tr("Hour"), _tr("Seller"), _tr("Calls"), _tr("Dials"),
                       _tr("Connects"), _tr("Talk time"), _tr("Average call")])
    lines = rs.hours_report(f)
    per_hour: dict[int, list[int]] = {}
    for line in lines:
        view.add([f"{line.hour:02d}:00", line.seller, f"{line.calls:,}", f"{line.dials:,}",
                  f"{line.connects:,}", duration_text(line.talk_s),
                  duration_text(line.average_s)],
                 ("hour_dials", line.hour, replace(f, seller=line.seller_id)))
        hour = per_hour.setdefault(line.hour, [0, 0])
        hour[0] += line.dials
        hour[1] += line.connects
    hours = list(range(min(per_hour), max(per_hour) + 1)) if per_hour else []
    view.labels = [f"{h:02d}" for h in hours]
    view.series = [Series(_tr("Dials"), [float(per_hour.get(h, [0, 0])[0]) for h in hours]),
                   Series(_tr("Connects"), [float(per_hour.get(h, [0, 0])[1]) for h in hours])]
    view.point_drills = [("hour_dials", h, None) for h in hours]
    return view


def handoff_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    view = ReportView([_tr("Booked by"), _tr("Rep"), _tr("Booked"), _tr("Held"),
                       _tr("No-show"), _tr("Cancelled"), _tr("Sold"), _tr("Held of booked"),
                       _tr("Sold of held")])
    lines = rs.handoff_report(f)
    for line in lines:
        view.add([line.caller, line.rep, line.booked, line.held, line.no_show, line.cancelled,
                  line.sold, rate_text(line.held_rate), rate_text(line.sold_rate)],
                 ("handoff_booked", (line.caller_id, line.rep_id), None))
    view.labels = [f"{line.caller} → {line.rep}" for line in lines]
    view.series = [Series(_tr("Booked"), [float(x.booked) for x in lines]),
                   Series(_tr("Held"), [float(x.held) for x in lines]),
                   Series(_tr("Sold"), [float(x.sold) for x in lines])]
    view.point_drills = [("handoff_booked", (x.caller_id, x.rep_id), None) for x in lines]
    return view


def _revenue(amounts: dict[str, int], money: Callable[[int, str], str]) -> str:
    return ", ".join(money(v, c) for c, v in sorted(amounts.items())) or "—"


def sources_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    view = ReportView([_tr("Source"), _tr("Leads added"), _tr("Customers now"),
                       _tr("Conversion"), _tr("Revenue won")])
    lines = rs.sources_report(f)
    for line in lines:
        view.add([line.source or _tr("(none)"), f"{line.leads:,}", f"{line.customers:,}",
                  rate_text(line.conversion), _revenue(line.revenue, money)],
                 ("source_leads", line.source, None) if line.leads else None)
    counted = [x for x in lines if x.leads]
    view.labels = [x.source or _tr("(none)") for x in counted]
    view.series = [Series(_tr("Leads added"), [float(x.leads) for x in counted]),
                   Series(_tr("Customers now"), [float(x.customers) for x in counted])]
    view.point_drills = [("source_leads", x.source, None) for x in counted]
    return view


def quotes_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    report = rs.quotes_report(f)
    view = ReportView([_tr("Figure"), _tr("Quotes"), _tr("Value")])
    for row in report.pipeline:
        view.add([_tr("Issued, now %1").replace("%1", status_name(row.status)), f"{row.count:,}",
                  money(row.total_minor, row.currency)])
    view.add([_tr("Won in the period"), f"{report.won:,}", ""], ("won", None, None))
    view.add([_tr("Lost in the period"), f"{report.lost:,}", ""])
    view.add([_tr("Win rate"), rate_text(report.win_rate), ""])
    days = report.average_days_to_win
    view.add([_tr("Average days from sent to won"), "—" if days is None else str(days), ""])
    for p in report.products:
        view.add([_tr("Sold: %1").replace("%1", p.name or _tr("(no product)")),
                  f"{p.lines:,}", money(p.total_minor, p.currency)])
    view.labels = [p.name or _tr("(no product)") for p in report.products]
    view.series = [Series(_tr("Revenue"), [p.total_minor / 100 for p in report.products])]
    view.point_drills = [("won", None, None) for _ in report.products]
    return view


def upsell_view(f: rs.ReportFilter, money: Callable[[int, str], str]) -> ReportView:
    report = rs.upsell_report(f)
    view = ReportView([_tr("Figure"), _tr("Value")])
    view.add([_tr("Won quotes with a product that has add-ons"), f"{report.eligible:,}"])
    view.add([_tr("… of them with one of its add-ons"), f"{report.attached:,}"])
    view.add([_tr("Attach rate"), rate_text(report.attach_rate)])
    for currency, lines, total in report.addon_revenue:
        view.add([_tr("Add-ons sold to existing customers (%1 lines)").replace(
            "%1", f"{lines:,}"), money(total, currency)])
    view.labels = [_tr("With add-ons possible"), _tr("With an add-on")]
    view.series = [Series(_tr("Quotes"), [float(report.eligible), float(report.attached)])]
    view.point_drills = [None, None]
    return view


BUILDERS: dict[str, Callable[[rs.ReportFilter, Callable[[int, str], str]], ReportView]] = {
    "funnel": funnel_view, "activity": activity_view, "hours": hours_view,
    "handoff": handoff_view,
    "sources": sources_view, "quotes": quotes_view, "upsell": upsell_view,
}
