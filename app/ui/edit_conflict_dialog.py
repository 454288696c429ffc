"""Somebody saved the contact while it was being edited: their version beside yours, field by
field, to keep yours or take theirs for each; or reload theirs and drop yours."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.contact_types import ContactDetail, ContactInput
from app.services.errors import ValidationError
from app.services.phones import parse_phone
from app.ui.gst_party_box import treatment_label
from app.ui.local_time import local_text
from app.ui.status_names import status_name
from app.ui.translations import QT_TRANSLATE_NOOP

# (field of ContactInput, label); phones, emails and tags compare as whole lists.
_FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("EditConflictDialog", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("EditConflictDialog", "Last name")),
    ("company", QT_TRANSLATE_NOOP("EditConflictDialog", "Company")),
    ("title", QT_TRANSLATE_NOOP("EditConflictDialog", "Title")),
    ("phones", QT_TRANSLATE_NOOP("EditConflictDialog", "Phones")),
    ("emails", QT_TRANSLATE_NOOP("EditConflictDialog", "Emails")),
    ("street", QT_TRANSLATE_NOOP("EditConflictDialog", "Street")),
    ("city", QT_TRANSLATE_NOOP("EditConflictDialog", "City")),
    ("region", QT_TRANSLATE_NOOP("EditConflictDialog", "Region")),
    ("postal_code", QT_TRANSLATE_NOOP("EditConflictDialog", "Postal code")),
    ("country", QT_TRANSLATE_NOOP("EditConflictDialog", "Country")),
    ("status", QT_TRANSLATE_NOOP("EditConflictDialog", "Status")),
    ("source", QT_TRANSLATE_NOOP("EditConflictDialog", "Source")),
    ("tags", QT_TRANSLATE_NOOP("EditConflictDialog", "Tags")),
    ("notes", QT_TRANSLATE_NOOP("EditConflictDialog", "Notes")),
    ("do_not_call", QT_TRANSLATE_NOOP("EditConflictDialog", "Do not call")),
    ("do_not_contact", QT_TRANSLATE_NOOP("EditConflictDialog", "Do not email")),
    ("gst_treatment", QT_TRANSLATE_NOOP("EditConflictDialog", "GST treatment")),
    ("gstin", QT_TRANSLATE_NOOP("EditConflictDialog", "GSTIN")),
    ("gst_state", QT_TRANSLATE_NOOP("EditConflictDialog", "GST state")),
)
COL_FIELD, COL_MINE, COL_THEIRS, COL_KEEP_MINE, COL_TAKE_THEIRS = range(5)


def _same(mine: ContactInput, theirs: ContactInput, name: str, region: str) -> bool:
    """Whether a field holds the same value; numbers compare by what they dial, not by how
    they were typed."""
    if name != "phones":
        return _shown(mine, name) == _shown(theirs, name)

    def dialled(data: ContactInput) -> list[tuple[str, str]]:
        out = []
        for phone in data.phones:
            if not phone.number.strip():
                continue
            try:
                out.append((parse_phone(phone.number, region).e164, phone.label))
            except ValidationError:
                out.append((phone.number.strip(), phone.label))
        return out

    return dialled(mine) == dialled(theirs)


def _shown(data: ContactInput, name: str) -> str:
    value = getattr(data, name)
    if name == "phones":
        return ", ".join(f"{p.number} ({p.label})" if p.label else p.number
                         for p in value if p.number.strip())
    if name == "emails":
        return ", ".join(f"{e.address} ({e.label})" if e.label else e.address
                         for e in value if e.address.strip())
    if name == "tags":
        return ", ".join(t.strip() for t in value if t.strip())
    if isinstance(value, bool):
        return "✓" if value else ""
    if name == "status":
        return status_name(value)
    if name == "gst_treatment":
        return treatment_label(value)
    return str(value).strip()


class EditConflictDialog(QDialog):
    def __init__(self, mine: ContactInput, theirs: ContactDetail, changed_by: str,
                 region: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.resize(760, 420)
        self._mine = mine
        self._theirs = theirs.to_input()
        self.reload = False
        layout = QVBoxLayout(self)
        when = local_text(theirs.updated_at)
        intro = QLabel(self.tr(
            "%1 saved this contact at %2, after you opened it. Nothing of yours is lost: "
            "choose for each field that differs which to keep, then save.")
            .replace("%1", changed_by).replace("%2", when))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.differing = [(n, label) for n, label in _FIELDS
                          if not _same(mine, self._theirs, n, region)]
        self.table = QTableWidget(len(self.differing), 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Yours"), self.tr("Theirs"), self.tr("Keep yours"),
            self.tr("Take theirs")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THEIRS, QHeaderView.ResizeMode.Stretch)
        self.keep_mine: dict[str, QRadioButton] = {}
        for row, (name, label) in enumerate(self.differing):
            self.table.setItem(row, COL_FIELD, QTableWidgetItem(self.tr(label)))
            self.table.setItem(row, COL_MINE, QTableWidgetItem(_shown(mine, name)))
            self.table.setItem(row, COL_THEIRS, QTableWidgetItem(_shown(self._theirs, name)))
            group = QButtonGroup(self.table)
            mine_button, theirs_button = QRadioButton(), QRadioButton()
            group.addButton(mine_button)
            group.addButton(theirs_button)
            mine_button.setChecked(True)
            self.table.setCellWidget(row, COL_KEEP_MINE, mine_button)
            self.table.setCellWidget(row, COL_TAKE_THEIRS, theirs_button)
            self.keep_mine[name] = mine_button
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save with these choices"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button = buttons.addButton(self.tr("Reload theirs, drop mine"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self._reload)
        layout.addWidget(buttons)

    def take_theirs(self, name: str) -> None:
        button = self.table.cellWidget(self.differing_index(name), COL_TAKE_THEIRS)
        if isinstance(button, QRadioButton):
            button.setChecked(True)

    def differing_index(self, name: str) -> int:
        return [n for n, _ in self.differing].index(name)

    def _reload(self) -> None:
        self.reload = True
        self.accept()

    def merged(self) -> ContactInput:
        """Yours, with theirs in every field where "Take theirs" is chosen (or everything,
        after "Reload theirs")."""
        if self.reload:
            return self._theirs
        taken = {name: getattr(self._theirs, name) for name, button in self.keep_mine.items()
                 if not button.isChecked()}
        return replace(self._mine, **taken)
