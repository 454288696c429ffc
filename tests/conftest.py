"""Shared fixtures: every test gets its own database file and its own Qt settings folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.connection import close_database, open_database  # noqa: E402


@pytest.fixture()
def db_path(tmp_path: Path) -> Iterator[str]:
    path = str(tmp_path / "calldesk.db")
    open_database(path)
    from app.services.settings import set_default_region

    set_default_region("IN")
    yield path
    close_database()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Window state written by one test must not leak into the next (or into the user's)."""
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture()
def main_window(qtbot, db_path: str):
    from app.services.settings import default_region
    from app.ui.app_context import AppContext
    from app.ui.fonts import load_bundled_fonts
    from app.ui.main_window import MainWindow

    load_bundled_fonts()
    window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(scope="session")
def qapp():
    """The application the real start builds (fonts, icon, and the guard that keeps None
    alive on PySide6 builds that under-count its references), for every Qt test."""
    from app.ui.application import make_application

    return make_application()
