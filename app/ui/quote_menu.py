"""The Quotes menu: every quote action with its shortcut; each switches to the Quotes tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.ui.translations import QT_TRANSLATE_NOOP

SHORTCUTS: list[tuple[str, str, str]] = [
    # (label, shortcut, QuotesTab method or "mark:<status>")
    (QT_TRANSLATE_NOOP("QuoteMenu", "&New quote…"), "Ctrl+Shift+Q", "new_quote"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "&Edit quote…"), "Ctrl+Shift+O", "edit_selected"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "D&uplicate quote"), "Ctrl+Shift+D", "duplicate_selected"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "&Revise quote"), "Ctrl+Shift+R", "revise_selected"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "&Print / Save PDF…"), "Ctrl+Shift+P", "print_selected"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "Print as pro&forma invoice…"),
     "Ctrl+Alt+P", "print_proforma_selected"),
    ("-", "", ""),
    (QT_TRANSLATE_NOOP("QuoteMenu", "Mark &sent"), "Ctrl+Shift+S", "mark:sent"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "Mark &accepted"), "Ctrl+Shift+A", "mark:accepted"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "Mark &declined"), "Ctrl+Shift+X", "mark:declined"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "&Void quote…"), "Ctrl+Shift+Del", "void_selected"),
    ("-", "", ""),
    (QT_TRANSLATE_NOOP("QuoteMenu", "Suggest add-o&ns for the customer…"),
     "Ctrl+Shift+U", "suggest_for_customer"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "&Upsell list: bought X, not its add-on Y…"),
     "Ctrl+Shift+Y", "upsell_list"),
    (QT_TRANSLATE_NOOP("QuoteMenu", "Products and ser&vices…"), "Ctrl+Shift+K", "open_catalogue"),
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
        elif target == "upsell_list":
            open_upsell_list(window)
        else:
            getattr(window.quotes, target)()

    return run


def open_upsell_list(window) -> None:
    """The upsell list; then the contact chosen, or its call queue started on the Calls tab."""
    from app.ui.main_window import TAB_CALLS, TAB_CONTACTS
    from app.ui.upsell_dialog import UpsellDialog

    dialog = UpsellDialog(window.ctx, window)
    dialog.exec()
    if dialog.open_contact_id is not None:
        window.tabs.setCurrentIndex(TAB_CONTACTS)
        window.contacts.show_contact(dialog.open_contact_id)
    elif dialog.queue_id is not None:
        window.tabs.setCurrentIndex(TAB_CALLS)
        window.calls.queue.reload(dialog.queue_id)
        window.calls.queue.next()
