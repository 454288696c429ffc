"""What can be done to the picked appointment (status, .ics) and to the shown period (PDF)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from app.services.appointments import OUTCOMES, get_appointment, set_status
from app.services.errors import NotFoundError, ValidationError
from app.services.reps import RepInfo
from app.ui.appointments_tab import AppointmentsTab
from app.ui.file_dialogs import save_file_name
from app.ui.tab_actions import tab_actions


class AppointmentActions(QObject):
    def __init__(self, tab: AppointmentsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.outcome_labels = {
            "sale": self.tr("Sale"), "quote_requested": self.tr("Quote requested"),
            "follow_up": self.tr("Follow-up needed"), "not_interested": self.tr("Not interested"),
            "other": self.tr("Other"),
        }
        specs = [
            ("confirm", self.tr("&Confirm appointment"), "C", lambda: self._status("confirmed")),
            ("complete", self.tr("Co&mplete with outcome…"), "O", self.complete),
            ("no_show", self.tr("Mark &no-show"), "N", lambda: self._status("no_show")),
            ("cancel", self.tr("C&ancel appointment…"), "Delete",
             lambda: self._status("cancelled", ask=True)),
            ("rescheduled", self.tr("Mark &rescheduled…"), "R",
             lambda: self._status("rescheduled", ask=True)),
            ("ics_one", self.tr("Export appointment as .&ics…"), "I", self.export_one),
            ("ics_range", self.tr("Export shown period as .ics…"), "Shift+I", self.export_range),
            ("day_sheet", self.tr("Day sheet &PDF…"), "P", self.day_sheet),
            ("day_sheet_email", self.tr("&Email day sheet to rep…"), "Shift+P",
             self.email_day_sheet),
        ]
        self.actions = tab_actions(tab, specs)

    def _picked(self) -> int | None:
        appointment_id = self.tab.selected_id()
        if appointment_id is None:
            self._say(self.tr("Pick an appointment first (click it, or Up/Down in the "
                              "calendar)."))
        return appointment_id

    def _status_bar(self, text: str, timeout: int) -> None:
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)

    def _say(self, text: str) -> None:
        self.tab.message.setText(text)
        self.tab.message.show()

    def _status(self, status: str, ask: bool = False, outcome: str = "") -> None:
        appointment_id = self._picked()
        if appointment_id is None:
            return
        if ask:
            answer = QMessageBox.question(
                self.tab, self.tr("Change appointment"),
                self.tr("Mark this appointment as %1? This cannot be undone.").replace(
                    "%1", self.tab.list_page.model.status_labels[status]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            set_status(appointment_id, status, outcome)
        except (ValidationError, NotFoundError) as exc:
            text = f"{exc.field}: {exc.message}" if isinstance(exc, ValidationError) else str(exc)
            self._say(text)
            return
        self.tab.message.hide()
        self.tab.reload()
        self.tab.appointments_changed.emit()

    def complete(self) -> None:
        if self._picked() is None:
            return
        labels = [self.outcome_labels[code] for code in OUTCOMES]
        choice, ok = QInputDialog.getItem(self.tab, self.tr("Complete appointment"),
                                          self.tr("What came of it?"), labels, 0, False)
        if ok:
            self._status("completed", outcome=OUTCOMES[labels.index(choice)])

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        kind = "pdf" if pattern.endswith("(*.pdf)") else "ics"
        path, _ = save_file_name(self.tab, kind, title, name, pattern)
        return Path(path) if path else None

    def export_one(self) -> None:
        appointment_id = self._picked()
        if appointment_id is None:
            return
        try:
            detail = get_appointment(appointment_id)
            path = self._save_path(self.tr("Export appointment"),
                                   f"appointment-{detail.starts_at.astimezone():%Y-%m-%d}.ics",
                                   self.tr("iCalendar (*.ics)"))
            if path is not None:
                from app.services.appointment_export import export_appointment_ics

                export_appointment_ics(appointment_id, path)
        except (OSError, NotFoundError) as exc:
            self._say(self.tr("Could not export: %1").replace("%1", str(exc)))

    def export_range(self) -> None:
        rep = self.tab.current_rep() if self.tab.view in ("day", "week") else None
        days = self.tab.days()
        name = f"{rep.name if rep else 'all-reps'}-{days[0]:%Y-%m-%d}.ics"
        path = self._save_path(self.tr("Export appointments"), name,
                               self.tr("iCalendar (*.ics)"))
        if path is None:
            return
        from app.services.appointment_export import export_range_ics

        try:
            count = export_range_ics(path, rep.name if rep else None, days[0], days[-1])
        except (OSError, ValidationError) as exc:
            self._say(self.tr("Could not export: %1").replace("%1", str(exc)))
            return
        self._status_bar(
            self.tr("Appointments exported to %2: %1").replace("%1", str(count)).replace(
                "%2", str(path)), 5000)

    def _sheet_day(self, question: str) -> tuple[RepInfo, date] | None:
        """The rep shown and the day whose sheet is wanted (asked from the week or list)."""
        rep = self.tab.current_rep()
        if rep is None:
            self._say(self.tr("Add a rep first."))
            return None
        day = self.tab.day
        if self.tab.view != "day":  # from the week or the list: which day's sheet?
            from app.ui.day_choice_dialog import DayChoiceDialog

            chooser = DayChoiceDialog(self.tr("Day sheet"), question.replace("%1", rep.name),
                                      day, self.tab)
            if not chooser.exec():
                return None
            day = chooser.chosen_day()
        return rep, day

    def email_day_sheet(self) -> None:
        """The same PDF as Day sheet PDF…, to the rep's address through the outbox."""
        chosen = self._sheet_day(self.tr("Email the day sheet of %1 for:"))
        if chosen is None:
            return
        rep, day = chosen
        from app.services.day_sheet_mail import email_day_sheet

        try:
            _message_id, count = email_day_sheet(rep.name, day)
        except (ValidationError, NotFoundError) as exc:
            self._say(self.tr("Could not email the day sheet: %1").replace("%1", str(exc)))
            return
        window = self.tab.window()
        mail = getattr(window, "mail", None)
        if mail is not None:
            mail.runner.wake(window)
        self._status_bar(self.tr("Day sheet of %1 for %2 in the outbox (appointments: %3)")
                         .replace("%1", rep.name).replace("%2", day.isoformat())
                         .replace("%3", str(count)), 8000)

    def day_sheet(self) -> None:
        chosen = self._sheet_day(self.tr("Print the day sheet of %1 for:"))
        if chosen is None:
            return
        rep, day = chosen
        path = self._save_path(self.tr("Day sheet"), f"{rep.name}-{day:%Y-%m-%d}.pdf",
                               self.tr("PDF (*.pdf)"))
        if path is None:
            return
        from app.services.appointment_export import write_day_sheet  # ReportLab: on first use

        try:
            count = write_day_sheet(rep.name, day, path)
        except (OSError, ValidationError) as exc:
            self._say(self.tr("Could not write the day sheet: %1").replace("%1", str(exc)))
            return
        self._status_bar(
            self.tr("Day sheet written to %2 (appointments: %1)").replace(
                "%1", str(count)).replace("%2", str(path)), 5000)

