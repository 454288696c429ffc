"""The Quotes menu: every quote action with its shortcut; each switches to the Quotes tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

SHORTCUTS: list[tuple[str, str, str]] = [
    # (label, shortcut, QuotesTab method or "mark:<status>")
    ("&New quote…", "Ctrl+Shift+Q", "new_quote"),
    ("&Edit quote…", "Ctrl+Shift+O", "edit_selected"),
    ("D&uplicate quote", "Ctrl+Shift+D", "duplicate_selected"),
    ("&Revise quote", "Ctrl+Shift+R", "revise_selected"),
    ("&Print / Save PDF…", "Ctrl+Shift+P", "print_selected"),
    ("-", "", ""),
    ("Mark &sent", "Ctrl+Shift+S", "mark:sent"),
    ("Mark &accepted", "Ctrl+Shift+A", "mark:accepted"),
    ("Mark &declined", "Ctrl+Shift+X", "mark:declined"),
    ("&Void quote…", "Ctrl+Shift+Del", "void_selected"),
    ("-", "", ""),
    ("Suggest add-o&ns for the customer…", "Ctrl+Shift+U", "suggest_for_customer"),
    ("Products and ser&vices…", "Ctrl+Shift+K", "open_catalogue"),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteMenu", text)


def build_quote_menu(window) -> None:
    """Add the Quotes menu to *window* (a MainWindow with a ``quotes`` tab)."""
    from app.ui.main_window import TAB_QUOTES

    menu = window.menuBar().addMenu(_tr("Quo&tes"))  # Alt+Q is the Quotes tab
    for label, shortcut, target in SHORTCUTS:
        if label == "-":
            menu.addSeparator()
            continue
        menu.addAction(window._action(_tr(label), _slot(window, target, TAB_QUOTES), shortcut))


def _slot(window, target: str, tab_index: int) -> Callable[[], None]:
    def run(_checked: bool = False) -> None:
        from app.ui.main_window import TAB_CONTACTS

        # From the Contacts tab the selected contact is the customer, as booking does.
        on_contacts = window.tabs.currentIndex() == TAB_CONTACTS
        selected = window.contacts.selected_contact_id() if on_contacts else None
        window.tabs.setCurrentIndex(tab_index)
        if target.startswith("mark:"):
            window.quotes.mark(target.split(":", 1)[1])
        elif target == "new_quote":
            window.quotes.new_quote(selected)
        else:
            getattr(window.quotes, target)()

    return run
