"""Keeps the quote being edited as a draft a moment after each change, so a crash of the app
loses at most that moment; the draft goes when the quote is saved or discarded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.services.drafts import discard_draft, save_draft
from app.services.errors import ValidationError
from app.services.quote_drafts import KIND, draft_key, quote_draft_json

if TYPE_CHECKING:
    from app.ui.quote_editor_dialog import QuoteEditorDialog

DRAFT_DELAY_MS = 2000


class QuoteDraftKeeper(QObject):
    def __init__(self, editor: QuoteEditorDialog) -> None:
        super().__init__(editor)
        self._editor = editor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep)

    def changed(self) -> None:
        self._timer.start()

    def keep(self) -> None:
        editor = self._editor
        if not editor.is_dirty() or editor.read_only:
            return
        try:
            data = editor.current_input()
        except ValidationError:
            return  # a line half typed: the previous draft stays until it reads again
        save_draft(KIND, quote_draft_json(data, editor.quote_id), draft_key(editor.quote_id))

    def drop(self) -> None:
        self._timer.stop()
        discard_draft(KIND, draft_key(self._editor.quote_id))
