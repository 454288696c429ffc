"""The main window: six tabs (Today first), menus with shortcuts for every common action,
status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton, QTabWidget, QWidget

from app.db.contact_list import contact_count
from app.db.postgres import redacted
from app.ui.app_context import AppContext
from app.ui.appointments_menu import build_appointments_menu
from app.ui.calls_menu import install_calls_menu
from app.ui.contacts_tab import ContactsTab
from app.ui.country_names import country_name
from app.ui.data_safety import DataSafety
from app.ui.demo_data_actions import DemoDataActions
from app.ui.feature_tabs import TAB_BUILDERS
from app.ui.import_export_actions import ImportExportActions
from app.ui.lazy_tab import LazyTab
from app.ui.mnemonic import without_mnemonic
from app.ui.quote_menu import build_quote_menu
from app.ui.ui_settings import START_KEY, ui_settings

if TYPE_CHECKING:
    from app.ui.appointments_tab import AppointmentsTab
    from app.ui.booking_dialog import BookingDialog
    from app.ui.call_launcher import CallLauncher
    from app.ui.calls_tab import CallsTab
    from app.ui.quotes_tab import QuotesTab
    from app.ui.reports_tab import ReportsTab
    from app.ui.today_tab import TodayTab

TAB_TODAY, TAB_CONTACTS, TAB_CALLS, TAB_APPOINTMENTS, TAB_QUOTES, TAB_REPORTS = range(6)


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, for work that need not delay the window appearing
    call_launcher: CallLauncher  # set by install_calls_menu
    appointments_menu: QMenu  # set by build_appointments_menu

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("CallDesk"))
        self._painted = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.contacts = ContactsTab(ctx)
        # The other tabs are built when first shown or used: the window paints sooner.
        self.pages: dict[int, LazyTab] = {}
        labels = {TAB_TODAY: self.tr("To&day"), TAB_CALLS: self.tr("Ca&lls"),
                  TAB_APPOINTMENTS: self.tr("A&ppointments"), TAB_QUOTES: self.tr("&Quotes"),
                  TAB_REPORTS: self.tr("&Reports")}
        names = {TAB_TODAY: "todayPage", TAB_CALLS: "callsPage",
                 TAB_APPOINTMENTS: "appointmentsPage", TAB_QUOTES: "quotesPage",
                 TAB_REPORTS: "reportsPage"}
        for index, build in TAB_BUILDERS:
            self.pages[index] = LazyTab(lambda b=build: b(self))  # type: ignore[misc]
            self.pages[index].setObjectName(names[index])
        self.contacts.setObjectName("contactsPage")
        for index in sorted([TAB_CONTACTS, *self.pages]):
            if index == TAB_CONTACTS:
                self.tabs.addTab(self.contacts, self.tr("&Contacts"))
            else:
                self.tabs.addTab(self.pages[index], labels[index])
        self.setCentralWidget(self.tabs)
        self.contacts.contacts_changed.connect(self.refresh_status)
        self.contacts.detail.internal_link.connect(self.open_internal_link)

        self.path_label = QLabel(redacted(ctx.db_path))  # a server's password never shows
        self.count_label = QLabel()
        # Numbers typed without +country are read in this country: keep it in sight.
        self.home_country_button = QPushButton()
        self.home_country_button.setObjectName("homeCountry")
        self.home_country_button.setFlat(True)
        self.home_country_button.setToolTip(self.tr(
            "Numbers without a country code are read in this country, unless the contact's "
            "own Country says otherwise. Click to change it in Settings."))
        self.home_country_button.clicked.connect(lambda: self.open_settings())
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.home_country_button)
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()
        self.refresh_status()
        self.restore_state()
        if self.tabs.currentIndex() == TAB_CONTACTS:
            self.contacts.search.setFocus()  # type a name straight away
        else:
            self.tabs.currentWidget().setFocus()  # Today passes typed letters to the search

    # -- tabs ---------------------------------------------------------------------------
    @property
    def painted(self) -> bool:
        return self._painted

    @property
    def today(self) -> TodayTab:
        return cast("TodayTab", self.pages[TAB_TODAY].content())

    @property
    def reports(self) -> ReportsTab:
        return cast("ReportsTab", self.pages[TAB_REPORTS].content())

    @property
    def calls(self) -> CallsTab:
        return cast("CallsTab", self.pages[TAB_CALLS].content())

    @property
    def appointments(self) -> AppointmentsTab:
        return cast("AppointmentsTab", self.pages[TAB_APPOINTMENTS].content())

    @property
    def quotes(self) -> QuotesTab:
        return cast("QuotesTab", self.pages[TAB_QUOTES].content())

    def built_tab(self, index: int) -> QWidget | None:
        """The tab's content if it has been built; nothing to refresh otherwise."""
        if index == TAB_CONTACTS:
            return self.contacts
        page = self.pages.get(index)
        return page.content() if page is not None and page.is_built() else None

    def build_all_tabs(self) -> None:
        for page in self.pages.values():
            page.content()

    def _action(self, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def open_database(self) -> None:
        """Another file or a team server, in a window of its own."""
        from app.ui.open_database_dialog import OpenDatabaseDialog

        OpenDatabaseDialog(self).exec()

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New contact…"), self.new_contact,
                                         QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open database…"), self.open_database,
                                         "Ctrl+O"))
        file_menu.addSeparator()
        self.import_export = ImportExportActions(self, file_menu)
        file_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,"))
        file_menu.addAction(self._action(self.tr("&Users…"), self.open_users))
        file_menu.addSeparator()
        self.data_safety = DataSafety(self, file_menu)  # backups, restore, outside changes
        self.demo_data = DemoDataActions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))

        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._action(self.tr("&Edit contact…"), self.contacts.edit_selected,
                                         "Ctrl+E"))
        edit_menu.addAction(self._action(self.tr("&Delete contact…"),
                                         self.contacts.delete_selected, "Ctrl+Delete"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Find…"), self.find_contacts,
                                         QKeySequence.StandardKey.Find))

        view_menu = menu.addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            label = without_mnemonic(self.tabs.tabText(index))
            show = lambda _=False, i=index: self.tabs.setCurrentIndex(i)  # noqa: E731
            view_menu.addAction(self._action(label, show, f"Ctrl+{index}"))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh_all,
                                         QKeySequence.StandardKey.Refresh))

        install_calls_menu(self, menu)
        build_appointments_menu(self)
        build_quote_menu(self)
        from app.ui.mail_actions import MailActions

        self.mail = MailActions(self, menu.addMenu(self.tr("Ma&il")))
        self.first_painted.connect(self.mail.start)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("CallDesk &guide"), self.show_guide, "F1"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                         "Shift+F1"))
        help_menu.addAction(self._action(self.tr("&About CallDesk"), self.about))

    # -- actions --------------------------------------------------------------------------
    def new_contact(self) -> None:
        self.tabs.setCurrentIndex(TAB_CONTACTS)
        self.contacts.new_contact()

    def find_contacts(self) -> None:
        self.tabs.setCurrentIndex(TAB_CONTACTS)
        self.contacts.focus_search()

    def find_typed(self, text: str) -> None:
        """Letters typed on Today start a contact search with them."""
        self.tabs.setCurrentIndex(TAB_CONTACTS)
        self.contacts.search.setFocus()
        self.contacts.search.insert(text)

    def open_users(self) -> None:
        from app.ui.users_dialog import UsersDialog

        UsersDialog(self).exec()
        self.refresh_all()  # names in the lists and the By filters

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog  # with every page: loaded on demand

        dialog = SettingsDialog(self)
        if dialog.exec():
            from app.services.settings import default_region

            self.ctx.home_region = default_region()
            self.refresh_status()
            self.contacts.set_home_region(self.ctx.home_region)
            if self.pages[TAB_QUOTES].is_built():
                self.quotes.set_home_region(self.ctx.home_region)
            if self.pages[TAB_CALLS].is_built():
                self.calls.settings_changed(self.ctx.home_region)

    def open_link(self, url: QUrl) -> None:
        """Any calldesk:// link from Today and the reports (detail panes wire the call links
        to the call launcher themselves)."""
        if url.host() in ("call", "calls"):
            self.call_launcher.open_link(url)
        elif url.host() == "due":
            self.tabs.setCurrentIndex(TAB_CALLS)
        elif url.host() == "queue" and url.path().strip("/").isdigit():
            self.tabs.setCurrentIndex(TAB_CALLS)  # a queue made from a report's list
            self.calls.queue.reload(int(url.path().strip("/")))
            self.calls.queue.next()
        else:
            self.open_internal_link(url)

    def open_internal_link(self, url: QUrl) -> None:
        """calldesk://contact/ID and the like, from detail panes."""
        if url.host() == "contact" and url.path().strip("/").isdigit():
            self.tabs.setCurrentIndex(TAB_CONTACTS)
            self.contacts.show_contact(int(url.path().strip("/")))
        elif url.host() == "book" and url.path().strip("/").isdigit():
            self.request_booking(int(url.path().strip("/")), None)
        elif url.host() == "appointment" and url.path().strip("/").isdigit():
            self.appointments.edit_appointment(int(url.path().strip("/")))
        elif url.host() == "email" and url.path().strip("/").isdigit():
            self.mail.compose(int(url.path().strip("/")))
        elif url.host() == "quote":
            self.open_quote_link(url.path().strip("/").split("/"))

    def request_booking(self, contact_id: int, call_id: int | None = None) -> BookingDialog:
        """Open the booking dialog for a contact (from a call when call_id is given)."""
        return self.appointments.book(contact_id=contact_id, call_id=call_id)

    def book_for_selection(self) -> None:
        contact_id = (self.contacts.selected_contact_id()
                      if self.tabs.currentIndex() == TAB_CONTACTS else None)
        self.appointments.book(contact_id=contact_id)

    def open_reps(self) -> None:
        from app.ui.reps_dialog import RepsDialog

        dialog = RepsDialog(self)
        dialog.exec()
        if dialog.changed and self.pages[TAB_APPOINTMENTS].is_built():
            self.appointments.refresh()

    def request_quote(self, contact_id: int) -> None:
        """Open the quote editor for a new quote to *contact_id* (e.g. after a call)."""
        self.tabs.setCurrentIndex(TAB_QUOTES)
        self.quotes.new_quote(contact_id)
        self.contacts.detail.refresh()

    def open_quote_link(self, parts: list[str]) -> None:
        """calldesk://quote/ID, calldesk://quote/new/CONTACT, calldesk://quote/upsell/CONTACT"""
        if len(parts) == 2 and parts[1].isdigit() and parts[0] in ("new", "upsell"):
            if parts[0] == "new":
                self.request_quote(int(parts[1]))
            else:
                self.tabs.setCurrentIndex(TAB_QUOTES)
                self.quotes.suggest_for_customer(int(parts[1]))
        elif len(parts) == 1 and parts[0].isdigit():
            self.tabs.setCurrentIndex(TAB_QUOTES)
            self.quotes.open_quote(int(parts[0]))
        self.contacts.detail.refresh()

    def refresh_all(self) -> None:
        self.demo_data.update()
        self.contacts.refresh()
        for index in (TAB_TODAY, TAB_CALLS, TAB_APPOINTMENTS, TAB_QUOTES, TAB_REPORTS):
            tab = self.built_tab(index)
            if tab is not None:
                tab.refresh()  # type: ignore[attr-defined]
        self.refresh_status()

    def refresh_status(self) -> None:
        self.home_country_button.setText(self.tr("Home country: %1").replace(
            "%1", country_name(self.ctx.home_region)))
        self.count_label.setText(self.tr("Contacts: %1").replace("%1", f"{contact_count():,}"))

    def show_shortcuts(self) -> None:
        from app.ui.shortcuts_dialog import ShortcutsDialog

        self.build_all_tabs()  # their menus list the tab-only keys
        ShortcutsDialog(self).exec()

    def show_guide(self) -> None:
        from app.ui.help_dialog import HelpDialog

        self.build_all_tabs()  # the guide lists the tab-only keys from their menus
        HelpDialog(self).exec()

    def about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self.ctx.db_path, self).exec()

    # -- window state ---------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = ui_settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        # Today, unless the person chose to come back to the tab they left (kept by name, so
        # adding a tab does not move them).
        if settings.value(START_KEY, "today") == "last":
            names = [page.objectName() for page in (self.tabs.widget(i)
                                                    for i in range(self.tabs.count())) if page]
            last = str(settings.value("main/tab_name", ""))
            self.tabs.setCurrentIndex(names.index(last) if last in names else TAB_TODAY)
        else:
            self.tabs.setCurrentIndex(TAB_TODAY)

    def save_state(self) -> None:
        settings = ui_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/tab_name", self.tabs.currentWidget().objectName())
        if self.pages[TAB_APPOINTMENTS].is_built():
            self.appointments.save_state(settings)
        settings.sync()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event) -> None:
        if not self.import_export.may_quit():
            event.ignore()
            return
        self.save_state()
        self.data_safety.stop_watching()
        self.mail.stop()
        super().closeEvent(event)
