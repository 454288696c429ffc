"""Daily targets for Today's numbers: dials, connects and appointments booked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QMessageBox, QSpinBox

from app.services.errors import ValidationError
from app.services.today import MAX_TARGET, set_targets, targets


class TargetsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily targets"))
        current = targets()
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for name, label in (("dials", self.tr("&Dials")), ("connects", self.tr("&Connects")),
                            ("booked", self.tr("&Appointments booked"))):
            spin = QSpinBox()
            spin.setRange(0, MAX_TARGET)
            spin.setSpecialValueText(self.tr("no target"))
            spin.setValue(current.get(name, 0))
            form.addRow(label, spin)
            self.spins[name] = spin
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            set_targets({name: spin.value() for name, spin in self.spins.items()})
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Daily targets"), str(exc))
            return
        self.accept()
