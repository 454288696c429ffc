"""`report KIND --from DAY --to DAY [--user NAME] [--rep NAME] FILE.csv|FILE.pdf`: one report
for a period, the same table (and chart, in a PDF) the Reports tab shows for it."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import one_line_errors, open_existing_database, parse_day
from app.commands.errors import CliError

KINDS = ("funnel", "activity", "hours", "handoff", "sources", "quotes", "upsell")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("report", parents=[common],
                                   help="a report for a period to a CSV or PDF file")
    parser.add_argument("kind", choices=KINDS, metavar="|".join(KINDS))
    parser.add_argument("file", type=Path, metavar="FILE.csv|FILE.pdf")
    parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True,
                        help="first day")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True,
                        help="last day (included)")
    parser.add_argument("--user", metavar="NAME", help="only this seller (login or name)")
    parser.add_argument("--rep", metavar="NAME", help="only this rep's appointments")
    parser.add_argument("--source", default="", help="only contacts from this source")
    parser.add_argument("--tag", default="", help="only contacts with this tag")
    parser.set_defaults(handler=run)


def _seller(name: str) -> tuple[int, str]:
    from app.db.users import all_users

    wanted = name.strip().casefold()
    users = all_users()
    for user in users:
        if wanted in (user.login.casefold(), user.shown_name.casefold()):
            return user.id, user.shown_name
    known = ", ".join(u.shown_name for u in users) or "none"
    raise CliError(f"--user: nobody called '{name}' (users: {known})")


def run(args: argparse.Namespace) -> int:
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    open_existing_database(args.db)
    from app.services.errors import ValidationError
    from app.services.money import format_money, locale_for_region
    from app.services.report_export import export_format, export_report
    from app.services.report_periods import period_for
    from app.services.reports import ReportFilter
    from app.services.reps import find_rep
    from app.services.settings import default_region
    from app.ui.report_view import BUILDERS, filter_text, report_names

    with one_line_errors(ValidationError, OSError):
        export_format(args.file)
        seller_id, seller = _seller(args.user) if args.user else (None, "")
        rep = find_rep(args.rep) if args.rep else None
        period = period_for("custom", first=first, last=last)
        f = ReportFilter(period, seller_id, rep.id if rep else None, args.source, args.tag)
        locale = locale_for_region(default_region())
        view = BUILDERS[args.kind](f, lambda minor, currency: format_money(minor, currency,
                                                                            locale))
        sheet = view.sheet(report_names()[args.kind],
                           filter_text(f, seller, rep.name if rep else ""))
        written = export_report(sheet, args.file)
    print(f"wrote the {args.kind} report ({len(sheet.rows):,} rows) to {written}")
    return 0
