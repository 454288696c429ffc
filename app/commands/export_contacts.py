"""`export contacts FILE.csv|FILE.vcf`: all contacts, or those a search would show."""

from __future__ import annotations

import argparse


def register(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parser = kinds.add_parser(
        "contacts", parents=[common], help="export contacts to CSV or vCard",
        description="Export contacts to CSV (UTF-8 with BOM) or vCard, chosen by the file "
                    "extension. The file is replaced only when complete.")
    parser.add_argument("file", metavar="FILE.csv|FILE.vcf")
    parser.add_argument("--query", default="", metavar="TEXT",
                        help="only contacts this search finds (as in the search box)")
    parser.add_argument("--status", default="",
                        choices=("", "lead", "prospect", "customer", "inactive"),
                        help="only contacts with this status")
    parser.add_argument("--vcard-version", default="3.0", choices=("3.0", "4.0"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.commands.common import one_line_errors
    from app.db.connection import open_database
    from app.db.contact_list import ContactQuery
    from app.services.errors import ValidationError
    from app.services.exporter import export_contacts

    open_database(args.db)
    with one_line_errors(ValidationError):
        result = export_contacts(args.file, ContactQuery(args.query, args.status),
                                 vcard_version=args.vcard_version)
    print(f"exported {result.count:,} contacts to {result.path}")
    return 0
