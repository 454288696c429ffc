"""Stored UTC moments shown in the person's local time and locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def minute_text(epoch: int) -> str:
    """A stored moment (epoch seconds) in local time, to the minute: 2026-06-30 14:05."""
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


def local_text(moment: datetime, long: bool = False) -> str:
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(shown, kind)


def day_text(moment: date | datetime, pattern: str = "ddd dd MMM") -> str:
    """A day (or a local moment) in the interface language's names of days and months:
    'Mon 05 Jan' in English, 'सोम 05 जन॰' in Hindi; *pattern* is Qt's (ddd, MMM, HH:mm)."""
    if isinstance(moment, datetime):
        shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                          QTime(moment.hour, moment.minute, moment.second))
        return QLocale().toString(shown, pattern)
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
