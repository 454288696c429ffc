"""An import's records read and cleaned in a second process while this one writes them.

Cleaning (parsing phone numbers, checking emails, lengths and names) is most of an import's
Python work and needs no database; writing needs only the database. With the reading and
cleaning in a child process the two run on two cores at once. The child reads the file
itself and sends the cleaned records back in batches, in file order, through a pipe:
``CleanedBatch`` ... then ``None`` (the end) or the exception that stopped the reading.

Small files are cleaned in place: starting a process costs more than it would save. Either
way the batches are the same, so the import counts and writes them the same way.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import queue
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from app.io.column_mapping import ColumnRole
from app.io.csv_reader import CsvLayout
from app.io.records import ImportFormatError, ImportRecord
from app.services.import_merge import Draft, clean_record
from app.services.import_phones import PhoneCache
from app.services.import_types import ImportProblem

IN_PLACE_BATCH = 500  # records per batch cleaned in place (also how often progress is told)
CHILD_BATCH = 2_000  # records per batch from the child (fewer, larger messages)
# Below this size a file is cleaned in place (about 25,000 rows: half a second of cleaning,
# against some 0.3 s of starting a process).
CHILD_MIN_BYTES = 4 * 1024 * 1024
# Batches the child may run ahead of the writer: bounds the memory an import holds.
AHEAD = 10
CHILD_NAME = "calldesk-import-cleaner"


@dataclass(frozen=True)
class CleanJob:
    """What the cleaning needs, all plain data (it crosses to the child process)."""

    path: str
    format: str  # "csv" | "vcard"
    layout: CsvLayout | None
    roles: Sequence[ColumnRole] | None
    lenient_quotes: bool
    region: str  # the home region, upper case
    count: bool = False  # count the records first, for the progress bar


@dataclass
class CleanedBatch:
    """``seen`` records read: ``drafts`` to write, ``refused`` not, ``problems`` noted.
    ``total``: the number of records in the file, when it is known (progress)."""

    drafts: list[Draft] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    seen: int = 0
    refused: int = 0
    total: int = 0


def clean_batches(job: CleanJob, size: int = IN_PLACE_BATCH) -> Iterator[CleanedBatch]:
    """Every record of the file, cleaned, in batches of *size* in file order (the last one
    may be short or empty)."""
    from app.services.importer import ImportSource

    source = ImportSource(Path(job.path), job.format, job.layout)
    if job.count:
        yield CleanedBatch(total=source.count(job.lenient_quotes))
    yield from clean_records(source.records(job.roles, job.lenient_quotes), job.region, size)


def clean_records(records: Iterable[ImportRecord], region: str,
                  size: int = IN_PLACE_BATCH) -> Iterator[CleanedBatch]:
    phones = PhoneCache()
    batch = CleanedBatch()
    for record in records:
        batch.seen += 1
        draft = clean_record(record, region, batch.problems, phones)
        if draft is None:
            batch.refused += 1
        else:
            batch.drafts.append(draft)
        if batch.seen >= size:
            yield batch
            batch = CleanedBatch()
    yield batch


def _child(conn: Connection, job: CleanJob) -> None:
    """The child process: clean the whole file into the pipe, then say how it ended."""
    gc.disable()  # as in the importing process: many live objects, no cycles
    try:
        try:
            for batch in clean_batches(job, CHILD_BATCH):
                conn.send(batch)
        except Exception as exc:  # sent back to be raised in the importing process
            conn.send(exc if _crosses(exc) else ImportFormatError(str(exc)))
            return
        conn.send(None)
    except (BrokenPipeError, EOFError, OSError):
        pass  # the import stopped (cancelled, or its process ended): nothing to tell
    finally:
        conn.close()


def _crosses(exc: BaseException) -> bool:
    """Whether *exc* arrives whole on the other side of the pipe."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return False
    return True


def uses_child(job: CleanJob) -> bool:
    try:
        return Path(job.path).stat().st_size >= CHILD_MIN_BYTES
    except OSError:
        return False  # the reading will say what is wrong with the file


@contextlib.contextmanager
def cleaned(job: CleanJob, in_place_batch: int = IN_PLACE_BATCH,
            ) -> Iterator[Iterator[CleanedBatch]]:
    """The cleaned batches of *job*'s file: from a child process for a big file, in place
    (*in_place_batch* records at a time) for a small one. Leaving the block stops the
    child, finished or not."""
    if not uses_child(job):
        yield clean_batches(job, in_place_batch)
        return
    # "spawn": the same in the window, the command line and the packaged app (main.py calls
    # freeze_support), and safe in a process that runs threads.
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sending, job), name=CHILD_NAME, daemon=True)
    child.start()
    sending.close()  # the child's end: only the child holds it now
    inbox: queue.Queue[object] = queue.Queue(AHEAD)
    stop = threading.Event()
    # A thread takes the batches off the pipe as they come, so the child goes on cleaning
    # while this process writes (a pipe holds only a few kilobytes).
    reader = threading.Thread(target=_receive, args=(receiving, inbox, stop),
                              name="calldesk-import-inbox", daemon=True)
    reader.start()
    try:
        yield _batches(inbox, child)
    finally:
        stop.set()
        if child.is_alive():
            child.terminate()
        child.join()
        receiving.close()
        with contextlib.suppress(queue.Empty):  # let the reader see the stop
            inbox.get_nowait()
        reader.join(1)


def _receive(conn: Connection, inbox: queue.Queue[object], stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = EOFError()  # the child ended without a word
        except Exception as exc:  # a message that could not be rebuilt here
            message = ImportFormatError(f"the cleaned records could not be read back: {exc}")
        while not stop.is_set():  # the writer may have stopped taking batches
            try:
                inbox.put(message, timeout=0.1)
                break
            except queue.Full:
                continue
        if not isinstance(message, CleanedBatch):
            return


def _batches(inbox: queue.Queue[object], child: multiprocessing.process.BaseProcess,
             ) -> Iterator[CleanedBatch]:
    while True:
        message = inbox.get()
        if message is None:
            return
        if isinstance(message, EOFError):
            child.join(5)
            raise ImportFormatError(
                f"the reading of the file stopped unexpectedly (exit code {child.exitcode})")
        if isinstance(message, BaseException):
            raise message
        assert isinstance(message, CleanedBatch)
        yield message
