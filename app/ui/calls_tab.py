"""The Calls tab: the call log (lazy, filtered and sorted in SQL), the Due list and the queue."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.call_list import CallQuery
from app.services.contacts import get_contact
from app.services.errors import NotFoundError
from app.services.outcomes import list_outcomes
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.app_context import AppContext
from app.ui.call_table_model import (
    COL_BY,
    COL_CONTACT,
    COL_DIRECTION,
    COL_DURATION,
    COL_FOLLOW_UP,
    COL_NOTES,
    COL_NUMBER,
    COL_OUTCOME,
    COL_WHEN,
    CallTableModel,
)
from app.ui.due_panel import DuePanel
from app.ui.list_table import list_table
from app.ui.outcome_names import outcome_name
from app.ui.queue_panel import QueuePanel
from app.ui.typing_delay import after_typing
from app.ui.user_filter_combo import UserFilterCombo

# period code -> (days back from today for the start, days back for the end); None = open
PERIODS = ("all", "today", "yesterday", "7d", "30d", "custom")


class CallsTab(QWidget):
    call_requested = Signal(int)  # contact id: start call mode

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._stale = False
        self._ctx = ctx
        self._contact_id: int | None = None
        self.search = QLineEdit()
        self.search.setObjectName("callSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search calls by contact name or number digits"))
        self.period = QComboBox()
        self.period.setObjectName("callPeriod")
        for code, label in zip(PERIODS, (self.tr("All time"), self.tr("Today"),
                               self.tr("Yesterday"), self.tr("Last 7 days"),
                               self.tr("Last 30 days"), self.tr("Date range…")), strict=True):
            self.period.addItem(label, code)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7))
        self.date_from.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.date_to = QDateEdit(today)
        self.date_to.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.hide()
            edit.dateChanged.connect(lambda _: self.apply_filter())
        self.outcome = QComboBox()
        self.outcome.setObjectName("callOutcomeFilter")
        self.direction = QComboBox()
        self.direction.setObjectName("callDirectionFilter")
        for label, code in ((self.tr("In and out"), ""), (self.tr("Outgoing"), "out"),
                            (self.tr("Incoming"), "in")):
            self.direction.addItem(label, code)
        self.by_user = UserFilterCombo(self.tr("Anyone"), self.tr("My calls"))
        self.by_user.setObjectName("callByUser")
        self.by_user.setToolTip(self.tr("Whose calls: anyone's, or one person's"))
        self.contact_only = QPushButton(self.tr("This contact only"))
        self.contact_only.setObjectName("callContactOnly")
        self.contact_only.setToolTip(self.tr("Show only the calls with the contact of the "
                                             "selected row (Ctrl+Shift+C)"))
        self.contact_only.clicked.connect(self.only_selected_contact)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(
            self.only_selected_contact)
        self.contact_label = QLabel()
        self.contact_clear = QPushButton(self.tr("All contacts"))
        self.contact_clear.clicked.connect(lambda: self.show_contact_calls(None))
        self.contact_label.hide()
        self.contact_clear.hide()
        self.reload_outcomes()

        self.model = CallTableModel(ctx.home_region, self)
        # Sized so that at 1280 wide every column, Notes included, shows without scrolling.
        self.table = list_table(self.model, "callTable", {
            COL_WHEN: 112, COL_CONTACT: 130, COL_NUMBER: 108, COL_DIRECTION: 56,
            COL_DURATION: 60, COL_OUTCOME: 108, COL_FOLLOW_UP: 130, COL_NOTES: 80, COL_BY: 76},
            self._empty_text)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COL_WHEN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.activated.connect(lambda index: self._call_row(index.row()))

        self.due = DuePanel(ctx.home_region, load=False)  # loads with the tab, when shown
        self.due.call_requested.connect(self.call_requested)
        self.queue = QueuePanel(ctx)

        self._search_timer = after_typing(self.search, self.apply_filter, self)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)  # Down goes from the search to the log
        self.period.currentIndexChanged.connect(self._period_changed)
        self.outcome.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.direction.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.by_user.currentIndexChanged.connect(lambda _: self.apply_filter())

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for widget in (self.period, self.date_from, self.date_to, self.outcome, self.direction,
                       self.by_user, self.contact_only, self.contact_label, self.contact_clear):
            bar.addWidget(widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.due)
        side.addWidget(self.queue)
        side.setStretchFactor(0, 1)  # spare height to the Due list, not to an empty queue area
        side.setStretchFactor(1, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._stale = True  # the log and the Due list load when the tab is first shown

    # -- filtering ------------------------------------------------------------------------
    def reload_outcomes(self) -> None:
        current = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("All outcomes"), "")
        for outcome in list_outcomes(include_inactive=True):
            self.outcome.addItem(outcome_name(outcome.label), outcome.code)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.outcome.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.apply_filter()

    def _range(self) -> tuple[int | None, int | None]:
        code = self.period.currentData()
        today = datetime.combine(datetime.now().date(), time()).astimezone()
        days = {"today": (0, -1), "yesterday": (1, 0), "7d": (6, -1), "30d": (29, -1)}
        if code in days:
            back, end_back = days[code]
            return (int((today - timedelta(days=back)).timestamp()),
                    int((today - timedelta(days=end_back)).timestamp()))
        if code == "custom":
            first, last = self.date_from.date(), self.date_to.date()
            start = datetime(first.year(), first.month(), first.day()).astimezone()
            end = datetime(last.year(), last.month(), last.day()).astimezone()
            return int(start.timestamp()), int((end + timedelta(days=1)).timestamp())
        return None, None

    def current_query(self) -> CallQuery:
        q = self.model.query
        start, end = self._range()
        return CallQuery(self.search.text().strip(), self._contact_id,
                         str(self.outcome.currentData() or ""),
                         str(self.direction.currentData() or ""), start, end, q.sort,
                         q.descending, self.by_user.user_id())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.search and event.type() == event.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self._search_entered()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    def _search_entered(self) -> None:
        self.apply_filter()
        self.table.setFocus()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        q = self.model.query
        shown = COL_OUTCOME if q.sort == "outcome" else COL_WHEN
        if shown != column:  # not sortable: put the indicator back where the order is
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(shown, Qt.SortOrder.DescendingOrder if q.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def show_contact_calls(self, contact_id: int | None) -> None:
        """Limit the log to one contact's calls (None: everybody's)."""
        self._contact_id = contact_id
        name = ""
        if contact_id is not None:
            try:
                name = get_contact(contact_id).display_name
            except NotFoundError:
                self._contact_id = None
        self.contact_label.setText(self.tr("Calls with <b>%s</b>") % escape(name))
        self.contact_label.setVisible(self._contact_id is not None)
        self.contact_only.setVisible(self._contact_id is None)
        self.contact_clear.setVisible(self._contact_id is not None)
        self.search.setEnabled(self._contact_id is None)
        self.apply_filter()

    def only_selected_contact(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self.show_contact_calls(contact_id)
            self.table.setFocus()

    def _empty_text(self) -> str:
        if self.model.query == CallQuery(sort=self.model.query.sort,
                                         descending=self.model.query.descending):
            return self.tr("No calls logged yet. Select a contact and press Ctrl+L to call, "
                           "or Ctrl+Shift+L to log a past call.")
        return self.tr("No calls match this search and these filters.")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _call_row(self, row: int) -> None:
        contact_id = self.model.contact_id(row)
        if contact_id is not None:
            self.call_requested.emit(contact_id)

    def selected_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        """Reload the log and the Due list now if they are on screen, else when next shown
        (calls are mostly logged from the Contacts tab, with this tab hidden)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.model.refresh()
        self.due.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def settings_changed(self, region: str) -> None:
        """After Settings: the home country and the outcomes may have changed."""
        self.reload_outcomes()
        self.model.set_home_region(region)
        self.due.set_home_region(region)
