"""Settings > General: the home country used to read and show phone numbers."""

from __future__ import annotations

import phonenumbers
from babel import Locale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from app.services.settings import default_region, set_default_region
from app.ui.settings_page import SettingsPage


class GeneralSettingsPage(SettingsPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        territories = Locale("en").territories
        self.region = QComboBox()
        self.region.setObjectName("defaultRegion")
        entries = sorted(
            (f"{territories.get(code, code)} (+{phonenumbers.country_code_for_region(code)})", code)
            for code in phonenumbers.SUPPORTED_REGIONS
        )
        for label, code in entries:
            self.region.addItem(label, code)
        hint = QLabel(self.tr(
            "Numbers typed without a country code are read as numbers of this country, and "
            "shown in its national format. Other countries' numbers are shown internationally."
        ))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Home &country"), self.region)
        form.addRow(hint)

    def title(self) -> str:
        return self.tr("General")

    def load(self) -> None:
        self.region.setCurrentIndex(max(0, self.region.findData(default_region())))

    def save(self) -> None:
        set_default_region(str(self.region.currentData()))
