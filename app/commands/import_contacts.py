"""`import FILE`: import contacts from CSV or vCard; `import --undo-last` takes the newest
import back."""

from __future__ import annotations

import argparse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "import", parents=[common], help="import contacts from a CSV or vCard file",
        description="Import contacts from Google or Outlook CSV, any spreadsheet CSV, or "
                    "vCard 2.1/3.0/4.0. Everything is written in one transaction.")
    parser.add_argument("file", nargs="?", metavar="FILE")
    parser.add_argument("--region", metavar="CC",
                        help="country for numbers without a country code "
                             "(default: the database's home country)")
    parser.add_argument("--format", choices=("csv", "vcard"),
                        help="file format (default: from the extension and contents)")
    parser.add_argument("--no-merge", action="store_true",
                        help="import duplicates as new contacts instead of merging them")
    parser.add_argument("--lenient-quotes", action="store_true",
                        help="read a CSV quote that never closes as text, and the lines it "
                             "would take in as rows (default: refuse the file, naming the "
                             "row)")
    parser.add_argument("--undo-last", action="store_true",
                        help="undo the newest import instead of importing")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.commands.common import one_line_errors
    from app.commands.errors import CliError
    from app.db.connection import open_database
    from app.io.records import ImportFormatError
    from app.services.errors import NotFoundError, ValidationError

    if args.undo_last and args.file:
        raise CliError("give either FILE or --undo-last, not both")
    if not args.undo_last and not args.file:
        raise CliError("give the FILE to import (or --undo-last)")
    open_database(args.db)
    with one_line_errors(ValidationError, ImportFormatError, NotFoundError):
        return _undo() if args.undo_last else _import(args)


def _import(args: argparse.Namespace) -> int:
    from app.commands.errors import CliError
    from app.io.csv_quotes import LooseQuoteError
    from app.services.importer import import_file

    try:
        summary = import_file(args.file, fmt=args.format, region=args.region,
                              merge=not args.no_merge, lenient_quotes=args.lenient_quotes)
    except LooseQuoteError as exc:
        raise CliError(f"{exc.where.where()} {exc.where.sentence()}; nothing was imported. "
                       "Correct the file, or give --lenient-quotes to read that quote as "
                       "text") from None
    print(f"{summary.source}: {summary.headline()} ({summary.seconds:.1f} s)")
    for line in summary.lines():
        print(f"  {line}")
    return 0


def _undo() -> int:
    from app.services.importer import undo_last_import

    result = undo_last_import()
    print(f"undid the import of {result.source}: removed {result.removed:,} contacts, "
          f"restored {result.reverted:,} merged contacts")
    return 0
