"""File > Import contacts: pick a file, see what was detected, correct the column mapping on
the first rows, choose the country for local numbers and whether duplicates merge."""

from __future__ import annotations

from itertools import islice

import phonenumbers
from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.column_mapping import FIELD_CHOICES, ColumnRole
from app.io.records import ImportFormatError
from app.io.text_decoding import display_encoding
from app.services.errors import ValidationError
from app.services.importer import ImportSource, open_source
from app.ui.app_context import AppContext
from app.ui.baseline_delegate import BaselineDelegate
from app.ui.file_dialogs import open_file_name
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.quote_choice import QuoteChoice
from app.ui.translations import QT_TRANSLATE_NOOP

PREVIEW_ROWS = 8
_PROFILES = {"google": QT_TRANSLATE_NOOP("ImportDialog", "Google Contacts CSV"),
             "outlook": QT_TRANSLATE_NOOP("ImportDialog", "Outlook CSV"),
             "spreadsheet": QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheet CSV")}
_DELIMITERS = {",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
               ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
               "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab")}
# The words of app.io.column_mapping.FIELD_CHOICES (which knows no Qt), for translation.
_FIELD_WORDS = (
    QT_TRANSLATE_NOOP("ImportDialog", "(ignore)"), QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Middle name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Last name"), QT_TRANSLATE_NOOP("ImportDialog", "Company"),
    QT_TRANSLATE_NOOP("ImportDialog", "Job title"), QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    QT_TRANSLATE_NOOP("ImportDialog", "Email"), QT_TRANSLATE_NOOP("ImportDialog", "Street"),
    QT_TRANSLATE_NOOP("ImportDialog", "City"),
    QT_TRANSLATE_NOOP("ImportDialog", "State / region"),
    QT_TRANSLATE_NOOP("ImportDialog", "Postal code"),
    QT_TRANSLATE_NOOP("ImportDialog", "Country"), QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    QT_TRANSLATE_NOOP("ImportDialog", "Source"), QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    QT_TRANSLATE_NOOP("ImportDialog", "Notes"), QT_TRANSLATE_NOOP("ImportDialog", "Do not call"),
    QT_TRANSLATE_NOOP("ImportDialog", "Add to notes"),
    QT_TRANSLATE_NOOP("ImportDialog", "Phone label"),
    QT_TRANSLATE_NOOP("ImportDialog", "Email label"),
    QT_TRANSLATE_NOOP("ImportDialog", "Full address"),
)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(980, 560)
        self.ctx = ctx
        self.source: ImportSource | None = None
        self._guessed: list[ColumnRole] = []
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("A .csv or .vcf file"))
        self.path_edit.returnPressed.connect(lambda: self.load_file(self.path_edit.text()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.info = QLabel(self.tr("Choose a file exported from Google Contacts, Outlook, a "
                                   "phone (vCard) or any spreadsheet saved as CSV."))
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("importMapping")
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setDefaultSectionSize(132)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(BaselineDelegate(self.table))  # Devanagari rows line up
        self.region = QComboBox()
        self.region.setObjectName("importRegion")
        territories = Locale("en").territories
        for label, code in sorted(
            (f"{territories.get(c, c)} (+{phonenumbers.country_code_for_region(c)})", c)
            for c in phonenumbers.SUPPORTED_REGIONS
        ):
            self.region.addItem(label, code)
        self.region.setCurrentIndex(max(0, self.region.findData(ctx.home_region)))
        self.merge = QCheckBox(self.tr("&Merge duplicates (same phone number or email) into "
                                       "one contact"))
        self.merge.setObjectName("importMerge")
        self.merge.setChecked(True)
        self.quote_choice = QuoteChoice(self)
        self.quote_choice.changed.connect(self._update_import_button)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Numbers without a country code are from"), self.region)
        form.addRow(self.merge)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("Check what each column holds; change it in the first "
                                        "row where the guess is wrong:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.quote_choice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if path:
            self.load_file(path)

    def keyPressEvent(self, event) -> None:
        """Enter in the file name loads the file and shows its columns to check; it does not
        also press Import. Enter from anywhere else imports as usual."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.focusWidget() is self.path_edit):
            if self.source is not None:
                self.table.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    def browse(self) -> None:
        path = open_file_name(self, "import", self.tr("Import contacts"),
                              self.tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        self.path_edit.setText(path)
        self.source = None
        self.import_button.setEnabled(False)
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.quote_choice.ask(None)
        try:
            source = open_source(path)
            if source.format == "csv":
                self._show_csv(source)
            else:
                self._show_vcard(source)
        except ValidationError as exc:
            return self._fail(f"{exc.field}: {exc.message}")
        except (ImportFormatError, OSError) as exc:
            return self._fail(str(exc))
        self.source = source
        self.setWindowFilePath(str(source.path))
        self.error.hide()
        self._update_import_button()
        return True

    def _update_import_button(self) -> None:
        """Import waits for the answer about a loose quote; refusing the file keeps it off."""
        choice = self.quote_choice
        self.import_button.setEnabled(self.source is not None and not choice.pending
                                      and not choice.refused)
        if choice.refused and choice.loose is not None:
            self._fail(self.tr("This file will not be imported. Correct the quote in row %1 "
                               "and load the file again.").replace("%1", str(choice.loose.row)))
        else:
            self.error.hide()

    def lenient_quotes(self) -> bool:
        """The loose quote of the file is to be read as text."""
        return self.quote_choice.lenient

    def _fail(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False

    def _show_csv(self, source: ImportSource) -> None:
        layout = source.layout
        assert layout is not None
        self.info.setText(self.tr("%1 · %2 · delimiter: %3 · %4 columns")
                          .replace("%1", self.tr(_PROFILES.get(layout.profile, layout.profile)))
                          .replace("%2", display_encoding(layout.encoding))
                          .replace("%3", self.tr(_DELIMITERS.get(layout.delimiter, "?")))
                          .replace("%4", str(len(layout.headers))))
        self._guessed = list(layout.roles)
        self.table.setColumnCount(len(layout.headers))
        self.table.setHorizontalHeaderLabels(layout.headers)
        self.table.setRowCount(1 + len(layout.preview))
        self.table.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(i) for i in range(2, 2 + len(layout.preview))])
        for column, role in enumerate(layout.roles):
            combo = QComboBox()
            for key, label in FIELD_CHOICES:
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(role.field)))
            self.table.setCellWidget(0, column, combo)
        for row, cells in enumerate(layout.preview, start=1):
            for column, text in enumerate(cells[: len(layout.headers)]):
                shown = text if len(text) <= 200 else text[:200] + "…"
                self.table.setItem(row, column, QTableWidgetItem(shown.replace("\n", " ⏎ ")))
        self.quote_choice.ask(source.loose_quote())

    def _show_vcard(self, source: ImportSource) -> None:
        self.info.setText(self.tr("vCard file · %1 cards").replace("%1", f"{source.count():,}"))
        self._guessed = []
        headers = [self.tr("First name"), self.tr("Last name"), self.tr("Company"),
                   self.tr("Phones"), self.tr("Emails")]
        records = list(islice(source.records(), PREVIEW_ROWS))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            values = [record.fields.get("first_name", ""), record.fields.get("last_name", ""),
                      record.fields.get("company", ""), ", ".join(p for p, _ in record.phones),
                      ", ".join(e for e, _ in record.emails)]
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def mapping_combo(self, column: int) -> QComboBox:
        widget = self.table.cellWidget(0, column)
        assert isinstance(widget, QComboBox)
        return widget

    def roles(self) -> list[ColumnRole] | None:
        """The column roles as shown (None for vCard, which needs no mapping)."""
        if self.source is None or self.source.format != "csv":
            return None
        roles = []
        for column, guessed in enumerate(self._guessed):
            field = str(self.mapping_combo(column).currentData())
            if field == guessed.field:
                roles.append(guessed)
            elif field == "extra":
                header = self.table.horizontalHeaderItem(column)
                roles.append(ColumnRole("extra", header.text() if header else ""))
            else:
                roles.append(ColumnRole(field, "", guessed.group))
        return roles

    def region_code(self) -> str:
        return str(self.region.currentData())
