"""`screenshot DIR`: render every tab and the main dialogs to PNG, offscreen."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("screenshot", parents=[common],
                                   help="render the window and dialogs to PNG files")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--dark", action="store_true",
                        help="draw with a dark palette, to check that everything reads")
    parser.set_defaults(handler=run, db_is_optional=True)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.db.connection import open_database
    from app.services.settings import default_region, set_default_region
    from app.ui.app_context import AppContext
    from app.ui.application import make_application

    app = make_application()
    if args.dark:
        from app.ui.screenshots import use_dark_palette

        use_dark_palette(app)
    with tempfile.TemporaryDirectory() as scratch:
        db_path = args.db_given or str(Path(scratch) / "demo.db")
        open_database(db_path)
        if not args.db_given:
            from app.seed.demo import seed_demo

            set_default_region("IN")
            seed_demo()
            from app.seed.demo_mail import seed_demo_mail

            seed_demo_mail()
        from app.ui.first_start import apply_language
        from app.ui.main_window import MainWindow
        from app.ui.screenshots import render_all

        apply_language(app, getattr(args, "lang", None))  # --lang, else the database's choice

        window = MainWindow(AppContext(db_path, default_region()))
        written = render_all(window, args.directory)
        window.hide()  # not close(): that would save this window's size as the user's
        app.processEvents()
        from app.db.connection import close_database

        close_database()
    for path in written:
        print(path)
    return 0
