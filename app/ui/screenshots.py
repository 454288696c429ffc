"""Render the main window on every tab, and the main dialogs, to PNG files (offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import screenshot_mail
from app.ui.main_window import MainWindow
from app.ui.screenshot_states import STATES

WIDTH, HEIGHT = 1280, 800


def _contact_dialog(window: MainWindow) -> QWidget:
    from app.services.contacts import get_contact
    from app.ui.contact_dialog import ContactDialog

    contact_id = window.contacts.selected_contact_id()
    contact = get_contact(contact_id) if contact_id is not None else None
    return ContactDialog(window.ctx, contact, window)


def _settings_dialog(window: MainWindow) -> QWidget:
    from app.ui.settings_dialog import SettingsDialog

    return SettingsDialog(window)


def _week_view(window: MainWindow) -> QWidget:
    from app.ui.appointments_tab import AppointmentsTab

    tab = AppointmentsTab(window.ctx)
    tab.resize(WIDTH, HEIGHT - 60)
    tab.rep_combo.setCurrentIndex(max(0, tab.rep_combo.findText("Ravi Kumar")))
    tab.set_view("week")
    return tab


def _booking_dialog(window: MainWindow) -> QWidget:
    from app.ui.booking_dialog import BookingDialog

    rows = window.appointments.grid.blocks or []
    dialog = BookingDialog(window.ctx, window, contact_id=1)
    if rows:  # half an hour into an existing visit: shows how a clash is explained
        first = rows[0]
        from datetime import datetime

        dialog.rep.setCurrentIndex(dialog.rep.findData(first.rep_id))
        when = datetime.fromtimestamp(first.starts_at + 1800).astimezone()
        dialog.start.setDateTime(dialog.start.dateTime().fromSecsSinceEpoch(
            int(when.timestamp())))
        dialog.purpose.setText("Follow-up visit")
        dialog.save()
    return dialog


def _reps_dialog(window: MainWindow) -> QWidget:
    from app.ui.reps_dialog import RepsDialog

    return RepsDialog(window)


def _quote_editor(window: MainWindow) -> QWidget:
    """A new quote being built: one product added, its add-ons offered on the right."""
    from app.services.catalogue import search_products
    from app.services.quotes import new_quote_input
    from app.ui.quote_editor_dialog import QuoteEditorDialog

    contact_id = window.contacts.selected_contact_id() or 1
    dialog = QuoteEditorDialog(new_quote_input(contact_id), None, window.quotes.money_locale(),
                               window)
    for product in search_products("Split AC 1.5", limit=1):
        dialog.add_product(product)
    return dialog


def _products_dialog(window: MainWindow) -> QWidget:
    from app.services.business import load_profile
    from app.ui.products_dialog import ProductsDialog

    dialog = ProductsDialog(load_profile().currency, window.quotes.money_locale(), window)
    dialog.list.setCurrentRow(0)
    return dialog


def _call_mode(window: MainWindow) -> QWidget:
    from app.ui.call_mode_dialog import CallModeDialog

    contact_id = window.contacts.selected_contact_id() or 1
    dialog = CallModeDialog(window.ctx, contact_id, parent=window)
    dialog.start_timer(QCoreApplication.translate("CallModeDialog", "Calling…"))
    dialog.end_call()
    dialog.outcome.pick_key(7)
    dialog.outcome.notes.setPlainText("Busy with a delivery; asked to call back tomorrow "
                                      "morning about the bulk order.")
    dialog.outcome.select_step("follow_up")
    return dialog


def _outcome_settings(window: MainWindow) -> QWidget:
    from app.ui.outcomes_settings_page import OutcomesSettingsPage
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    for index, page in enumerate(dialog.pages):
        if isinstance(page, OutcomesSettingsPage):
            dialog.tabs.setCurrentIndex(index)
    return dialog


def _incoming_call(window: MainWindow) -> QWidget:
    from app.ui.incoming_call_dialog import IncomingCallDialog

    dialog = IncomingCallDialog(window.ctx, window)
    dialog.input.setText("Missed call: +91 98765 43210 (Mumbai) at 10:42")
    dialog.find_caller()
    return dialog


_MAPPING_SAMPLE = (
    "Name;Firma;Telefon;E-Mail;Stadt;Status;Geburtstag\r\n"
    "Anna Weber;Weber & Söhne;030 12345678;anna@weber.example;Berlin;Lead;1980-02-01\r\n"
    "Marco Rossi;Rossi S.r.l.;+39 06 1234 5678;marco@rossi.example;Roma;Kunde;\r\n"
    "राजेश कुमार;कुमार इलेक्ट्रिकल्स;098111 22334;;दिल्ली;Interessent;\r\n"
)


def _import_mapping(window: MainWindow) -> QWidget:
    import tempfile

    from app.ui.import_dialog import ImportDialog

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kontakte.csv"
        path.write_text(_MAPPING_SAMPLE, encoding="utf-8-sig", newline="")
        return ImportDialog(window.ctx, window, str(path))


_LOOSE_QUOTE_SAMPLE = (
    "Name,Telefon,E-Mail,Notizen\r\n"
    "Anna Weber,030 12345678,anna@weber.example,Kundin seit 2019\r\n"
    "Marco Rossi,+39 06 1234 5678,marco@rossi.example,\"Rückruf ab 15 Uhr\r\n"
    "Sunita Verma,+91 98100 12345,sunita@verma.example,bulk order\r\n"
    "Lukas Schmidt,+49 30 901820,lukas@schmidt-bau.example,\r\n")


def _import_loose_quote(window: MainWindow) -> QWidget:
    import tempfile

    from app.ui.import_dialog import ImportDialog

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kontakte-bearbeitet.csv"
        path.write_text(_LOOSE_QUOTE_SAMPLE, encoding="utf-8", newline="")
        return ImportDialog(window.ctx, window, str(path))


def _restore_dialog(window: MainWindow) -> QWidget:
    from app.db.backup import list_backups, take_backup
    from app.db.connection import db
    from app.ui.restore_dialog import RestoreDialog

    if not list_backups(window.ctx.db_path):
        take_backup(window.ctx.db_path, "manual", connection=db.connection())
    return RestoreDialog(window.ctx.db_path, window)


def _first_start(step: int) -> Callable[[MainWindow], QWidget]:
    """The setup wizard of a new database at *step*, filled in as a new owner would."""
    def build(window: MainWindow) -> QWidget:
        from app.seed.demo import demo_logo
        from app.ui.first_start_wizard import FirstStartWizard

        wizard = FirstStartWizard(window)
        wizard.country.region.setCurrentIndex(wizard.country.region.findData("IN"))
        wizard.business.name.setText("Surya Cooling & Electricals")
        wizard.business.address.setPlainText("14 Laxmi Industrial Estate\nPune 411001")
        wizard.business.tax_id.setText("27ABCDE1234F1Z5")
        wizard.business.logo_picker.set_logo(demo_logo())
        wizard.owner.name.setText("Anil Deshpande")
        wizard.start.choose("demo")
        wizard.show()
        for _ in range(step):
            wizard.next()
        return wizard
    return build


def _guide(window: MainWindow) -> QWidget:
    from app.ui.help_dialog import HelpDialog

    window.build_all_tabs()
    return HelpDialog(window)


def _about(window: MainWindow) -> QWidget:
    from app.ui.about_dialog import AboutDialog

    return AboutDialog(window.ctx.db_path, window)


def _compose_quote(window: MainWindow) -> QWidget:
    """A quote being emailed: the quote template merged in the preview."""
    from app.db.connection import db
    from app.ui.compose_dialog import ComposeDialog

    row = db.execute_sql("SELECT q.id, q.contact_id FROM quote q JOIN contact c "
                         "ON c.id = q.contact_id WHERE q.status IN ('draft', 'sent') "
                         "AND c.primary_email <> '' ORDER BY q.id LIMIT 1").fetchone()
    if row is None:
        return ComposeDialog(window.contacts.selected_contact_id() or 1, None, window)
    return ComposeDialog(int(row[1]), int(row[0]), window)


def _mail_settings(window: MainWindow) -> QWidget:
    """Settings ▸ Mail filled in as a user would, with a test that could not log in."""
    from app.ui.mail_settings_page import MailSettingsPage
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    for index, page in enumerate(dialog.pages):
        if isinstance(page, MailSettingsPage):
            dialog.tabs.setCurrentIndex(index)
            if not page.smtp.text():
                page.smtp.setText("smtp.suryacooling.in:587")
                page.user.setText("anil@suryacooling.in")
                page.from_addr.setText("Anil Deshpande <anil@suryacooling.in>")
                page.imap.setText("imap.suryacooling.in:993")
                # as the mail service words it (its messages are English)
                page._show("Login: the server refused user anil@suryacooling.in: "
                           "535 5.7.8 Authentication credentials invalid", ok=False)
    return dialog


def _outbox(window: MainWindow) -> QWidget:
    from app.ui.outbox_dialog import OutboxDialog

    return OutboxDialog(window)


def _edit_conflict(window: MainWindow) -> QWidget:
    """The question after a second person saved the same contact (nothing is written)."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from app.services.contacts import get_contact
    from app.ui.edit_conflict_dialog import EditConflictDialog

    contact = get_contact(window.contacts.selected_contact_id() or 1)
    theirs = replace(contact, city="Navi Mumbai", notes="Called back: wants the 3-year plan",
                     updated_at=datetime.now(UTC), row_version=contact.row_version + 1)
    mine = replace(contact.to_input(), notes="Send the brochure in Hindi", status="prospect")
    dialog = EditConflictDialog(mine, theirs, "Sunita Rao", window.ctx.home_region, window)
    dialog.take_theirs("city")
    return dialog


