"""Noticing writes, on either engine: our own (so backups know there is something new) and
other people's (so open windows refresh).

SQLite: ``total_changes`` counts this connection's writes and ``PRAGMA data_version`` moves
when another connection commits. PostgreSQL: every data table has a statement trigger that
sends ``NOTIFY calldesk_changes`` with the writer's backend pid (migration v005); a second,
listening connection collects them, and the pid tells our writes from everyone else's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.db.connection import db, is_postgres

CHANNEL = "calldesk_changes"


@dataclass
class ChangeCheck:
    own_writes: bool
    others_wrote: bool


class SqliteChanges:
    # Reading data_version is a file-system round trip: every two seconds is plenty.
    poll_ms = 2_000

    def __init__(self) -> None:
        self._version = self._data_version()
        self._total = self._total_changes()

    @staticmethod
    def _data_version() -> int:
        return int(db.execute_sql("PRAGMA data_version").fetchone()[0])

    @staticmethod
    def _total_changes() -> int:
        return int(db.connection().total_changes)

    def check(self) -> ChangeCheck:
        total, version = self._total_changes(), self._data_version()
        result = ChangeCheck(total != self._total, version != self._version)
        self._total, self._version = total, version
        return result

    def socket(self) -> int | None:
        """Nothing to watch: another process's commit is only seen by asking."""
        return None

    def close(self) -> None:
        pass


@dataclass
class ServerChanges:
    """Listens on its own connection, so a long transaction of ours never delays the news."""

    url: str
    _listener: Any = field(default=None, init=False)
    # Collecting notifications already received costs no round trip: look often, so another
    # person's change shows well within two seconds.
    poll_ms = 250

    _closed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self._listen()

    def _listen(self) -> None:
        import psycopg

        self._listener = psycopg.connect(self.url, autocommit=True, connect_timeout=5)
        self._listener.execute(f"LISTEN {CHANNEL}")

    def check(self) -> ChangeCheck:
        import psycopg

        if self._closed:  # closed: nothing more to hear
            return ChangeCheck(False, False)
        if self._listener is None or self._listener.closed or self._listener.broken:
            # The server restarted or the network dropped: listen again (raises while the
            # server is still away); news may have been missed meanwhile, so say "changed".
            self._listener = None
            self._listen()
            return ChangeCheck(False, True)
        mine = str(db.connection().info.backend_pid)
        own = others = False
        try:
            for note in self._listener.notifies(timeout=0):
                if note.payload.split(" ", 1)[0] == mine:
                    own = True
                else:
                    others = True
        except psycopg.OperationalError:
            self._listener = None  # listen again at the next check
            raise
        return ChangeCheck(own, others)

    def socket(self) -> int | None:
        """The listening connection's socket: readable as soon as a notification arrives, so
        a window can check at once instead of at its next poll."""
        return None if self._listener is None else int(self._listener.fileno())

    def close(self) -> None:
        self._closed = True
        if self._listener is not None:
            self._listener.close()
            self._listener = None


def watch_changes(url: str) -> SqliteChanges | ServerChanges:
    """A watcher for the open database (*url* is its address, for the listening connection)."""
    return ServerChanges(url) if is_postgres() else SqliteChanges()
