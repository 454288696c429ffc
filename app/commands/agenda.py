"""`agenda pdf --rep NAME --date DAY [FILE.pdf] [--email]`: a rep's printable day sheet,
written to a file and/or emailed to the rep (the same PDF, through the outbox)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import one_line_errors, open_existing_database, parse_day


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("agenda", parents=[common], help="a rep's day on paper")
    kinds = parser.add_subparsers(dest="agenda_kind", metavar="KIND", required=True)
    pdf = kinds.add_parser("pdf", parents=[common], help="day sheet as a PDF")
    pdf.add_argument("--rep", required=True, metavar="NAME")
    pdf.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    pdf.add_argument("file", type=Path, metavar="FILE.pdf", nargs="?")
    pdf.add_argument("--email", action="store_true",
                     help="email the day sheet to the rep (and send it now)")
    pdf.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    day = parse_day(args.date, "--date")
    open_existing_database(args.db)
    from app.services.appointment_export import write_day_sheet
    from app.services.errors import ValidationError

    if args.file is None and not args.email:
        from app.commands.errors import CliError

        raise CliError("give FILE.pdf to write, or --email to send it to the rep")
    if args.file is not None:
        with one_line_errors(ValidationError):
            count = write_day_sheet(args.rep, day, args.file)
        print(f"wrote the day sheet of {args.rep} for {day.isoformat()} "
              f"({count} appointment(s)) to {args.file}")
    if not args.email:
        return 0
    from app.commands.mail import send_now
    from app.services.day_sheet_mail import email_day_sheet
    from app.services.mail_errors import MailError

    with one_line_errors(ValidationError, MailError):
        message_id, count = email_day_sheet(args.rep, day)
    print(f"day sheet of {args.rep} for {day.isoformat()} ({count} appointment(s)): "
          "in the outbox")
    return send_now(message_id)
