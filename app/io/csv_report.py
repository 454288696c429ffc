"""A report's table to CSV: UTF-8 with BOM like the contact export, one row per table row,
each cell neutralised against formulas the same way."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from app.io.csv_export import BOM, neutralise


def write_report_csv(stream: TextIO, headers: Sequence[str],
                     rows: Sequence[Sequence[str]]) -> None:
    stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(c) for c in row] for row in rows)
