"""The accounting check every import test can apply to a summary."""

from __future__ import annotations

from pathlib import Path

from app.services.import_types import ImportSummary
from app.services.importer import open_source


def check_accounting(path: Path, summary: ImportSummary, lenient_quotes: bool = False) -> None:
    """The reader's own count, the records it yields and the summary all agree, and every
    refused record is named once."""
    source = open_source(path)
    counted = source.count(lenient_quotes)
    yielded = sum(1 for _ in source.records(lenient_quotes=lenient_quotes))
    assert summary.seen == counted == yielded, (summary.headline(), counted, yielded)
    assert summary.seen == summary.imported + summary.merged + summary.refused
    refusals = [p for p in summary.problems if p.refused]
    assert len(refusals) == summary.refused
    assert len({p.row for p in refusals}) == summary.refused
