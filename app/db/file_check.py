"""Whether a file is a CallDesk database, found out without writing a byte to it.

Opening sets pragmas that write (``journal_mode=wal`` rewrites the file header), so another
program's SQLite file must be recognised and refused before that: it is looked at through a
read-only connection first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Tables the first schema step creates; another program's file is unlikely to have them all.
CALLDESK_TABLES = frozenset({"contact", "phone", "email", "call_outcome", "quote_sequence",
                             "setting"})
_MAGIC = b"SQLite format 3\x00"


def not_calldesk_reason(path: str | Path) -> str | None:
    """Why the file at *path* must not be opened as a CallDesk database, or None when it can
    be (it is one, it is empty, or it does not exist yet)."""
    target = Path(path).expanduser()
    try:
        if not target.exists() or target.stat().st_size == 0:
            return None
        with target.open("rb") as handle:
            header = handle.read(len(_MAGIC))
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if header != _MAGIC:
        return "it is not a SQLite database"
    try:
        conn = sqlite3.connect(target.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return f"it cannot be read ({exc})"
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        return f"it cannot be read ({exc})"
    finally:
        conn.close()
    if version == 0 and not tables:
        return None  # an empty SQLite file: it becomes a CallDesk database
    from app.db.migrations import LATEST_VERSION

    if version > LATEST_VERSION and (not tables or "contact" in tables):
        return None  # a newer CallDesk's file: the upgrade step refuses it, saying so
    if not tables >= CALLDESK_TABLES:
        return "it is another program's SQLite database"
    return None
