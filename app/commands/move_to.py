"""`move-to TARGET --db SOURCE`: copy the whole database into a new, empty one (a PostgreSQL
server database or a new file), then prove the copy table by table."""

from __future__ import annotations

import argparse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "move-to", parents=[common],
        help="copy the whole database into an empty PostgreSQL database or a new file",
        description="Copy every contact, call, appointment, quote and setting, with their "
                    "ids, from the database given with --db into TARGET: an empty "
                    "PostgreSQL database (postgresql://user@host:port/name) or a new .db "
                    "file. The source is only read. Row counts and a checksum of every table "
                    "are compared afterwards; the exit status is 2 when any differ.")
    parser.add_argument("target", metavar="TARGET",
                        help="postgresql:// URL of an empty database, or a new .db file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.commands.common import one_line_errors
    from app.db.copy_database import MoveError, move_database

    with one_line_errors(MoveError):
        report = move_database(args.db, args.target, progress=print)
    width = max([len("table")] + [len(t.table) for t in report.tables])
    print(f"{'table':<{width}}  {'source rows':>12}  {'target rows':>12}  checksum")
    for check in report.tables:
        mark = "ok" if check.ok else f"DIFFERS (target {check.target_sum[:16]})"
        print(f"{check.table:<{width}}  {check.source_rows:>12,}  {check.target_rows:>12,}  "
              f"{check.source_sum[:16]}  {mark}")
    print(f"moved {report.rows:,} rows from {report.source} to {report.target} in "
          f"{report.copy_seconds:.1f} s (checked in {report.verify_seconds:.1f} s)")
    if report.ok:
        return 0
    bad = [t.table for t in report.tables if not t.ok]
    print(f"error: the copy differs from the source in {', '.join(bad)}; "
          f"do not use {report.target}")
    return 2
