"""The lazy contact model: painting never touches the database; scrolling pages by keyset."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.db.connection import db
from app.db.contact_list import ContactQuery
from app.seed.contacts import seed_contacts
from app.ui.contact_table_model import COL_NAME, PAGE_SIZE, ContactTableModel


def _traced(action) -> list[str]:
    statements: list[str] = []
    conn = db.connection()
    conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")]


def test_data_never_queries_and_fetch_more_pages_by_keyset(qtbot, db_path) -> None:
    seed_contacts(PAGE_SIZE * 2 + 57, seed=3)
    model = ContactTableModel("IN")
    model.set_query(ContactQuery(sort="city", descending=True))
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())

    def paint_everything() -> None:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)

    assert _traced(paint_everything) == []

    pages = _traced(lambda: model.fetchMore(QModelIndex()))
    assert len(pages) == 1
    assert "(city, id) < (" in pages[0] and "OFFSET" not in pages[0].upper()
    assert model.rowCount() == PAGE_SIZE * 2
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 2 + 57
    assert not model.canFetchMore(QModelIndex())
    assert _traced(lambda: model.fetchMore(QModelIndex())) == []

    cities = db.execute_sql("SELECT city, id FROM contact ORDER BY city DESC, id DESC").fetchall()
    assert [model.contact_id(r) for r in range(model.rowCount())] == [i for _, i in cities]
    assert len({model.contact_id(r) for r in range(model.rowCount())}) == model.rowCount()


def test_the_view_fetches_more_as_it_scrolls(qtbot, main_window) -> None:
    seed_contacts(PAGE_SIZE + 40, seed=4)
    tab = main_window.contacts
    tab.refresh()
    assert tab.model.rowCount() == PAGE_SIZE
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == PAGE_SIZE + 40, timeout=2000)
    assert tab.model.index(0, COL_NAME).data()
