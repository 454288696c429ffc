"""The Reports tab: pick a report, a period and filters; see a chart and the figures. A click
on a bar or point, or Enter on a row, lists the calls, appointments, quotes or contacts behind
it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.models import CONTACT_STATUSES
from app.services.errors import ValidationError
from app.services.report_periods import PERIODS, period_for
from app.services.reports import ReportFilter
from app.ui.app_context import AppContext
from app.ui.chart_widget import ChartWidget
from app.ui.report_view import BUILDERS, REPORTS, Drill, ReportView, filter_text
from app.ui.status_names import status_name
from app.ui.typing_delay import after_typing


class ReportsTab(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view: ReportView | None = None
        self.filter: ReportFilter | None = None
        self.report = self._combo("reportChoice", list(zip(REPORTS, (
            self.tr("Funnel"), self.tr("Activity"), self.tr("Activity per hour"),
            self.tr("Hand-off"), self.tr("Sources"), self.tr("Quotes"), self.tr("Upsell")),
            strict=True)))
        self.period = self._combo("reportPeriod", list(zip(PERIODS, (
            self.tr("Today"), self.tr("This week"), self.tr("This month"),
            self.tr("This quarter"), self.tr("Custom")), strict=True)))
        self.period.setCurrentIndex(PERIODS.index("month"))
        today = QDate.currentDate()
        self.first = self._date(today.addDays(1 - today.day()))
        self.last = self._date(today)
        self.seller = self._combo("reportSeller", [])
        self.rep = self._combo("reportRep", [])
        self.status = self._combo("reportStatus", [("", self.tr("Any status")), *[
            (s, status_name(s)) for s in CONTACT_STATUSES]])
        self.source = self._text("reportSource", self.tr("Source"))
        self.tag = self._text("reportTag", self.tr("Tag"))
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.chart = ChartWidget()
        self.chart.setObjectName("reportChart")
        self.chart.point_clicked.connect(self._point_clicked)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(lambda item: self.drill_row(item.row()))

        bar = QHBoxLayout()
        for label, widget in ((self.tr("&Report"), self.report), (self.tr("Peri&od"), self.period),
                              (None, self.first), (None, self.last),
                              (self.tr("&Seller"), self.seller), (self.tr("Re&p"), self.rep),
                              (None, self.source), (None, self.tag), (None, self.status)):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        self.export_csv = QPushButton(self.tr("Export &CSV…"))
        self.export_csv.setObjectName("reportExportCsv")
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_pdf = QPushButton(self.tr("Export P&DF…"))
        self.export_pdf.setObjectName("reportExportPdf")
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        bar.addWidget(self.export_csv)
        bar.addWidget(self.export_pdf)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._fill_people()
        self._period_changed()
        self.loaded = False

    def _combo(self, name: str, items: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for data, text in items:
            combo.addItem(text, data)
        combo.activated.connect(lambda _: self._changed())
        return combo

    def _date(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _: self._changed())
        return edit

    def _text(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMaximumWidth(110)
        after_typing(edit, self._changed, self)
        return edit

    def _fill_people(self) -> None:
        from app.db.users import all_users
        from app.services.reps import list_reps

        for combo, first, people in (
                (self.seller, self.tr("Everybody"), [(u.id, u.shown_name) for u in all_users()]),
                (self.rep, self.tr("Every rep"), [(r.id, r.name) for r in list_reps()])):
            current = combo.currentData()
            combo.clear()
            combo.addItem(first, None)
            for data, text in people:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.first.setVisible(custom)
        self.last.setVisible(custom)

    def _changed(self) -> None:
        self._period_changed()
        if self.isVisible():
            self.run()

    # -- running --------------------------------------------------------------------------
    def current_filter(self) -> ReportFilter:
        kind = str(self.period.currentData())
        if kind == "custom":
            first, last = self.first.date().toPython(), self.last.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            period = period_for(kind, first=first, last=last)
        else:
            period = period_for(kind, date.today())
        return ReportFilter(period, self.seller.currentData(), self.rep.currentData(),
                            self.source.text(), self.tag.text(),
                            str(self.status.currentData() or ""))

    def run(self) -> None:
        from app.services.money import format_money, locale_for_region
        from app.ui.translations import interface_language

        self.loaded = True
        try:
            self.filter = self.current_filter()
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        locale = locale_for_region(self._ctx.home_region, interface_language())
        self.view = BUILDERS[str(self.report.currentData())](
            self.filter, lambda minor, currency: format_money(minor, currency, locale))
        p = self.filter.period
        self.message.setText(self.tr("%1 to %2 · click a bar or press Enter on a row to see "
                                     "what it counts").replace("%1", p.first.isoformat())
                             .replace("%2", p.last.isoformat()))
        self._show(self.view)

    def _show(self, view: ReportView) -> None:
        self.chart.set_data(view.labels, view.series, view.kind)
        self.table.clear()
        self.table.setColumnCount(len(view.headers))
        self.table.setHorizontalHeaderLabels(view.headers)
        self.table.setRowCount(len(view.rows))
        for r, cells in enumerate(view.rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        for c in range(len(view.headers) - 1):
            self.table.setColumnWidth(c, 200 if c == 0 else 110)

    def refresh(self) -> None:
        self._fill_people()
        if self.loaded and self.isVisible():
            self.run()
        else:
            self.loaded = False  # runs again when next shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.run()

    # -- export ---------------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        """Save the report shown, as CSV (its table) or PDF (its chart and table)."""
        if self.view is None or self.filter is None:
            return None
        from app.services.report_export import export_report
        from app.ui.file_dialogs import save_file_name

        p = self.filter.period
        name = f"{self.report.currentData()}-{p.first.isoformat()}-{p.last.isoformat()}.{fmt}"
        if fmt == "csv":
            title, pattern = self.tr("Export report as CSV"), self.tr("CSV files (*.csv)")
        else:
            title, pattern = self.tr("Export report as PDF"), self.tr("PDF files (*.pdf)")
        path, _ = save_file_name(self, "export" if fmt == "csv" else "pdf", title, name, pattern)
        if not path:
            return None
        if Path(path).suffix.casefold() != f".{fmt}":
            path += f".{fmt}"
        seller = self.seller.currentText() if self.seller.currentData() is not None else ""
        rep = self.rep.currentText() if self.rep.currentData() is not None else ""
        sheet = self.view.sheet(self.report.currentText(), filter_text(self.filter, seller, rep))
        try:
            written = export_report(sheet, path)
        except (OSError, ValidationError) as exc:
            QMessageBox.warning(self, title, self.tr("Could not export: %1").replace(
                "%1", str(exc)))
            return None
        self.message.setText(self.tr("Saved %1").replace("%1", str(written)))
        return written

    # -- drill-down -----------------------------------------------------------------------
    def drill_row(self, row: int) -> None:
        if self.view is not None and 0 <= row < len(self.view.drills):
            self.drill(self.view.drills[row], self.view.rows[row][0])

    def _point_clicked(self, _series: int, index: int) -> None:
        if self.view is not None and 0 <= index < len(self.view.point_drills):
            self.drill(self.view.point_drills[index], self.view.labels[index])

    def drill(self, spec: Drill | None, title: str) -> QWidget | None:
        """Open the list behind a figure; returns the dialog (None when nothing to list)."""
        if spec is None or self.filter is None:
            return None
        from app.services.reports import drill_down
        from app.ui.drill_down_dialog import DrillDownDialog

        figure, arg, scope = spec
        try:
            rows = drill_down(scope or self.filter, figure, arg)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Reports"), str(exc))
            return None
        p = (scope or self.filter).period
        queue_name = self.tr("%1: %2, %3 to %4").replace("%1", self.report.currentText()) \
            .replace("%2", title).replace("%3", p.first.isoformat()) \
            .replace("%4", p.last.isoformat())
        dialog = DrillDownDialog(title, rows, self, queue_name)
        dialog.link_activated.connect(self.link_activated)
        dialog.open()
        return dialog
