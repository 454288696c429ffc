"""Open the main window on a database and browse like a person; print the peak RSS.

Run as ``python -m tests.perf.browse_rss DB`` (a fresh process, so the number is CallDesk's).
"""

from __future__ import annotations

import random
import resource
import sys

SEARCHES = ("pr", "sharma", "ku", "ra", "an", "mumbai", "traders", "98", "4321", "jo", "mi")


def main(db_path: str) -> int:
    from PySide6.QtGui import QImage

    from app.db.connection import open_database
    from app.services.settings import default_region
    from app.ui.app_context import AppContext
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    open_database(db_path)
    window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    tab = window.contacts
    table = tab.table
    bar = table.verticalScrollBar()
    image = QImage(table.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    rng = random.Random(5)
    for text in SEARCHES:
        tab.search.setText(text)
        tab.apply_filter()
        app.processEvents()
    tab.search.clear()
    tab.apply_filter()
    for sort_column in range(tab.model.columnCount()):
        tab.model.sort(sort_column)
        for _ in range(100):
            bar.setValue(bar.value() + bar.pageStep())
            app.processEvents()
            table.viewport().render(image)
    for _ in range(200):
        tab.detail.show_contact(rng.randint(1, 1000))
    app.processEvents()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"browsed {len(SEARCHES)} searches, 100 page steps in each of "
          f"{tab.model.columnCount()} sort orders, 200 contact details")
    print(f"peak_rss_mb {peak_kib / 1024:.1f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
