"""`backup [DEST]`: copy the database safely, even while CallDesk is open."""

from __future__ import annotations

import argparse

from app.commands.common import one_line_errors
from app.commands.errors import CliError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser(
        "backup", parents=[common],
        help="back up the database (into its backups folder, or to DEST)",
        description="Back up the database with SQLite's online backup API. Without DEST the "
                    "copy goes into the 'backups' folder next to the database and old "
                    "backups are rotated (last 10, one a day for 14 days, one a month). "
                    "A PostgreSQL database (--db postgresql://...) is dumped with pg_dump "
                    "--format=custom, by default into 'server-backups' in CallDesk's data "
                    "folder; pg_restore reads it back.",
    )
    parser.add_argument("dest", nargs="?", metavar="DEST",
                        help="file or folder to write the backup to")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.db.backup import BackupError, is_server_address, take_backup

    if is_server_address(args.db):
        return _run_server(args)
    if not Path(args.db).is_file():
        raise CliError(f"no database at {args.db}")
    with one_line_errors(BackupError):
        written = take_backup(args.db, "manual", dest=args.dest)
    print(f"backed up {args.db} to {written} ({written.stat().st_size:,} bytes)")
    return 0


def _run_server(args: argparse.Namespace) -> int:
    from app.db.backup import BackupError
    from app.db.backup_postgres import restore_command, take_server_backup
    from app.db.postgres import redacted

    with one_line_errors(BackupError):
        written = take_server_backup(args.db, "manual", dest=args.dest)
    print(f"backed up {redacted(args.db)} to {written} ({written.stat().st_size:,} bytes)")
    print(f"restore it into an empty database with: {restore_command(args.db, written)}")
    return 0
