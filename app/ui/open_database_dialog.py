"""File ▸ Open database…: another file, or a team's PostgreSQL server, opened in a window of
its own (one window per database)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.db.postgres import is_postgres_url, probe_server, split_password

URL_HINT = "postgresql://user@host:5432/calldesk"


def launch_command(target: str) -> tuple[str, list[str]]:
    """The program and arguments that open CallDesk on *target*."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", target]
    main = Path(__file__).resolve().parents[2] / "main.py"
    return sys.executable, [str(main), "--db", target]


def start_detached(program: str, args: list[str], env: QProcessEnvironment) -> str:
    """Start a window of its own; '' when it started, else why not."""
    process = QProcess()
    process.setProcessEnvironment(env)
    process.setProgram(program)
    process.setArguments(args)
    return "" if process.startDetached() else process.errorString()


class OpenDatabaseDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self.resize(560, 0)
        self.launched: tuple[str, list[str]] | None = None
        self.file_choice = QRadioButton(self.tr("A &file on this computer"))
        self.server_choice = QRadioButton(self.tr("A team's PostgreSQL &server"))
        self.file_choice.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("openPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.url = QLineEdit()
        self.url.setObjectName("openUrl")
        self.url.setPlaceholderText(URL_HINT)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.message = QLabel()
        self.message.setWordWrap(True)
        server = QWidget()
        form = QFormLayout(server)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.open_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addWidget(self.server_choice)
        layout.addWidget(server)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.url.textEdited.connect(lambda _: self.server_choice.setChecked(True))
        self.path.textEdited.connect(lambda _: self.file_choice.setChecked(True))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), self.path.text(),
                                              self.tr("CallDesk databases (*.db)"))
        if path:
            self.path.setText(path)
            self.file_choice.setChecked(True)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("" if ok else "color: #b91c1c")
        self.message.setText(text)

    def test_connection(self) -> bool:
        url = self.url.text().strip()
        if not is_postgres_url(url):
            self._say(self.tr("Address: write it as %1").replace("%1", URL_HINT), False)
            return False
        problem = probe_server(url, self.password.text())
        if problem:
            self._say(problem, False)
            return False
        self._say(self.tr("The server answers and the login works."), True)
        return True

    def open_chosen(self) -> None:
        env = QProcessEnvironment.systemEnvironment()
        if self.server_choice.isChecked():
            if not self.test_connection():
                return
            target, in_url = split_password(self.url.text().strip())
            password = self.password.text() or in_url
            # Handed to the new window only, never on its command line (where anyone on the
            # computer could read it); no password typed means none is passed on.
            env.remove("PGPASSWORD")
            if password:
                env.insert("PGPASSWORD", password)
        else:
            target = self.path.text().strip()
            if not target:
                self._say(self.tr("File: choose a database file, or type a new file's name"),
                          False)
                return
            target = os.path.abspath(os.path.expanduser(target))
        program, args = launch_command(target)
        problem = start_detached(program, args, env)
        if problem:
            self._say(self.tr("CallDesk could not be started: %1").replace("%1", problem),
                      False)
            return
        self.launched = (program, args)
        self.accept()
