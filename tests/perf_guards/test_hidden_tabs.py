"""A tab that is not shown at start-up costs nothing at start-up: the Quotes tab queries and
formats its first page (with the locale database for money) only when it is first shown."""

from __future__ import annotations

from app.seed.contacts import seed_contacts
from app.seed.quotes import seed_products, seed_quotes


def test_quotes_load_when_their_tab_is_first_shown(qtbot, db_path: str) -> None:
    from app.services.settings import default_region
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow

    seed_contacts(50)
    seed_products(5)
    assert seed_quotes(30) == 30
    window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    model = window.quotes.model
    assert not model.loaded and model.rowCount() == 0
    window.tabs.setCurrentWidget(window.quotes)
    assert model.loaded and model.rowCount() == 30
