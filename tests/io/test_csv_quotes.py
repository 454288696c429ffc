"""A CSV quote that never closes: found and named, refused or read as text on request, and
not confused with the several-line fields spreadsheets write."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.csv_quotes import LooseQuoteError
from app.io.csv_reader import inspect_csv, iter_rows, read_csv_records, scan_quotes
from tests.samples import ALL_SAMPLES, sample

HEADER = "Name,Phone,Email,Notes\n"
ROWS = [f"Person {n},+91 98100 {n:05d},p{n}@example.com,note {n}\n" for n in range(1, 9)]


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_quote_that_runs_to_the_end_is_refused_naming_the_row(tmp_path: Path) -> None:
    rows = [*ROWS]
    rows[2] = 'Person 3,+91 98100 00003,p3@example.com,"note 3 is cut off\n'
    path = _file(tmp_path, HEADER + "".join(rows))
    with pytest.raises(LooseQuoteError) as caught:
        list(read_csv_records(path))
    assert str(caught.value).startswith(
        "row 4 has a quote that never closes: its field runs on to the end of the file "
        "(line 9) and takes in what look like rows of their own; nothing was imported")
    loose = scan_quotes(path, inspect_csv(path))
    assert loose is not None and (loose.row, loose.line, loose.to_end) == (4, 4, True)


def test_read_as_text_the_rows_after_the_quote_come_back(tmp_path: Path) -> None:
    rows = [*ROWS]
    rows[2] = 'Person 3,+91 98100 00003,p3@example.com,"note 3 is cut off\n'
    rows[6] = 'Person 7,+91 98100 00007,p7@example.com,"quoted, properly"\n'
    path = _file(tmp_path, HEADER + "".join(rows))
    records = list(read_csv_records(path, lenient_quotes=True))
    assert [e for r in records for e, _ in r.emails] == [f"p{n}@example.com"
                                                          for n in range(1, 9)]
    third = records[2]
    assert third.notes == ['"note 3 is cut off']
    assert third.warnings == ["has a quote that never closes: its field runs on to line 8 "
                              "and takes in what look like rows of their own; the quote was "
                              "read as text and the lines after it as rows of their own"]
    assert records[6].notes == ["quoted, properly"]
    assert [r.row for r in records] == list(range(2, 10))


def test_a_quote_closed_by_a_later_field_is_found(tmp_path: Path) -> None:
    # The runaway field ends at the opening quote of row 4's company: no row looks swallowed
    # by its cell count, but the quoting is broken there.
    text = ("Name,Company,Notes\n"
            'Asha Rao,"Rao Exports,first\n'
            'Ravi Rao,"Rao & Sons",second\n')
    path = _file(tmp_path, text)
    with pytest.raises(LooseQuoteError, match="^row 2 has a quote that never closes: its "
                                              "field runs on to line 3;"):
        list(read_csv_records(path))
    names = [r.fields.get("first_name") for r in read_csv_records(path, lenient_quotes=True)]
    assert names == ["Asha", "Ravi"]


@pytest.mark.parametrize("notes", [
    '"Met at the fair.\nWants bulk pricing, 10%, soon."',
    '"first line\n\nthird line, after a blank one"',
    '"He said ""call me""\nthen, later, left"',
])
def test_several_line_fields_that_close_are_not_flagged(tmp_path: Path, notes: str) -> None:
    path = _file(tmp_path, HEADER + ROWS[0] + f"Asha,+91 98100 11111,a@example.com,{notes}\n"
                 + ROWS[1])
    assert scan_quotes(path, inspect_csv(path)) is None
    records = list(read_csv_records(path))
    assert [r.row for r in records] == [2, 3, 4]
    assert records[1].warnings == [] and "\n" in records[1].notes[0]


def test_every_sample_has_no_loose_quote() -> None:
    for name in ALL_SAMPLES:
        if name.endswith(".csv"):
            assert scan_quotes(sample(name), inspect_csv(sample(name))) is None, name


def test_rows_are_named_by_line_when_a_field_spans_lines(tmp_path: Path) -> None:
    path = _file(tmp_path, HEADER + 'Asha,1,a@example.com,"two\nlines"\n' + ROWS[0])
    assert [(r.number, r.line) for r in iter_rows(path)] == [(1, 1), (2, 2), (3, 4)]


def test_cells_beyond_the_header_are_kept_with_a_warning(tmp_path: Path) -> None:
    path = _file(tmp_path, "Name,Phone\nAsha Rao,+91 98100 11111,extra one,,extra two\n")
    [record] = list(read_csv_records(path))
    assert record.notes == ["Cells beyond the last column: extra one | extra two"]
    assert record.warnings == ["has 5 cells but the header has 2 columns; the cells beyond "
                               "them were kept in the notes"]


def test_nuls_are_removed_and_said(tmp_path: Path) -> None:
    path = _file(tmp_path, "Name,Phone\nAs\x00ha Rao,+91 98100 11111\nRavi,1\n")
    first, second = list(read_csv_records(path))
    assert first.fields["first_name"] == "Asha"
    assert first.warnings == ["had NUL characters in it; they were removed"]
    assert second.warnings == []
