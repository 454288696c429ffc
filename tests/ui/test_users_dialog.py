"""File ▸ Users…: the owner adds and disables users; a refusal names the field."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt

from app.db.connection import db
from app.services.users import list_users
from app.ui.users_dialog import COL_LOGIN, COL_STATE, UsersDialog
from tests import pg_server


def _rows(dialog: UsersDialog) -> list[tuple[str, str]]:
    return [(dialog.table.item(r, COL_LOGIN).text(), dialog.table.item(r, COL_STATE).text())
            for r in range(dialog.table.rowCount())]


def test_the_owner_adds_and_disables_a_seller(qtbot, db_path: str) -> None:
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.password.isVisible(), "a file's users sign in with nothing"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Login:")
    qtbot.keyClicks(dialog.login, "sunita")
    qtbot.keyClicks(dialog.name, "Sunita Rao")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert ("sunita", "active") in _rows(dialog) and not dialog.message.isVisible()
    dialog.table.selectRow([r for r, _ in _rows(dialog)].index("sunita"))
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert ("sunita", "disabled") in _rows(dialog)
    dialog.table.selectRow([r for r, _ in _rows(dialog)].index("owner"))
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert "last owner" in dialog.message.text()
    assert [u.active for u in list_users() if u.login == "owner"] == [True]


@pytest.mark.postgresql_only
def test_on_a_server_the_new_user_gets_a_login(qtbot, db_path: str) -> None:
    name = str(db.execute_sql("SELECT current_database()").fetchone()[0])
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.isVisible()
    qtbot.keyClicks(dialog.login, f"{name}_asha")
    qtbot.keyClicks(dialog.name, "Asha")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Password:")
    qtbot.keyClicks(dialog.password, "long-enough-9")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert (f"{name}_asha", "active") in _rows(dialog)
    url = pg_server.url_for(name, user=f"{name}_asha", password="long-enough-9")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT calldesk_role()").fetchone() == ("seller",)