def _open_database(window: MainWindow) -> QWidget:
    from app.ui.open_database_dialog import OpenDatabaseDialog

    dialog = OpenDatabaseDialog(window)
    dialog.server_choice.setChecked(True)
    dialog.url.setText("postgresql://sunita@office-pc:5432/calldesk")
    return dialog


def _report(name: str) -> Callable[[MainWindow], QWidget]:
    """The Reports tab on one report for this quarter."""
    def build(window: MainWindow) -> QWidget:
        from app.ui.reports_tab import ReportsTab

        tab = ReportsTab(window.ctx)
        tab.resize(WIDTH, HEIGHT - 60)
        tab.report.setCurrentIndex(tab.report.findData(name))
        tab.period.setCurrentIndex(tab.period.findData("quarter"))
        tab.run()
        return tab

    return build


def _users(window: MainWindow) -> QWidget:
    from app.ui.users_dialog import UsersDialog

    return UsersDialog(window)


# name -> factory; each builds a dialog on top of the window for its picture.
DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "contact-dialog": _contact_dialog,
    "settings-dialog": _settings_dialog,
    "week-view": _week_view,
    "booking-dialog": _booking_dialog,
    "reps-dialog": _reps_dialog,
    "quote-editor": _quote_editor,
    "products-dialog": _products_dialog,
    "call-mode": _call_mode,
    "incoming-call": _incoming_call,
    "call-outcomes-settings": _outcome_settings,
    "import-mapping": _import_mapping,
    "import-loose-quote": _import_loose_quote,
    "restore-dialog": _restore_dialog,
    "compose-dialog": _compose_quote,
    "mail-settings": _mail_settings,
    "outbox": _outbox,
    "compose-send-later": screenshot_mail.compose_send_later,
    "undo-send": screenshot_mail.undo_send,
    "contact-timeline": screenshot_mail.contact_timeline,
    "first-start-1-country": _first_start(0),
    "first-start-2-business": _first_start(1),
    "first-start-3-owner": _first_start(2),
    "first-start-4-start": _first_start(3),
    "help-guide": _guide,
    "about": _about,
    "report-funnel": _report("funnel"),
    "report-activity": _report("activity"),
    "report-hours": _report("hours"),
    "report-handoff": _report("handoff"),
    "report-sources": _report("sources"),
    "report-quotes": _report("quotes"),
    "report-upsell": _report("upsell"),
    "edit-conflict": _edit_conflict,
    "open-database": _open_database,
    "users-dialog": _users,
    **STATES,
}


