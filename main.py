"""CallDesk entry point: hands the command line to app.cli."""

import sys

from app.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a packaged app: let it start its background jobs
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main(sys.argv[1:]))
