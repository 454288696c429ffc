"""`seed`: fill a database with realistic fake data, in bulk."""

from __future__ import annotations

import argparse
import time

from app.commands.common import one_line_errors
from app.commands.errors import CliError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("seed", parents=[common], help="fill a database with fake data")
    parser.add_argument("--contacts", type=int, default=1000, metavar="N")
    parser.add_argument("--reps", type=int, default=0, metavar="N",
                        help="make sure N field reps exist (default 5 with --appointments)")
    parser.add_argument("--appointments", type=int, default=0, metavar="N",
                        help="add N appointments, never overlapping for the same rep")
    parser.add_argument("--products", type=int, default=0, metavar="N",
                        help="products to add, about a third with add-ons")
    parser.add_argument("--quotes", type=int, default=0, metavar="N",
                        help="quotes to add for random contacts and products")
    parser.add_argument("--calls", type=int, default=None, metavar="N",
                        help="calls spread over all contacts (default: 3 per new contact)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed")
    parser.add_argument("--region", default="IN", metavar="CC",
                        help="home country stored as the default region (default IN)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.contacts < 0:
        raise CliError("--contacts must be 0 or more")
    if args.reps < 0 or args.appointments < 0:
        raise CliError("--reps and --appointments must be 0 or more")
    if args.products < 0 or args.quotes < 0:
        raise CliError("--products and --quotes must be 0 or more")
    if args.calls is not None and args.calls < 0:
        raise CliError("--calls must be 0 or more")
    from app.db.connection import open_database
    from app.seed.contacts import seed_contacts
    from app.services.phones import is_known_region
    from app.services.settings import get_setting, set_default_region

    if not is_known_region(args.region):
        raise CliError(f"--region: '{args.region}' is not a known country code (e.g. IN, US)")

    open_database(args.db)
    if not get_setting("default_region"):
        set_default_region(args.region)
    started = time.perf_counter()
    added = seed_contacts(args.contacts, seed=args.seed) if args.contacts else 0
    print(f"seeded {added:,} contacts in {time.perf_counter() - started:.1f} s into {args.db}")
    _seed_calls(args)
    if args.reps or args.appointments:
        _seed_appointments(args)
    if args.products or args.quotes:
        _seed_quotes(args)
    return 0


def _seed_calls(args: argparse.Namespace) -> None:
    from app.seed.calls import seed_calls

    started = time.perf_counter()
    calls = seed_calls(3 * args.contacts if args.calls is None else args.calls, seed=args.seed)
    print(f"seeded {calls:,} calls in {time.perf_counter() - started:.1f} s")


def _seed_quotes(args: argparse.Namespace) -> None:
    from app.seed.quotes import seed_products, seed_quotes

    started = time.perf_counter()
    products = seed_products(args.products, seed=args.seed) if args.products else 0
    quotes = seed_quotes(args.quotes, seed=args.seed) if args.quotes else 0
    if args.quotes and not quotes:
        raise CliError("--quotes needs contacts and active products in the database")
    print(f"seeded {products:,} products and {quotes:,} quotes in "
          f"{time.perf_counter() - started:.1f} s")


def _seed_appointments(args: argparse.Namespace) -> None:
    from app.seed.appointments import seed_appointments

    started = time.perf_counter()
    reps = args.reps or 5
    with one_line_errors(ValueError):
        added = seed_appointments(args.appointments, reps=reps, seed=args.seed)
    print(f"seeded {reps} rep(s) and {added:,} appointments in "
          f"{time.perf_counter() - started:.1f} s")
