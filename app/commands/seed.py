"""`seed`: fill a database with realistic fake data, in bulk."""

from __future__ import annotations

import argparse
import time

from app.commands.errors import CliError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("seed", parents=[common], help="fill a database with fake data")
    parser.add_argument("--contacts", type=int, default=1000, metavar="N")
    parser.add_argument("--calls", type=int, default=None, metavar="N",
                        help="calls spread over all contacts (default: 3 per new contact)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed")
    parser.add_argument("--region", default="IN", metavar="CC",
                        help="home country stored as the default region (default IN)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.contacts < 0:
        raise CliError("--contacts must be 0 or more")
    if args.calls is not None and args.calls < 0:
        raise CliError("--calls must be 0 or more")
    from app.db.connection import open_database
    from app.seed.contacts import seed_contacts
    from app.services.settings import get_setting, set_default_region

    open_database(args.db)
    if not get_setting("default_region"):
        set_default_region(args.region)
    started = time.perf_counter()
    added = seed_contacts(args.contacts, seed=args.seed) if args.contacts else 0
    print(f"seeded {added:,} contacts in {time.perf_counter() - started:.1f} s into {args.db}")
    from app.seed.calls import seed_calls

    started = time.perf_counter()
    calls = seed_calls(3 * args.contacts if args.calls is None else args.calls, seed=args.seed)
    print(f"seeded {calls:,} calls in {time.perf_counter() - started:.1f} s")
    return 0
