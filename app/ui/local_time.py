"""Stored UTC moments shown in the person's local time and locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_text(moment: datetime, long: bool = False) -> str:
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(shown, kind)
