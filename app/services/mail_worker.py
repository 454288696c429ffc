"""The outbox worker: a thread that sends what is due, wakes when a message is queued, and
otherwise looks again every so often (so messages queued offline go out once the network is
back); with IMAP set up it also fetches replies every few minutes. It uses its own database
connection (peewee keeps one per thread)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

from app.db.connection import db
from app.services.errors import ValidationError
from app.services.mail_errors import MailError
from app.services.mail_fetch import FetchResult
from app.services.outbox import SendReport, seconds_to_next, send_due

POLL_S = 30.0
FETCH_EVERY_S = 300.0


class OutboxWorker:
    def __init__(self, on_report: Callable[[SendReport], None] | None = None,
                 poll_s: float = POLL_S,
                 on_fetch: Callable[[FetchResult], None] | None = None) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._poll_s = poll_s
        self._on_report = on_report
        self._on_fetch = on_fetch
        self._next_fetch = 0.0
        self._thread: threading.Thread | None = None
        self.last_error = ""

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def fetch_now(self) -> None:
        self._next_fetch = 0.0
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._wake.clear()
                self.step()
                self.maybe_fetch()
                wait = self._poll_s
                with contextlib.suppress(Exception):  # a wait is no reason to stop
                    due = seconds_to_next()
                    # Due now but not sent this round (no password yet): the usual pace.
                    wait = min(self._poll_s, float(due)) if due else self._poll_s
                # Idle without a connection: a restore from backup may replace the file.
                if not db.is_closed():
                    db.close()
                self._wake.wait(wait)
        finally:
            if not db.is_closed():
                db.close()

    def step(self) -> SendReport | None:
        try:
            report = send_due()
        except ValidationError as exc:  # no account yet: nothing can be sent
            self.last_error = str(exc)
            return None
        except Exception as exc:  # the database went away, a bug: keep the thread alive
            self.last_error = f"{type(exc).__name__}: {exc}"
            return None
        self.last_error = ""
        if self._on_report is not None:
            self._on_report(report)
        return report

    def maybe_fetch(self) -> FetchResult | None:
        """Fetch replies when it is time (and IMAP and its password are there)."""
        from app.services.mail_account import load_account
        from app.services.mail_fetch import fetch_replies
        from app.services.mail_password import get_password

        if time.monotonic() < self._next_fetch:
            return None
        self._next_fetch = time.monotonic() + FETCH_EVERY_S
        try:
            account = load_account()
            if account is None or not account.has_imap:
                return None
            password = get_password(account)
            if password is None:
                return None  # asked for when the user sends, or fetches by hand
            result = fetch_replies(account, password)
        except MailError as exc:
            self.last_error = str(exc)
            return None
        except Exception as exc:  # the database went away, a bug: keep the thread alive
            self.last_error = f"{type(exc).__name__}: {exc}"
            return None
        if self._on_fetch is not None:
            self._on_fetch(result)
        return result
