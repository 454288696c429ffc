"""Two people edit the same contact: the second save shows who changed what, and the person
keeps theirs or takes the other's field by field; nothing is silently overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact, get_contact, update_contact
from app.services.settings import default_region
from app.ui.app_context import AppContext
from app.ui.contact_dialog import ContactDialog
from app.ui.edit_conflict_dialog import COL_MINE, COL_THEIRS, EditConflictDialog
from tests.ui.call_ui_helpers import when_modal


@pytest.fixture(autouse=True)
def _closing_drops_unsaved(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the dialog at the end of a test must not stop to ask about unsaved text."""
    monkeypatch.setattr("app.ui.contact_dialog.confirm_discard", lambda *_a, **_k: True)


def _open(qtbot, db_path: str, contact_id: int) -> ContactDialog:
    dialog = ContactDialog(AppContext(db_path=db_path, home_region=default_region()),
                           get_contact(contact_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_second_save_shows_both_versions_and_keeps_the_chosen_mix(qtbot, db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Priya", city="Pune", notes="old",
                                      phones=[PhoneInput("+91 98765 43210")])).contact_id
    dialog = _open(qtbot, db_path, cid)
    # Meanwhile somebody else saves a new city and notes.
    update_contact(cid, ContactInput(first_name="Priya", city="Mumbai", notes="theirs",
                                     phones=[PhoneInput("+91 98765 43210")]),
                   get_contact(cid).row_version)
    qtbot.keyClicks(dialog.city, " West")  # ours: "Pune West"
    dialog.notes.setPlainText("mine")
    seen: dict[str, object] = {}

    def choose(conflict: EditConflictDialog) -> None:
        rows = {conflict.table.item(r, 0).text(): (conflict.table.item(r, COL_MINE).text(),
                                                   conflict.table.item(r, COL_THEIRS).text())
                for r in range(conflict.table.rowCount())}
        seen["rows"] = rows
        conflict.take_theirs("city")  # their city, our notes
        qtbot.mouseClick(conflict.save_button, Qt.MouseButton.LeftButton)

    when_modal(EditConflictDialog, choose)
    dialog.save()
    assert seen["rows"] == {"City": ("Pune West", "Mumbai"), "Notes": ("mine", "theirs")}
    saved = get_contact(cid)
    assert (saved.city, saved.notes) == ("Mumbai", "mine")
    assert dialog.saved_contact_id == cid


def test_reload_theirs_drops_mine_and_cancel_keeps_what_was_typed(qtbot, db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Asha", city="Pune")).contact_id
    dialog = _open(qtbot, db_path, cid)
    update_contact(cid, ContactInput(first_name="Asha", city="Goa"), get_contact(cid).row_version)
    dialog.city.setText("Nashik")
    when_modal(EditConflictDialog, lambda d: d.reject())
    dialog.save()
    assert dialog.city.text() == "Nashik", "cancelling the question keeps what was typed"
    assert get_contact(cid).city == "Goa"
    when_modal(EditConflictDialog, lambda d: qtbot.mouseClick(d.reload_button,
                                                              Qt.MouseButton.LeftButton))
    dialog.save()
    assert dialog.city.text() == "Goa" and not dialog.has_changes()
    assert get_contact(cid).city == "Goa"


def test_status_and_gst_treatment_are_shown_in_the_words_of_the_form(qtbot,
                                                                     db_path: str) -> None:
    from dataclasses import replace

    cid = create_contact(ContactInput(first_name="Priya", status="customer",
                                      gst_treatment="consumer")).contact_id
    theirs = get_contact(cid)
    mine = replace(theirs.to_input(), status="prospect", gst_treatment="overseas")
    conflict = EditConflictDialog(mine, theirs, "Ravi", default_region())
    qtbot.addWidget(conflict)
    rows = {conflict.table.item(r, 0).text(): (conflict.table.item(r, COL_MINE).text(),
                                               conflict.table.item(r, COL_THEIRS).text())
            for r in range(conflict.table.rowCount())}
    assert rows == {"Status": ("Prospect", "Customer"),
                    "GST treatment": ("Overseas", "Consumer")}
