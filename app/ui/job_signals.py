"""Signals of a background job (ProcessTask); they live in the UI thread, so slots run there."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # a one-line message for a person
    cancelled = Signal()
