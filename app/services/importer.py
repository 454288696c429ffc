"""Import contacts from CSV or vCard in one transaction, merging duplicates, and undo it.

Rows are validated in Python (for a big file in a second process, while this one writes),
duplicates found with batched indexed lookups, and everything written with executemany inside
one transaction under an import_batch id, so a cancel or a crash leaves the database as it
was, and "undo last import" can take it all back.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.db import contact_bulk as store
from app.db.connection import db
from app.db.fields import utc_now
from app.db.search import (
    index_rows_from,
    search_index_suspended,
    search_insert_triggers_paused,
)
from app.io.column_mapping import ColumnRole
from app.io.csv_quotes import LooseQuote
from app.io.csv_reader import (
    CsvLayout,
    count_csv_records,
    inspect_csv,
    read_csv_records,
    scan_quotes,
)
from app.io.records import ImportFormatError, ImportRecord
from app.io.vcard_reader import count_vcards, looks_like_vcard, read_vcard_records
from app.services.errors import NotFoundError, ValidationError
from app.services.import_cleaner import CleanedBatch, CleanJob, clean_records, cleaned
from app.services.import_merge import Draft, draft_from_snapshot, snapshot_rows
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
_REPORT_EVERY = 500  # records cleaned in place between progress reports
_CHUNK = 20_000  # rows validated and written at a time; bounds memory at any file size
# New rows are added to the search index one statement per chunk (row-by-row triggers cost
# ~120 µs a row, the set-based insert ~6 µs). Once an import at least doubles the table,
# rebuilding the search index and the contact indexes once at the end is cheaper still.
_SUSPEND_INDEX_MIN = 5_000
# Undo deletes through the triggers unless it removes an eighth of the table or more.
_REBUILD_RATIO = 8


@dataclass(frozen=True)
class ImportSource:
    path: Path
    format: str  # "csv" | "vcard"
    layout: CsvLayout | None  # CSV only

    def records(self, roles: Sequence[ColumnRole] | None = None,
                lenient_quotes: bool = False) -> Iterator[ImportRecord]:
        if self.format == "vcard":
            return read_vcard_records(self.path)
        return read_csv_records(self.path, self.layout, roles, lenient_quotes)

    def count(self, lenient_quotes: bool = False) -> int:
        """How many records ``records`` yields (each becomes imported, merged or refused)."""
        if self.format == "vcard":
            return count_vcards(self.path)
        assert self.layout is not None
        return count_csv_records(self.path, self.layout, lenient_quotes)

    def loose_quote(self) -> LooseQuote | None:
        """For CSV, the first quote that never closes (reads the whole file)."""
        return scan_quotes(self.path, self.layout) if self.layout is not None else None


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
                lenient_quotes: bool = False, progress: Progress | None = None) -> ImportSummary:
    """Import a CSV or vCard file. A CSV quote that never closes refuses the file
    (LooseQuoteError naming the row) unless *lenient_quotes* reads it as text. A big file is
    read and cleaned in a second process while this one writes (app.services.import_cleaner)."""
    source = open_source(path, fmt)
    job = CleanJob(str(source.path), source.format, source.layout,
                   list(roles) if roles is not None else None, lenient_quotes,
                   _home_region(region), count=progress is not None)
    with _collector_paused(), cleaned(job, _REPORT_EVERY) as batches:
        return _import_batches(batches, source=source.path.name,
                               unit="card" if source.format == "vcard" else "row",
                               merge=merge, total=0, progress=progress)


def import_records(records: Iterable[ImportRecord], *, source: str, unit: str = "row",
                   region: str | None = None, merge: bool = True, total: int = 0,
                   progress: Progress | None = None) -> ImportSummary:
    """Validate every record, then write them all in one transaction. Raises ImportCancelled
    (nothing written) when *progress* returns False, ImportFormatError for unreadable files."""
    home = _home_region(region)
    with _collector_paused():
        return _import_batches(clean_records(records, home, _REPORT_EVERY), source=source,
                               unit=unit, merge=merge, total=total, progress=progress)


def _home_region(region: str | None) -> str:
    home = (region or default_region()).upper()
    if not is_known_region(home):
        raise ValidationError("Region", f"'{region}' is not a known country code")
    return home


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hundreds of thousands of live objects make every cyclic collection walk them all;
    nothing here builds cycles, so the collector waits until the import is done."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class _Writer:
    """Writes one import chunk by chunk inside the caller's transaction. Contacts written by
    earlier chunks are found again through the indexed lookups, so memory stays bounded by
    the chunk size. Each chunk's new rows join the search index in one statement; once the
    import has written as many contacts as the table had before, search upkeep and the
    contact indexes pause and are rebuilt once at the end."""

    def __init__(self, summary: ImportSummary, merge: bool) -> None:
        self.summary = summary
        self.merge = merge
        self.now = int(utc_now().timestamp())
        self.batch_id = store.begin_batch(summary.source, self.now)  # takes the write lock
        summary.batch_id = self.batch_id
        self.existing_before = store.contact_total()
        self.stack = ExitStack()
        self.stack.enter_context(search_insert_triggers_paused())
        self.suspended = False

    def write(self, drafts: list[Draft]) -> None:
        if not drafts:
            return
        new, existing = _resolve(drafts, self.merge,
                                 lookup=self.existing_before > 0 or self.summary.imported > 0)
        self.summary.imported += len(new)
        self.summary.merged += len(drafts) - len(new)
        if not self.suspended and self.summary.imported >= max(_SUSPEND_INDEX_MIN,
                                                               self.existing_before):
            self.stack.enter_context(search_index_suspended())
            self.stack.enter_context(store.contact_indexes_suspended())
            self.suspended = True
        contacts: list[tuple[object, ...]] = []
        phones: list[tuple[object, ...]] = []
        emails: list[tuple[object, ...]] = []
        ids = store.reserve_contact_ids(len(new))
        first_phone = store.next_phone_id()
        for cid, draft in zip(ids, new, strict=True):
            contacts.append((cid, *draft.contact_row(), self.now, self.now))
            phones.extend((cid, *p) for p in draft.phone_rows())
            emails.extend((cid, *e) for e in draft.email_rows())
        store.insert_contacts(contacts, phones, emails)
        store.record_changes(self.batch_id, ((cid, "added", "") for cid in ids))
        for cid, draft in existing.items():
            store.replace_contact(cid, draft.contact_row(), self.now, draft.phone_rows(),
                                  draft.email_rows())
        store.record_changes(self.batch_id, ((cid, "merged", d.before_json)
                                             for cid, d in existing.items()))
        if not self.suspended:  # otherwise the whole index is rebuilt at the end
            index_rows_from(ids[0] if ids else None, first_phone)

    def finish(self) -> None:
        self.stack.close()  # rebuilds what was paused
        store.sync_contact_counter()
        summary = self.summary
        store.finish_batch(self.batch_id, self.now, {
            "seen": summary.seen, "imported": summary.imported, "merged": summary.merged,
            "refused": summary.refused,
            "problems": [[p.row, p.message] for p in summary.problems[:1000]],
            "problem_count": len(summary.problems), "unit": summary.unit,
        })


def _import_batches(batches: Iterable[CleanedBatch], *, source: str, unit: str, merge: bool,
                    total: int, progress: Progress | None) -> ImportSummary:
    started = time.perf_counter()
    summary = ImportSummary(source=source, unit=unit)
    done = 0
    with db.atomic():
        writer = _Writer(summary, merge)
        with store.contact_counter_paused():
            drafts: list[Draft] = []
            for batch in batches:
                total = max(total, batch.total)
                done += batch.seen
                summary.refused += batch.refused
                summary.problems.extend(batch.problems)
                drafts.extend(batch.drafts)
                if progress and batch.seen and not progress(done, max(total, done)):
                    raise ImportCancelled()
                if len(drafts) >= _CHUNK:
                    writer.write(drafts)
                    drafts = []
            writer.write(drafts)
            if progress and not progress(done, max(total, done)):
                raise ImportCancelled()
            summary.seen = done
            writer.finish()
    summary.seconds = time.perf_counter() - started
    return summary


def _resolve(drafts: list[Draft], merge: bool,
             lookup: bool = True) -> tuple[list[Draft], dict[int, Draft]]:
    """Split drafts into new contacts and merges into stored ones (by contact id)."""
    if not merge:
        return drafts, {}
    phone_owner = store.phone_owners(k for d in drafts for k in d.phone_keys()) if lookup \
        else {}
    email_owner = store.email_owners(k for d in drafts for k in d.email_keys()) if lookup \
        else {}
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
        added = store.count_added(batch_id)
        kept = store.added_with_quotes(batch_id)
        big = added >= max(_SUSPEND_INDEX_MIN, store.contact_total() // _REBUILD_RATIO)
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
    return UndoResult(batch_id, source, removed, reverted, kept)


__all__ = ["ImportCancelled", "ImportFormatError", "ImportProblem", "ImportSummary",
           "ImportSource", "import_file", "import_records", "open_source", "undo_last_import",
           "last_import"]
