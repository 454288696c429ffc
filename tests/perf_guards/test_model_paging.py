"""The contact model loads about one page beyond what the view shows, and builds display text
only for rows that are painted."""

from __future__ import annotations

from app.seed.contacts import seed_contacts
from app.ui.contact_table_model import PAGE_SIZE


def _last_visible_row(table) -> int:
    return table.rowAt(table.viewport().height() - 1) if table.rowAt(
        table.viewport().height() - 1) >= 0 else table.model().rowCount() - 1


def test_pages_follow_the_scrolling(main_window, qtbot) -> None:
    seed_contacts(2_000)
    tab = main_window.contacts
    tab.refresh()
    table = tab.table
    qtbot.waitExposed(main_window)
    model = tab.model
    assert model.loaded_row_count() <= _last_visible_row(table) + 1 + PAGE_SIZE
    bar = table.verticalScrollBar()
    for _ in range(40):
        bar.setValue(bar.value() + bar.pageStep())
        qtbot.wait(1)
        loaded = model.loaded_row_count()
        assert loaded <= _last_visible_row(table) + 1 + PAGE_SIZE, (loaded, bar.value())
    assert model.loaded_row_count() > PAGE_SIZE, "scrolling far enough pages in more rows"
    assert model.loaded_row_count() < 2_000


def test_only_painted_rows_are_formatted(main_window, qtbot) -> None:
    from app.ui.main_window import TAB_CONTACTS

    seed_contacts(1_000)
    main_window.tabs.setCurrentIndex(TAB_CONTACTS)
    tab = main_window.contacts
    tab.refresh()
    qtbot.waitExposed(main_window)
    main_window.contacts.table.viewport().repaint()
    visible = _last_visible_row(tab.table) + 1
    assert tab.model.loaded_row_count() >= PAGE_SIZE
    assert 0 < tab.model.formatted_row_count() <= visible + 5
