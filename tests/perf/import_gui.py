"""Import a CSV file through the File ▸ Import path of the real main window and time it.

Run as ``python -m tests.perf.import_gui DB CSV`` (a fresh process; DB is changed, so pass a
copy). The import dialog is opened on CSV with its guessed mapping and accepted, as a person
pressing Import would; the work then runs in its background process with the progress dialog.
A 10 ms QTimer on the UI thread records the longest gap between its ticks from the press to
the summary, which comes after the views are refreshed. Prints ``key value`` lines.
"""

from __future__ import annotations

import sys
import time


def main(db_path: str, csv_path: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

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
    for _ in range(3):
        app.processEvents()
    actions = window.import_export
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    show_summary = actions._import_done

    def import_done(summary) -> None:  # type: ignore[no-untyped-def]
        show_summary(summary)
        outcome["done_at"] = time.perf_counter()
        outcome["summary"] = summary
        loop.quit()

    def failed(message: str = "cancelled") -> None:
        outcome["failed"] = message
        loop.quit()

    actions._import_done = import_done  # type: ignore[method-assign]
    opened = time.perf_counter()
    dialog = actions.import_contacts(csv_path)
    app.processEvents()
    dialog_ms = (time.perf_counter() - opened) * 1000
    if dialog is None or dialog.source is None:
        print(f"failed the import dialog did not load {csv_path}")
        return 1
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    dialog.accept()  # the Import button: starts the worker
    task = actions.task
    assert task is not None
    task.signals.failed.connect(failed)
    task.signals.cancelled.connect(failed)
    loop.exec()
    timer.stop()
    if "failed" in outcome:
        print(f"failed {outcome['failed']}")
        return 1
    done_at = float(str(outcome["done_at"]))
    marks = [started, *ticks, done_at]
    gaps = [(b - a) * 1000 for a, b in zip(marks, marks[1:], strict=False)]
    summary = outcome["summary"]
    print(f"import_ms {(done_at - started) * 1000:.1f}")
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    print(f"max_gap_ms {gaps[worst]:.1f}")
    print(f"max_gap_at_ms {(marks[worst] - started) * 1000:.0f}")
    print(f"ticks {len(ticks)}")
    print(f"dialog_ms {dialog_ms:.1f}")
    print(f"summary imported {summary.imported:,}, merged {summary.merged:,}, "  # type: ignore[attr-defined]
          f"problems {len(summary.problems):,}")  # type: ignore[attr-defined]
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
