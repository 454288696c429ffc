"""Quotes figures: the PDF of a 3-page quote, warm."""

from __future__ import annotations

import io

from tests.perf.context import BenchContext
from tests.perf.stats import Figure

RENDERS = 30


def quote_pdf(ctx: BenchContext) -> Figure:
    """What Save PDF does for a quote of 85 lines (every fifth in Devanagari) with a logo,
    short of the file write: read the quote, the business profile and logo, render the PDF
    (tests/perf/bench_quote_pdf.py builds the quote). The quote and profile are written in a
    transaction that is rolled back afterwards, so the cached database stays as seeded;
    the first (recording) pass loads the fonts, so the timed renders are warm."""
    import pypdf

    from app.db.connection import db
    from app.pdf.quote import render_quote
    from app.services.business import load_logo, load_profile
    from app.services.money import locale_for_region
    from app.services.quotes import get_quote
    from app.services.settings import default_region
    from tests.perf.bench_quote_pdf import build_quote

    sizes: list[int] = []
    with db.atomic() as transaction:
        quote_id = build_quote().id

        def action(_: int) -> None:
            pdf = render_quote(get_quote(quote_id), load_profile(), load_logo(),
                               locale_for_region(default_region()))
            sizes.append(len(pdf))

        try:
            figure = ctx.measure("3-page quote PDF, warm", 50, list(range(RENDERS)), action,
                                 goal_stat="median", raw=False)
            pdf = render_quote(get_quote(quote_id), load_profile(), load_logo())
            pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        finally:
            transaction.rollback()
    figure.notes.append(f"{pages} pages, {sizes[-1]:,} bytes; not database-bound (three "
                        "indexed reads), so no raw-sqlite3 replay")
    return figure
