"""Import contacts from CSV or vCard in one transaction, merging duplicates, and undo it.

Rows are validated in Python, duplicates found with batched indexed lookups, and everything
written with executemany inside one transaction under an import_batch id, so a cancel or a
crash leaves the database as it was, and "undo last import" can take it all back.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.db import contact_bulk as store
from app.db.connection import db
from app.db.fields import utc_now
from app.db.search import search_index_suspended
from app.io.column_mapping import ColumnRole
from app.io.csv_reader import CsvLayout, count_csv_records, inspect_csv, read_csv_records
from app.io.records import ImportFormatError, ImportRecord
from app.io.vcard_reader import count_vcards, looks_like_vcard, read_vcard_records
from app.services.errors import NotFoundError, ValidationError
from app.services.import_merge import (
    Draft,
    clean_record,
    draft_from_snapshot,
    snapshot_rows,
)
from app.services.import_phones import PhoneCache
from app.services.import_types import (
    ImportCancelled,
    ImportProblem,
    ImportSummary,
    Progress,
    UndoResult,
)
from app.services.phones import is_known_region
from app.services.settings import default_region

FORMATS = ("csv", "vcard")
_REPORT_EVERY = 500
_WRITE_CHUNK = 5_000
# Rebuilding the search index once beats row-by-row upkeep when an import at least doubles
# the table; below that the triggers are cheaper than a rebuild of everything.
_SUSPEND_INDEX_MIN = 5_000


@dataclass(frozen=True)
class ImportSource:
    path: Path
    format: str  # "csv" | "vcard"
    layout: CsvLayout | None  # CSV only

    def records(self, roles: Sequence[ColumnRole] | None = None) -> Iterator[ImportRecord]:
        if self.format == "vcard":
            return read_vcard_records(self.path)
        return read_csv_records(self.path, self.layout, roles)

    def count(self) -> int:
        if self.format == "vcard":
            return count_vcards(self.path)
        assert self.layout is not None
        return count_csv_records(self.path, self.layout)


def detect_format(path: Path) -> str:
    if path.suffix.casefold() in (".vcf", ".vcard"):
        return "vcard"
    return "vcard" if looks_like_vcard(path) else "csv"


def open_source(path: str | Path, fmt: str | None = None) -> ImportSource:
    """Look at the file: format (by extension or content) and, for CSV, the layout."""
    target = Path(path)
    if not target.is_file():
        raise ValidationError("File", f"{target} does not exist or is not a file")
    chosen = fmt or detect_format(target)
    if chosen not in FORMATS:
        raise ValidationError("Format", f"'{chosen}' is not one of {', '.join(FORMATS)}")
    layout = inspect_csv(target) if chosen == "csv" else None
    return ImportSource(target, chosen, layout)


def import_file(path: str | Path, *, fmt: str | None = None, region: str | None = None,
                merge: bool = True, roles: Sequence[ColumnRole] | None = None,
                progress: Progress | None = None) -> ImportSummary:
    source = open_source(path, fmt)
    total = source.count() if progress else 0
    return import_records(source.records(roles), source=source.path.name,
                          unit="card" if source.format == "vcard" else "row",
                          region=region, merge=merge, total=total, progress=progress)


def import_records(records: Iterable[ImportRecord], *, source: str, unit: str = "row",
                   region: str | None = None, merge: bool = True, total: int = 0,
                   progress: Progress | None = None) -> ImportSummary:
    """Validate every record, then write them all in one transaction. Raises ImportCancelled
    (nothing written) when *progress* returns False, ImportFormatError for unreadable files."""
    # Hundreds of thousands of live objects make every cyclic collection walk them all;
    # nothing here builds cycles, so the collector waits until the import is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_records(records, source=source, unit=unit, region=region, merge=merge,
                               total=total, progress=progress)
    finally:
        if collecting:
            gc.enable()


def _import_records(records: Iterable[ImportRecord], *, source: str, unit: str,
                    region: str | None, merge: bool, total: int,
                    progress: Progress | None) -> ImportSummary:
    started = time.perf_counter()
    home = (region or default_region()).upper()
    if not is_known_region(home):
        raise ValidationError("Region", f"'{region}' is not a known country code")
    summary = ImportSummary(source=source, unit=unit)
    drafts: list[Draft] = []
    done = 0
    phones = PhoneCache()
    for record in records:
        done += 1
        draft = clean_record(record, home, summary.problems, phones)
        if draft is not None:
            drafts.append(draft)
        if progress and done % _REPORT_EVERY == 0 and not progress(done, max(total, done)):
            raise ImportCancelled()
    if progress and not progress(done, max(total, done)):
        raise ImportCancelled()
    with db.atomic():
        _write(drafts, summary, merge, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _resolve(drafts: list[Draft], merge: bool) -> tuple[list[Draft], dict[int, Draft]]:
    """Split drafts into new contacts and merges into existing ones (by contact id)."""
    if not merge:
        return drafts, {}
    empty = store.contact_total() == 0
    phone_owner = {} if empty else store.phone_owners(k for d in drafts for k in d.phone_keys())
    email_owner = {} if empty else store.email_owners(k for d in drafts for k in d.email_keys())
    snapshots = store.contact_snapshots(sorted(set(phone_owner.values()) |
                                               set(email_owner.values())))
    existing: dict[int, Draft] = {}
    new: list[Draft] = []
    by_phone: dict[str, Draft] = {}
    by_email: dict[str, Draft] = {}
    for draft in drafts:
        target = _find_target(draft, phone_owner, email_owner, by_phone, by_email)
        if isinstance(target, int):
            if target not in existing:
                existing[target] = draft_from_snapshot(snapshots[target])
            owner = existing[target]
            owner.merge(draft)
        elif target is not None:
            owner = target
            owner.merge(draft)
        else:
            owner = draft
            new.append(draft)
        for key in owner.phone_keys():
            by_phone.setdefault(key, owner)
        for key in owner.email_keys():
            by_email.setdefault(key, owner)
    return new, existing


def _find_target(draft: Draft, phone_owner: dict[str, int], email_owner: dict[str, int],
                 by_phone: dict[str, Draft], by_email: dict[str, Draft]) -> int | Draft | None:
    for key in draft.phone_keys():
        if key in by_phone:
            return by_phone[key]
        if key in phone_owner:
            return phone_owner[key]
    for key in draft.email_keys():
        if key in by_email:
            return by_email[key]
        if key in email_owner:
            return email_owner[key]
    return None


def _write(drafts: list[Draft], summary: ImportSummary, merge: bool,
           progress: Progress | None) -> None:
    now = int(utc_now().timestamp())
    batch_id = store.begin_batch(summary.source, now)  # takes the write lock first
    new, existing = _resolve(drafts, merge)
    summary.batch_id = batch_id
    summary.imported = len(new)
    summary.merged = len(drafts) - len(new)
    suspend = len(new) >= _SUSPEND_INDEX_MIN and len(new) >= store.contact_total()
    total = len(drafts)
    first_id = store.next_contact_id()

    def write_new() -> None:
        for start in range(0, len(new), _WRITE_CHUNK):
            chunk = new[start:start + _WRITE_CHUNK]
            contacts: list[tuple[object, ...]] = []
            phones: list[tuple[object, ...]] = []
            emails: list[tuple[object, ...]] = []
            for offset, draft in enumerate(chunk):
                cid = first_id + start + offset
                contacts.append((cid, *draft.contact_row(), now, now))
                phones.extend((cid, *p) for p in draft.phone_rows())
                emails.extend((cid, *e) for e in draft.email_rows())
            store.insert_contacts(contacts, phones, emails)
            store.record_changes(batch_id, ((first_id + start + i, "added", "")
                                            for i in range(len(chunk))))
            if progress and not progress(total, total):
                raise ImportCancelled()

    with store.contact_counter_suspended(len(new)):
        if suspend:
            with search_index_suspended(), store.indexes_suspended():
                write_new()
        else:
            write_new()
    for cid, draft in existing.items():
        store.replace_contact(cid, draft.contact_row(), now, draft.phone_rows(),
                              draft.email_rows())
    store.record_changes(batch_id, ((cid, "merged", d.before_json)
                                    for cid, d in existing.items()))
    store.finish_batch(batch_id, now, {
        "imported": summary.imported, "merged": summary.merged,
        "problems": [[p.row, p.message] for p in summary.problems[:1000]],
        "problem_count": len(summary.problems), "unit": summary.unit,
    })


def last_import() -> tuple[int, str, int] | None:
    """(batch id, source file name, contacts added) of the import that undo would revert."""
    batch = store.latest_open_batch()
    if batch is None:
        return None
    return batch[0], batch[1], store.count_added(batch[0])


def undo_last_import() -> UndoResult:
    """Remove the contacts the newest import added and restore the ones it merged into."""
    with db.atomic():
        batch = store.latest_open_batch()
        if batch is None:
            raise NotFoundError("There is no import to undo")
        batch_id, source = batch[0], batch[1]
        big = store.count_added(batch_id) >= _SUSPEND_INDEX_MIN
        if big:
            with search_index_suspended():
                removed = store.delete_added(batch_id)
        else:
            removed = store.delete_added(batch_id)
        reverted = 0
        now = int(utc_now().timestamp())
        for cid, before in store.merged_before(batch_id):
            if not store.contact_exists(cid):
                continue
            snapshot = json.loads(before)
            values, phones, emails = snapshot_rows(snapshot)
            store.replace_contact(cid, values, int(snapshot["contact"]["updated_at"]),
                                  phones, emails)
            reverted += 1
        store.mark_undone(batch_id, now)
    return UndoResult(batch_id, source, removed, reverted)


__all__ = ["ImportCancelled", "ImportFormatError", "ImportProblem", "ImportSummary",
           "ImportSource", "import_file", "import_records", "open_source", "undo_last_import",
           "last_import"]
