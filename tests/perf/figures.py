"""The registry of benchmark figures. Add a figure with one line here."""

from __future__ import annotations

from collections.abc import Callable

from tests.perf import (
    appointments_figures,
    calls_figures,
    contacts_figures,
    mail_figures,
    quotes_figures,
    reports_figures,
    server_figures,
)
from tests.perf.context import BenchContext
from tests.perf.stats import Figure

# In-process figures: each gets the BenchContext (real main window on the bench database).
IN_PROCESS: list[Callable[[BenchContext], Figure]] = [
    contacts_figures.open_contacts_tab,
    contacts_figures.scroll_contacts,
    contacts_figures.search_as_you_type,
    contacts_figures.phone_digit_search,
    contacts_figures.contact_detail,
    calls_figures.log_call_and_refresh,
    appointments_figures.week_view,
    quotes_figures.quote_pdf,
    mail_figures.email_quote_dialog,
    reports_figures.report_quarter,
    reports_figures.report_year,
    reports_figures.report_quarter_source,
    reports_figures.report_drill_down,
    reports_figures.report_today_load,
]

# Only on a PostgreSQL server (BENCH_DB=postgresql://…).
SERVER_ONLY: list[Callable[[BenchContext], Figure]] = [
    server_figures.change_from_another_client,
]
