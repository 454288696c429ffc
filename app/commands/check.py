"""`check`: full integrity check of the database; exits non-zero on any problem."""

from __future__ import annotations

import argparse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "check", parents=[common],
        help="check the database for damage; print schema version and row counts",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.db.integrity import full_check

    report = full_check(args.db)
    print(f"database: {report.path}")
    if report.schema_version is not None:
        note = "" if report.schema_version == report.latest_version else (
            f" (this CallDesk uses {report.latest_version})")
        print(f"schema version: {report.schema_version}{note}")
    if report.row_counts:
        width = max(len(name) for name in report.row_counts)
        print("rows:")
        for name, count in report.row_counts.items():
            print(f"  {name:<{width}}  {count:>12,}")
    if report.ok:
        print("integrity: ok")
        return 0
    print(f"integrity: {len(report.problems)} problem(s)")
    for problem in report.problems:
        print(f"  - {problem}")
    return 2
