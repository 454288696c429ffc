"""A dialog that edits one record of a list at a time (products, reps) and asks before
unsaved edits are dropped: by picking another record, pressing New, Esc or Close."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.ui.discard_prompt import confirm_discard


class RecordFormDialog(QDialog):
    """Subclasses fill ``_shown`` with ``_form_state()`` whenever the form is loaded or saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shown: tuple[object, ...] = ()  # the form as last filled or saved

    def _form_state(self) -> tuple[object, ...]:
        """What the form shows, as typed: compared to tell unsaved edits."""
        raise NotImplementedError

    def _unsaved_message(self) -> str:
        raise NotImplementedError

    def has_changes(self) -> bool:
        return bool(self._shown) and self._form_state() != self._shown

    def _may_leave(self) -> bool:
        """True when the form has no unsaved edits or the user agrees to drop them."""
        return not self.has_changes() or confirm_discard(self, self._unsaved_message())

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
