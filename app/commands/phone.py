"""`phone NUMBER`: how CallDesk reads a number typed any way, and how it shows it."""

from __future__ import annotations

import argparse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "phone", parents=[common],
        help="show how a number is read (E.164) and shown at home and abroad")
    parser.add_argument("number")
    parser.add_argument("--region", metavar="CC", default="",
                        help="home country for numbers without +code (default: the database's)")
    parser.set_defaults(handler=run, db_is_optional=True)


def run(args: argparse.Namespace) -> int:
    from app.commands.common import one_line_errors
    from app.services.errors import ValidationError
    from app.services.phones import format_for_display, is_known_region, parse_phone

    region = args.region.upper()
    if not region:
        from app.commands.common import open_existing_database
        from app.services.settings import default_region

        open_existing_database(args.db)
        region = default_region()
    if not is_known_region(region):
        from app.commands.errors import CliError

        raise CliError(f"--region: '{args.region}' is not a known country code")
    with one_line_errors(ValidationError):
        parsed = parse_phone(args.number, region, "Number")
    abroad = "US" if region != "US" else "GB"
    print(f"stored:  {parsed.e164}" + (f" ext. {parsed.extension}" if parsed.extension else ""))
    print(f"at home: {format_for_display(parsed.e164, region)}")
    print(f"abroad:  {format_for_display(parsed.e164, abroad)}")
    if parsed.warning:
        print(f"warning: {parsed.warning}")
    return 0
