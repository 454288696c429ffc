"""Backups of the database file with SQLite's online backup API, and their rotation.

Backups live in a ``backups`` folder next to the database, one complete SQLite file each,
named ``<stem>-<UTC time>-<reason>.db`` so they sort by time and can be opened by any SQLite
tool. A backup is written to a temporary name and renamed into place, so a crash while it is
being taken never leaves a half file that looks like a backup.

Rotation keeps the newest 10, the newest of each day for the last 14 days and the newest of
each month, for ever (:func:`backups_to_keep` is a pure function over timestamps).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from glob import escape as glob_escape
from pathlib import Path

KEEP_LAST = 10
KEEP_DAILY_DAYS = 14
BACKUP_DIR_NAME = "backups"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)-(?P<reason>[a-z0-9-]+)\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


# Told apart by the scheme alone: importing the server module (peewee, psycopg) would cost a
# file backup a third of a second.
_SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(target: str | Path) -> bool:
    return str(target).strip().lower().startswith(_SERVER_SCHEMES)


class BackupError(Exception):
    """A backup could not be taken or restored; the message says why, in one line."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: str
    size: int


def backup_dir(db_path: str | Path) -> Path:
    return Path(db_path).expanduser().resolve().parent / BACKUP_DIR_NAME


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def parse_backup_name(name: str) -> tuple[str, datetime, str] | None:
    """(database stem, UTC time, reason) of a backup file name, or None for other files."""
    match = _NAME.match(name)
    if match is None:
        return None
    stamp = match["stamp"]
    fmt = _STAMP if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
    moment = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
    return match["stem"], moment, match["reason"]


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Backups of *db_path*, newest first."""
    folder = backup_dir(db_path)
    stem = Path(db_path).stem
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry.name)
        if parsed is None or parsed[0] != stem or not entry.is_file():
            continue
        found.append(BackupInfo(entry, parsed[1], parsed[2], entry.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def connect_existing(path: str | Path) -> sqlite3.Connection:
    """A plain connection to a file that must already exist (never creates an empty one)."""
    if not Path(path).is_file():
        raise BackupError(f"{path} does not exist")
    return sqlite3.connect(Path(path), timeout=5)


def _copy_into(source: sqlite3.Connection, dest: Path) -> None:
    """Copy the whole database (committed WAL content included) into a new file *dest*."""
    partial = dest.with_name(dest.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            # A backup is a self-contained file: no -wal or -shm beside it when opened later.
            target.execute("PRAGMA journal_mode=DELETE")
            target.commit()
        finally:
            target.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest)
    except BaseException:
        # A full disk (or a crash of the copy) must not leave half a backup behind.
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def take_backup(
    db_path: str | Path,
    reason: str,
    *,
    connection: sqlite3.Connection | None = None,
    dest: str | Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Back up *db_path* (through *connection* when given, else a connection of its own).

    Without *dest* the backup goes into the backups folder, which is then rotated. A
    postgresql:// *db_path* is dumped with pg_dump instead (see backup_postgres).
    """
    if is_server_address(db_path):
        from app.db.backup_postgres import take_server_backup

        return take_server_backup(str(db_path), reason, dest=dest, now=now)
    source_path = Path(db_path).expanduser()
    if connection is None and not source_path.is_file():
        raise BackupError(f"{source_path} does not exist")
    moment = now or datetime.now(UTC)
    if dest is None:
        folder = backup_dir(source_path)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{source_path.stem}-{_stamp(moment)}-{reason}.db"
    else:
        target = Path(dest).expanduser()
        if str(dest).endswith(("/", os.sep)):
            target.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            target = target / f"{source_path.stem}-{_stamp(moment)}-{reason}.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        from app.db.protected_files import refuse_database_target

        try:
            refuse_database_target(target, source_path, other_databases=True)
        except OSError as exc:
            raise BackupError(str(exc)) from None
    own = connection is None
    source = connection or connect_existing(source_path)
    try:
        _copy_into(source, target)
    except (sqlite3.Error, OSError) as exc:
        from app.db.errors import describe_storage_error, is_disk_full

        reason = describe_storage_error(exc) if is_disk_full(exc) else str(exc)
        raise BackupError(f"Could not back up {source_path.name}: {reason}") from exc
    finally:
        if own:
            source.close()
    if dest is None:
        prune_backups(source_path, now=moment)
    return target


