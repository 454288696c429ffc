"""Call outcomes in the interface language: the built-in outcomes keep the English label they
were created with in the database; it is shown translated while nobody has renamed it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.translations import QT_TRANSLATE_NOOP

BUILT_IN = (  # the labels of migration v001, for translation
    QT_TRANSLATE_NOOP("Outcomes", "Connected"), QT_TRANSLATE_NOOP("Outcomes", "No answer"),
    QT_TRANSLATE_NOOP("Outcomes", "Busy"), QT_TRANSLATE_NOOP("Outcomes", "Voicemail left"),
    QT_TRANSLATE_NOOP("Outcomes", "Wrong number"),
    QT_TRANSLATE_NOOP("Outcomes", "Not interested"),
    QT_TRANSLATE_NOOP("Outcomes", "Call back later"),
    QT_TRANSLATE_NOOP("Outcomes", "Appointment set"),
    QT_TRANSLATE_NOOP("Outcomes", "Quote requested"), QT_TRANSLATE_NOOP("Outcomes", "Sale"),
)


def outcome_name(label: str) -> str:
    """A built-in label in the interface language; a label of the user's own as it is."""
    return QCoreApplication.translate("Outcomes", label) if label in BUILT_IN else label
