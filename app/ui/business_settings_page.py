"""Settings > Business: the letterhead and quote defaults printed on every quote."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from app.services.business import (
    BusinessProfile,
    load_logo,
    load_profile,
    rate_from_text,
    rate_text,
    save_logo,
    save_profile,
    uses_gst,
)
from app.ui.gst_state_combo import GstStateCombo
from app.ui.logo_picker import LogoPicker
from app.ui.settings_page import SettingsPage


class BusinessSettingsPage(SettingsPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("businessName")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.phone, self.email, self.website, self.tax_id = (QLineEdit() for _ in range(4))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setObjectName("businessCurrency")
        self.prefix = QLineEdit()
        self.prefix.setObjectName("quotePrefix")
        self.next_number = QSpinBox()
        self.next_number.setRange(1, 999_999_999)
        self.validity = QSpinBox()
        self.validity.setRange(1, 3650)
        self.validity.setSuffix(self.tr(" days"))
        self.tax_rate = QLineEdit()
        self.tax_rate.setObjectName("defaultTaxRate")
        self.gstin = QLineEdit()
        self.gstin.setObjectName("businessGstin")
        self.gstin.setMaxLength(20)
        self.state = GstStateCombo(self.tr("(from the GSTIN)"))
        self.state.setObjectName("businessState")
        self.round_to_rupee = QCheckBox(self.tr("Round quote totals to the rupee (a round-off "
                                                "line is printed)"))
        self.terms = QPlainTextEdit()
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(56)
        self.logo_picker = LogoPicker(QSize(120, 48))

        form = QFormLayout(self)
        form.addRow(self.tr("Business &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("&Tax ID (GSTIN, VAT…)"), self.tax_id)
        form.addRow(self.tr("&GSTIN"), self.gstin)
        form.addRow(self.tr("&State (GST)"), self.state)
        form.addRow("", self.round_to_rupee)
        self._form = form
        form.addRow(self.tr("Logo"), self.logo_picker)
        form.addRow(self.tr("C&urrency (ISO code)"), self.currency)
        form.addRow(self.tr("Quote pre&fix"), self.prefix)
        form.addRow(self.tr("Ne&xt quote number"), self.next_number)
        form.addRow(self.tr("&Valid for"), self.validity)
        form.addRow(self.tr("Default tax &rate (%)"), self.tax_rate)
        form.addRow(self.tr("Default ter&ms"), self.terms)

    def title(self) -> str:
        return self.tr("Business")

    def load(self) -> None:
        p = load_profile()
        for widget, value in ((self.name, p.name), (self.phone, p.phone), (self.email, p.email),
                              (self.website, p.website), (self.tax_id, p.tax_id),
                              (self.currency, p.currency), (self.prefix, p.quote_prefix)):
            widget.setText(value)
        self.address.setPlainText(p.address)
        self.terms.setPlainText(p.terms)
        self.next_number.setValue(p.next_number)
        self.validity.setValue(p.validity_days)
        self.tax_rate.setText(rate_text(p))
        self.logo_picker.set_logo(load_logo())
        self.gstin.setText(p.gstin)
        self.state.set_state(p.state)
        self.round_to_rupee.setChecked(p.round_to_rupee)
        india = uses_gst()  # GST rows only for a business selling from India
        for row in (self.gstin, self.state, self.round_to_rupee):
            self._form.setRowVisible(row, india)

    def profile(self) -> BusinessProfile:
        return replace(
            BusinessProfile(), name=self.name.text().strip(),
            address=self.address.toPlainText().strip(), phone=self.phone.text().strip(),
            email=self.email.text().strip(), website=self.website.text().strip(),
            tax_id=self.tax_id.text().strip(), currency=self.currency.text().strip(),
            quote_prefix=self.prefix.text().strip(), next_number=self.next_number.value(),
            validity_days=self.validity.value(), terms=self.terms.toPlainText().strip(),
            tax_rate_bp=rate_from_text(self.tax_rate.text()), gstin=self.gstin.text(),
            state=self.state.state(), round_to_rupee=self.round_to_rupee.isChecked(),
        )

    def save(self) -> None:
        save_profile(self.profile())
        save_logo(self.logo_picker.logo)
