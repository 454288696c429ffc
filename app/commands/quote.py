"""`quote pdf NUMBER FILE.pdf [--proforma]`: print a quote (or the same document as a
proforma invoice) to a PDF file without opening the window."""

from __future__ import annotations

import argparse
import sys

from app.commands.common import require_database
from app.commands.errors import CliError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("quote", parents=[common], help="work with quotes")
    actions = parser.add_subparsers(dest="quote_action", metavar="ACTION", required=True)
    pdf = actions.add_parser("pdf", parents=[common], help="write a quote as a PDF file")
    pdf.add_argument("number", help="quote number, e.g. Q-0042 or Q-0042-R1")
    pdf.add_argument("file", help="the PDF file to write")
    pdf.add_argument("--proforma", action="store_true",
                     help="print it as a proforma invoice instead of a quotation")
    pdf.set_defaults(handler=run_pdf)
    email = actions.add_parser("email", parents=[common],
                               help="email a quote with its PDF attached")
    email.add_argument("number", help="quote number, e.g. Q-0042 or Q-0042-R1")
    email.add_argument("--to", required=True, metavar="ADDRESS")
    email.add_argument("--template", default="quote", metavar="NAME")
    email.add_argument("--queue-only", action="store_true",
                       help="leave it in the outbox (mail send-outbox sends it)")
    email.set_defaults(handler=run_email)


def run_email(args: argparse.Namespace) -> int:
    from app.commands.common import open_existing_database
    from app.commands.mail import send_now
    from app.services.errors import NotFoundError, ValidationError
    from app.services.quote_mail import email_quote
    from app.services.quotes import quote_id_by_number

    open_existing_database(args.db)
    try:
        message_id = email_quote(quote_id_by_number(args.number), args.to, args.template)
    except (NotFoundError, ValidationError) as exc:
        raise CliError(str(exc).strip("'\"")) from None
    print(f"{args.number.strip()} to {args.to}: in the outbox (message {message_id}); the "
          "quote is marked sent")
    return 0 if args.queue_only else send_now(message_id)


def run_pdf(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.db.connection import open_database
    from app.pdf.quote import write_quote_pdf_by_number
    from app.services.errors import NotFoundError

    require_database(args.db)
    target = Path(args.file)
    if not target.parent.expanduser().resolve().is_dir():
        raise CliError(f"folder {target.parent} does not exist")
    open_database(args.db)
    warnings: list[str] = []
    try:
        written = write_quote_pdf_by_number(args.number, target, warnings, args.proforma)
    except NotFoundError as exc:
        raise CliError(str(exc).strip("'\"")) from None
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(written)
    return 0
