"""First start, last step: bring contacts in, try the demo data, or start with nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

CHOICES = ("import", "demo", "empty")


class SetupStartPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How would you like to start?"))
        self.group = QButtonGroup(self)
        texts = (
            (self.tr("&Import contacts from a file (CSV from Google, Outlook or a "
                     "spreadsheet, or vCard)"),
             self.tr("Later: File ▸ Import contacts, Ctrl+Shift+I.")),
            (self.tr("Start with &demo data to try things out"),
             self.tr("About 300 made-up contacts with calls, appointments and quotes, tagged "
                     "“demo”. File ▸ Remove demo data takes all of it out again.")),
            (self.tr("Start &empty"), self.tr("Add your first contact with Ctrl+N.")),
        )
        layout = QVBoxLayout(self)
        for index, (label, hint) in enumerate(texts):
            button = QRadioButton(label)
            button.setObjectName(f"setupStart_{CHOICES[index]}")
            self.group.addButton(button, index)
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(button)
            layout.addWidget(note)
        layout.addStretch(1)
        self.group.button(0).setChecked(True)

    def choice(self) -> str:
        return CHOICES[max(0, self.group.checkedId())]

    def choose(self, choice: str) -> None:
        self.group.button(CHOICES.index(choice)).setChecked(True)
