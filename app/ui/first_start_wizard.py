"""The first start on an empty database: country and language, business, owner, then how to
begin. Every step has Skip (its settings stay as they are); closing the wizard skips the rest.
Everything chosen here is changed later in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app.services.errors import ValidationError
from app.services.first_start import SetupChoices, complete_setup
from app.ui.setup_business_page import SetupBusinessPage
from app.ui.setup_country_page import SetupCountryPage
from app.ui.setup_owner_page import SetupOwnerPage
from app.ui.setup_start_page import SetupStartPage


class FirstStartWizard(QWizard):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("Welcome to CallDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Skip this step"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip setup"))
        self.resize(640, 460)
        self.country = SetupCountryPage()
        self.business = SetupBusinessPage()
        self.owner = SetupOwnerPage()
        self.start = SetupStartPage()
        for page in (self.country, self.business, self.owner, self.start):
            self.addPage(page)
        self.skipped: set[int] = set()
        self.start_choice = "empty"  # what to do once the window is open
        self.demo_contacts = 0
        self._skipping = False
        self.customButtonClicked.connect(self._skip)
        self.currentIdChanged.connect(self._entered)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.business:
            self.business.set_tax_label(self.country.tax_label())

    def validateCurrentPage(self) -> bool:
        if not self._skipping:
            self.skipped.discard(self.currentId())  # Next or Finish: this step counts
        return super().validateCurrentPage()

    def _skip(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value:
            return
        self.skipped.add(self.currentId())
        self._skipping = True
        try:
            if self.currentPage() is self.start:
                self.accept()
            else:
                self.next()
        finally:
            self._skipping = False

    def _page_id(self, page) -> int:
        return next(i for i in self.pageIds() if self.page(i) is page)

    def choices(self) -> SetupChoices:
        """What the steps that were not skipped ask for."""
        def used(page) -> bool:
            return self._page_id(page) not in self.skipped

        return SetupChoices(
            business=self.business.details() if used(self.business) else None,
            region=self.country.region_code() if used(self.country) else None,
            language=self.country.language_code() if used(self.country) else None,
            owner_name=self.owner.name.text() if used(self.owner) else None,
        )

    def accept(self) -> None:
        try:
            complete_setup(self.choices())
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Setup"), str(exc))
            return
        self.start_choice = ("empty" if self._page_id(self.start) in self.skipped
                             else self.start.choice())
        if self.start_choice == "demo":
            self._add_demo()
        super().accept()

    def _add_demo(self) -> None:
        from app.seed.demo_set import add_demo

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QApplication.processEvents()
            self.demo_contacts = add_demo()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Demo data"), str(exc))
            self.start_choice = "empty"
        finally:
            QGuiApplication.restoreOverrideCursor()

    def reject(self) -> None:
        """Skip setup: the steps left are skipped, and the wizard is not shown again."""
        for page_id in self.pageIds():
            if page_id >= self.currentId():
                self.skipped.add(page_id)
        try:
            complete_setup(self.choices())
        except ValidationError:
            complete_setup(SetupChoices())
        self.start_choice = "empty"
        super().reject()
