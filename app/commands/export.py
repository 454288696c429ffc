"""`export KIND FILE`: one sub-command per kind of data. Each kind is a module with
``register(kinds, common)``; add a kind by adding its module to EXPORT_KINDS."""

from __future__ import annotations

import argparse
import importlib

EXPORT_KINDS = [
    "app.commands.export_contacts",
    "app.commands.export_appointments",
]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = subparsers.add_parser("export", parents=[common], help="export data to a file")
    kinds = parser.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    for name in EXPORT_KINDS:
        importlib.import_module(name).register(kinds, common)
