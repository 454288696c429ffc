"""File ▸ Open database…: a file or a team server, tested before it is opened in its own
window; the password goes to the new window's environment, never its command line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QProcessEnvironment, Qt

from app.ui.open_database_dialog import OpenDatabaseDialog
from tests import pg_server


@pytest.fixture()
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str], dict[str, str]]]:
    started: list[tuple[str, list[str], dict[str, str]]] = []

    def start(program: str, args: list[str], env: QProcessEnvironment) -> str:
        names = list(env.keys())  # a Qt list of names, not a dict
        started.append((program, args, {k: env.value(k) for k in names}))
        return ""

    monkeypatch.setattr("app.ui.open_database_dialog.start_detached", start)
    return started


@pytest.mark.postgresql_only
def test_a_server_is_tested_then_opened_in_its_own_window(qtbot, db_path: str,
                                                         launched) -> None:
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, "postgresql://nobody@127.0.0.1:1/calldesk")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "no PostgreSQL server answers" in dialog.message.text()
    dialog.url.setText(db_path)
    dialog.password.setText("s3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The server answers and the login works."
    dialog.open_chosen()
    [(program, args, env)] = launched
    assert args[-2:] == ["--db", db_path]
    assert "s3cret" not in " ".join(args) and env["PGPASSWORD"] == "s3cret"
    assert not dialog.isVisible()
    assert pg_server.admin_url()


def test_a_file_is_opened_by_its_full_path(qtbot, tmp_path, launched) -> None:
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_chosen()
    assert "choose a database file" in dialog.message.text() and not launched
    qtbot.keyClicks(dialog.path, str(tmp_path / "shop.db"))
    dialog.open_chosen()
    assert launched[0][1][-2:] == ["--db", str(tmp_path / "shop.db")]


@pytest.mark.postgresql_only
def test_a_password_in_the_address_stays_off_the_command_line(qtbot, db_path: str,
                                                              launched) -> None:
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    with_password = db_path.replace("postgres@", "postgres:pa55word@", 1)
    qtbot.keyClicks(dialog.url, with_password)
    dialog.open_chosen()
    assert launched, dialog.message.text()
    [(_, args, env)] = launched
    assert "pa55word" not in " ".join(args) and env["PGPASSWORD"] == "pa55word"
    assert args[-1] == db_path
