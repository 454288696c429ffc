"""The words shown for stored status codes of contacts, quotes and appointments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.translations import QT_TRANSLATE_NOOP

_NAMES = {
    "lead": QT_TRANSLATE_NOOP("StatusNames", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("StatusNames", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("StatusNames", "Customer"),
    "inactive": QT_TRANSLATE_NOOP("StatusNames", "Inactive"),
    "draft": QT_TRANSLATE_NOOP("StatusNames", "Draft"),
    "sent": QT_TRANSLATE_NOOP("StatusNames", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("StatusNames", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("StatusNames", "Declined"),
    "expired": QT_TRANSLATE_NOOP("StatusNames", "Expired"),
    "void": QT_TRANSLATE_NOOP("StatusNames", "Void"),
    "revised": QT_TRANSLATE_NOOP("StatusNames", "Revised"),
    "scheduled": QT_TRANSLATE_NOOP("StatusNames", "Scheduled"),
    "confirmed": QT_TRANSLATE_NOOP("StatusNames", "Confirmed"),
    "completed": QT_TRANSLATE_NOOP("StatusNames", "Completed"),
    "no_show": QT_TRANSLATE_NOOP("StatusNames", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("StatusNames", "Cancelled"),
    "rescheduled": QT_TRANSLATE_NOOP("StatusNames", "Rescheduled"),
}


def status_name(code: str) -> str:
    """'lead' -> 'Lead' in the interface language; an unknown code is shown as it is."""
    name = _NAMES.get(code)
    return QCoreApplication.translate("StatusNames", name) if name else code.capitalize()
