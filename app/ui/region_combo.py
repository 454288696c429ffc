"""A combo box of every country phonenumbers knows, named in English with its calling code."""

from __future__ import annotations

import phonenumbers
from babel import Locale
from PySide6.QtWidgets import QComboBox


def region_combo(object_name: str) -> QComboBox:
    territories = Locale("en").territories
    combo = QComboBox()
    combo.setObjectName(object_name)
    entries = sorted(
        (f"{territories.get(code, code)} (+{phonenumbers.country_code_for_region(code)})", code)
        for code in phonenumbers.SUPPORTED_REGIONS
    )
    for label, code in entries:
        combo.addItem(label, code)
    return combo


def select_region(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))
