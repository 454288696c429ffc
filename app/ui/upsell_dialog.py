"""The upsell list: pick a product and one of its add-ons, see every customer who bought the
first but not the second (paged as it scrolls), open one, or call them all as a queue."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.services.call_queue import list_queues, save_queue
from app.services.errors import ValidationError
from app.services.upsell import addon_choices, products_with_addons, upsell_queue_filter
from app.ui.app_context import AppContext
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.list_table import list_table
from app.ui.upsell_table_model import (
    COL_CITY,
    COL_LAST,
    COL_NAME,
    COL_PHONE,
    UpsellQuery,
    UpsellTableModel,
)


class UpsellDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Upsell list"))
        self.setObjectName("upsellDialog")
        self.resize(760, 520)
        self.open_contact_id: int | None = None
        self.queue_id: int | None = None
        self.bought = QComboBox()
        self.bought.setObjectName("upsellBought")
        for product in products_with_addons():
            self.bought.addItem(f"{product.name} ({product.sku})", product.id)
        self.addon = QComboBox()
        self.addon.setObjectName("upsellAddon")
        self.model = UpsellTableModel(ctx.home_region, self)
        self.table = list_table(self.model, "upsellTable",
                                {COL_NAME: 200, COL_PHONE: 150, COL_CITY: 110, COL_LAST: 130},
                                self._empty_text)
        self.table.activated.connect(lambda _: self.open_selected())
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.open_button = QPushButton(self.tr("&Open contact"))
        self.open_button.clicked.connect(self.open_selected)
        self.queue_button = QPushButton(self.tr("&Call them as a queue"))
        self.queue_button.setObjectName("upsellQueue")
        self.queue_button.clicked.connect(self.make_queue)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.queue_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Customers who &bought"), self.bought)
        form.addRow(self.tr("but not its &add-on"), self.addon)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.bought.currentIndexChanged.connect(lambda _: self._fill_addons())
        self.addon.currentIndexChanged.connect(lambda _: self.apply())
        self._fill_addons()

    def _empty_text(self) -> str:
        if not self.bought.count():
            return self.tr("No product has add-ons yet: give them some under Quotes ▸ "
                           "Products and services.")
        return self.tr("Nobody has an accepted quote with this product but without this "
                       "add-on.")

    def _fill_addons(self) -> None:
        self.addon.blockSignals(True)
        self.addon.clear()
        bought = self.bought.currentData()
        for product in addon_choices(int(bought)) if bought is not None else []:
            self.addon.addItem(f"{product.name} ({product.sku})", product.id)
        self.addon.blockSignals(False)
        self.apply()

    def select(self, bought_id: int, addon_id: int) -> None:
        self.bought.setCurrentIndex(max(0, self.bought.findData(bought_id)))
        self.addon.setCurrentIndex(max(0, self.addon.findData(addon_id)))

    def current_pair(self) -> tuple[int, int] | None:
        bought, addon = self.bought.currentData(), self.addon.currentData()
        return None if bought is None or addon is None else (int(bought), int(addon))

    def apply(self) -> None:
        pair = self.current_pair()
        self.error.hide()
        try:
            self.model.set_query(UpsellQuery(*pair) if pair else UpsellQuery())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
        self.queue_button.setEnabled(pair is not None and self.model.rowCount() > 0)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        contact_id = self.model.contact_id(index.row()) if index.isValid() else None
        if contact_id is not None:
            self.open_contact_id = contact_id
            self.accept()

    def make_queue(self) -> None:
        """Save (or renew) a call queue for this pair and hand it to the Calls tab."""
        pair = self.current_pair()
        if pair is None:
            return
        name = self.tr("Upsell: %1 without %2").replace(
            "%1", self.bought.currentText()).replace("%2", self.addon.currentText())[:80]
        existing = next((q.id for q in list_queues() if q.name == " ".join(name.split())), None)
        try:
            saved = save_queue(name, upsell_queue_filter(*pair), existing)
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.queue_id = saved.id
        self.accept()
