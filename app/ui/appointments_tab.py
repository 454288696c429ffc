"""The Appointments tab: a rep's day or week, all reps side by side, or a filtered list.

Keys (while the tab has focus): Left/Right or PgUp/PgDn previous/next day or week, T today,
D day, W week, A all reps, L list, B book, Up/Down pick an appointment, Enter edit,
Alt+arrows move the picked appointment by 15 minutes or one column.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.appointment_queries import calendar_rows
from app.services.appointments import (
    OutOfHoursError,
    get_appointment,
    move_appointment,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.reps import RepInfo, list_reps
from app.services.scheduling import local_midnight, resolve_zone, working_windows
from app.ui.app_context import AppContext
from app.ui.appointment_list_page import AppointmentListPage
from app.ui.booking_dialog import BookingDialog
from app.ui.calendar_grid import CalendarGrid, GridColumn
from app.ui.compact_buttons import fit_buttons_to_text
from app.ui.local_time import day_text
from app.ui.mnemonic import without_mnemonic
from app.ui.service_messages import error_text
from app.ui.tab_actions import tab_actions
from app.ui.ui_settings import ui_settings

VIEWS = ("day", "week", "all", "list")


class AppointmentsTab(QWidget):
    appointments_changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsTab")
        self._ctx = ctx
        self.view = "week"
        self.day = date.today()
        self.reps: list[RepInfo] = []
        self.grid = CalendarGrid()
        self.list_page = AppointmentListPage()
        self._build()
        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()
        self.grid.key_command.connect(self._key_command)
        self.grid.block_moved.connect(self._dragged)
        self.grid.block_activated.connect(self.edit_appointment)
        self.grid.slot_activated.connect(self._book_at)
        self.list_page.activated.connect(self.edit_appointment)
        self.reload_reps()
        settings = ui_settings()
        saved_rep = settings.value("appointments/rep")
        if saved_rep is not None and str(saved_rep).isdigit():
            self.rep_combo.setCurrentIndex(max(0, self.rep_combo.findData(int(str(saved_rep)))))
        saved_view = str(settings.value("appointments/view", "week"))
        self.set_view(saved_view if saved_view in VIEWS else "week")

    def save_state(self, settings: QSettings) -> None:
        """Written with the window's state on close, so previews never touch it."""
        if self.rep_combo.currentData() is not None:
            settings.setValue("appointments/rep", self.rep_combo.currentData())
        settings.setValue("appointments/view", self.view)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.view_buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        for index, label in enumerate((self.tr("&Day"), self.tr("&Week"),
                                       self.tr("All r&eps"), self.tr("&List"))):
            button = QPushButton(without_mnemonic(label))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.view_buttons.addButton(button, index)
            bar.addWidget(button)
        self.view_buttons.idClicked.connect(lambda i: self.set_view(VIEWS[i]))
        self.rep_combo = QComboBox()
        self.rep_combo.setObjectName("calendarRep")
        self.rep_combo.setMinimumWidth(160)
        self.rep_combo.currentIndexChanged.connect(self._rep_changed)
        prev_button = QPushButton("◀")
        today_button = QPushButton(self.tr("Today"))
        next_button = QPushButton("▶")
        self.nav_buttons = (prev_button, today_button, next_button)
        prev_button.clicked.connect(lambda: self.step(-1))
        next_button.clicked.connect(lambda: self.step(1))
        today_button.clicked.connect(self.go_today)
        self.period_label = QLabel()
        self.period_label.setObjectName("calendarPeriod")
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.clicked.connect(lambda: self.book())
        bar.addSpacing(12)
        bar.addWidget(self.rep_combo)
        bar.addWidget(prev_button)
        bar.addWidget(today_button)
        bar.addWidget(next_button)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.book_button)
        # The period label may elide so the toolbar fits narrow windows.
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        fit_buttons_to_text(*self.view_buttons.buttons(), *self.nav_buttons, self.book_button)
        self.message = QLabel()
        self.message.setObjectName("appointmentsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318; font-weight: bold;")
        self.message.hide()
        self.calendar_scroll = QScrollArea()
        self.calendar_scroll.setWidgetResizable(True)
        self.calendar_scroll.setWidget(self.grid)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.calendar_scroll)
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

    def _make_actions(self) -> None:
        specs = [
            ("day", self.tr("&Day view"), "D", lambda: self.set_view("day")),
            ("week", self.tr("&Week view"), "W", lambda: self.set_view("week")),
            ("all", self.tr("&All reps (one day)"), "A", lambda: self.set_view("all")),
            ("list", self.tr("&List"), "L", lambda: self.set_view("list")),
            ("today", self.tr("&Today"), "T", self.go_today),
            ("prev", self.tr("&Previous day/week"), "PgUp", lambda: self.step(-1)),
            ("next", self.tr("&Next day/week"), "PgDown", lambda: self.step(1)),
            ("book_here", self.tr("&Book in this view…"), "B", lambda: self.book()),
        ]
        self.actions_by_name.update(tab_actions(self, specs))

    # -- state --------------------------------------------------------------------------
    def reload_reps(self) -> None:
        self.reps = list_reps(active_only=True)
        current = self.rep_combo.currentData()
        self.rep_combo.blockSignals(True)
        self.rep_combo.clear()
        for rep in self.reps:
            self.rep_combo.addItem(rep.name, rep.id)
        self.rep_combo.setCurrentIndex(max(0, self.rep_combo.findData(current)))
        self.rep_combo.blockSignals(False)
        self.list_page.reload_reps()

    def _rep_changed(self) -> None:
        self.reload()

    def current_rep(self) -> RepInfo | None:
        rep_id = self.rep_combo.currentData()
        return next((r for r in self.reps if r.id == rep_id), None)

    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons.button(VIEWS.index(view)).setChecked(True)
        self.rep_combo.setEnabled(view in ("day", "week"))
        self.rep_combo.setVisible(view != "list")
        for button in self.nav_buttons:
            button.setVisible(view != "list")
        self.stack.setCurrentIndex(1 if view == "list" else 0)
        self.reload()
        (self.list_page.table if view == "list" else self.grid).setFocus()

    def step(self, direction: int) -> None:
        self.day += timedelta(days=7 * direction if self.view == "week" else direction)
        self.reload()

    def go_today(self) -> None:
        self.day = date.today()
        self.reload()

    def show_day(self, day: date, view: str | None = None) -> None:
        self.day = day
        self.set_view(view or self.view)

    def days(self) -> list[date]:
        if self.view == "week":
            monday = self.day - timedelta(days=self.day.weekday())
            return [monday + timedelta(days=i) for i in range(7)]
        return [self.day]

    def refresh(self) -> None:
        self.reload_reps()
        self.reload()

    def reload(self) -> None:
        if self.view == "list":
            self.period_label.setText(self.tr("All appointments in the chosen dates"))
            self.list_page.refresh()
            return
        local = resolve_zone("")
        rep = self.current_rep()
        reps = self.reps if self.view == "all" else ([rep] if rep else [])
        columns: list[GridColumn] = []
        for day in self.days():
            start = local_midnight(day, local)
            end = local_midnight(day + timedelta(days=1), local)
            for shown in reps:
                working = tuple((w.starts_at, w.ends_at)
                                for w in working_windows(day, shown.hours, shown.zone))
                title = (shown.name if self.view == "all"
                         else day_text(day))
                columns.append(GridColumn(title, start, end, shown.id, working))
        if not columns:
            self.grid.set_data([], [], self.tr(
                "No reps yet. Press Ctrl+Shift+M to add the field reps you book visits for; "
                "then B books an appointment here, or Ctrl+Shift+B from anywhere."))
            self.period_label.setText(self.tr("No reps yet: add one with Appointments ▸ Reps…"))
            return
        rep_ids = [r.id for r in reps]
        rows = calendar_rows(columns[0].day_start, columns[-1].day_end, rep_ids)
        self.grid.set_data(columns, rows)
        first, last = self.days()[0], self.days()[-1]
        if self.view == "week":
            label = (f"{rep.name if rep else ''} · {day_text(first, 'dd MMM')} – "
                     f"{day_text(last, 'dd MMM yyyy')}")
        elif self.view == "day":
            label = f"{rep.name if rep else ''} · {day_text(first, 'dddd dd MMMM yyyy')}"
        else:
            label = self.tr("All reps · %1").replace("%1", day_text(first, "dddd dd MMMM yyyy"))
        self.period_label.setText(label)

    def selected_id(self) -> int | None:
        return self.list_page.selected_id() if self.view == "list" else self.grid.selected_id

    # -- booking and moving -------------------------------------------------------------
    def book(self, start: datetime | None = None, rep_id: int | None = None,
             contact_id: int | None = None, call_id: int | None = None) -> BookingDialog:
        if rep_id is None and self.view in ("day", "week"):
            rep_id = self.rep_combo.currentData()
        if start is None and self.view != "list":
            now = datetime.now().astimezone()
            start = datetime.combine(self.day, now.time().replace(
                minute=0, second=0, microsecond=0)).astimezone()
        dialog = BookingDialog(self._ctx, self.window(), contact_id=contact_id, call_id=call_id,
                               start=start, rep_id=rep_id)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _book_at(self, column: int, start: int) -> None:
        rep_id = self.grid.columns[column].rep_id
        self.book(datetime.fromtimestamp(start).astimezone(), rep_id)

    def edit_appointment(self, appointment_id: int) -> BookingDialog | None:
        try:
            get_appointment(appointment_id)
        except NotFoundError:
            self.reload()
            return None
        dialog = BookingDialog(self._ctx, self.window(), appointment_id=appointment_id)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_save(self, appointment_id: int | None) -> None:
        self.message.hide()
        if appointment_id is not None:
            start = get_appointment(appointment_id).starts_at.astimezone().date()
            if self.view != "list" and start not in self.days():
                self.day = start
            self.grid.selected_id = appointment_id
        self.reload()
        self.appointments_changed.emit()

    def _dragged(self, appointment_id: int, column: int, start: int) -> None:
        self.move_to(appointment_id, start, self.grid.columns[column].rep_id)

    def move_to(self, appointment_id: int, start: int, rep_id: int | None = None) -> bool:
        """Move an appointment; a refused move leaves it where it was, with the reason shown."""
        when = datetime.fromtimestamp(start).astimezone()
        try:
            try:
                move_appointment(appointment_id, when, rep_id)
            except OutOfHoursError as exc:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Outside working hours"),
                    self.tr("%1\n\nReason to move it anyway:").replace("%1", exc.message))
                if not ok or not reason.strip():
                    raise
                move_appointment(appointment_id, when, rep_id, reason.strip())
        except (ValidationError, NotFoundError) as exc:
            self.message.setText(self.tr("Not moved – %1").replace("%1", error_text(exc)))
            self.message.show()
            self.reload()
            return False
        self.message.hide()
        self.grid.selected_id = appointment_id
        self.reload()
        self.appointments_changed.emit()
        return True

    def _key_command(self, command: str) -> None:
        if command in ("prev", "next"):
            self.step(-1 if command == "prev" else 1)
            return
        _, column_step, seconds = command.split(":")
        block = next((b for b in self.grid.blocks if b.id == self.grid.selected_id), None)
        column = self.grid.column_of(block) if block else None
        if block is None or column is None:
            return
        target = column + int(column_step)
        if not 0 <= target < len(self.grid.columns):
            return
        old, new = self.grid.columns[column], self.grid.columns[target]
        start = block.starts_at + int(seconds)
        if new.rep_id == old.rep_id:
            start += new.day_start - old.day_start
        self.move_to(block.id, start, new.rep_id)
        self.grid.setFocus()
