"""First start, step 1: the home country (phone region, currency, tax) and the language."""

from __future__ import annotations

import phonenumbers
from PySide6.QtWidgets import QFormLayout, QLabel, QWizardPage

from app.services.first_start import tax_for_region
from app.services.money import currency_for_region
from app.services.phones import region_from_locale
from app.ui.general_settings_page import language_combo
from app.ui.region_combo import region_combo, select_region


class SetupCountryPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where do you sell from?"))
        self.setSubTitle(self.tr("Your country decides how phone numbers are read and shown, "
                                 "the currency of your quotes and the name of your tax number."))
        self.region = region_combo("setupRegion")
        select_region(self.region, region_from_locale())
        self.summary = QLabel()
        self.summary.setObjectName("setupRegionSummary")
        self.summary.setWordWrap(True)
        self.language = language_combo(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Home &country"), self.region)
        form.addRow("", self.summary)
        form.addRow(self.tr("&Language"), self.language)
        self.region.currentIndexChanged.connect(self._show_summary)
        self._show_summary()

    def region_code(self) -> str:
        return str(self.region.currentData())

    def language_code(self) -> str:
        return str(self.language.currentData())

    def tax_label(self) -> str:
        return tax_for_region(self.region_code())[0]

    def _show_summary(self) -> None:
        code = self.region_code()
        label, rate = tax_for_region(code)
        text = self.tr("Phone numbers: +%1 · Currency: %2 · Tax number: %3").replace(
            "%1", str(phonenumbers.country_code_for_region(code))).replace(
            "%2", currency_for_region(code)).replace("%3", label)
        if rate is not None:
            text += self.tr(" · Usual tax rate: %1%").replace("%1", f"{rate / 100:g}")
        self.summary.setText(text)
