"""Settings > General: the home country used to read and show phone numbers, the interface
language, the owner's name and the tab the window opens on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

from app.services.first_start import language, owner_name, set_language, set_owner_name
from app.services.languages import LANGUAGES, SYSTEM
from app.services.settings import default_region, set_default_region
from app.ui.region_combo import region_combo, select_region
from app.ui.settings_page import SettingsPage
from app.ui.ui_settings import START_KEY, ui_settings


class GeneralSettingsPage(SettingsPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.region = region_combo("defaultRegion")
        hint = QLabel(self.tr(
            "Numbers typed without a country code are read as numbers of this country, and "
            "shown in its national format. Other countries' numbers are shown internationally."
        ))
        hint.setWordWrap(True)
        self.language = language_combo(self)
        language_hint = QLabel(self.tr("A new language is used from the next start."))
        self.owner = QLineEdit()
        self.owner.setObjectName("ownerName")
        self.start = QComboBox()
        self.start.setObjectName("startTab")
        self.start.addItem(self.tr("Today"), "today")
        self.start.addItem(self.tr("The tab I used last"), "last")
        form = QFormLayout(self)
        form.addRow(self.tr("Home &country"), self.region)
        form.addRow(hint)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(language_hint)
        form.addRow(self.tr("&Your name"), self.owner)
        form.addRow(self.tr("&Open on"), self.start)

    def title(self) -> str:
        return self.tr("General")

    def load(self) -> None:
        select_region(self.region, default_region())
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self.owner.setText(owner_name())
        chosen = str(ui_settings().value(START_KEY, "today"))
        self.start.setCurrentIndex(max(0, self.start.findData(chosen)))

    def save(self) -> None:
        set_default_region(str(self.region.currentData()))
        set_language(str(self.language.currentData()))
        set_owner_name(self.owner.text())
        ui_settings().setValue(START_KEY, self.start.currentData())  # this computer's choice


def language_combo(parent) -> QComboBox:
    """The computer's language, then every interface language named in its own language."""
    combo = QComboBox(parent)
    combo.setObjectName("language")
    combo.addItem(QCoreApplication.translate("GeneralSettingsPage", "System default"), SYSTEM)
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    return combo
