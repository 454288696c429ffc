"""The Due list fetches a page at a time: refreshing after every call stays cheap however many
follow-ups are due, and every one of them is still reachable by scrolling or with the keys."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.services import clock
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.ui.due_panel import DUE_PAGE, DuePanel

DUE = DUE_PAGE * 2 + 7


def _due_follow_ups(count: int) -> list[str]:
    now = clock.now()
    names = []
    for n in range(count):
        name = f"Lead {n:03d}"
        cid = create_contact(ContactInput(first_name=name,
                                          phones=[PhoneInput(f"+9198{n:08d}")])).contact_id
        log_call(CallInput(cid, "call_back", now - timedelta(days=10, minutes=count - n), 60,
                           "out", "", "", "follow_up", now - timedelta(hours=count - n)),
                 now=now)
        names.append(name)
    return names


def test_due_list_pages_in_every_follow_up(qtbot, db_path: str) -> None:
    names = _due_follow_ups(DUE)
    panel = DuePanel("IN")
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    assert panel.list.count() == DUE_PAGE  # one page, not all of them
    assert panel.title.text() == f"<b>Due today:</b> {DUE}"
    bar = panel.list.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolling to the end fetches the next page
    assert panel.list.count() == 2 * DUE_PAGE
    panel.list.setFocus()
    panel.list.setCurrentRow(panel.list.count() - 2)
    for _ in range(DUE):  # the keys reach the rest
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    shown = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(shown) == DUE
    assert [next(n for n in names if n in text) for text in shown] == names  # oldest first
    panel.refresh()  # back to the first page, cursor kept on the first row
    assert panel.list.count() == DUE_PAGE and panel.list.currentRow() == 0
