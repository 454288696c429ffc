"""`demo add` / `demo remove`: try CallDesk on made-up data, then take all of it out again."""

from __future__ import annotations

import argparse

from app.commands.common import one_line_errors, open_existing_database


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "demo", parents=[common],
        help="add demo data to an empty database, or remove the demo data again")
    parser.add_argument("action", choices=("add", "remove"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.services.errors import ValidationError

    if args.action == "add":
        from app.db.connection import open_database

        open_database(args.db)  # a new file is fine here: the demo fills it
        from app.seed.demo_set import add_demo

        with one_line_errors(ValidationError):
            count = add_demo()
        print(f"added demo data: {count:,} contacts, tagged 'demo'; "
              "'demo remove' takes it out again")
        return 0
    open_existing_database(args.db)
    from app.seed.demo_set import remove_demo

    with one_line_errors(ValidationError):
        removed = remove_demo()
    print(f"removed demo data: {removed.contacts:,} contacts (with their calls and "
          f"appointments), {removed.quotes:,} quotes, {removed.reps:,} reps, "
          f"{removed.products:,} products")
    return 0
