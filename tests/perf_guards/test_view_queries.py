"""The Contacts tab as a person uses it: every statement it runs is indexed, startup runs no
COUNT(*), and data() never touches the database."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.seed.contacts import seed_contacts
from tests.perf_guards.plans import full_scans, is_read, plan_of, recorded_sql


def test_startup_runs_no_count_over_a_table(qtbot, db_path: str) -> None:
    seed_contacts(50)
    from app.services.settings import default_region
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow

    with recorded_sql() as statements:
        window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
    # A count of a sub-select bounded by LIMIT is bounded work; a bare COUNT is not.
    counts = [s for s in statements if re.search(r"count\s*\(", s, re.IGNORECASE)
              and not re.search(r"count\s*\(\s*\*\s*\)\s+FROM\s+\(.*\bLIMIT\b", s,
                                re.IGNORECASE | re.DOTALL)]
    assert statements, "the window shows contacts, so it must have queried"
    assert counts == []


def test_every_statement_of_a_browsing_session_is_indexed(main_window) -> None:
    seed_contacts(400)
    tab = main_window.contacts
    with recorded_sql() as statements:
        tab.refresh()
        for text in ("pr", "sharma", "9876", ""):
            tab.search.setText(text)
            tab.apply_filter()
        for column in range(tab.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                tab.table.horizontalHeader().setSortIndicator(column, order)
                tab.table.scrollToBottom()  # pages in the next rows
        tab.table.selectRow(3)  # fills the detail pane
    reads = [s for s in statements if is_read(s)]
    assert len(reads) > 20
    for sql in reads:
        assert not full_scans(plan_of(sql)), sql


def test_data_never_queries_the_database(main_window, monkeypatch) -> None:
    seed_contacts(300)
    tab = main_window.contacts
    tab.refresh()
    model = tab.model
    inside_data = {"depth": 0, "queries": []}
    original = type(model).data

    def watched_data(self, index, role=Qt.ItemDataRole.DisplayRole):
        inside_data["depth"] += 1
        try:
            return original(self, index, role)
        finally:
            inside_data["depth"] -= 1

    monkeypatch.setattr(type(model), "data", watched_data)
    calls_seen: list[str] = []

    def on_statement(sql: str) -> None:
        calls_seen.append(sql)
        if inside_data["depth"]:
            inside_data["queries"].append(sql)

    from app.db.connection import db

    db.connection().set_trace_callback(on_statement)
    try:
        image = QImage(tab.table.viewport().size(), QImage.Format.Format_ARGB32)
        for _ in range(5):
            tab.table.verticalScrollBar().setValue(tab.table.verticalScrollBar().maximum())
            tab.table.viewport().render(image)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
    finally:
        db.connection().set_trace_callback(None)
    assert calls_seen, "scrolling to the end pages in rows, so some queries ran"
    assert inside_data["queries"] == []


def test_refreshing_reads_the_selected_contact_once(main_window) -> None:
    """After a call is logged the list and the detail pane reload: the detail's contact row
    is read once, not once for the new selection and again for the pane."""
    seed_contacts(30)
    tab = main_window.contacts
    tab.refresh()
    tab.table.selectRow(3)
    contact_id = tab.selected_contact_id()
    with recorded_sql() as statements:
        tab.refresh()
    reads = [s for s in statements if re.search(r'FROM "contact" AS "t1" WHERE \("t1"\."id" = ',
                                                s)]
    assert tab.detail.contact_id == contact_id and len(reads) == 1, reads
