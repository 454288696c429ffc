"""The Reports tab in the real window: period and filters, the figures and chart it shows, and
the drill-down from a bar or a row to the records behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from app.services import clock
from app.ui.main_window import TAB_REPORTS
from tests.services.report_data import INDIA, seed_march


@pytest.fixture()
def reports(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(clock, "local_zone", lambda: INDIA)
    ids = seed_march()
    main_window.tabs.setCurrentIndex(TAB_REPORTS)
    tab = main_window.reports
    custom = tab.period.findData("custom")
    tab.period.setCurrentIndex(custom)
    tab.period.activated.emit(custom)
    tab.first.setDate(QDate(2026, 3, 1))
    tab.last.setDate(QDate(2026, 3, 31))
    return tab, ids


def _choose(combo, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _cells(tab) -> list[list[str]]:
    return [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())]
            for r in range(tab.table.rowCount())]


def test_ctrl_5_shows_the_reports(qtbot, main_window) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == TAB_REPORTS
    assert main_window.reports.isVisible() and main_window.reports.loaded


def test_funnel_shows_counts_rates_and_a_bar_per_step(reports) -> None:
    tab, _ = reports
    assert tab.first.isVisible()
    assert _cells(tab) == [
        ["Dials", "7", "—"], ["Connects", "3", "42.9 %"], ["Appointments set", "3", "100.0 %"],
        ["Appointments held", "2", "66.7 %"], ["Quotes sent", "4", "200.0 %"],
        ["Quotes won", "2", "50.0 %"]]
    assert tab.chart.series[0].values == [7, 3, 3, 2, 4, 2]


def test_filters_change_the_figures(qtbot, reports) -> None:
    tab, ids = reports
    _choose(tab.seller, ids["meera"])
    assert [row[1] for row in _cells(tab)] == ["2", "1", "1", "0", "0", "0"]
    _choose(tab.seller, None)
    tab.source.setText("web")
    qtbot.waitUntil(lambda: _cells(tab)[0][1] == "4", timeout=2000)


def test_a_click_on_a_bar_lists_the_calls_behind_it(qtbot, reports) -> None:
    from app.ui.drill_down_dialog import DrillDownDialog

    tab, _ = reports
    tab.chart.repaint()
    area = next(a for a, series, point in tab.chart.hit_areas() if point == 1)  # connects
    qtbot.mouseClick(tab.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(area.center().x()), int(area.bottom()) - 2))
    dialog = next(d for d in tab.findChildren(DrillDownDialog) if d.isVisible())
    assert dialog.windowTitle() == "Connects"
    model = dialog.table.model()
    assert sorted(model.index(r, 2).data() for r in range(model.rowCount())) == [
        "call_back", "connected", "sale"]


def test_handoff_row_drills_to_its_appointments_and_opens_the_contacts_calls(
        qtbot, main_window, reports) -> None:
    from app.ui.drill_down_dialog import DrillDownDialog
    from app.ui.main_window import TAB_APPOINTMENTS

    tab, ids = reports
    _choose(tab.report, "handoff")
    rows = _cells(tab)
    assert ["Meera", "Ravi", "1", "0", "1", "0", "0", "0.0 %", "—"] in rows
    row = next(i for i, r in enumerate(rows) if r[:2] == ["Owner", "Ravi"])
    assert rows[row][2:7] == ["1", "1", "0", "0", "1"]
    tab.table.setCurrentCell(row, 0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = next(d for d in tab.findChildren(DrillDownDialog) if d.isVisible())
    model = dialog.table.model()
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Asha"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert main_window.pages[TAB_APPOINTMENTS].is_built()  # the appointment opened for editing


@pytest.mark.parametrize("report", ["activity", "hours", "sources", "quotes", "upsell"])
def test_every_report_shows_its_figures_and_chart(reports, report) -> None:
    tab, _ = reports
    _choose(tab.report, report)
    cells = _cells(tab)
    expected = {"activity": ["2026-03-02", "Meera", "2", "2", "1", "0:03:30", "0:01:45"],
                "hours": ["10:00", "Owner", "2", "1", "1", "0:08:40", "0:04:20"],
                "sources": ["web", "2", "1", "50.0 %", "₹1,200.00"],
                "quotes": ["Win rate", "66.7 %", ""],
                "upsell": ["Attach rate", "100.0 %"]}[report]
    assert expected in cells
    assert tab.chart.labels and tab.chart.series
