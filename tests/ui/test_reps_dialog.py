"""Managing reps: bad working hours are named by day; a saved rep appears in the calendar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.reps import find_rep
from app.ui.reps_dialog import RepsDialog


def test_add_rep_with_split_day(qtbot, main_window) -> None:
    dialog = RepsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Meera Nair")
    dialog.days["sat"].setText("10:00-14:00")
    dialog.days["mon"].setText("09:00-13:00, 12:00-18:00")
    qtbot.mouseClick(dialog.findChild(type(dialog.delete_button), "repSave"),
                     Qt.MouseButton.LeftButton)
    assert "mon" in dialog.message.text() and "overlap" in dialog.message.text()
    dialog.days["mon"].setText("09:00-13:00, 14:00-18:00")
    dialog.color.setText("#7c3aed")
    dialog.buffer.setValue(20)
    dialog.save()
    assert dialog.message.text() == ""
    rep = find_rep("meera nair")
    assert rep.hours["mon"] == [(540, 780), (840, 1080)] and rep.hours["sat"] == [(600, 840)]
    assert rep.buffer_min == 20 and rep.time_zone == ""
    dialog.close()
    main_window.appointments.refresh()
    assert main_window.appointments.rep_combo.findText("Meera Nair") >= 0


def test_unsaved_rep_edits_are_not_dropped_silently(qtbot, main_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.services.reps import RepInput, create_rep, get_rep

    first = create_rep(RepInput("Anita Desai"))
    create_rep(RepInput("Ravi Kumar"))
    replies = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = RepsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rep_id == first
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, " (north)")
    dialog.reps.setCurrentRow(1)  # another rep: asked, and Cancel keeps the edit
    assert len(asked) == 1 and dialog.rep_id == first
    assert dialog.name.text() == "Anita Desai (north)" and dialog.reps.currentRow() == 0
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # asked again: Discard closes
    assert len(asked) == 2 and not dialog.isVisible()
    assert get_rep(first).name == "Anita Desai"
