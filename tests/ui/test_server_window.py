"""The window on a PostgreSQL database: it opens and shows the contacts, searches, shows the
address without its password, keeps no file duties (no folder, lock file, file check or
backup schedule), and a database it cannot use is one line or one message box, never a
traceback, and nothing is created."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.connection import close_database, open_database
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from tests import pg_server
from tests.pg_fixtures import fresh_name, require_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def server_url() -> Iterator[str]:
    """A migrated server database holding two contacts, reached as a login with a password
    (the status bar must not show it)."""
    require_server()
    name, url = pg_server.new_database()
    login = f"{name}_owner"  # dropped with the database by drop_database
    try:
        pg_server.admin_execute(f"CREATE ROLE {login} LOGIN SUPERUSER PASSWORD 'pw-s3cret'")
        with psycopg.connect(url, autocommit=True) as admin:  # the owner adds the login
            admin.execute("INSERT INTO app_user (login, role, created_at) "
                          "VALUES (%s, 'owner', 0)", (login,))
        url = pg_server.url_for(name, user=login, password="pw-s3cret")
        open_database(url)
        from app.services.settings import set_default_region

        set_default_region("IN")
        create_contact(ContactInput(first_name="Sunita", last_name="Verma",
                                    company="Verma Steel", phones=[PhoneInput("098765 43210")]))
        create_contact(ContactInput(first_name="Dieter", last_name="Söhne", city="Köln"))
        yield url
    finally:
        close_database()
        pg_server.drop_database(name)


def _window(qtbot, url: str):  # type: ignore[no-untyped-def]
    from app.services.settings import default_region
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow

    window = MainWindow(AppContext(db_path=url, home_region=default_region()))
    qtbot.addWidget(window)
    window.show()
    return window


def _names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.contacts.model
    return sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))


def test_window_on_a_server_shows_and_searches_the_contacts(qtbot, server_url: str) -> None:
    window = _window(qtbot, server_url)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2)
    assert any("Sunita" in name for name in _names(window))
    assert window.count_label.text() == "Contacts: 2"

    qtbot.keyClicks(window.contacts.search, "sohne")  # folded like the file's search
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=3000)
    assert "Dieter" in _names(window)[0]

    shown = window.path_label.text()
    assert "pw-s3cret" not in shown and ":***@" in shown
    assert shown.endswith(server_url.rsplit("/", 1)[1])

    from PySide6.QtWidgets import QLabel

    from app.ui.about_dialog import AboutDialog
    from app.ui.help_dialog import HelpDialog

    about = AboutDialog(server_url, window)
    label = about.findChild(QLabel, "aboutDataFile")
    assert label.text() == f"Database server: {shown}"
    guide = HelpDialog(window).browser.toPlainText()
    assert "PostgreSQL server" in guide and "server-backups" in guide
    assert "pw-s3cret" not in guide and "one file on this computer" not in guide


def test_a_server_database_has_no_file_duties(qtbot, server_url: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = _window(qtbot, server_url)
    safety = window.data_safety
    assert not safety.backup_timer.isActive()  # the schedule is for a file on this machine
    assert safety.network_kind is None and not safety.network_label.isVisibleTo(window)
    create_contact(ContactInput(first_name="Another", last_name="Caller"))
    safety.dirty = True
    assert safety.auto_backup() is False
    safety.backup_on_quit()
    safety.start_background_check()
    assert safety.start_done
    QApplication.processEvents()
    assert not (tmp_path / "data").exists()  # no backup was written anywhere

    seen: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_box)

    QTimer.singleShot(20, read_box)
    safety.restore_from_backup()
    assert seen and "pg_restore" in seen[0]


def test_back_up_now_on_a_server_writes_a_dump(qtbot, server_url: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = _window(qtbot, server_url)
    window.data_safety.back_up_now()
    (dump,) = (tmp_path / "data" / "CallDesk" / "server-backups").glob("*.dump")
    assert dump.stat().st_size > 1000
    assert str(dump) in window.statusBar().currentMessage()


def test_the_window_starts_on_a_server_without_folder_lock_or_backup(
        server_url: str, tmp_path: Path) -> None:
    """The real start, in a process of its own (its event loop ends with the application),
    quitting once the window has painted."""
    close_database()
    work = tmp_path / "cwd"
    work.mkdir()
    env = dict(os.environ, CALLDESK_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", server_url],
                          cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "painted" in done.stdout
    assert os.listdir(work) == []  # no folder, no lock file beside a "path" that is a URL
    assert not (tmp_path / "data").exists()  # no start-up backup of a server database


@pytest.mark.parametrize("problem", ["missing database", "unknown login", "bad address"])
def test_run_gui_refuses_a_server_it_cannot_use_in_one_box(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], problem: str) -> None:
    require_server()
    from app.ui import application

    login = fresh_name()
    urls = {
        "missing database": (pg_server.url_for(fresh_name()), "no database named"),
        "unknown login": (pg_server.url_for("postgres", user=login, password="pw-s3cret"),
                           "no login of that name"),
        "bad address": ("postgresql://postgres@127.0.0.1:1/calldesk", "no PostgreSQL server"),
    }
    url, expected = urls[problem]
    work = tmp_path / "cwd"  # tmp_path itself holds the test's Qt settings
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(application, "is_headless", lambda: False)  # a person is there
    seen: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, read_box)

    QTimer.singleShot(20, read_box)
    assert application.run_gui(url) == 1
    assert len(seen) == 1 and expected in seen[0] and "pw-s3cret" not in seen[0]
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and err.count("\n") == 0 and "Traceback" not in err
    assert os.listdir(work) == []
    name = url.rsplit("/", 1)[1]
    assert pg_server.admin_execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                   (name,)) == [] or name == "postgres"
