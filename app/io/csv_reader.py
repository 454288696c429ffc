"""Streaming CSV reading: encoding and delimiter detected, no field-size limit, rows numbered
the way a spreadsheet numbers them (the header is row 1)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.io.column_mapping import ColumnRole, RowMapper, detect_profile, map_headers
from app.io.csv_quotes import LooseQuote, LooseQuoteError, find_loose_quote, quote_as_text
from app.io.records import ImportFormatError, ImportRecord
from app.io.text_decoding import NOT_UTF8, open_text

DELIMITERS = (",", ";", "\t")
_SNIFF_CHARS = 64 * 1024


@dataclass(frozen=True)
class CsvLayout:
    """What was detected about a CSV file; the GUI shows it and lets the roles be changed."""

    encoding: str
    delimiter: str
    headers: list[str]
    profile: str
    roles: list[ColumnRole]
    preview: list[list[str]]


def _allow_huge_fields() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def sniff_delimiter(sample: str) -> str:
    """The delimiter used most often outside quotes on the first line (comma on a tie)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in sample:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in ("\n", "\r"):
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


class _Lines:
    """The physical lines fed to the csv module: numbered, NULs removed, and with the lines
    of the record just read kept, so that a record can be read again differently. Lines are
    numbered in order: pushed-back lines are read again before any new one."""

    def __init__(self, source: Iterator[str]) -> None:
        self.pending: list[str] = []  # pushed back, last first
        self.taken: list[str] = []
        self.start = 1  # the number of the first line in taken
        self.read = 0  # lines read from the source
        self.nul_lines: set[int] = set()
        self.cp1252_lines: set[int] = set()  # not UTF-8 in a UTF-8 file
        self.source = source

    def feed(self) -> Iterator[str]:
        """The lines from here on (a new feed is needed once one has run out, when lines
        were pushed back at the end of the file)."""
        pending, taken = self.pending, self.taken
        while pending:
            again = pending.pop()
            taken.append(again)
            yield again
        for line in self.source:
            while pending:
                again = pending.pop()
                taken.append(again)
                yield again
            self.read += 1
            if "\x00" in line:
                line = line.replace("\x00", "")
                self.nul_lines.add(self.read)
            if NOT_UTF8 in line:
                line = line.replace(NOT_UTF8, "")
                self.cp1252_lines.add(self.read)
            taken.append(line)
            yield line
        while pending:
            again = pending.pop()
            taken.append(again)
            yield again

    def take(self) -> tuple[int, list[str]]:
        """(number of its first line, lines) of the record just read."""
        start, lines = self.start, self.taken[:]
        self.taken.clear()
        self.start += len(lines)
        return start, lines

    def push_back(self, start: int, lines: list[str]) -> None:
        """Read *lines*, the first numbered *start*, again before anything else."""
        self.pending.extend(reversed(lines))
        self.start = start


class CsvRow(NamedTuple):
    number: int  # the spreadsheet's row number (the header is 1)
    line: int  # the physical line it starts on
    cells: list[str]
    warnings: tuple[str, ...]  # what was repaired, as sentences ("has a quote that …")


def iter_rows(path: Path, encoding: str | None = None, delimiter: str | None = None,
              lenient_quotes: bool = False) -> Generator[CsvRow, None, None]:
    """Every non-blank row, header included as row 1. A quote that never closes (see
    app.io.csv_quotes) raises LooseQuoteError naming the row, or with *lenient_quotes* is
    read as text, the lines it took in being read again as rows of their own."""
    _allow_huge_fields()
    handle, _ = open_text(path, encoding)
    with handle:
        if delimiter is None:
            sample = handle.read(_SNIFF_CHARS)
            handle.seek(0)
            delimiter = sniff_delimiter(sample)
        lines = _Lines(handle)
        taken = lines.taken
        number, width = 0, 0
        try:
            while True:  # a second round only for lines pushed back at the end of the file
                for cells in csv.reader(lines.feed(), delimiter=delimiter):
                    number += 1
                    if len(taken) == 1 and not (lines.nul_lines or lines.cp1252_lines):
                        start = lines.start  # the common case, kept quick
                        lines.start += 1
                        taken.clear()
                        row = CsvRow(number, start, cells, ())
                    else:
                        row = _repaired(number, cells, lines, delimiter, width,
                                        lenient_quotes)
                    if any(c.strip() for c in row.cells):
                        yield row
                    width = width or len(row.cells)
                if not lines.pending:
                    break
        except csv.Error as exc:
            raise ImportFormatError(f"row {number + 1} (line {lines.start}): not readable "
                                    f"as CSV ({exc})") from exc