def use_dark_palette(app: QApplication) -> None:
    """A dark theme like the desktop's, for checking that every view reads on it."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#202124"), (roles.WindowText, "#e8eaed"),
                        (roles.Base, "#17181a"), (roles.AlternateBase, "#26272b"),
                        (roles.Text, "#e8eaed"), (roles.Button, "#2d2e31"),
                        (roles.ButtonText, "#e8eaed"), (roles.Highlight, "#3b82f6"),
                        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#2d2e31"),
                        (roles.ToolTipText, "#e8eaed"), (roles.PlaceholderText, "#9aa0a6"),
                        (roles.Link, "#8ab4f8")):
        palette.setColor(role, QColor(color))
    app.setPalette(palette)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def render_all(window: MainWindow, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.contacts.table.selectRow(0)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        # The file is named after the page (todayPage -> tab-today.png) in every language.
        page = window.tabs.widget(index)
        name = page.objectName().removesuffix("Page") if page else str(index)
        path = out_dir / f"tab-{name}.png"
        window.grab().save(str(path))
        written.append(path)
    window.tabs.setCurrentIndex(0)
    for name, factory in DIALOGS.items():
        dialog = factory(window)
        dialog.show()
        _settle()
        path = out_dir / f"{name}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.hide()
        dialog.deleteLater()
    return written
