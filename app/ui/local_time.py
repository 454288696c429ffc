"""Stored UTC moments shown in the person's local time and locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def minute_text(epoch: int) -> str:
    """A stored moment (epoch seconds) in local time, to the minute: 2026-06-30 14:05."""
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


def local_text(moment: datetime, long: bool = False) -> str:
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(shown, kind)
