"""`export appointments FILE.ics [--rep NAME] [--from DAY] [--to DAY]`: iCalendar invites."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import one_line_errors, open_existing_database, parse_day


def register(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = kinds.add_parser("appointments", parents=[common],
                              help="appointments as an iCalendar (.ics) invite file")
    parser.add_argument("file", type=Path, metavar="FILE.ics")
    parser.add_argument("--rep", metavar="NAME", help="only this rep's appointments")
    parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day (included)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    first = parse_day(args.first, "--from") if args.first else None
    last = parse_day(args.last, "--to") if args.last else None
    open_existing_database(args.db)
    from app.services.appointment_export import export_range_ics
    from app.services.errors import ValidationError

    with one_line_errors(ValidationError):
        count = export_range_ics(args.file, args.rep, first, last)
    print(f"wrote {count:,} appointment(s) to {args.file}")
    return 0
