"""Backups of a database on a PostgreSQL server: ``pg_dump --format=custom`` into one file,
restored with ``pg_restore``. Like file backups, the dump is written under a temporary name,
checked (``pg_restore --list`` reads it whole) and only then renamed into place.

Without a destination the dump goes into ``server-backups`` in CallDesk's data folder on this
machine, named ``<database>-<UTC time>-<reason>.dump``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from app.db.backup import BackupError

SERVER_BACKUP_DIR_NAME = "server-backups"
_STAMP = "%Y%m%dT%H%M%S%fZ"
NO_PG_DUMP = ("pg_dump is not on the PATH: install PostgreSQL's client programs (Debian and "
              "Ubuntu: apt install postgresql-client, the server's version or newer) to back "
              "up a server database")


def server_backup_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("CallDesk", appauthor=False)) / SERVER_BACKUP_DIR_NAME


def _without_password(url: str) -> tuple[str, str | None]:
    """(*url* without its password, the password): the password goes to pg_dump through its
    environment, never on a command line other users can read."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip(), None
    user = parts.username or ""
    netloc = parts.netloc.rsplit("@", 1)[1]
    bare = parts._replace(netloc=f"{user}@{netloc}" if user else netloc).geturl()
    return bare, unquote(parts.password)


def _tool_env(password: str | None) -> dict[str, str]:
    env = dict(os.environ, PGCONNECT_TIMEOUT="5", PGAPPNAME="CallDesk backup")
    if password is not None:
        env["PGPASSWORD"] = password
    return env


def _error_line(stderr: str, url: str) -> str:
    from app.db.postgres import redacted

    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = next((line for line in lines if "error" in line.lower()), lines[0] if lines else "")
    _, password = _without_password(url)
    if password:
        text = text.replace(password, "***")
    return text.replace(url.strip(), redacted(url)) or "no message"


def _target(url: str, reason: str, dest: str | Path | None, moment: datetime) -> Path:
    from app.db.postgres import url_database

    name = f"{url_database(url) or 'calldesk'}-{moment.astimezone(UTC).strftime(_STAMP)}-" \
           f"{reason}.dump"
    if dest is None:
        folder = server_backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name
    target = Path(dest).expanduser()
    if str(dest).endswith(("/", os.sep)):
        target.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        return target / name
    if not target.parent.is_dir():
        raise BackupError(f"folder {target.parent} does not exist")
    return target


def _require_server(url: str) -> None:
    """A one-line reason when the server cannot be reached, before pg_dump says it longer."""
    from app.db.postgres import connect_failure_message

    try:
        import psycopg

        psycopg.connect(url.strip(), connect_timeout=5).close()
    except Exception as exc:  # psycopg's connection errors
        raise BackupError(connect_failure_message(url, exc)) from exc


def take_server_backup(url: str, reason: str, *, dest: str | Path | None = None,
                       now: datetime | None = None) -> Path:
    """Dump the database at *url* into *dest* (a file or folder; default server_backup_dir)."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(NO_PG_DUMP)
    _require_server(url)
    target = _target(url, reason, dest, now or datetime.now(UTC))
    partial = target.with_name(target.name + ".partial")
    bare, password = _without_password(url)
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", "--no-password", f"--file={partial}",
             f"--dbname={bare}"],
            env=_tool_env(password), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BackupError(f"pg_dump failed: {_error_line(done.stderr, url)}")
        _require_readable(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target


def _require_readable(dump: Path) -> None:
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:  # pg_dump without pg_restore: nothing to read it back with
        return
    done = subprocess.run([pg_restore, "--list", str(dump)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise BackupError(f"the dump cannot be read back: {_error_line(done.stderr, '')}")


def restore_command(url: str, dump: Path) -> str:
    """How a person restores *dump* into an empty database at *url* (shown, not run)."""
    from app.db.postgres import redacted

    return f"pg_restore --no-owner --dbname={redacted(url)} {dump}"
