"""Streaming CSV reading: encoding and delimiter detected, no field-size limit, rows numbered
the way a spreadsheet numbers them (the header is row 1)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.io.column_mapping import ColumnRole, RowMapper, detect_profile, map_headers
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


def _without_nul(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield line.replace("\x00", "") if "\x00" in line else line


def iter_rows(path: Path, encoding: str | None = None,
              delimiter: str | None = None) -> Generator[tuple[int, list[str]], None, None]:
    """(row number, cells) for every non-blank row, header included as row 1."""
    _allow_huge_fields()
    handle, _ = open_text(path, encoding)
    with handle:
        if delimiter is None:
            sample = handle.read(_SNIFF_CHARS)
            handle.seek(0)
            delimiter = sniff_delimiter(sample)
        reader = csv.reader(_without_nul(handle), delimiter=delimiter)
        number = 0
        try:
            for cells in reader:
                number += 1
                if any(c.strip() for c in cells):
                    yield number, cells
        except csv.Error as exc:
            raise ImportFormatError(f"row {number + 1}: not readable as CSV ({exc})") from exc


def inspect_csv(path: Path, preview_rows: int = 8) -> CsvLayout:
    _allow_huge_fields()
    handle, encoding = open_text(path)
    with handle:
        delimiter = sniff_delimiter(handle.read(_SNIFF_CHARS))
    rows = iter_rows(path, encoding, delimiter)
    header = next(rows, None)
    if header is None:
        raise ImportFormatError(f"{path.name} has no rows")
    headers = [h.replace("\ufeff", "").strip() for h in header[1]]
    preview = [row[1] for _, row in zip(range(preview_rows), rows, strict=False)]
    rows.close()
    profile = detect_profile(headers)
    return CsvLayout(encoding, delimiter, headers, profile, map_headers(headers, profile),
                     preview)


def read_csv_records(path: Path, layout: CsvLayout | None = None,
                     roles: Sequence[ColumnRole] | None = None) -> Iterator[ImportRecord]:
    """Every data row as an ImportRecord, streamed."""
    found = layout or inspect_csv(path)
    use = list(roles if roles is not None else found.roles)
    if not any(r.field for r in use):
        shown = ", ".join(found.headers[:8])
        raise ImportFormatError(
            f"no column of {path.name} is recognised as a contact field (headers: {shown})")
    rows = iter_rows(path, found.encoding, found.delimiter)
    next(rows, None)  # the header
    build = RowMapper(use).build
    for number, cells in rows:
        yield build(number, cells)


def count_csv_records(path: Path, layout: CsvLayout) -> int:
    return max(0, sum(1 for _ in iter_rows(path, layout.encoding, layout.delimiter)) - 1)
