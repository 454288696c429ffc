"""Add or edit a contact. Nothing is saved until every field is valid; errors show inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db.errors import STORAGE_ERRORS, describe_storage_error
from app.db.models import CONTACT_STATUSES
from app.db.retry import DatabaseBusyError, retry_when_busy
from app.services.contact_types import ContactDetail, ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact, find_duplicates, update_contact
from app.services.country_codes import region_of_contact
from app.services.errors import EditConflict, NotFoundError, ValidationError
from app.services.phones import format_for_display, home_reading, parse_phone
from app.ui.app_context import AppContext
from app.ui.country_names import country_name
from app.ui.discard_prompt import confirm_discard
from app.ui.edit_conflict_dialog import EditConflictDialog
from app.ui.gst_party_box import GstPartyBox
from app.ui.labelled_rows_editor import ERROR_STYLE, WARNING_STYLE, LabelledRowsEditor
from app.ui.phone_line_edit import PhoneLineEdit
from app.ui.service_messages import unassigned_number

PHONE_LABELS = ["mobile", "work", "home", "office", "fax", "other"]
EMAIL_LABELS = ["work", "home", "other"]


class ContactDialog(QDialog):
    def __init__(self, ctx: AppContext, contact: ContactDetail | None = None, parent=None,
                 initial: ContactInput | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._contact_id = contact.id if contact else None
        self._version = contact.row_version if contact else None
        self._unparsed = {p.raw for p in contact.phones if p.unparsed} if contact else set()
        self.saved_contact_id: int | None = None
        self.open_contact_id: int | None = None
        self.warnings: list[str] = []  # left for the caller: those not shown in the dialog
        self._warned: set[str] = set()  # warnings the person has seen at a Save press
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.resize(640, 720)
        self._build()
        data = contact.to_input() if contact else (initial or ContactInput(phones=[PhoneInput("")]))
        self._load(data)
        self._initial = self.current_input()
        self.phones.rows_changed.connect(self._update_tab_order)
        self.emails.rows_changed.connect(self._update_tab_order)
        self._update_tab_order()
        if contact is not None or initial is not None:  # given numbers: warned from the start
            self._warned.update(m for _, m in self._check_phones())

    # -- layout ---------------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _build(self) -> None:
        self.first_name = self._line("first_name")
        self.last_name = self._line("last_name")
        self.company = self._line("company")
        self.title_edit = self._line("title")
        self.phones = LabelledRowsEditor(PHONE_LABELS, self._new_phone_edit, self.tr("Add phone"))
        self.emails = LabelledRowsEditor(EMAIL_LABELS, QLineEdit, self.tr("Add email"))
        self.street = QPlainTextEdit()
        self.street.setFixedHeight(48)
        self.street.setTabChangesFocus(True)
        self.city = self._line("city")
        self.region = self._line("region")
        self.postal_code = self._line("postal_code")
        self.country = self._line("country")
        self.country.editingFinished.connect(self._country_changed)
        self.status = QComboBox()
        labels = [self.tr("Lead"), self.tr("Prospect"), self.tr("Customer"), self.tr("Inactive")]
        for code, label in zip(CONTACT_STATUSES, labels, strict=True):
            self.status.addItem(label, code)
        self.source = self._line("source")
        self.tags = self._line("tags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. vip, trade-fair"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.do_not_call = QCheckBox(self.tr("Do not call"))
        self.do_not_contact = QCheckBox(self.tr("Do not email (asked not to be contacted "
                                                "by email)"))
        self.do_not_contact.setObjectName("doNotContact")

        self._errors: dict[str, QLabel] = {}
        self._targets: dict[str, QWidget] = {}
        form = QFormLayout()
        for label, widget, key in (
            (self.tr("&First name"), self.first_name, "First name"),
            (self.tr("&Last name"), self.last_name, "Last name"),
            (self.tr("Compan&y"), self.company, "Company"),
            (self.tr("T&itle"), self.title_edit, "Title"),
        ):
            form.addRow(label, self._with_error(widget, key))
        form.addRow(self.tr("&Phones"), self.phones)
        form.addRow(self.tr("E&mails"), self.emails)
        address = QGroupBox(self.tr("Address"))
        grid = QGridLayout(address)
        grid.addWidget(QLabel(self.tr("Street")), 0, 0)
        grid.addWidget(self._with_error(self.street, "Street"), 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("City")), 1, 0)
        grid.addWidget(self._with_error(self.city, "City"), 1, 1)
        grid.addWidget(QLabel(self.tr("Postal code")), 1, 2)
        grid.addWidget(self._with_error(self.postal_code, "Postal code"), 1, 3)
        grid.addWidget(QLabel(self.tr("Region")), 2, 0)
        grid.addWidget(self._with_error(self.region, "Region"), 2, 1)
        grid.addWidget(QLabel(self.tr("Country")), 2, 2)
        grid.addWidget(self._with_error(self.country, "Country"), 2, 3)
        form.addRow(address)
        self.gst = GstPartyBox(self._with_error)
        self.gst.setVisible(self._ctx.home_region.upper() == "IN")
        form.addRow(self.gst)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.tr("So&urce"), self._with_error(self.source, "Source"))
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("&Notes"), self._with_error(self.notes, "Notes"))
        form.addRow("", self.do_not_call)
        form.addRow("", self.do_not_contact)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing starts in First name
        scroll.setWidget(body)
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self._errors[key] = error
        self._targets[key] = widget
        return box

    def _new_phone_edit(self) -> PhoneLineEdit:
        edit = PhoneLineEdit(self.phone_region())
        edit.editingFinished.connect(self._check_phones)
        return edit

    def _update_tab_order(self) -> None:
        """Name → company → title → phones → emails → address → the rest → Save, in the
        order a person fills the form, whatever rows were added since."""
        chain: list[QWidget] = [self.first_name, self.last_name, self.company, self.title_edit]
        chain += self.phones.focus_chain() + self.emails.focus_chain()
        chain += [self.street, self.city, self.postal_code, self.region, self.country,
                  self.gst.treatment, self.gst.gstin, self.gst.state, self.status,
                  self.source, self.tags, self.notes, self.do_not_call]
        chain += list(self._buttons.buttons())
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def phone_region(self) -> str:
        """The region numbers are read in: the contact's Country, else the home country."""
        return region_of_contact(self.country.text(), self._ctx.home_region)

    def _country_changed(self) -> None:
        region = self.phone_region()
        for row in self.phones.rows:
            if isinstance(row.editor, PhoneLineEdit):
                row.editor.set_region(region)
        self._check_phones()

    # -- data -----------------------------------------------------------------------------
    def _load(self, data: ContactInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.company.setText(data.company)
        self.title_edit.setText(data.title)
        for phone in data.phones:
            shown = phone.number
            if not phone.keep_unparsed and phone.number.startswith("+"):
                e164, _, ext = phone.number.partition(" ext. ")
                shown = format_for_display(e164, self._ctx.home_region)
                shown += f" ext. {ext}" if ext else ""
            self.phones.add_row(shown, phone.label)
        if not self.phones.rows:
            self.phones.add_row()
        for email in data.emails:
            self.emails.add_row(email.address, email.label)
        self.street.setPlainText(data.street)
        self.city.setText(data.city)
        self.region.setText(data.region)
        self.postal_code.setText(data.postal_code)
        self.country.setText(data.country)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.source.setText(data.source)
        self.tags.setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)
        self.do_not_call.setChecked(data.do_not_call)
        self.do_not_contact.setChecked(data.do_not_contact)
        self.gst.set_values(data.gst_treatment, data.gstin, data.gst_state)

    def current_input(self) -> ContactInput:
        gst = self.gst.values()
        return ContactInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            company=self.company.text(), title=self.title_edit.text(),
            street=self.street.toPlainText(), city=self.city.text(), region=self.region.text(),
            postal_code=self.postal_code.text(), country=self.country.text(),
            status=str(self.status.currentData()), source=self.source.text(),
            tags=[self.tags.text()], notes=self.notes.toPlainText(),
            do_not_call=self.do_not_call.isChecked(),
            do_not_contact=self.do_not_contact.isChecked(),
            phones=[PhoneInput(n, label, keep_unparsed=n.strip() in self._unparsed)
                    for n, label in self.phones.values()],
            emails=[EmailInput(a, label) for a, label in self.emails.values()],
            gst_treatment=gst[0], gstin=gst[1], gst_state=gst[2],
        )

    def has_changes(self) -> bool:
        return self.current_input() != self._initial

    # -- validation and saving -------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.phones.clear_messages()
        self.emails.clear_messages()
        self.summary.hide()

    def _check_phones(self) -> list[tuple[str, str]]:
        """Inline feedback as soon as a number is left: refused, or accepted with a warning
        (not assigned; or read in the contact's country while it is a home number). Returns
        the (field, warning) pairs shown."""
        region, home = self.phone_region(), self._ctx.home_region
        warnings: list[tuple[str, str]] = []
        for index, row in enumerate(self.phones.rows, start=1):
            text = row.editor.text()
            if not text.strip() or text.strip() in self._unparsed:
                row.show_message("")
                continue
            field = self.tr("Phone %n", "", index)
            hint = home_reading(text, region, home)
            mismatch = ""
            if hint:
                mismatch = self.tr(
                    "%1: read as a number in %2 (the contact's Country), where it is not "
                    "assigned; in %3 it is %4. Type it that way or correct the Country."
                ).replace("%1", field).replace("%2", country_name(region)).replace(
                    "%3", country_name(home)).replace("%4", format_for_display(hint, region))
            try:
                parsed = parse_phone(text, region, field)
            except ValidationError as exc:
                row.show_message("\n".join(m for m in (str(exc), mismatch) if m))
                continue
            message = mismatch or (parsed.warning and unassigned_number(field, parsed.e164))
            if message:
                warnings.append((field, message))
            row.show_message(message, WARNING_STYLE)
        return warnings

    def show_error(self, exc: ValidationError) -> None:
        self._clear_errors()
        kind, _, number = exc.field.partition(" ")
        rows = {"Phone": self.phones.rows, "Email": self.emails.rows}.get(kind)
        if rows is not None and number.isdigit() and int(number) <= len(rows):
            row = rows[int(number) - 1]
            row.show_message(str(exc))
            row.editor.setFocus()
        elif exc.field in self._errors:
            label = self._errors[exc.field]
            label.setText(exc.message)
            label.show()
            self._targets[exc.field].setFocus()
        self.summary.setText(self.tr("Not saved: %s") % str(exc))
        self.summary.show()

    def save(self) -> None:
        try:
            self._save()
        except STORAGE_ERRORS as exc:  # the dialog stays open with everything typed
            text = describe_storage_error(exc)
            self.summary.setText(self.tr("Not saved: %s") % text)
            self.summary.show()
            QMessageBox.warning(self, self.windowTitle(), text)

    def _save(self) -> None:
        data = self.current_input()
        warnings = self._check_phones()
        unseen = [m for _, m in warnings if m not in self._warned]
        if unseen:
            # Said before saving, next to the number; a second Save keeps it as it is.
            self._warned.update(m for _, m in warnings)
            self.summary.setText(self.tr("Check the warning under the number, then press "
                                         "Save again to keep it as it is."))
            self.summary.setStyleSheet(WARNING_STYLE)
            self.summary.show()
            return
        self.summary.setStyleSheet(ERROR_STYLE)
        try:
            duplicates = find_duplicates(data, self._contact_id)
        except ValidationError as exc:
            self.show_error(exc)
            return
        if duplicates and not self._confirm_duplicates(duplicates):
            return
        contact_id = self._contact_id
        try:
            result = retry_when_busy(lambda: create_contact(data) if contact_id is None
                                     else update_contact(contact_id, data, self._version))
        except EditConflict as conflict:
            self._resolve_conflict(data, conflict)
            return
        except ValidationError as exc:
            self.show_error(exc)
            return
        except DatabaseBusyError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        except NotFoundError:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("This contact was deleted elsewhere; nothing was saved."))
            return
        self.saved_contact_id = result.contact_id
        shown = tuple(f"{field}:" for field, _ in warnings)
        self.warnings = [w for w in result.warnings if not w.startswith(shown)]
        self._initial = data
        self.accept()

    def _resolve_conflict(self, data: ContactInput, conflict: EditConflict) -> None:
        """Someone saved first: show both versions; save the chosen mix on top of theirs, or
        show theirs. Cancelling keeps the form as typed."""
        theirs = conflict.current
        assert isinstance(theirs, ContactDetail)
        dialog = EditConflictDialog(data, theirs, conflict.changed_by, self._ctx.home_region,
                                    self)
        self.conflict_dialog = dialog
        if not dialog.exec():
            return
        self._version = theirs.row_version
        self._unparsed = {p.raw for p in theirs.phones if p.unparsed}
        self.phones.clear_rows()
        self.emails.clear_rows()
        self._load(dialog.merged())
        if dialog.reload:
            self._initial = self.current_input()
            return
        self.save()

    def _confirm_duplicates(self, duplicates) -> bool:
        first = duplicates[0]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(self.tr("%s already belongs to %s.") % (first.what, first.name))
        box.setInformativeText(self.tr("Save this contact anyway, or open the existing one?"))
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        open_existing = box.addButton(self.tr("Open %s") % first.name,
                                      QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is open_existing:
            self.open_contact_id = first.contact_id
            super().reject()
            return False
        return box.clickedButton() is save

    def reject(self) -> None:
        if self.has_changes() and not confirm_discard(
                self, self.tr("This contact has unsaved changes. Discard them?")):
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field saves, as users of form dialogs expect; Ctrl+S too.
        if event.key() == Qt.Key.Key_S and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        super().keyPressEvent(event)
