"""Files an export or a backup must never write over: the open database and its companions.

An export is written to a temporary file and renamed over its target, so a target that is the
database itself (say a database named ``contacts.csv``), its ``-wal`` or ``-shm`` file, one of
its backups, or a hard link or symlink to any of these, would replace the data with a CSV or a
PDF. Targets are compared by real path and, for files that exist, by device and inode.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.db.backup import BACKUP_DIR_NAME, parse_backup_name

COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")
SQLITE_MAGIC = b"SQLite format 3\x00"


class ProtectedFileError(OSError):
    """The chosen file is the database, one of its companion files or a backup."""


def open_database_path() -> str | None:
    """The file of the database this process has open, if any."""
    from app.db.connection import db, is_postgres

    if db.obj is None or is_postgres():  # a server's data is no file here
        return None
    name = getattr(db.obj, "database", None)
    if not name or name == ":memory:" or str(name).startswith("file::memory:"):
        return None
    return str(name)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def protected_reason(target: str | Path, db_path: str | Path | None, *,
                     other_databases: bool = False) -> str | None:
    """Why *target* must not be written, or None when it may be. *other_databases*: whether
    another SQLite file may be replaced (a backup refreshing last week's copy may)."""
    chosen = Path(target).expanduser()
    real = Path(os.path.realpath(chosen))
    if db_path is not None:
        base = Path(os.path.realpath(Path(db_path).expanduser()))
        chosen_id = _identity(real)
        for suffix in COMPANION_SUFFIXES:
            companion = Path(f"{base}{suffix}")
            if real == companion or (chosen_id is not None and chosen_id == _identity(companion)):
                what = "the database" if not suffix else f"the database's {suffix} file"
                return f"{chosen.name} is {what} ({base}); choose another file"
        backups = base.parent / BACKUP_DIR_NAME
        if real.parent == backups and real.exists() and (
                parse_backup_name(real.name.removesuffix(".partial"))
                or real.name.endswith(".partial")):
            return f"{chosen.name} is one of the database's backups; choose another file"
    if not other_databases and real.is_file() and _is_sqlite_file(real):
        return f"{chosen.name} is a database file; exporting would overwrite it"
    return None


def refuse_database_target(target: str | Path, db_path: str | Path | None = None, *,
                           other_databases: bool = False) -> None:
    """Raise ProtectedFileError when *target* is the database (the open one by default), one
    of its companion files or backups, or (unless *other_databases*) any SQLite database."""
    reason = protected_reason(target, db_path if db_path is not None else open_database_path(),
                              other_databases=other_databases)
    if reason is not None:
        raise ProtectedFileError(reason)
