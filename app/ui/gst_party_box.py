"""A contact's GST identity: treatment (registered business, unregistered, consumer,
overseas), GSTIN and state. Shown only when the business sells from India."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.services.gst import TREATMENTS
from app.ui.gst_state_combo import GstStateCombo
from app.ui.translations import QT_TRANSLATE_NOOP

_TREATMENT_LABELS = {
    "": QT_TRANSLATE_NOOP("GstPartyBox", "Not set"),
    "registered": QT_TRANSLATE_NOOP("GstPartyBox", "Registered business"),
    "unregistered": QT_TRANSLATE_NOOP("GstPartyBox", "Unregistered business"),
    "consumer": QT_TRANSLATE_NOOP("GstPartyBox", "Consumer"),
    "overseas": QT_TRANSLATE_NOOP("GstPartyBox", "Overseas"),
}


def treatment_label(code: str) -> str:
    """The words of the treatment box for a stored code, in the interface language."""
    label = _TREATMENT_LABELS.get(code)
    return QCoreApplication.translate("GstPartyBox", label) if label else code


class GstPartyBox(QGroupBox):
    """*wrap(widget, field)* puts a widget with its error label into the grid, so a refusal
    naming 'GST treatment', 'GSTIN' or 'State' is shown next to its field."""

    def __init__(self, wrap: Callable[[QWidget, str], QWidget], parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("GST"))
        self.treatment = QComboBox()
        self.treatment.setObjectName("gstTreatment")
        for code in TREATMENTS:
            self.treatment.addItem(treatment_label(code), code)
        self.gstin = QLineEdit()
        self.gstin.setObjectName("gstin")
        self.gstin.setMaxLength(20)
        self.gstin.setPlaceholderText(self.tr("15 characters, e.g. 27AAPFU0939F1ZV"))
        self.state = GstStateCombo(self.tr("(from the GSTIN)"))
        self.state.setObjectName("gstState")
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Treatment")), 0, 0)
        grid.addWidget(wrap(self.treatment, "GST treatment"), 0, 1)
        grid.addWidget(QLabel(self.tr("GSTIN")), 0, 2)
        grid.addWidget(wrap(self.gstin, "GSTIN"), 0, 3)
        grid.addWidget(QLabel(self.tr("State")), 1, 0)
        grid.addWidget(wrap(self.state, "State"), 1, 1, 1, 3)

    def values(self) -> tuple[str, str, str]:
        return str(self.treatment.currentData()), self.gstin.text(), self.state.state()

    def set_values(self, treatment: str, gstin: str, state: str) -> None:
        self.treatment.setCurrentIndex(max(0, self.treatment.findData(treatment)))
        self.gstin.setText(gstin)
        self.state.set_state(state)
