"""Property: whatever bytes a file holds, the importer never crashes with anything but a
clear error, never leaves part of an import behind, and accounts for every record its reader
finds (read = imported + merged + refused)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.contact_list import contact_count
from app.io.records import ImportFormatError
from app.services.errors import ValidationError
from app.services.importer import import_file, undo_last_import
from tests.samples import ALL_SAMPLES, dump_contacts, sample
from tests.services.accounting import check_accounting

SOAK = bool(os.environ.get("CALLDESK_SOAK"))
PROPERTY = settings(max_examples=400 if SOAK else 25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
HEADERS = ["Name", "First Name", "Last Name", "Phone", "E-mail 1 - Value", "Phone 1 - Value",
           "Phone 1 - Label", "Notes", "Labels", "Status", "Do Not Call", "Country", "Firma",
           "Telefon", "Address 1 - City", "Unknown"]


def _check(path: Path) -> None:
    """Import *path*; whatever happens, the database ends as it began once undone."""
    before = dump_contacts()
    count = contact_count()
    try:
        summary = import_file(path, lenient_quotes=True)
    except (ImportFormatError, ValidationError):
        assert dump_contacts() == before
        return
    check_accounting(path, summary, lenient_quotes=True)
    assert contact_count() == count + summary.imported
    undo_last_import()
    assert dump_contacts() == before


@PROPERTY
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".vcf", ".txt"]))
def test_random_bytes(db_path: str, tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _check(path)


@PROPERTY
@given(name=st.sampled_from(ALL_SAMPLES), cut=st.floats(0, 1))
def test_truncated_samples(db_path: str, tmp_path: Path, name: str, cut: float) -> None:
    data = sample(name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * cut)])
    _check(path)


@PROPERTY
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    rows=st.lists(st.lists(st.text(max_size=30), max_size=7), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_random_csv(db_path: str, tmp_path: Path, headers: list[str], rows: list[list[str]],
                    delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp_path / "random.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    _check(path)
