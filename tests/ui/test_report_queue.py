"""A report's drill-down list made into a call queue: saved under the figure's name and
worked at once on the Calls tab, handing out only the contacts the list showed."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt

from app.services import clock
from app.services.call_queue import list_queues
from app.ui.call_mode_dialog import CallModeDialog
from app.ui.main_window import TAB_CALLS, TAB_REPORTS
from tests.services.report_data import INDIA, seed_march
from tests.ui.call_ui_helpers import when_modal


def test_make_call_queue_from_a_drill_down(qtbot, main_window, monkeypatch) -> None:
    monkeypatch.setattr(clock, "local_zone", lambda: INDIA)
    # 11:30 in India: the contacts' numbers may be called now.
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 4, 10, 6, 0, tzinfo=UTC))
    ids = seed_march()
    main_window.tabs.setCurrentIndex(TAB_REPORTS)
    tab = main_window.reports
    custom = tab.period.findData("custom")
    tab.period.setCurrentIndex(custom)
    tab.period.activated.emit(custom)
    tab.first.setDate(QDate(2026, 3, 1))
    tab.last.setDate(QDate(2026, 3, 31))
    dialog = tab.drill(tab.view.drills[1], "Connects")  # connects: Asha twice, Bala
    assert dialog is not None and dialog.queue_button.isEnabled()
    called: list[int] = []
    when_modal(CallModeDialog, lambda d: (called.append(d.contact_id), d.reject()))
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    assert [q.name for q in list_queues()] == ["Funnel: Connects, 2026-03-01 to 2026-03-31"]
    assert sorted(list_queues()[0].filter.contact_ids) == sorted([ids["a"], ids["b"]])
    assert main_window.tabs.currentIndex() == TAB_CALLS
    assert main_window.calls.queue.queues.currentText() == list_queues()[0].name
    qtbot.waitUntil(lambda: bool(called), timeout=3000)
    assert called[0] in (ids["a"], ids["b"])
    assert not dialog.isVisible()