def backups_to_keep(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times rotation keeps: the newest KEEP_LAST, the newest of each day of the
    last KEEP_DAILY_DAYS days, and the newest of every month."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[:KEEP_LAST])
    daily_from = (now.astimezone(UTC) - timedelta(days=KEEP_DAILY_DAYS)).date()
    days: set[object] = set()
    months: set[tuple[int, int]] = set()
    for moment in ordered:  # newest first, so the first seen of a day/month is its newest
        day = moment.astimezone(UTC).date()
        if day > daily_from and day not in days:
            days.add(day)
            keep.add(moment)
        month = (day.year, day.month)
        if month not in months:
            months.add(month)
            keep.add(moment)
    return keep


def prune_backups(db_path: str | Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; returns the deleted paths."""
    backups = list_backups(db_path)
    keep = backups_to_keep((b.taken_at for b in backups), now or datetime.now(UTC))
    removed = _remove_stale_partials(db_path)
    for backup in backups:
        if backup.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def _remove_stale_partials(db_path: str | Path, age_s: float = 600) -> list[Path]:
    """Half-written backups left by a crash (a backup still being written is younger)."""
    import time

    folder, stem = backup_dir(db_path), Path(db_path).stem
    removed: list[Path] = []
    for partial in folder.glob(f"{glob_escape(stem)}-*.db.partial"):
        with contextlib.suppress(FileNotFoundError):
            if time.time() - partial.stat().st_mtime > age_s:
                partial.unlink()
                removed.append(partial)
    return removed


def file_changed_since(db_path: str | Path, moment: datetime) -> bool:
    """Whether the database (or its WAL) was written after *moment* (file times)."""
    base = Path(db_path).expanduser()
    wal = Path(f"{base}-wal")  # created empty when the database is opened
    stamps = [p.stat().st_mtime for p in (base, wal) if p.is_file() and p.stat().st_size]
    return not stamps or max(stamps) > moment.timestamp()


def backup_if_changed(db_path: str | Path, reason: str) -> Path | None:
    """Back up an existing database unless the newest backup is newer than every write."""
    path = Path(db_path).expanduser()
    if not path.is_file() or path.stat().st_size == 0:
        return None
    newest = list_backups(path)
    if newest and not file_changed_since(path, newest[0].taken_at):
        return None
    return take_backup(path, reason)


def _move_aside(path: Path) -> Path:
    """Move a damaged database, with its -wal (which may hold saved data), out of the way."""
    aside = path.with_name(f"{path.name}.damaged-{_stamp(datetime.now(UTC))}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    return aside


def restore_backup(backup_path: str | Path, db_path: str | Path) -> Path | None:
    """Replace the database at *db_path* by the backup. Every connection to *db_path* must be
    closed. The current file is backed up first (returned), unless it cannot be read at all,
    in which case it is moved aside as ``<name>.damaged-<time>``."""
    source_path = Path(backup_path)
    target = Path(db_path).expanduser()
    check = connect_existing(source_path)
    try:
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"{source_path.name} is damaged; choose another backup")
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source_path.name} is not a readable backup: {exc}") from exc
    finally:
        check.close()
    kept: Path | None = None
    if target.exists():
        try:
            kept = take_backup(target, "before-restore")
        except BackupError:
            _move_aside(target)
    source = connect_existing(source_path)
    try:
        dest = sqlite3.connect(target)
        try:
            # Copying page by page into the live file goes through its own journal: a crash
            # half way leaves the old database, never a mixture.
            source.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dest.close()
    except sqlite3.DatabaseError:
        # The current file is too damaged to be written through SQLite: keep it aside and
        # put a plain copy of the (checked) backup in its place.
        _move_aside(target)
        partial = target.with_name(target.name + ".partial")
        shutil.copyfile(source_path, partial)
        os.replace(partial, target)
    finally:
        source.close()
    return kept


def backup_contact_count(path: str | Path) -> int | None:
    """The number of contacts in a backup (from its counter table when it has one), or None
    when the file cannot be read."""
    try:
        conn = connect_existing(path)
    except BackupError:
        return None
    try:
        try:
            row = conn.execute("SELECT value FROM counter WHERE name = 'contact'").fetchone()
        except sqlite3.OperationalError:  # older schema without counters
            row = conn.execute("SELECT count(*) FROM contact").fetchone()
        return int(row[0]) if row else 0
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick_check."""
    from app.db.integrity import quick_check

    for backup in list_backups(db_path):
        if not quick_check(backup.path):
            return backup
    return None
