"""Export contacts (all, or those matching the current search and filter) to CSV or vCard.

Pages are read by keyset through the contact list query, so memory stays flat at any size,
and the file is written atomically: the old file stays until the new one is complete."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db import contact_bulk as store
from app.db.contact_list import ContactQuery, contact_count, fetch_contacts
from app.db.protected_files import refuse_database_target
from app.io.atomic import atomic_text_writer
from app.io.csv_export import CsvContactWriter
from app.io.vcard_export import VERSIONS, VCardWriter
from app.services.errors import ValidationError
from app.services.import_types import Progress

PAGE = 500


class ExportCancelled(Exception):
    """The export was cancelled; the target file was not touched."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    format: str


def format_for(path: Path) -> str:
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        return "csv"
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    raise ValidationError("File", f"'{path.name}' must end in .csv or .vcf")


def export_contacts(path: str | Path, query: ContactQuery | None = None, *,
                    vcard_version: str = "3.0",
                    progress: Progress | None = None) -> ExportResult:
    target = Path(path)
    refuse_database_target(target)
    fmt = format_for(target)
    if fmt == "vcard" and vcard_version not in VERSIONS:
        raise ValidationError("vCard version",
                              f"'{vcard_version}' is not one of {', '.join(VERSIONS)}")
    if not target.parent.is_dir():
        raise ValidationError("File", f"the folder {target.parent} does not exist")
    chosen = query or ContactQuery()
    filtered = bool(chosen.text.strip() or chosen.status)
    total = 0 if filtered else contact_count()
    done = 0
    with atomic_text_writer(target) as stream:
        writer: CsvContactWriter | VCardWriter
        if fmt == "csv":
            writer = CsvContactWriter(stream, *store.most_children())
        else:
            writer = VCardWriter(stream, vcard_version)
        after: tuple[object, ...] | None = None
        while True:
            page = fetch_contacts(chosen, after, PAGE)
            if not page:
                break
            snapshots = store.contact_snapshots([row.id for row in page])
            writer.write(snapshots[row.id] for row in page if row.id in snapshots)
            done += len(page)
            after = page[-1].key
            if progress and not progress(done, max(total, done)):
                raise ExportCancelled()
            if len(page) < PAGE:
                break
    return ExportResult(target, done, fmt)
