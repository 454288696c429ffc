"""File ▸ Users…: the team. The owner adds users (on a server each gets a login with the
rights of its role) and disables those who leave; their records keep their names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.db.errors import STORAGE_ERRORS, describe_storage_error
from app.services.errors import ValidationError
from app.services.reps import list_reps
from app.services.users import (
    ROLES,
    NewUser,
    add_user,
    disable_user,
    list_users,
    logins_need_passwords,
)
from app.ui.labelled_rows_editor import ERROR_STYLE

COL_LOGIN, COL_NAME, COL_ROLE, COL_STATE = range(4)


class UsersDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 520)
        self.role_labels = {"owner": self.tr("Owner: everything"),
                            "seller": self.tr("Seller: contacts, calls, quotes, imports"),
                            "rep": self.tr("Rep: their own appointments")}
        self.role_names = {"owner": self.tr("owner"), "seller": self.tr("seller"),
                           "rep": self.tr("rep")}
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"),
                                              self.tr("Role"), self.tr("State")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        self.disable_button = QPushButton(self.tr("&Disable the selected user"))
        self.disable_button.clicked.connect(self.disable_selected)
        self.login = QLineEdit()
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(self.role_labels[code], code)
        self.role.setCurrentIndex(self.role.findData("seller"))
        self.rep = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("R&ole"), self.role)
        form.addRow(self.tr("Rep's &calendar"), self.rep)
        self.password_label = QLabel(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.disable_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("<b>New user</b>")))
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        server = logins_need_passwords()
        self.password.setVisible(server)
        self.password_label.setVisible(server)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.reload()
        self._role_changed()

    def reload(self) -> None:
        users = list_users()
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            state = self.tr("active") if user.active else self.tr("disabled")
            for column, text in ((COL_LOGIN, user.login), (COL_NAME, user.name),
                                 (COL_ROLE, self.role_names.get(user.role, user.role)),
                                 (COL_STATE, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.rep.clear()
        for rep in list_reps():
            self.rep.addItem(rep.name, rep.name)

    def _role_changed(self) -> None:
        self.rep.setEnabled(self.role.currentData() == "rep")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run one change of the team; a refusal is shown under the form, in words."""
        try:
            action()
        except ValidationError as exc:
            self._say(str(exc))
            return False
        except STORAGE_ERRORS as exc:
            self._say(describe_storage_error(exc))
            return False
        self._say("")
        return True

    def add(self) -> bool:
        role = str(self.role.currentData())
        data = NewUser(self.login.text(), self.name.text(), role, self.email.text(),
                       str(self.rep.currentData() or "") if role == "rep" else "",
                       self.password.text())
        if not self._attempt(lambda: add_user(data)):
            return False
        for edit in (self.login, self.name, self.email, self.password):
            edit.clear()
        self.reload()
        return True

    def disable_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Choose the user to disable in the list"))
            return False
        item = self.table.item(rows[0].row(), COL_LOGIN)
        login = item.text() if item is not None else ""
        if not self._attempt(lambda: disable_user(login)):
            return False
        self.reload()
        return True
