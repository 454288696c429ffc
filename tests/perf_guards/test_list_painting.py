"""A list's cells in the view's own script are painted by Qt alone: the baseline delegate takes
its slower way through Python only for text a fallback font draws (Devanagari and the like),
and it reads the model's cached display texts instead of asking ``data()`` again."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyleOptionViewItem

from app.seed.contacts import seed_contacts
from app.ui import baseline_delegate
from app.ui.baseline_delegate import FIRST_FALLBACK_CHAR, BaselineDelegate


def test_latin_cells_take_qts_own_paint(main_window, qtbot, monkeypatch) -> None:
    from app.ui.main_window import TAB_CONTACTS

    seed_contacts(300)
    main_window.tabs.setCurrentIndex(TAB_CONTACTS)
    tab = main_window.contacts
    tab.refresh()
    qtbot.waitExposed(main_window)
    delegate = tab.table.itemDelegate()
    assert isinstance(delegate, BaselineDelegate)
    assert delegate._cells == tab.model.cells  # display texts without a data() round trip
    slow_ways: list[int] = []

    class CountedOption(QStyleOptionViewItem):  # made only on the way through Python
        def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
            slow_ways.append(1)
            super().__init__(*args)

    monkeypatch.setattr(baseline_delegate, "QStyleOptionViewItem", CountedOption)
    viewport = tab.table.viewport()
    viewport.render(QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied))
    painted = [text for row in range(tab.model.formatted_row_count())
               for text in tab.model.cells(row)]
    beyond = [text for text in painted if text and max(text) >= FIRST_FALLBACK_CHAR]
    assert len(painted) > 50
    assert len(slow_ways) <= len(beyond) < len(painted) / 4


def test_only_text_beyond_the_views_font_needs_the_baseline(qtbot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(1, 4)
    for column, text in enumerate(("Ravi Nam", "Zoë Ærøskøbing", "राम नाम", "")):
        model.setItem(0, column, QStandardItem(text))
    delegate = BaselineDelegate()
    assert [delegate.needs_baseline(model.index(0, c)) for c in range(4)] == [
        False, False, True, False]
