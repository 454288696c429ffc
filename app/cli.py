"""Command line: `python main.py [--db PATH] [COMMAND ...]`; no command opens the window."""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

from app.commands.errors import CliError

if TYPE_CHECKING:
    import argparse

COMMAND_MODULES = [
    "app.commands.seed",
    "app.commands.demo",
    "app.commands.screenshot",
    "app.commands.import_contacts",
    "app.commands.export",
    "app.commands.report",
    "app.commands.agenda",
    "app.commands.quote",
    "app.commands.backup",
    "app.commands.check",
    "app.commands.phone",
    "app.commands.users",
    "app.commands.move_to",
    "app.commands.mail",
    "app.commands.appointment",
]
OPENABLE = (".csv", ".vcf", ".vcard")  # files the window opens as an import


def build_parser() -> argparse.ArgumentParser:
    # argparse is not needed to open the window, so it is not paid for at startup.
    import argparse

    from app.commands.one_line_parser import OneLineParser

    common = OneLineParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: CallDesk's file in your data folder)")
    from app.services.languages import LANGUAGES

    common.add_argument("--lang", choices=list(LANGUAGES), default=argparse.SUPPRESS,
                        help="interface language for this run (default: the one in Settings)")
    parser = OneLineParser(
        prog="calldesk", parents=[common],
        description="CallDesk: contacts, calls, appointments and quotes for phone sellers.",
    )
    from app import __version__

    parser.add_argument("--version", action="version", version=f"CallDesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def _resolve_db(args: argparse.Namespace | SimpleNamespace) -> None:
    given = getattr(args, "db", None)
    args.db_given = given
    if given is None:
        from app.paths import default_db_path

        args.db = str(default_db_path())


def _window_args(argv: list[str]) -> SimpleNamespace | None:
    """The common start (no arguments, --db or --lang, or files to import, as a file manager
    passes them, options before or after): skips building every command's parser, which
    costs startup time. Any existing file is offered for import (the import dialog says
    which formats it reads); anything else, such as a command, is left to argparse."""
    from pathlib import Path

    from app.services.languages import LANGUAGES

    rest, args = list(argv), SimpleNamespace(command=None, open_files=[])
    while rest:
        item = rest.pop(0)
        if item in ("--db", "--lang") and rest and not rest[0].startswith("-"):
            if item == "--lang" and rest[0] not in LANGUAGES:
                return None  # argparse names the languages there are
            setattr(args, item[2:], rest.pop(0))
        elif not item.startswith("-") and (item.lower().endswith(OPENABLE)
                                           or Path(item).is_file()):
            args.open_files.append(item)
        else:
            return None
    return args


def main(argv: list[str]) -> int:
    args = _window_args(argv) or build_parser().parse_args(argv)
    _resolve_db(args)
    try:
        if args.command is None:
            if os.environ.get("CALLDESK_EXIT_AFTER_PAINT"):
                from app.ui.startup_probe import exit_after_first_paint

                exit_after_first_paint()
            from app.ui.application import run_gui

            return run_gui(args.db, getattr(args, "open_files", []), getattr(args, "lang", None))
        return int(args.handler(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error, ValueError) as exc:
        from app.db.errors import describe_storage_error

        text = describe_storage_error(exc) if isinstance(exc, OSError | sqlite3.Error) else exc
        print(f"error: {text}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: one line, never a traceback
        from app.db.connection import DatabaseOpenError
        from app.db.migrations import MigrationError

        if isinstance(exc, DatabaseOpenError | MigrationError):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        import peewee

        if isinstance(exc, peewee.DatabaseError):  # peewee's wrapping of sqlite3's errors
            from app.db.errors import describe_storage_error

            print(f"error: {describe_storage_error(exc)}", file=sys.stderr)
            return 1
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
