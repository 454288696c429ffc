"""On start, offer back the drafts a crash left behind (see app/services/drafts.py).

A feature with an editor registers how to reopen its drafts, with one line in a module loaded
at start (app/ui/feature_tabs.py, since the tabs themselves are built later)::

    register_draft_handler("quote", QT_TRANSLATE_NOOP("Drafts", "quote"), reopen_quote_draft)

where ``reopen_quote_draft(window, draft)`` opens the editor filled from ``draft.payload_json``
(the editor then saves or discards the draft as usual). Drafts of kinds nobody registered are
left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.drafts import Draft, discard_draft, pending_drafts
from app.ui.local_time import local_text


@dataclass(frozen=True)
class DraftHandler:
    label: str  # what the draft is, for "Restore the unsaved %s…"
    reopen: Callable[[QWidget, Draft], None]


DRAFT_HANDLERS: dict[str, DraftHandler] = {}


def register_draft_handler(kind: str, label: str,
                           reopen: Callable[[QWidget, Draft], None]) -> None:
    DRAFT_HANDLERS[kind] = DraftHandler(label, reopen)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


def offer_pending_drafts(window: QWidget) -> int:
    """Ask about each left-over draft that has a handler; returns how many were reopened."""
    reopened = 0
    for draft in pending_drafts():
        handler = DRAFT_HANDLERS.get(draft.kind)
        if handler is None:
            continue
        when = local_text(draft.saved_at)
        label = _tr(handler.label)
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Unsaved work found"))
        box.setText(_tr("CallDesk closed while a %s was being edited (last kept %s).")
                    % (label, when))
        box.setInformativeText(_tr("Open it again to finish it, or discard it?"))
        reopen = box.addButton(_tr("Open again"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Ask me later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reopen)
        box.exec()
        if box.clickedButton() is reopen:
            handler.reopen(window, draft)
            reopened += 1
        elif box.clickedButton() is discard:
            discard_draft(draft.kind, draft.key)
    return reopened
