"""The SQLite database class CallDesk opens: peewee's, with a rollback that keeps the cause.

When the disk fills up (or the file turns out damaged) SQLite rolls the transaction back by
itself. peewee would then send ROLLBACK anyway and fail with "cannot rollback - no transaction
is active", which replaces the error that says what happened."""

from __future__ import annotations

from peewee import SqliteDatabase


class CallDeskDatabase(SqliteDatabase):
    def rollback(self) -> None:
        conn = self._state.conn  # type: ignore[attr-defined]
        if conn is not None and not conn.in_transaction:
            return  # SQLite already rolled back; the original error goes on up
        super().rollback()