def _repaired(number: int, cells: list[str], lines: _Lines, delimiter: str, width: int,
              lenient_quotes: bool) -> CsvRow:
    """A row read from several lines (checked for a loose quote), or one in a file with NULs
    or with lines that are not UTF-8 (named when it holds them)."""
    start, record = lines.take()
    warnings: list[str] = []
    if len(record) > 1 and width:
        where = find_loose_quote(number, start, record, cells, delimiter, width)
        if where is not None:
            if not lenient_quotes:
                raise LooseQuoteError(where)
            cells = quote_as_text(record[0], delimiter)
            lines.push_back(start + 1, record[1:])
            record = record[:1]
            warnings.append(where.sentence() + "; the quote was read as text and the lines "
                            "after it as rows of their own")
    numbers = range(start, start + len(record))
    if any(n in lines.nul_lines for n in numbers):
        warnings.append("had NUL characters in it; they were removed")
    odd = [n for n in numbers if n in lines.cp1252_lines]
    if odd:
        warnings.append(f"has text that is not UTF-8 like the rest of the file (line "
                        f"{odd[0]}); it was read as Windows-1252")
    return CsvRow(number, start, cells, tuple(warnings))


def inspect_csv(path: Path, preview_rows: int = 8) -> CsvLayout:
    _allow_huge_fields()
    handle, encoding = open_text(path)
    with handle:
        delimiter = sniff_delimiter(handle.read(_SNIFF_CHARS))
    # The preview reads a loose quote as text: the columns can be checked either way.
    rows = iter_rows(path, encoding, delimiter, lenient_quotes=True)
    header = next(rows, None)
    if header is None:
        raise ImportFormatError(f"{path.name} has no rows")
    headers = [h.replace("\ufeff", "").strip() for h in header.cells]
    preview = [row.cells for _, row in zip(range(preview_rows), rows, strict=False)]
    rows.close()
    profile = detect_profile(headers)
    return CsvLayout(encoding, delimiter, headers, profile, map_headers(headers, profile),
                     preview)


def read_csv_records(path: Path, layout: CsvLayout | None = None,
                     roles: Sequence[ColumnRole] | None = None,
                     lenient_quotes: bool = False) -> Iterator[ImportRecord]:
    """Every data row as an ImportRecord, streamed. Cells beyond the header's columns go to
    the notes, with a warning."""
    found = layout or inspect_csv(path)
    use = list(roles if roles is not None else found.roles)
    if not any(r.field for r in use):
        shown = ", ".join(found.headers[:8])
        raise ImportFormatError(
            f"no column of {path.name} is recognised as a contact field (headers: {shown})")
    rows = iter_rows(path, found.encoding, found.delimiter, lenient_quotes)
    next(rows, None)  # the header
    build = RowMapper(use).build
    width = len(found.headers)
    for row in rows:
        cells = row.cells
        record = build(row.number, cells)
        record.line = row.line
        if row.warnings:
            record.warnings.extend(row.warnings)
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            extra = [c.strip() for c in cells[width:] if c.strip()]
            record.notes.append("Cells beyond the last column: " + " | ".join(extra))
            record.warnings.append(f"has {len(cells)} cells but the header has {width} "
                                   "columns; the cells beyond them were kept in the notes")
        yield record


def count_csv_records(path: Path, layout: CsvLayout, lenient_quotes: bool = False) -> int:
    """The number of records read_csv_records yields, found by the same reading."""
    rows = iter_rows(path, layout.encoding, layout.delimiter, lenient_quotes)
    return max(0, sum(1 for _ in rows) - 1)


def scan_quotes(path: Path, layout: CsvLayout) -> LooseQuote | None:
    """The first quote in the file that never closes, if any (reads the whole file)."""
    try:
        for _ in iter_rows(path, layout.encoding, layout.delimiter):
            pass
    except LooseQuoteError as exc:
        return exc.where
    except ImportFormatError:
        return None  # reported when the file is imported
    return None
