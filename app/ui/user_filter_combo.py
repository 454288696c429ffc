"""Whose records a list shows: anyone's, the person's own ("My calls", "Booked by me"), or one
other user's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.services.users import current_user, list_users


class UserFilterCombo(QComboBox):
    def __init__(self, anyone: str, mine: str, parent=None) -> None:
        super().__init__(parent)
        self._anyone = anyone
        self._mine = mine
        self.reload()

    def reload(self) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._anyone, None)
        try:
            me = current_user()
        except LookupError:  # a connection without a user: only "anyone" makes sense
            me = None
        if me is not None:
            self.addItem(self._mine, me.id)
        for user in list_users():
            if me is None or user.id != me.id:
                self.addItem(user.shown_name, user.id)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def user_id(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)
