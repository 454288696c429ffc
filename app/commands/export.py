"""`export KIND ...`: write data to files; each kind registers its own sub-command."""

from __future__ import annotations

import argparse

from app.commands import export_appointments

# Each module has register(kinds, common); add a kind with one line here.
EXPORT_KINDS = [
    export_appointments,
]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("export", parents=[common], help="write data to a file")
    kinds = parser.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    for module in EXPORT_KINDS:
        module.register(kinds, common)
