"""Fuzzing the contact readers: valid CSV and vCard files built from random contacts are
damaged (lines dropped, repeated, cut short or broken in two, NULs, lines in another
encoding, folds that lost their space). Whatever the damage:

- the reader's own count, the records it yields and the accounting agree: every record is
  either taken in or refused, and each refusal is named by its row or card;
- no contact the damage did not touch is lost: its marker email and its phone come back in a
  record that is taken in, and its names exactly unless the file is in an encoding that
  cannot hold them;
- a CSV quote that never closes is either read as text (lenient) or refuses the file naming a
  row the damage touched, never an untouched one.

The readers and the record checks run here; the database writes are the importer's and are
tested on whole files in tests/services/test_import_accounting.py. 250 cases per format in
`make test`, 10,000 per format under CALLDESK_SOAK=1 (`make soak`).
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.csv_quotes import LooseQuoteError
from app.io.records import ImportFormatError, ImportRecord
from app.services.import_merge import clean_record
from app.services.import_phones import PhoneCache
from app.services.import_types import ImportProblem
from app.services.importer import ImportSource, open_source
from tests.io.damaged_files import (
    Contact,
    FileText,
    contacts,
    csv_file,
    damage,
    damage_plans,
    vcard_file,
)
from tests.unicode_text import SOAK

CASES = 10_000 if SOAK else 250
FUZZ = settings(max_examples=CASES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_PHONES = PhoneCache()


def _accounted(records: list[ImportRecord]) -> tuple[list[ImportRecord], list[ImportProblem]]:
    """The records taken in, and every problem noted; asserts each refusal is named."""
    problems: list[ImportProblem] = []
    taken = []
    refused = 0
    for record in records:
        before = len(problems)
        if clean_record(record, "IN", problems, _PHONES) is None:
            refused += 1
            mine = [p for p in problems[before:] if p.refused]
            assert len(mine) == 1 and mine[0].row == record.row, (record, problems[before:])
        else:
            taken.append(record)
    assert len(taken) + refused == len(records)
    assert sum(p.refused for p in problems) == refused
    return taken, problems


def _check_untouched_are_found(people: list[Contact], text: FileText,
                               taken: list[ImportRecord]) -> None:
    """Each contact the damage did not touch is in a record taken in: its email and phone,
    and its names exactly when the file's encoding can hold them."""
    by_email = {e: r for r in taken for e, _ in r.emails}
    exact = text.encoding != "cp1252" and not any(line.encoding for line in text.lines)
    for person in people:
        if person.index in text.touched:
            continue
        record = by_email.get(person.email)
        assert record is not None, (person, [r.line for r in taken], text.lines)
        assert (person.phone, "mobile" if text.kind == "vcard" else "") in record.phones
        if exact:
            names = (record.fields.get("first_name"), record.fields.get("last_name"))
            assert names == (person.first, person.last), (person, record)


def _run(tmp: Path, people: list[Contact], text: FileText, tally: Counter[str]) -> None:
    suffix = ".csv" if text.kind == "csv" else ".vcf"
    path = tmp / f"damaged{suffix}"
    path.write_bytes(text.data())
    tally["files"] += 1
    try:
        source = open_source(path)
    except ImportFormatError:
        # Only a file the damage emptied of every card or row may be refused whole.
        assert len(text.touched - {-1}) == len(people), text.lines
        tally["refused whole"] += 1
        return
    if text.kind == "csv":
        _strict_csv(source, text, tally)
    records = list(source.records(lenient_quotes=True))
    assert source.count(lenient_quotes=True) == len(records)
    taken, problems = _accounted(records)
    _check_untouched_are_found(people, text, taken)
    tally["records"] += len(records)
    tally["refused"] += len(records) - len(taken)
    tally["repaired"] += len({p.row for p in problems if not p.refused})
    tally["untouched"] += len([p for p in people if p.index not in text.touched])


def _strict_csv(source: ImportSource, text: FileText, tally: Counter[str]) -> None:
    """Without leniency a loose quote refuses the file, naming a line the damage reached."""
    try:
        records = list(source.records())
    except LooseQuoteError as exc:
        tally["loose quote refused"] += 1
        line = text.lines[exc.where.line - 1]
        assert line.owner in text.touched, (exc, line)
        return
    assert source.count() == len(records)


@pytest.mark.parametrize("kind", ["csv", "vcard"])
def test_property_damaged_files_lose_no_untouched_contact(
        kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)

        @FUZZ
        @given(people=contacts(), plan=damage_plans,
               delimiter=st.sampled_from([",", ";", "\t"]),
               version=st.sampled_from(["2.1", "3.0", "4.0"]),
               encoding=st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
        def run(people: list[Contact], plan: list[tuple[str, float, float]], delimiter: str,
                version: str, encoding: str) -> None:
            text = (csv_file(people, delimiter, encoding) if kind == "csv"
                    else vcard_file(people, version, encoding))
            _run(tmp, people, damage(text, plan), tally)

        run()
    assert tally["files"] == CASES
    assert tally["records"] and tally["repaired"]
    with capsys.disabled():
        print(f"\nfuzz ({kind}): {tally['files']:,} damaged files, {tally['records']:,} "
              f"records read, {tally['untouched']:,} untouched contacts all found, "
              f"{tally['repaired']:,} records repaired and named, {tally['refused']:,} "
              f"refused and named, {tally['loose quote refused']:,} files refused for a "
              f"loose quote (named row damaged), {tally['refused whole']:,} refused whole")
