"""Read-only view of one contact: its fields, clickable phones, then each feature's section."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser

from app.services.contacts import get_contact
from app.services.errors import NotFoundError
from app.ui.app_context import AppContext
from app.ui.desktop_launch import open_external

STYLE = """
<style>
 h2 { margin-bottom: 0; } .k { color: #666; } .warn { color: #b45309; font-weight: bold; }
 td { padding-right: 8px; vertical-align: top; }
</style>
"""


class ContactDetailPane(QTextBrowser):
    """Shows the selected contact. ``tel:`` and ``mailto:`` open outside the app; links with
    the ``calldesk:`` scheme are passed on through ``internal_link``."""

    internal_link = Signal(QUrl)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.contact_id: int | None = None
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never in the middle of a word
        self.anchorClicked.connect(self._on_link)
        self.setMinimumWidth(280)
        self.show_contact(None)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        if contact_id is None:
            self.setHtml(f"<p class='k'>{self.tr('Select a contact to see its details.')}</p>")
            return
        from app.ui.detail_sections import SECTIONS  # every feature's queries: on first use

        try:
            contact = get_contact(contact_id)
        except NotFoundError:
            self.contact_id = None
            self.setHtml(f"<p>{self.tr('This contact no longer exists.')}</p>")
            return
        self.setHtml(STYLE + "".join(section(contact, self._ctx) for section in SECTIONS))

    def refresh(self) -> None:
        self.show_contact(self.contact_id)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "calldesk":
            self.internal_link.emit(url)
        else:
            open_external(url, self)  # nothing to open tel: or mailto: is said in the window
