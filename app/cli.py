"""Command line: `python main.py [--db PATH] [COMMAND ...]`; no command opens the window."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from typing import NoReturn

from app.commands.errors import CliError

COMMAND_MODULES = [
    "app.commands.seed",
    "app.commands.screenshot",
    "app.commands.import_contacts",
    "app.commands.export",
    "app.commands.agenda",
    "app.commands.quote",
    "app.commands.backup",
    "app.commands.check",
]


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes are reported in one line (and exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: CallDesk's file in your data folder)")
    parser = OneLineParser(
        prog="calldesk", parents=[common],
        description="CallDesk: contacts, calls, appointments and quotes for phone sellers.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def _resolve_db(args: argparse.Namespace) -> None:
    given = getattr(args, "db", None)
    args.db_given = given
    if given is None:
        from app.paths import default_db_path

        args.db = str(default_db_path())


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _resolve_db(args)
    try:
        if args.command is None:
            from app.ui.application import run_gui

            return run_gui(args.db)
        return int(args.handler(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: one line, never a traceback
        from app.db.connection import DatabaseOpenError
        from app.db.migrations import MigrationError

        if isinstance(exc, DatabaseOpenError | MigrationError):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
