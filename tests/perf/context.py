"""What every in-process figure gets: the real main window on the benchmark database, a raw
sqlite3 connection on the same file (on a server, a plain psycopg connection), a seeded RNG
and `measure`, which times an action over a list of inputs and replays the SQL it ran through
that plain connection.

A new figure is a function ``(ctx: BenchContext) -> Figure`` added to ``FIGURES`` in
``tests/perf/figures.py``; see ``tests/perf/pending.py`` for the ones waiting on features.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication

from tests.perf.sqlreplay import captured_sql, raw_connection, replay_ms
from tests.perf.stats import Figure

T = TypeVar("T")
WINDOW_SIZE = (1280, 800)


class BenchContext:
    def __init__(self, db_path: str) -> None:
        from app.db.connection import open_database
        from app.db.postgres import is_postgres_url
        from app.services.settings import default_region
        from app.ui.app_context import AppContext
        from app.ui.application import make_application
        from app.ui.main_window import MainWindow

        self.db_path = db_path
        self.server = is_postgres_url(db_path)  # a PostgreSQL server rather than a file
        self.app: QApplication = make_application()
        open_database(db_path)
        self.app_ctx = AppContext(db_path=db_path, home_region=default_region())
        self.window = MainWindow(self.app_ctx)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.settle()
        self.raw: Any = raw_connection(db_path)  # sqlite3, or sqlreplay_postgres.RawServer
        self.rng = random.Random(20261126)
        self._max_contact_id = int(self.raw.execute("SELECT max(id) FROM contact").fetchone()[0])

    def settle(self) -> None:
        """Let pending layout and paint events run (not timed)."""
        for _ in range(3):
            self.app.processEvents()

    def sample_contact_ids(self, count: int) -> list[int]:
        return [self.rng.randint(1, self._max_contact_id) for _ in range(count)]

    def sample_rows(self, sql: str, count: int) -> list[tuple[Any, ...]]:
        """*count* rows of *sql* (which must select by ``id = ?``) for random contact ids."""
        rows: list[tuple[Any, ...]] = []
        while len(rows) < count:
            row = self.raw.execute(sql, (self.rng.randint(1, self._max_contact_id),)).fetchone()
            if row is not None:
                rows.append(tuple(row))
        return rows

    def measure(
        self,
        name: str,
        goal_ms: float,
        inputs: Sequence[T],
        action: Callable[[T], float | None],
        *,
        goal_stat: str = "p95",
        raw: bool = True,
        between: Callable[[], None] | None = None,
    ) -> Figure:
        """Time *action* once per input. If *action* returns a ``perf_counter()`` value, the
        sample ends there (e.g. when a model signalled its reset); otherwise when it returns.

        A first untimed pass records the SQL each input runs (and warms the caches); the
        timed pass follows, then the recorded SQL is replayed through plain sqlite3 (once to
        warm its own page cache, once timed).
        """
        settle = between or self.settle
        statements: list[list[str]] = []
        for item in inputs:
            with captured_sql() as sql:
                action(item)
            statements.append(sql)
            settle()
        samples: list[float] = []
        gc.collect()
        for item in inputs:
            started = time.perf_counter()
            ended = action(item)
            samples.append(((ended or time.perf_counter()) - started) * 1000)
            settle()
        raw_samples = None
        if raw:
            for sql in statements:  # the raw connection's page cache gets the same warm-up
                replay_ms(self.raw, sql)
            raw_samples = [replay_ms(self.raw, sql) for sql in statements]
        return Figure(name, samples, goal_ms, goal_stat, raw_samples)

    def close(self) -> None:
        from app.db.connection import close_database

        self.window.close()
        self.window.deleteLater()
        self.settle()
        self.raw.close()
        close_database()
