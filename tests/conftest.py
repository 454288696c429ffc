"""Shared fixtures: every test gets its own database file and its own Qt settings folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.connection import close_database, open_database  # noqa: E402
from tests import pg_server  # noqa: E402

# Tests under these folders run on both engines; elsewhere on SQLite only (file-level work:
# backups, crash kills, the window's lock file).
BOTH_ENGINES = ("tests/db/", "tests/services/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    path = str(metafunc.definition.path).replace("\\", "/")
    both = any(folder in path for folder in BOTH_ENGINES)
    if metafunc.definition.get_closest_marker("sqlite_only"):
        both = False
    engines = ["sqlite", "postgresql"] if both else ["sqlite"]
    if metafunc.definition.get_closest_marker("postgresql_only"):
        engines = ["postgresql"]
    metafunc.parametrize("engine", engines, scope="function")


@pytest.fixture()
def engine() -> str:
    return "sqlite"


@pytest.fixture()
def db_path(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """The database of one test: a file, or (for the postgresql runs) a fresh server database
    whose URL stands where the path would."""
    name = ""
    if engine == "postgresql":
        pg_server.require(request.node.nodeid)
        name, path = pg_server.new_database()
        open_database(path)
    else:
        path = str(tmp_path / "calldesk.db")
        open_database(path)
    from app.services.settings import set_default_region

    set_default_region("IN")
    yield path
    close_database()
    if name:
        pg_server.drop_database(name)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on SQLite alone (file-level work)")
    config.addinivalue_line("markers", "postgresql_only: runs on a PostgreSQL server alone")


def pytest_sessionfinish(session: pytest.Session) -> None:
    if pg_server.admin_url() is not None:
        pg_server.drop_template()


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if pg_server.SKIPPED:
        terminalreporter.write_line(f"!!! {len(pg_server.SKIPPED)} {pg_server.HOW_TO}",
                                    red=True, bold=True)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[None]:
    """Window state written by one test must not leak into the next (or into the user's),
    nor may its windows: their timers would fire later, against another test's database."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    from PySide6.QtWidgets import QApplication, QMainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.close()  # its own shutdown: background workers and timers stop first
        widget.deleteLater()  # dialogs are deleted without asking about unsaved text
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
