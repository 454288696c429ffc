"""A background job (see app.services.background_job) seen from the window: a child process
whose messages come back as Qt signals, handled in the UI thread. A listening thread waits on
the pipe; it holds the interpreter lock only for the moment a message arrives."""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.background_job import run_job
from app.ui.job_signals import JobSignals

# How long a stopped child may take to roll back its transaction before it is killed.
STOP_WAIT_S = 5


class ProcessTask:
    def __init__(self, db_path: str, job: str, **kwargs: Any) -> None:
        self.signals = JobSignals()
        self.done = threading.Event()
        self._stopping = False  # stopped on purpose: nothing more to tell the window
        # "spawn": a fork of a process running Qt threads is not safe.
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe()
        self._child_conn = child_conn
        self.process = context.Process(target=run_job, args=(child_conn, db_path, job, kwargs),
                                       name=f"calldesk-{job}", daemon=True)

    def start(self) -> None:
        self.process.start()
        self._child_conn.close()  # the child's end: only the child holds it now
        threading.Thread(target=self._listen, name="calldesk-job-listener",
                         daemon=True).start()

    def cancel(self) -> None:
        """Ask the job to stop; it rolls back at its next progress report."""
        if not self.done.is_set():
            with contextlib.suppress(OSError):  # already over: its last message is on the way
                self._conn.send("cancel")

    def stop(self) -> None:
        """End the child now (the window is closing); its transaction is rolled back."""
        self._stopping = True
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(STOP_WAIT_S)
        if self.process.is_alive():  # stuck (or starved of CPU): nothing it did is kept anyway
            self.process.kill()
            self.process.join()

    def _emit(self, signal_name: str, *args: object) -> None:
        if self._stopping:
            return
        with contextlib.suppress(RuntimeError):  # the window (and the signals) are gone
            getattr(self.signals, signal_name).emit(*args)

    def _listen(self) -> None:
        outcome: tuple[Any, ...] | None = None
        try:
            while outcome is None:
                message = self._conn.recv()
                if message[0] == "progress":
                    self._emit("progress", message[1], message[2])
                else:
                    outcome = message  # finished, cancelled or failed
        except (EOFError, OSError):
            pass  # the child ended without a word: said below, with its exit code
        try:
            self.process.join(5)
            self._conn.close()
            if outcome is None:
                outcome = ("failed", QCoreApplication.translate(
                    "ProcessTask", "the background process stopped unexpectedly (exit code %1)")
                    .replace("%1", str(self.process.exitcode)))
            self._emit(*outcome)
        finally:
            self.done.set()
