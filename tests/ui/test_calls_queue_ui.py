"""Working a 50-lead call queue with the keyboard alone: Ctrl+J once, then five keys a lead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.db.models import Call
from app.services import clock
from app.services.call_queue import save_queue
from app.services.call_types import QueueFilter
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.ui.call_mode_dialog import CallModeDialog
from tests.ui.call_ui_helpers import when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NY_MORNING = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)  # 11:00 in New York, 20:30 in India


@pytest.fixture()
def at_ny_morning(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url.toString()) or True))
    monkeypatch.setattr(clock, "now", lambda: NY_MORNING)
    return urls


def test_work_a_queue_with_the_keyboard(qtbot, main_window, at_ny_morning) -> None:
    leads = [create_contact(ContactInput(first_name=f"Lead {n}", tags=["hot"], phones=[
        PhoneInput(f"+1 201 555 01{n:02d}")])).contact_id for n in range(50)]
    india = create_contact(ContactInput(first_name="Late", tags=["hot"], phones=[
        PhoneInput("+91 98765 43210")])).contact_id
    create_contact(ContactInput(first_name="Cold", tags=["cold"],
                                phones=[PhoneInput("+1 201 555 0299")]))
    create_contact(ContactInput(first_name="Dnc", tags=["hot"], do_not_call=True,
                                phones=[PhoneInput("+1 201 555 0298")]))
    queue = save_queue("Hot leads", QueueFilter(tags=["hot"]))
    panel = main_window.calls.queue
    panel.reload(queue.id)
    assert not panel.held.isVisibleTo(panel)  # no empty box before anyone is held back
    called: list[int] = []

    def work(dialog: CallModeDialog) -> None:
        called.append(dialog.contact_id)
        when_modal(CallModeDialog, work, exclude=dialog)  # the next lead follows by itself
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_Return)  # dial
        qtbot.keyClick(dialog.numbers, Qt.Key.Key_E, CTRL)  # end call
        qtbot.keyClick(dialog.outcome.outcomes, Qt.Key.Key_2)  # no answer
        qtbot.keyClick(dialog.outcome.notes, Qt.Key.Key_F, ALT)  # follow-up, tomorrow 9:00
        qtbot.keyClick(dialog.outcome.preset, Qt.Key.Key_Return, CTRL)  # save and next

    when_modal(CallModeDialog, work)
    qtbot.keyClick(main_window.contacts.table, Qt.Key.Key_J, CTRL)
    qtbot.waitUntil(lambda: "Queue done" in panel.status.text(), timeout=20000)

    assert called == leads  # in order; India held back, cold and do-not-call skipped
    assert len(at_ny_morning) == 50
    assert [c.contact_id for c in Call.select().order_by(Call.id)] == leads
    assert panel.held.count() == 1 and "Late" in panel.held.item(0).text()
    assert panel.held.item(0).text().startswith("20:xx")
    assert panel.held.isVisibleTo(panel) and "(1)" in panel.held_title.text()
    assert india not in called
