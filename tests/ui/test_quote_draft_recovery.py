"""A quote being edited when the app dies is offered again at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.drafts import pending_drafts
from app.services.quotes import get_quote, new_quote_input
from app.ui.draft_recovery import DRAFT_HANDLERS
from app.ui.quote_editor_dialog import QuoteEditorDialog


@pytest.mark.timeout(30)
def test_unsaved_quote_is_kept_and_reopened_after_a_crash(main_window, qtbot,
                                                         monkeypatch) -> None:
    monkeypatch.setattr("app.ui.quote_draft_keeper.DRAFT_DELAY_MS", 50)
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    dialog = QuoteEditorDialog(new_quote_input(cid), None, "en_IN", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.product_search, "Site survey")
    qtbot.keyClick(dialog.product_search, Qt.Key.Key_Return)
    dialog.notes.setPlainText("Measure the shop first")
    qtbot.waitUntil(lambda: len(pending_drafts("quote")) == 1, timeout=5000)
    dialog.drafts.keep()  # the latest change, as the timer would after two seconds
    # The app dies here: the dialog is never closed, the draft stays in the database.
    [draft] = pending_drafts("quote")
    seen: list[str] = []

    def finish() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, QuoteEditorDialog)
        seen.append(editor.notes.toPlainText())
        assert editor.is_dirty()  # restored work is unsaved work
        editor.save()

    QTimer.singleShot(0, finish)
    DRAFT_HANDLERS["quote"].reopen(main_window, draft)
    assert seen == ["Measure the shop first"]
    saved = main_window.quotes.selected_quote_id()
    assert get_quote(saved).data.lines[0].description == "Site survey"
    assert pending_drafts("quote") == []  # saving clears the draft
    dialog.done(0)  # the editor of the "crashed" session, closed without asking


def test_the_window_knows_quote_drafts_before_the_quotes_tab_is_built() -> None:
    """Drafts are offered just after start, long before anyone opens the Quotes tab."""
    import subprocess
    import sys
    from pathlib import Path

    from app.services.quote_drafts import KIND

    script = ("import sys; import app.ui.main_window; "
              "from app.ui.draft_recovery import DRAFT_HANDLERS; "
              "print(sorted(DRAFT_HANDLERS), 'app.ui.quotes_tab' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.split() == [f"['{KIND}']", "False"]
