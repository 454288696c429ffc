"""The rules layer's most frequent messages, worded here in the interface language from the
facts the errors carry (the services word them in English, with the values inside)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.errors import NotFoundError, ValidationError
from app.services.phones import format_for_display
from app.ui.local_time import day_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServiceMessages", text)


def error_text(exc: ValidationError | NotFoundError) -> str:
    """What went wrong, naming the field: a clash of appointments in the interface language,
    any other message as the service words it."""
    from app.services.appointments import ClashError

    if isinstance(exc, ClashError):
        clash = exc.clash
        start = datetime.fromtimestamp(clash.starts_at).astimezone()
        end = datetime.fromtimestamp(clash.ends_at).astimezone()
        return (_tr("Start: clashes with %1 on %2 %3–%4 (travel buffer included)")
                .replace("%2", day_text(start, "ddd dd MMM yyyy"))
                .replace("%3", f"{start:%H:%M}").replace("%4", f"{end:%H:%M}")
                .replace("%1", clash.customer))
    if isinstance(exc, ValidationError):
        return f"{exc.field}: {exc.message}"
    return str(exc)


def unassigned_number(field: str, e164: str) -> str:
    """The warning for a possible number that no operator has been given."""
    return (_tr("%1: %2 is not an assigned number in its country")
            .replace("%2", format_for_display(e164, "ZZ")).replace("%1", field))
