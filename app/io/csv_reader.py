"""Streaming CSV reading: encoding and delimiter detected, no field-size limit, rows numbered
the way a spreadsheet numbers them (the header is row 1)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.io.column_mapping import ColumnRole, RowMapper, detect_profile, map_headers
from app.io.csv_quotes import LooseQuote, LooseQuoteError, find_loose_quote, quote_as_text
from app.io.records import ImportFormatError, ImportRecord
from app.io.text_decoding import open_text

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
    of the record just read kept, so that a record can be read again differently."""

    def __init__(self, source: Iterator[str]) -> None:
        self.source = source
        self.number = 0
        self.pending: list[tuple[int, str]] = []  # pushed back, last first
        self.taken: list[tuple[int, str]] = []
        self.nul_lines: set[int] = set()

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pending:
            number, line = self.pending.pop()
        else:
            line = next(self.source)
            self.number += 1
            number = self.number
            if "\x00" in line:
                line = line.replace("\x00", "")
                self.nul_lines.add(number)
        self.taken.append((number, line))
        return line

    def take(self) -> list[tuple[int, str]]:
        taken, self.taken = self.taken, []
        return taken

    def push_back(self, lines: list[tuple[int, str]]) -> None:
        self.pending.extend(reversed(lines))


@dataclass(frozen=True)
class CsvRow:
    number: int  # the spreadsheet's row number (the header is 1)
    line: int  # the physical line it starts on
    cells: list[str]
    warnings: list[str]


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
        reader = csv.reader(lines, delimiter=delimiter)
        number, width = 0, 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise ImportFormatError(f"row {number + 1} (line {lines.number}): not "
                                        f"readable as CSV ({exc})") from exc
            taken = lines.take()
            number += 1
            warnings: list[str] = []
            if len(taken) > 1 and width:
                where = find_loose_quote(number, taken, cells, delimiter, width)
                if where is not None:
                    if not lenient_quotes:
                        raise LooseQuoteError(where)
                    cells = quote_as_text(taken[0][1], delimiter)
                    lines.push_back(taken[1:])
                    taken = taken[:1]
                    warnings.append(where.sentence() + "; the quote was read as text and the "
                                    "lines after it as rows of their own")
            if lines.nul_lines and any(n in lines.nul_lines for n, _ in taken):
                warnings.append("had NUL characters in it; they were removed")
            if any(c.strip() for c in cells):
                yield CsvRow(number, taken[0][0], cells, warnings)
            if not width:
                width = len(cells)


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
