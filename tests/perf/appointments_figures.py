"""Appointments figures, driven through the real Appointments tab of the real main window."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtGui import QImage

from app.ui.main_window import TAB_APPOINTMENTS
from tests.perf.context import BenchContext
from tests.perf.stats import Figure

WEEKS = 100


def _rep_weeks(ctx: BenchContext, count: int) -> list[tuple[int, date]]:
    """(rep id, Monday) of the weeks of randomly drawn seeded appointments."""
    top = int(ctx.raw.execute("SELECT coalesce(max(id), 0) FROM appointment").fetchone()[0])
    if top == 0:
        raise RuntimeError("the bench database has no appointments: seed with --appointments")
    picked: list[tuple[int, date]] = []
    while len(picked) < count:
        row = ctx.raw.execute("SELECT rep_id, starts_at FROM appointment WHERE id = ?",
                              (ctx.rng.randint(1, top),)).fetchone()
        if row is not None:
            day = datetime.fromtimestamp(int(row[1])).astimezone().date()
            picked.append((int(row[0]), day - timedelta(days=day.weekday())))
    return picked


def week_view(ctx: BenchContext) -> Figure:
    """The tab switching to another rep's week: its appointments queried and laid out, and
    the tab rendered to an image."""
    window = ctx.window
    tab = window.appointments
    previous = window.tabs.currentIndex()
    window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    tab.set_view("week")
    ctx.settle()
    image = QImage(tab.size(), QImage.Format.Format_ARGB32_Premultiplied)
    weeks = _rep_weeks(ctx, WEEKS)

    def action(item: tuple[int, date]) -> None:
        rep_id, monday = item
        combo = tab.rep_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(rep_id))
        combo.blockSignals(False)
        tab.day = monday
        tab.reload()
        tab.render(image)

    try:
        figure = ctx.measure("week view of one rep (rendered)", 50, weeks, action)
    finally:
        window.tabs.setCurrentIndex(previous)
        ctx.settle()
    shown = [len(tab.grid.blocks)]
    figure.notes.append(f"{WEEKS} (rep, week) pairs of seeded appointments; the last week "
                        f"showed {shown[0]} appointments")
    return figure
